#include "core/QtGattLink.h"

#include "core/BleConnectDiagnoses.h"
#include "core/BluezDeviceIndex.h"
#include "core/Job.h"
#include "core/QtGattState.h"
#include "core/QtGattWorker.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace fw::core {

namespace {

constexpr int kSliceMs = 20;               // cancel checks at least this often
constexpr int kDisconnectWaitMs = 3000;    // BlueZ answers Disconnect within a supervision timeout
constexpr int kForgetWaitMs = 8000;
constexpr int kConnectionUpdateWaitMs = 5000;

}  // namespace

QtGattLink::QtGattLink(const QString &address)
    : m_state(std::make_shared<QtGattState>()), m_thread(std::make_unique<QThread>())
{
    const QString normalized = normalizeAddress(address);
    m_target = normalized.isEmpty() ? address.trimmed() : normalized;
    // Qt holds back the signals of its shared system bus connection until the application's
    // thread has run its event loop once after creating it. A caller that blocks that thread
    // in this link's waits (a test, a command run without an event loop) would never see
    // BlueZ's signals, so the connection is created and released here while still possible.
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()) {
        QDBusConnection::systemBus();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    }
    m_thread->setObjectName(QStringLiteral("fw-gatt"));
    m_worker = new QtGattWorker(m_state);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

QtGattLink::~QtGattLink()
{
    if (isConnected())
        disconnectFrom();
    // The controller must be destroyed on its own thread; the worker goes when the thread ends.
    QtGattWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString QtGattLink::normalizeAddress(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("ble:"), Qt::CaseInsensitive))
        t = t.mid(4).trimmed();
    t = t.toUpper();
    t.replace(QLatin1Char('-'), QLatin1Char(':'));
    static const QRegularExpression plain(QStringLiteral("^[0-9A-F]{12}$"));
    if (plain.match(t).hasMatch()) {
        QStringList parts;
        for (int i = 0; i < 12; i += 2)
            parts << t.mid(i, 2);
        t = parts.join(QLatin1Char(':'));
    }
    static const QRegularExpression colons(QStringLiteral("^([0-9A-F]{2}:){5}[0-9A-F]{2}$"));
    return colons.match(t).hasMatch() ? t : QString();
}

// ---- plumbing ---------------------------------------------------------------------------

template <typename F>
void QtGattLink::post(F &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

QtGattLink::Wait QtGattLink::waitFor(const OpPtr &op, int timeoutMs, bool cancellable)
{
    QElapsedTimer clock;
    clock.start();
    QMutexLocker lock(&m_state->mutex);
    while (!op->done) {
        if (cancellable && m_cancel && m_cancel->isCancelled()) {
            op->abandoned = true;
            return Wait::Cancelled;
        }
        const qint64 left = qint64(std::max(0, timeoutMs)) - clock.elapsed();
        if (left <= 0) {
            op->abandoned = true;
            return Wait::TimedOut;
        }
        m_state->changed.wait(&m_state->mutex, QDeadlineTimer(std::min<qint64>(left, kSliceMs)));
    }
    return Wait::Done;
}

void QtGattLink::checkCancel() const
{
    if (m_cancel)
        m_cancel->throwIfCancelled();
}

void QtGattLink::drainLog()
{
    QList<QPair<LogLevel, QString>> notes;
    {
        QMutexLocker lock(&m_state->mutex);
        notes.swap(m_state->pendingLog);
    }
    for (const auto &n : std::as_const(notes)) {
        switch (n.first) {
        case LogLevel::Debug: m_log.debug(n.second); break;
        case LogLevel::Info: m_log.info(n.second); break;
        case LogLevel::Warning: m_log.warning(n.second); break;
        case LogLevel::Error: m_log.error(n.second); break;
        }
    }
}

void QtGattLink::throwNotConnected()
{
    QString address;
    QString reason;
    bool firstReport = false;
    {
        QMutexLocker lock(&m_state->mutex);
        address = m_target;
        if (m_state->dropped && !m_state->dropReported) {
            m_state->dropReported = true;
            firstReport = true;
            reason = m_state->dropReason;
        }
    }
    if (firstReport) {
        m_log.error(QCoreApplication::translate("fw::core::QtGattLink", "Connection lost: %1").arg(reason));
        throw disconnectedError(address, reason);
    }
    throw disconnectedError(address, QCoreApplication::translate("fw::core::QtGattLink",
                                                                 "The link is not connected."));
}

void QtGattLink::ensureConnected()
{
    checkCancel();
    drainLog();
    std::optional<QBluetoothUuid> refused;
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->connected) {
            lock.unlock();
            throwNotConnected();
        }
        refused = std::exchange(m_state->refusedWriteWithoutResponse, std::nullopt);
    }
    if (refused)
        throw JobError(BleConnectDiagnoses::earlierWriteRefused(*refused));
}

