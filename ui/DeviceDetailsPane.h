#pragma once
// The pane that describes whatever is selected: a serial port (with catalog advice and a
// permission check), a Bluetooth device, a demo device or an opened firmware file.

#include "core/BleScanner.h"
#include "core/Diagnosis.h"
#include "core/FirmwareFile.h"
#include "core/PortInfo.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace fw::ui {

class DeviceDetailsPane : public QWidget {
    Q_OBJECT
public:
    enum class Subject { None, SerialPort, BleDevice, Demo, Firmware, FirmwareError };

    explicit DeviceDetailsPane(QWidget *parent = nullptr);

    void showNothing();
    void showSerialPort(const core::PortInfo &port);
    void showBleDevice(const core::BleDeviceInfo &device);
    void showDemo(const QString &name);
    void showFirmware(const core::FirmwareInfo &info);
    void showFirmwareError(const QString &path, const core::Diagnosis &diagnosis);

    Subject subject() const { return m_subject; }
    QString titleText() const;

Q_SIGNALS:
    void openMonitorRequested(const QString &portName, qint32 baud);
    void startDemoRequested(const QString &name);
    // "Flash a Tuya / ESP device" on this port ("/dev/ttyUSB0" or "demo:esp8266").
    void espWizardRequested(const QString &portName);
    // "Flash a Xiaomi thermometer" over Bluetooth ("A4:C1:38:1A:2B:3C" or "demo:lywsd03mmc-pvvx").
    void telinkWizardRequested(const QString &target);
    // The same wizard's wired rescue on this serial port ("/dev/ttyUSB0" or "demo:telink-swire").
    void telinkRescueRequested(const QString &portName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderNothing();
    void renderSerial();
    void renderBle();
    void renderDemo();
    void renderFirmware();
    void renderFirmwareError();
    void setHeading(const QString &title, const QString &subtitle = {});
    void addRow(const QString &label, const QString &value, bool monospace = false);
    void addParagraph(const QString &text, const QString &role = {});
    void addDiagnosis(const core::Diagnosis &diagnosis, bool withCauses);
    QWidget *addPrimaryButton(const QString &text);

    Subject m_subject = Subject::None;
    core::PortInfo m_port;
    core::BleDeviceInfo m_ble;
    QString m_demo;
    core::FirmwareInfo m_firmware;
    QString m_errorPath;
    core::Diagnosis m_error;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
};

}  // namespace fw::ui
