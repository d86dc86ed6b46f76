#pragma once
// The list of Demo devices: simulated devices the GUI lists and `--port demo:NAME` starts.
// Each family registers its simulators here; the core registers the serial-monitor demo.

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace fw::core::sim {

class DeviceModel;
class GattPeripheralModel;

struct DemoDevice {
    enum class Transport { Serial, Ble };
    QString name;         // "esp8266-boot": the NAME in demo:NAME
    QString title;        // "ESP8266 plug booting Tasmota (serial monitor demo)"
    QString description;  // one or two sentences for the details pane
    Transport transport = Transport::Serial;
    qint32 defaultBaud = 115200;
    QString family;       // "monitor", "esp", "telink", ...
    std::function<std::unique_ptr<DeviceModel>()> makeSerial;          // for Serial
    std::function<std::unique_ptr<GattPeripheralModel>()> makeGatt;    // for Ble
};

class DemoRegistry {
public:
    static DemoRegistry &instance();  // has the built-in demos registered
    void add(DemoDevice d);
    QList<DemoDevice> all() const { return m_devices; }
    const DemoDevice *find(const QString &name) const;

    static bool isDemoPort(const QString &portName);       // "demo:..."
    static QString demoName(const QString &portName);      // "demo:x" -> "x"

private:
    QList<DemoDevice> m_devices;
};

}  // namespace fw::core::sim