GattCharacteristicInfo QtGattLink::requireCharacteristic(const QBluetoothUuid &uuid, quint8 anyOf,
                                                         const QString &operation)
{
    const std::optional<GattCharacteristicInfo> c = findCharacteristic(uuid);
    if (!c) {
        m_log.error(QCoreApplication::translate("fw::core::QtGattLink", "No characteristic %1")
                        .arg(uuidText(uuid)));
        throw noSuchCharacteristicError(uuid);
    }
    if ((c->properties & anyOf) == 0) {
        m_log.error(QCoreApplication::translate("fw::core::QtGattLink",
                                                "Characteristic %1 does not support %2")
                        .arg(uuidText(uuid), operation));
        throw notPermittedError(operation, uuid);
    }
    return *c;
}

void QtGattLink::finish(const OpPtr &op, int timeoutMs, const QString &operation,
                        const QBluetoothUuid &characteristic)
{
    switch (waitFor(op, timeoutMs)) {
    case Wait::Cancelled:
        throw JobCancelled();
    case Wait::TimedOut:
        m_log.warning(QCoreApplication::translate("fw::core::QtGattLink", "%1 timed out after %2 ms")
                          .arg(operation)
                          .arg(timeoutMs));
        throw timeoutError(operation, characteristic, timeoutMs);
    case Wait::Done:
        break;
    }
    drainLog();
    if (!op->error)
        return;
    if (op->error->code == QLatin1String("ble.disconnected")) {
        QString reason;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->dropReported = true;
            reason = m_state->dropReason;
        }
        m_log.error(QCoreApplication::translate("fw::core::QtGattLink", "Connection lost: %1")
                        .arg(reason.isEmpty() ? op->error->summary : reason));
    } else {
        m_log.error(op->error->summary);
    }
    throw JobError(*op->error);
}

// ---- connection -------------------------------------------------------------------------

QString QtGattLink::name() const
{
    QMutexLocker lock(&m_state->mutex);
    return QStringLiteral("ble:%1").arg(m_target);
}

QString QtGattLink::address() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_target;
}

bool QtGattLink::isConnected() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connected;
}

QList<GattServiceInfo> QtGattLink::services() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connected ? m_state->services : QList<GattServiceInfo>();
}

int QtGattLink::mtu() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->mtu;
}

GattConnectionParameters QtGattLink::connectionParameters() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->params;
}

void QtGattLink::connectTo(const QString &address, int timeoutMs)
{
    checkCancel();
    drainLog();
    const QString given = address.isEmpty() ? this->address() : address;
    const QString target = normalizeAddress(given);
    if (target.isEmpty()) {
        const Diagnosis d = BleConnectDiagnoses::invalidAddress(given);
        m_log.error(d.summary);
        throw JobError(d);
    }
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->connected && m_state->address == target)
            return;
    }
    if (isConnected())
        disconnectFrom();
    {
        QMutexLocker lock(&m_state->mutex);
        m_target = target;
        m_state->dropped = false;
        m_state->dropReported = false;
    }

    m_log.info(QCoreApplication::translate("fw::core::QtGattLink", "Connecting to %1…").arg(target));
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::Connect);
    QtGattWorker *worker = m_worker;
    post([worker, op, target] { worker->startConnect(op, target); });
    const Wait w = waitFor(op, timeoutMs);
    if (w != Wait::Done) {
        post([worker] { worker->abortConnect(); });
        drainLog();
        if (w == Wait::Cancelled)
            throw JobCancelled();
        m_log.warning(QCoreApplication::translate("fw::core::QtGattLink",
                                                  "Connecting timed out after %1 ms")
                          .arg(timeoutMs));
        throw JobError(BleConnectDiagnoses::connectTimeout(target, timeoutMs));
    }
    drainLog();
    if (op->error) {
        m_log.error(op->error->summary);
        throw JobError(*op->error);
    }
    int serviceCount = 0;
    int mtu = 23;
    {
        QMutexLocker lock(&m_state->mutex);
        serviceCount = int(m_state->services.size());
        mtu = m_state->mtu;
    }
    m_log.info(QCoreApplication::translate("fw::core::QtGattLink", "Connected to %1: %2 services, MTU %3")
                   .arg(target)
                   .arg(serviceCount)
                   .arg(mtu));
}

