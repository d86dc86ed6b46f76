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
    QString name;  // "esp8266-boot": the NAME in demo:NAME
    // The texts stay untranslated here, because the registry is filled once and the language
    // can change afterwards. Register them as string literals marked with
    // QT_TRANSLATE_NOOP(trContext, "...") so lupdate extracts them; title() and description()
    // translate them into the language shown at the moment they are called.
    const char *trContext = nullptr;          // e.g. "fw::core::sim::CoreDemos"
    const char *titleSource = nullptr;        // "ESP8266 plug booting Tasmota"
    const char *descriptionSource = nullptr;  // one or two sentences for the details pane
    Transport transport = Transport::Serial;
    qint32 defaultBaud = 115200;
    QString family;       // "monitor", "esp", "telink", ...
    std::function<std::unique_ptr<DeviceModel>()> makeSerial;          // for Serial
    std::function<std::unique_ptr<GattPeripheralModel>()> makeGatt;    // for Ble

    QString title() const;        // in the current language; the name when there is no title
    QString description() const;  // in the current language; empty when there is none
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
