#pragma once
// A GattLink to a real Bluetooth LE peripheral through Qt's QLowEnergyController, which lives on
// its own thread; each call posts work there and waits with a deadline sliced for cancellation.

#include "core/GattLink.h"

#include <QString>

#include <memory>

class QThread;

namespace fw::core {

struct QtGattOp;
struct QtGattState;
class QtGattWorker;

class QtGattLink : public GattLink {
public:
    // address: the device connectTo() uses when it is given an empty one (may be empty).
    explicit QtGattLink(const QString &address = {});
    ~QtGattLink() override;
    QtGattLink(const QtGattLink &) = delete;
    QtGattLink &operator=(const QtGattLink &) = delete;

    QString name() const override;  // "ble:A4:C1:38:1A:2B:3C"
    // Also throws ble.unavailable (no D-Bus, no BlueZ, no adapter, adapter off) and
    // ble.invalid_address.
    void connectTo(const QString &address, int timeoutMs) override;
    void disconnectFrom() override;
    bool isConnected() const override;
    QString address() const override;
    QList<GattServiceInfo> services() const override;
    // Asks BlueZ (org.bluez.Adapter1.RemoveDevice) to drop the device and its cached table;
    // disconnects first when this link is connected to it. False when BlueZ is not reachable.
    bool forgetCachedServices(const QString &address) override;

    QByteArray read(const QBluetoothUuid &characteristic, int timeoutMs = 5000) override;
    void write(const QBluetoothUuid &characteristic, const QByteArray &value, GattWriteMode mode,
               int timeoutMs = 5000) override;
    void subscribe(const QBluetoothUuid &characteristic, bool enable, int timeoutMs = 5000) override;
    std::optional<GattNotification> waitNotification(const QBluetoothUuid &characteristic,
                                                     int timeoutMs) override;
    void clearNotifications(const QBluetoothUuid &characteristic = {}) override;

    // From the controller, or BlueZ's MTU property when Qt does not know it; 23 otherwise.
    int mtu() const override;
    // The last parameters the controller reported; the defaults until it reports any (BlueZ's
    // D-Bus interface never does).
    GattConnectionParameters connectionParameters() const override;
    // False under BlueZ's D-Bus interface, which cannot change them.
    bool requestConnectionParameters(const GattConnectionParameters &params) override;

    void setCancelToken(const CancelToken *token) override { m_cancel = token; }
    void setLogger(const Logger &log) override { m_log = log; }

    // "A4:C1:38:1A:2B:3C" for "ble:a4-c1-38-1a-2b-3c" and similar; empty when it is no address.
    static QString normalizeAddress(const QString &text);

private:
    using OpPtr = std::shared_ptr<QtGattOp>;
    enum class Wait { Done, TimedOut, Cancelled };

    template <typename F>
    void post(F &&work);
    Wait waitFor(const OpPtr &op, int timeoutMs, bool cancellable = true);
    // Waits for a characteristic operation and throws what it ended with (logged).
    void finish(const OpPtr &op, int timeoutMs, const QString &operation,
                const QBluetoothUuid &characteristic);
    void checkCancel() const;
    void drainLog();
    void ensureConnected();
    [[noreturn]] void throwNotConnected();
    GattCharacteristicInfo requireCharacteristic(const QBluetoothUuid &uuid, quint8 anyOf,
                                                 const QString &operation);

    std::shared_ptr<QtGattState> m_state;
    std::unique_ptr<QThread> m_thread;
    QtGattWorker *m_worker = nullptr;  // lives on m_thread
    const CancelToken *m_cancel = nullptr;
    Logger m_log;
    QString m_target;  // guarded by m_state->mutex
};

}  // namespace fw::core