void QtGattLink::disconnectFrom()
{
    const bool wasConnected = isConnected();
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::Disconnect);
    QtGattWorker *worker = m_worker;
    post([worker, op] { worker->startDisconnect(op); });
    if (waitFor(op, kDisconnectWaitMs, false) != Wait::Done) {
        // BlueZ did not confirm in time: drop the controller anyway so the link is usable again.
        post([worker] { worker->abortConnect(); });
        QMutexLocker lock(&m_state->mutex);
        m_state->connected = false;
    }
    drainLog();
    if (wasConnected)
        m_log.info(QCoreApplication::translate("fw::core::QtGattLink", "Disconnected from %1").arg(address()));
}

bool QtGattLink::forgetCachedServices(const QString &address)
{
    const QString target = normalizeAddress(address);
    if (target.isEmpty()) {
        m_log.warning(BleConnectDiagnoses::invalidAddress(address).summary);
        return false;
    }
    if (isConnected() && this->address() == target) {
        m_log.info(QCoreApplication::translate("fw::core::QtGattLink",
                                               "Disconnecting from %1 so that BlueZ can forget it")
                       .arg(target));
        disconnectFrom();
    }
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::Forget);
    QtGattWorker *worker = m_worker;
    post([worker, op, target] { worker->forget(op, target); });
    switch (waitFor(op, kForgetWaitMs)) {
    case Wait::Cancelled:
        throw JobCancelled();
    case Wait::TimedOut:
        m_log.warning(QCoreApplication::translate(
                          "fw::core::QtGattLink",
                          "BlueZ did not answer within %1 ms; its cached services of %2 may be stale")
                          .arg(kForgetWaitMs)
                          .arg(target));
        return false;
    case Wait::Done:
        break;
    }
    if (op->ok) {
        m_log.info(QCoreApplication::translate("fw::core::QtGattLink", "Forgot the cached services of %1: %2")
                       .arg(target, op->detail));
        return true;
    }
    m_log.warning(QCoreApplication::translate("fw::core::QtGattLink",
                                              "Could not make the computer forget the cached services "
                                              "of %1: %2")
                      .arg(target, op->detail));
    return false;
}

bool QtGattLink::requestConnectionParameters(const GattConnectionParameters &params)
{
    if (!isConnected())
        return false;
    if (params.intervalMs < 7.5 || params.intervalMs > 4000.0 || params.supervisionTimeoutMs < 100
        || params.supervisionTimeoutMs > 32000)
        return false;
    if (BluezDeviceIndex::gattOverDBus()) {
        m_log.info(QCoreApplication::translate(
            "fw::core::QtGattLink",
            "Connection parameters stay as the Bluetooth service chose them: BlueZ's D-Bus "
            "interface offers no way to request others."));
        return false;
    }
    ensureConnected();
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::ConnectionUpdate);
    QtGattWorker *worker = m_worker;
    post([worker, op, params] { worker->startConnectionUpdate(op, params); });
    const Wait w = waitFor(op, kConnectionUpdateWaitMs);
    drainLog();
    if (w == Wait::Cancelled)
        throw JobCancelled();
    if (w != Wait::Done || !op->ok) {
        m_log.warning(QCoreApplication::translate("fw::core::QtGattLink",
                                                  "The device did not accept new connection parameters"));
        return false;
    }
    m_log.info(QCoreApplication::translate("fw::core::QtGattLink", "Connection interval is now %1 ms")
                   .arg(connectionParameters().intervalMs));
    return true;
}

// ---- operations -------------------------------------------------------------------------

QByteArray QtGattLink::read(const QBluetoothUuid &characteristic, int timeoutMs)
{
    ensureConnected();
    requireCharacteristic(characteristic, GattRead,
                          QCoreApplication::translate("fw::core::QtGattLink", "reading"));
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::Read, characteristic);
    QtGattWorker *worker = m_worker;
    post([worker, op] { worker->startRead(op); });
    finish(op, timeoutMs, QCoreApplication::translate("fw::core::QtGattLink", "Read"), characteristic);
    m_log.rx(op->value, QCoreApplication::translate("fw::core::QtGattLink", "read %1")
                            .arg(uuidText(characteristic)));
    return op->value;
}

