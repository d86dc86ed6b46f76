#pragma once
// A GattLink to a simulated peripheral in the same process, paced in real time by a BLE wire
// model and able to inject faults (lost link, refused write, slow answer, lost notification).
// With a service cache attached it behaves like a host that remembers discovered tables.

#include "core/GattLink.h"
#include "core/sim/BleFaultPlan.h"
#include "core/sim/BleEventSchedule.h"
#include "core/sim/BleWireModel.h"
#include "core/sim/GattPeripheralModel.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace fw::core::sim {

class GattPeripheralModel;
class SimGattServiceCache;

class SimulatedGattLink : public GattLink {
public:
    explicit SimulatedGattLink(std::shared_ptr<GattPeripheralModel> model,
                               BleWireModel wire = BleWireModel::typical(), BleFaultPlan faults = {});
    ~SimulatedGattLink() override;

    void setName(const QString &name);
    QString name() const override;
    void connectTo(const QString &address, int timeoutMs) override;
    void disconnectFrom() override;
    bool isConnected() const override { return m_connected.load(); }
    QString address() const override;
    QList<GattServiceInfo> services() const override;

    QByteArray read(const QBluetoothUuid &characteristic, int timeoutMs = 5000) override;
    // The request goes out in its connection event; writes without response continue in the
    // same and later events while the answer is on its way.
    void beginRead(const QBluetoothUuid &characteristic, int timeoutMs = 5000) override;
    QByteArray takeRead() override;
    void write(const QBluetoothUuid &characteristic, const QByteArray &value, GattWriteMode mode,
               int timeoutMs = 5000) override;
    void subscribe(const QBluetoothUuid &characteristic, bool enable, int timeoutMs = 5000) override;
    std::optional<GattNotification> waitNotification(const QBluetoothUuid &characteristic,
                                                     int timeoutMs) override;
    void clearNotifications(const QBluetoothUuid &characteristic = {}) override;

    int mtu() const override;
    GattConnectionParameters connectionParameters() const override;
    bool requestConnectionParameters(const GattConnectionParameters &params) override;

    // Without a cache (the default) every connect discovers the table afresh. With one, a
    // connect to a known address reuses the stored table, stale or not, like BlueZ does.
    bool forgetCachedServices(const QString &address) override;
    void setServiceCache(std::shared_ptr<SimGattServiceCache> cache);
    std::shared_ptr<SimGattServiceCache> serviceCache() const;
    bool usedCachedServices() const { return m_usingCache; }  // for the current connection

    void setCancelToken(const CancelToken *token) override { m_cancel = token; }
    void setLogger(const Logger &log) override { m_log = log; }

    // Takes effect for the following operations; counters are not reset.
    void setFaultPlan(const BleFaultPlan &faults);
    BleWireModel wireModel() const;
    GattPeripheralModel *model() const { return m_model.get(); }
    qint64 writesDelivered() const { return m_writesDelivered.load(); }
    qint64 notificationsLost() const { return m_notificationsLost.load(); }

private:
    struct QueuedNotification {
        qint64 deliverAtUs = 0;
        GattNotification notification;
    };

    qint64 nowUs() const;
    qint64 eventTimeUs(qint64 event) const { return m_events.eventTimeUs(event); }
    qint64 eventAtOrAfter(qint64 tUs) const { return m_events.eventAtOrAfter(tUs); }
    qint64 reserveSlots(int packets, qint64 tUs, qint64 minEvent)
    {
        return m_events.reserve(packets, tUs, minEvent);
    }

    void checkCancel() const;
    void sleepUntil(qint64 targetUs) const;   // cancel-aware, no simulation
    void waitUntil(qint64 targetUs);          // runs the peripheral, notices a lost link
    [[noreturn]] void waitForeverUntil(qint64 deadlineUs, const QString &operation,
                                       const QBluetoothUuid &characteristic, int timeoutMs);
    void pump(qint64 tUs);
    void ensureConnected();
    GattCharacteristicInfo requireCharacteristic(const QBluetoothUuid &uuid, quint8 anyOf,
                                                 const QString &operation);
    bool isDown(qint64 tUs) const { return m_dropAtUs >= 0 && tUs >= m_dropAtUs; }
    void markDropped(qint64 atUs, bool silent, const QString &reason);
    [[noreturn]] void failDisconnected();
    void finishRequest(qint64 responseEvent, qint64 responseUs, qint64 deadlineUs,
                       const QString &operation, const QBluetoothUuid &characteristic, int timeoutMs);
    void onPeripheralNotify(const QBluetoothUuid &characteristic, const QByteArray &value);
    void onPeripheralDisconnect(const QString &reason);
    void onPeripheralSilentDrop(const QString &reason);
    // A cached handle that no longer points at the same characteristic on the device.
    bool isStale(const GattCharacteristicInfo &c) const;
    void logStale(const QBluetoothUuid &characteristic);
    void reportConnectionParameters();
    void tearDown();

    std::shared_ptr<GattPeripheralModel> m_model;
    const BleWireModel m_clientWire;  // what this side asks for (MTU, interval)
    BleWireModel m_wire;              // what is in effect on the connection
    BleFaultPlan m_faults;
    const CancelToken *m_cancel = nullptr;
    Logger m_log;

    mutable QMutex m_mutex;  // guards what other threads may read: name, address, services, wire
    QString m_name;
    QString m_address;
    QList<GattServiceInfo> m_services;      // what the client sees (possibly from the cache)
    QList<GattServiceInfo> m_liveServices;  // what the device has now
    std::shared_ptr<SimGattServiceCache> m_cache;
    bool m_usingCache = false;
    std::atomic<bool> m_connected{false};

    QElapsedTimer m_clock;      // zero at the moment the connection was established
    BleEventSchedule m_events;
    qint64 m_nextRequestEvent = 0;  // ATT allows one outstanding request
    qint64 m_modelTimeUs = 0;   // simulated time of the peripheral call in progress
    qint64 m_lastTickMs = -1;

    qint64 m_dropAtUs = -1;
    qint64 m_dropNoticedUs = -1;
    QString m_dropReason;
    bool m_dropFaultFired = false;

    struct PendingRead {
        QBluetoothUuid characteristic;
        int timeoutMs = 0;
        qint64 deadlineUs = 0;
        qint64 responseEvent = 0;
        qint64 responseUs = 0;
        AttReadResult result;
    };
    std::optional<PendingRead> m_pendingRead;

    QSet<QBluetoothUuid> m_subscribed;
    std::deque<QueuedNotification> m_notifications;

    int m_connectAttempts = 0;
    qint64 m_writeNumber = 0;
    qint64 m_notifyNumber = 0;
    std::atomic<qint64> m_writesDelivered{0};
    std::atomic<qint64> m_notificationsLost{0};
};

}  // namespace fw::core::sim
