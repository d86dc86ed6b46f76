#pragma once
// What the blocking QtGattLink facade and its controller thread share: the operations in
// flight, the connection's state and the notification queue, under one mutex and condition.

#include "core/Diagnosis.h"
#include "core/GattLink.h"
#include "core/LogRecord.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>

class QLowEnergyService;

namespace fw::core {

// One request from the facade. The controller thread fills in the result and sets done; a
// facade that gave up (timeout, cancel) marks it abandoned and the late result is dropped.
struct QtGattOp {
    enum class Kind { Connect, Disconnect, Read, Write, WriteNoResponse, Subscribe, ConnectionUpdate, Forget };

    explicit QtGattOp(Kind k, const QBluetoothUuid &c = {}) : kind(k), characteristic(c) {}

    const Kind kind;
    const QBluetoothUuid characteristic;
    QLowEnergyService *service = nullptr;  // controller thread only

    // Guarded by QtGattState::mutex.
    bool done = false;
    bool abandoned = false;
    bool ok = false;
    std::optional<Diagnosis> error;
    QByteArray value;
    QString detail;  // a note for the log (forgetCachedServices)
};

struct QtGattState {
    QMutex mutex;
    QWaitCondition changed;  // any op finished, a notification arrived, the link went down

    // Guarded by mutex.
    bool connected = false;
    bool dropped = false;        // went down without being asked to
    bool dropReported = false;   // the facade has thrown ble.disconnected for it
    QString dropReason;
    QString address;
    QList<GattServiceInfo> services;
    int mtu = 23;
    GattConnectionParameters params;
    std::deque<GattNotification> notifications;
    QElapsedTimer clock;  // zero when the link connected
    std::optional<QBluetoothUuid> refusedWriteWithoutResponse;  // reported by the next call
    QList<QPair<LogLevel, QString>> pendingLog;  // controller-thread notes the facade logs

    // Called on the controller thread.
    void finish(const std::shared_ptr<QtGattOp> &op)
    {
        QMutexLocker lock(&mutex);
        op->done = true;
        changed.wakeAll();
    }
    void note(LogLevel level, const QString &text)
    {
        QMutexLocker lock(&mutex);
        pendingLog.append({level, text});
    }
};

}  // namespace fw::core