void QtGattLink::write(const QBluetoothUuid &characteristic, const QByteArray &value,
                       GattWriteMode mode, int timeoutMs)
{
    ensureConnected();
    const bool withResponse = mode == GattWriteMode::WithResponse;
    requireCharacteristic(characteristic, withResponse ? GattWrite : GattWriteNoResponse,
                          withResponse ? QCoreApplication::translate("fw::core::QtGattLink",
                                                                     "writing with response")
                                       : QCoreApplication::translate("fw::core::QtGattLink",
                                                                     "writing without response"));
    if (!withResponse && value.size() > maxWriteWithoutResponse()) {
        m_log.error(QCoreApplication::translate("fw::core::QtGattLink",
                                                "write %1: %2 bytes do not fit into MTU %3")
                        .arg(uuidText(characteristic))
                        .arg(value.size())
                        .arg(mtu()));
        throw gattError(QCoreApplication::translate("fw::core::QtGattLink", "write"), characteristic,
                        0x0D);
    }
    m_log.tx(value, withResponse ? QCoreApplication::translate("fw::core::QtGattLink", "write %1")
                                       .arg(uuidText(characteristic))
                                 : QCoreApplication::translate("fw::core::QtGattLink",
                                                               "write %1 (without response)")
                                       .arg(uuidText(characteristic)));
    auto op = std::make_shared<QtGattOp>(
        withResponse ? QtGattOp::Kind::Write : QtGattOp::Kind::WriteNoResponse, characteristic);
    QtGattWorker *worker = m_worker;
    post([worker, op, value] { worker->startWrite(op, value); });
    finish(op, timeoutMs, QCoreApplication::translate("fw::core::QtGattLink", "Write"), characteristic);
}

void QtGattLink::subscribe(const QBluetoothUuid &characteristic, bool enable, int timeoutMs)
{
    ensureConnected();
    const GattCharacteristicInfo c = requireCharacteristic(
        characteristic, GattNotify | GattIndicate,
        QCoreApplication::translate("fw::core::QtGattLink", "notifications"));
    const bool indicate = !c.has(GattNotify);
    const QByteArray cccd = !enable ? QByteArray("\x00\x00", 2)
        : indicate                  ? QByteArray("\x02\x00", 2)
                                    : QByteArray("\x01\x00", 2);
    m_log.tx(cccd, enable ? QCoreApplication::translate("fw::core::QtGattLink", "enable notifications %1")
                                .arg(uuidText(characteristic))
                          : QCoreApplication::translate("fw::core::QtGattLink", "disable notifications %1")
                                .arg(uuidText(characteristic)));
    auto op = std::make_shared<QtGattOp>(QtGattOp::Kind::Subscribe, characteristic);
    QtGattWorker *worker = m_worker;
    post([worker, op, enable] { worker->startSubscribe(op, enable); });
    finish(op, timeoutMs,
           enable ? QCoreApplication::translate("fw::core::QtGattLink", "Enabling notifications")
                  : QCoreApplication::translate("fw::core::QtGattLink", "Disabling notifications"),
           characteristic);
}

std::optional<GattNotification> QtGattLink::waitNotification(const QBluetoothUuid &characteristic,
                                                             int timeoutMs)
{
    checkCancel();
    drainLog();
    QElapsedTimer clock;
    clock.start();
    QMutexLocker lock(&m_state->mutex);
    for (;;) {
        auto &queue = m_state->notifications;
        const auto it = std::find_if(queue.begin(), queue.end(), [&](const GattNotification &n) {
            return characteristic.isNull() || n.characteristic == characteristic;
        });
        if (it != queue.end()) {
            const GattNotification n = *it;
            queue.erase(it);
            lock.unlock();
            m_log.rx(n.value, QCoreApplication::translate("fw::core::QtGattLink", "notification %1")
                                  .arg(uuidText(n.characteristic)));
            return n;
        }
        const qint64 left = qint64(std::max(0, timeoutMs)) - clock.elapsed();
        if (left <= 0)
            return std::nullopt;
        if (!m_state->connected) {
            lock.unlock();
            drainLog();
            throwNotConnected();
        }
        if (m_cancel && m_cancel->isCancelled()) {
            lock.unlock();
            throw JobCancelled();
        }
        m_state->changed.wait(&m_state->mutex, QDeadlineTimer(std::min<qint64>(left, kSliceMs)));
    }
}

void QtGattLink::clearNotifications(const QBluetoothUuid &characteristic)
{
    QMutexLocker lock(&m_state->mutex);
    auto &queue = m_state->notifications;
    if (characteristic.isNull()) {
        queue.clear();
        return;
    }
    queue.erase(std::remove_if(queue.begin(), queue.end(),
                               [&](const GattNotification &n) { return n.characteristic == characteristic; }),
                queue.end());
}

}  // namespace fw::core
