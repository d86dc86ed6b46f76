#pragma once
// Bluetooth LE discovery over QBluetoothDeviceDiscoveryAgent. A machine without an adapter or
// without BlueZ ends in a clear State with a message; it never crashes.

#include <QBluetoothUuid>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <functional>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothDeviceInfo;

namespace fw::core {

struct BleDeviceInfo {
    QString name;
    QString address;  // "A4:C1:38:12:34:56"
    qint16 rssi = 0;
    QList<QBluetoothUuid> serviceUuids;
    QHash<quint16, QByteArray> manufacturerData;
    QHash<QBluetoothUuid, QByteArray> serviceData;
    bool isDemo = false;
    QDateTime lastSeen;
};

class BleScanner : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Scanning, NoAdapter, BluezUnavailable, PoweredOff, PermissionDenied, Error };
    Q_ENUM(State)

    explicit BleScanner(QObject *parent = nullptr);
    ~BleScanner() override;

    // Checks for BlueZ and an adapter first; emits stateChanged() with NoAdapter/
    // BluezUnavailable instead of starting when they are missing.
    void start(int timeoutMs = 10000);
    void stop();
    State state() const { return m_state; }
    QString stateText() const;  // user-facing, says what to do next
    QList<BleDeviceInfo> devices() const { return m_devices.values(); }

    static BleDeviceInfo fromQt(const QBluetoothDeviceInfo &info);

Q_SIGNALS:
    void deviceFound(const fw::core::BleDeviceInfo &device);
    void deviceUpdated(const fw::core::BleDeviceInfo &device);
    void stateChanged(fw::core::BleScanner::State state);
    void finished();

private:
    // The detail is kept as a function that translates on each call, so stateText() follows a
    // language switch made after the state was reached.
    void setState(State s, std::function<QString()> detail = {});
    State m_state = State::Idle;
    std::function<QString()> m_detail;
    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
    QHash<QString, BleDeviceInfo> m_devices;
};

}  // namespace fw::core

Q_DECLARE_METATYPE(fw::core::BleDeviceInfo)
