#pragma once
// The device list on the left of the main window: serial ports (with hot-plug), Bluetooth LE
// devices found by a scan, and the Demo devices that work without hardware.

#include "core/BleScanner.h"
#include "core/PortInfo.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fw::core {
class PortDiscovery;
}

namespace fw::ui {

class DiscoveryPanel : public QWidget {
    Q_OBJECT
public:
    enum class Group { Serial, Ble, Demo };
    enum class ItemKind { Group = 1, SerialPort, BleDevice, Demo, Hint };
    // Item data roles: the kind, and a key (system location, BLE address or demo name).
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit DiscoveryPanel(QWidget *parent = nullptr);
    ~DiscoveryPanel() override;

    // Tests replace the system lister or add ptys through this.
    core::PortDiscovery *portDiscovery() const { return m_discovery; }
    core::BleScanner *bleScanner() const { return m_scanner; }
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *groupItem(Group g) const;

    // Lists the ports now and starts polling for hot-plug changes.
    void startWatching(int intervalMs = 1000);
    void startBleScan();
    void refreshPorts();

    core::PortList ports() const { return m_ports; }
    QList<core::BleDeviceInfo> bleDevices() const { return m_ble.values(); }
    int serialDemoCount() const;
    // "3 serial ports, Bluetooth: no adapter, 2 demo devices"
    QString summaryText() const;
    QString bleShortState() const;

Q_SIGNALS:
    void serialPortSelected(const fw::core::PortInfo &port);
    void bleDeviceSelected(const fw::core::BleDeviceInfo &device);
    void demoSelected(const QString &name);
    void nothingSelected();
    // Enter or double-click: open the port (serial) or start the demo.
    void serialPortActivated(const fw::core::PortInfo &port);
    void bleDeviceActivated(const fw::core::BleDeviceInfo &device);
    void demoActivated(const QString &name);
    void summaryChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPortsChanged(const core::PortList &ports);
    void rebuildSerial();
    void rebuildBle();
    void rebuildDemos();
    void onBleState(core::BleScanner::State state);
    void onBleDevice(const core::BleDeviceInfo &device);
    void onCurrentChanged(QTreeWidgetItem *item);
    void onActivated(QTreeWidgetItem *item);
    void toggleScan();
    QTreeWidgetItem *addHint(QTreeWidgetItem *group, const QString &text);
    bool restoreCurrent(QTreeWidgetItem *group, ItemKind kind, const QString &key);
    void emitSummary();

    core::PortDiscovery *m_discovery = nullptr;
    core::BleScanner *m_scanner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_serialGroup = nullptr;
    QTreeWidgetItem *m_bleGroup = nullptr;
    QTreeWidgetItem *m_demoGroup = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_scanButton = nullptr;
    QProgressBar *m_busy = nullptr;
    core::PortList m_ports;
    QHash<QString, core::BleDeviceInfo> m_ble;
    bool m_bleScanned = false;
};

}  // namespace fw::ui
