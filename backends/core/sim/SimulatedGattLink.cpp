#include "core/sim/SimulatedGattLink.h"

#include "core/Job.h"
#include "core/sim/GattPeripheralModel.h"
#include "core/sim/SimGattServiceCache.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <limits>

namespace fw::core::sim {

namespace {

constexpr qint64 kSliceUs = 20'000;  // cancel checks at least this often
constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;

QByteArray cccdValue(bool enable, bool indicate)
{
    if (!enable)
        return QByteArray("\x00\x00", 2);
    return indicate ? QByteArray("\x02\x00", 2) : QByteArray("\x01\x00", 2);
}

}  // namespace

SimulatedGattLink::SimulatedGattLink(std::shared_ptr<GattPeripheralModel> model, BleWireModel wire,
                                     BleFaultPlan faults)
    : m_model(std::move(model)), m_clientWire(wire), m_wire(wire), m_faults(faults)
{
    Q_ASSERT(m_model);
    m_name = QStringLiteral("ble-sim:%1").arg(m_model->advertisement().address);
}

SimulatedGattLink::~SimulatedGattLink()
{
    if (m_connected.load())
        tearDown();
}

void SimulatedGattLink::setName(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_name = name;
}

QString SimulatedGattLink::name() const
{
    QMutexLocker lock(&m_mutex);
    return m_name;
}

QString SimulatedGattLink::address() const
{
    QMutexLocker lock(&m_mutex);
    return m_address;
}

QList<GattServiceInfo> SimulatedGattLink::services() const
{
    QMutexLocker lock(&m_mutex);
    return m_services;
}

int SimulatedGattLink::mtu() const
{
    QMutexLocker lock(&m_mutex);
    return m_wire.mtu;
}

BleWireModel SimulatedGattLink::wireModel() const
{
    QMutexLocker lock(&m_mutex);
    return m_wire;
}

GattConnectionParameters SimulatedGattLink::connectionParameters() const
{
    QMutexLocker lock(&m_mutex);
    GattConnectionParameters p;
    p.intervalMs = m_wire.intervalMs;
    p.latency = 0;
    p.supervisionTimeoutMs = m_wire.supervisionTimeoutMs;
    return p;
}

void SimulatedGattLink::setServiceCache(std::shared_ptr<SimGattServiceCache> cache)
{
    QMutexLocker lock(&m_mutex);
    m_cache = std::move(cache);
}

std::shared_ptr<SimGattServiceCache> SimulatedGattLink::serviceCache() const
{
    QMutexLocker lock(&m_mutex);
    return m_cache;
}

bool SimulatedGattLink::forgetCachedServices(const QString &address)
{
    const std::shared_ptr<SimGattServiceCache> cache = serviceCache();
    if (!cache)
        return false;
    if (cache->forget(address))
        m_log.info(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                               "Forgot the cached services of %1")
                       .arg(address));
    return true;
}

bool SimulatedGattLink::isStale(const GattCharacteristicInfo &c) const
{
    return m_usingCache && !SimGattServiceCache::stillValid(c, m_liveServices);
}

void SimulatedGattLink::logStale(const QBluetoothUuid &characteristic)
{
    m_log.warning(QCoreApplication::translate(
                      "fw::core::sim::SimulatedGattLink",
                      "The cached handle of %1 no longer exists on the device (stale service cache)")
                      .arg(uuidText(characteristic)));
}

void SimulatedGattLink::reportConnectionParameters()
{
    m_model->onConnectionParameters(connectionParameters());
}

void SimulatedGattLink::setFaultPlan(const BleFaultPlan &faults)
{
    m_faults = faults;
    m_dropFaultFired = false;
}

// ---- time -------------------------------------------------------------------------------

qint64 SimulatedGattLink::nowUs() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
}

void SimulatedGattLink::checkCancel() const
{
    if (m_cancel)
        m_cancel->throwIfCancelled();
}

void SimulatedGattLink::sleepUntil(qint64 targetUs) const
{
    for (;;) {
        checkCancel();
        const qint64 left = targetUs - nowUs();
        if (left <= 0)
            return;
        QThread::usleep(ulong(std::min(left, kSliceUs)));
    }
}

void SimulatedGattLink::waitUntil(qint64 targetUs)
{
    for (;;) {
        checkCancel();
        const qint64 now = nowUs();
        pump(now);
        if (m_dropAtUs >= 0 && now >= m_dropNoticedUs)
            failDisconnected();
        if (now >= targetUs)
            return;
        qint64 next = std::min(targetUs, now + kSliceUs);
        if (m_dropAtUs >= 0)
            next = std::min(next, std::max(now + 1, m_dropNoticedUs));
        QThread::usleep(ulong(std::max<qint64>(1, next - now)));
    }
}

void SimulatedGattLink::waitForeverUntil(qint64 deadlineUs, const QString &operation,
                                         const QBluetoothUuid &characteristic, int timeoutMs)
{
    waitUntil(deadlineUs);  // throws ble.disconnected when a lost link is noticed first
    m_log.warning(
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "%1 timed out after %2 ms")
            .arg(operation)
            .arg(timeoutMs));
    throw timeoutError(operation, characteristic, timeoutMs);
}

void SimulatedGattLink::pump(qint64 tUs)
{
    if (!m_connected.load())
        return;
    if (!m_dropFaultFired && m_faults.dropAtMs >= 0 && tUs >= m_faults.dropAtMs * 1000) {
        m_dropFaultFired = true;
        markDropped(m_faults.dropAtMs * 1000, m_faults.silentDrop,
                    QCoreApplication::translate(
                        "fw::core::sim::SimulatedGattLink",
                        "The simulated link was dropped %1 ms after connecting (fault plan).")
                        .arg(m_faults.dropAtMs));
    }
    const qint64 ms = tUs / 1000;
    if (ms != m_lastTickMs && !isDown(tUs)) {
        m_lastTickMs = ms;
        m_modelTimeUs = tUs;
        m_model->tick(ms);
    }
}

// ---- connection -------------------------------------------------------------------------

void SimulatedGattLink::connectTo(const QString &address, int timeoutMs)
{
    checkCancel();
    if (m_connected.load()) {
        if (address.compare(this->address(), Qt::CaseInsensitive) == 0 && m_dropAtUs < 0)
            return;
        disconnectFrom();
    }
    m_pendingRead.reset();  // an answer from an earlier connection never comes
    m_readPending = false;

    const BleDeviceInfo adv = m_model->advertisement();
    if (!address.isEmpty() && address.compare(adv.address, Qt::CaseInsensitive) != 0) {
        Diagnosis d;
        d.code = QStringLiteral("ble.not_found");
        d.summary = QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "No Bluetooth device with address %1 answered.")
                        .arg(address);
        d.causes
            << QCoreApplication::translate(
                   "fw::core::sim::SimulatedGattLink",
                   "The address belongs to a different device than the one simulated here (%1).")
                   .arg(adv.address);
        d.nextStep = QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                 "Pick the device again from the discovery list.");
        throw JobError(d);
    }

    m_log.info(
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Connecting to %1 (%2)…")
            .arg(adv.name, adv.address));
    m_clock.start();
    const qint64 deadline = qint64(std::max(0, timeoutMs)) * 1000;
    ++m_connectAttempts;
    if (!m_model->isConnectable()) {
        // Nothing answers the connection request: the host keeps waiting for an advertisement.
        sleepUntil(deadline);
        m_log.warning(QCoreApplication::translate(
                          "fw::core::sim::SimulatedGattLink",
                          "Connecting timed out after %1 ms: %2 is not advertising")
                          .arg(timeoutMs)
                          .arg(adv.address));
        throw timeoutError(
            QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Connecting"), {},
            timeoutMs);
    }
    if (m_connectAttempts <= m_faults.failConnects) {
        sleepUntil(deadline);
        m_log.warning(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                  "Connecting timed out after %1 ms")
                          .arg(timeoutMs));
        throw timeoutError(
            QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Connecting"), {},
            timeoutMs);
    }

    // MTU exchange: the smaller of what each side accepts.
    BleWireModel wire = m_clientWire;
    wire.mtu = std::clamp(std::min(m_clientWire.mtu, m_model->preferredMtu()), 23, 517);

    const QList<GattServiceDef> table = m_model->gattTable();
    const QList<GattServiceInfo> live = SimGattServiceCache::discover(table);
    int characteristicCount = 0;
    for (const GattServiceInfo &s : live)
        characteristicCount += int(s.characteristics.size());

    const std::shared_ptr<SimGattServiceCache> cache = serviceCache();
    const std::optional<QList<GattServiceInfo>> cached =
        cache ? cache->lookup(adv.address) : std::nullopt;
    // A host with a stored table skips discovery and only sets the connection up.
    const qint64 setupUs = cached
        ? qint64(wire.connectSetupMs) * 1000
        : qint64(wire.msForDiscovery(int(table.size()), characteristicCount) * 1000.0);
    if (setupUs > deadline) {
        sleepUntil(deadline);
        m_log.warning(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                  "Connecting timed out after %1 ms")
                          .arg(timeoutMs));
        throw timeoutError(
            QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Connecting"), {},
            timeoutMs);
    }
    sleepUntil(setupUs);

    const QList<GattServiceInfo> discovered = cached ? *cached : live;
    if (cached) {
        m_log.info(QCoreApplication::translate(
                       "fw::core::sim::SimulatedGattLink",
                       "Using the services cached for %1 instead of discovering them again")
                       .arg(adv.address));
    } else if (cache) {
        cache->store(adv.address, live);
    }
    m_usingCache = cached.has_value();
    m_liveServices = live;
    {
        QMutexLocker lock(&m_mutex);
        m_wire = wire;
        m_address = adv.address;
        m_services = discovered;
    }
    m_clock.restart();
    m_events.reset(wire.intervalUs(), wire.packetsPerEvent);
    m_nextRequestEvent = 0;
    m_lastTickMs = -1;
    m_dropAtUs = -1;
    m_dropNoticedUs = -1;
    m_dropReason.clear();
    m_subscribed.clear();
    m_notifications.clear();

    GattPeripheralModel::LinkCallbacks callbacks;
    callbacks.notify = [this](const QBluetoothUuid &c, const QByteArray &v) { onPeripheralNotify(c, v); };
    callbacks.disconnect = [this](const QString &reason) { onPeripheralDisconnect(reason); };
    callbacks.silentDrop = [this](const QString &reason) { onPeripheralSilentDrop(reason); };
    m_model->setLinkCallbacks(callbacks);
    m_connected.store(true);
    m_modelTimeUs = 0;
    reportConnectionParameters();
    m_model->onConnect(0);
    m_log.info(QCoreApplication::translate(
                   "fw::core::sim::SimulatedGattLink",
                   "Connected to %1: %2 services, MTU %3, connection interval %4 ms")
                   .arg(adv.address)
                   .arg(discovered.size())
                   .arg(wire.mtu)
                   .arg(wire.intervalMs));
}

void SimulatedGattLink::disconnectFrom()
{
    if (!m_connected.load())
        return;
    tearDown();
    m_log.info(
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Disconnected from %1")
            .arg(address()));
}

void SimulatedGattLink::tearDown()
{
    m_connected.store(false);
    m_model->onDisconnect();
    m_model->setLinkCallbacks({});
    m_subscribed.clear();
}

void SimulatedGattLink::ensureConnected()
{
    checkCancel();
    if (!m_connected.load())
        throw disconnectedError(address().isEmpty() ? m_model->advertisement().address : address(),
                                QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                            "The link is not connected."));
    const qint64 now = nowUs();
    pump(now);
    if (m_dropAtUs >= 0 && now >= m_dropNoticedUs)
        failDisconnected();
}

void SimulatedGattLink::markDropped(qint64 atUs, bool silent, const QString &reason)
{
    if (m_dropAtUs >= 0)
        return;
    m_dropAtUs = atUs;
    m_dropNoticedUs = atUs + (silent ? qint64(m_wire.supervisionTimeoutMs) * 1000 : 0);
    m_dropReason = reason;
}

void SimulatedGattLink::failDisconnected()
{
    const QString reason = m_dropReason;
    const bool wasConnected = m_connected.load();
    if (wasConnected)
        tearDown();
    m_log.error(
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Connection lost: %1")
            .arg(reason));
    throw disconnectedError(address(), reason);
}

void SimulatedGattLink::onPeripheralDisconnect(const QString &reason)
{
    markDropped(m_modelTimeUs, false,
                reason.isEmpty()
                    ? QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                  "The device closed the connection.")
                    : QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                  "The device closed the connection: %1")
                          .arg(reason));
}

void SimulatedGattLink::onPeripheralSilentDrop(const QString &reason)
{
    // A real host learns nothing but the silence; the simulated cause goes to the debug log.
    if (!reason.isEmpty())
        m_log.debug(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "Simulated device went silent: %1")
                        .arg(reason));
    markDropped(m_modelTimeUs, true,
                QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                            "The device stopped answering; the link timed out "
                                            "after %1 ms (supervision timeout).")
                    .arg(m_wire.supervisionTimeoutMs));
}

GattCharacteristicInfo SimulatedGattLink::requireCharacteristic(const QBluetoothUuid &uuid, quint8 anyOf,
                                                                const QString &operation)
{
    const std::optional<GattCharacteristicInfo> c = findCharacteristic(uuid);
    if (!c) {
        m_log.error(
            QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "No characteristic %1")
                .arg(uuidText(uuid)));
        throw noSuchCharacteristicError(uuid);
    }
    if ((c->properties & anyOf) == 0) {
        m_log.error(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "Characteristic %1 does not support %2")
                        .arg(uuidText(uuid), operation));
        throw notPermittedError(operation, uuid);
    }
    return *c;
}

// ---- operations -------------------------------------------------------------------------

void SimulatedGattLink::finishRequest(qint64 responseEvent, qint64 responseUs, qint64 deadlineUs,
                                      const QString &operation, const QBluetoothUuid &characteristic,
                                      int timeoutMs)
{
    m_nextRequestEvent = std::max(responseEvent, eventAtOrAfter(responseUs)) + 1;
    if (responseUs > deadlineUs)
        waitForeverUntil(deadlineUs, operation, characteristic, timeoutMs);
    waitUntil(responseUs);
}

QByteArray SimulatedGattLink::read(const QBluetoothUuid &characteristic, int timeoutMs)
{
    beginRead(characteristic, timeoutMs);
    return takeRead();
}

void SimulatedGattLink::beginRead(const QBluetoothUuid &characteristic, int timeoutMs)
{
    if (m_readPending)
        takeRead();  // one request at a time, as ATT allows
    ensureConnected();
    const GattCharacteristicInfo info = requireCharacteristic(
        characteristic, GattRead,
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "reading"));
    const bool stale = isStale(info);
    PendingRead p;
    p.characteristic = characteristic;
    p.timeoutMs = timeoutMs;
    p.deadlineUs = nowUs() + qint64(std::max(0, timeoutMs)) * 1000;
    const QString op = QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Read");

    const qint64 k = reserveSlots(1, nowUs(), m_nextRequestEvent);
    const qint64 tReq = eventTimeUs(k);
    if (tReq > p.deadlineUs)
        waitForeverUntil(p.deadlineUs, op, characteristic, timeoutMs);
    waitUntil(tReq);
    if (isDown(nowUs()))
        waitForeverUntil(p.deadlineUs, op, characteristic, timeoutMs);

    // The device answers from its state when the request arrives; writes sent after it in
    // the meantime do not change the answer.
    m_modelTimeUs = tReq;
    if (stale)
        logStale(characteristic);
    p.result = stale ? AttReadResult::error(att::InvalidHandle) : m_model->onRead(characteristic);
    const int exchanges = m_wire.exchangesForRead(int(p.result.value.size()));
    p.responseEvent = k + qint64(exchanges) * (m_wire.responseEvents + 1) - 1;
    p.responseUs = eventTimeUs(p.responseEvent) + qint64(m_faults.extraResponseDelayMs) * 1000;
    m_nextRequestEvent = std::max(p.responseEvent, eventAtOrAfter(p.responseUs)) + 1;
    m_pendingRead = p;
    m_readPending = true;
}

QByteArray SimulatedGattLink::takeRead()
{
    if (!m_readPending || !m_pendingRead)
        return GattLink::takeRead();
    const PendingRead p = *m_pendingRead;
    m_pendingRead.reset();
    m_readPending = false;
    const QString op = QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Read");
    if (p.responseUs > p.deadlineUs)
        waitForeverUntil(p.deadlineUs, op, p.characteristic, p.timeoutMs);
    waitUntil(p.responseUs);
    if (isDown(p.responseUs))
        waitForeverUntil(p.deadlineUs, op, p.characteristic, p.timeoutMs);

    if (p.result.status != att::Success) {
        m_log.error(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "read %1 failed: ATT error 0x%2")
                        .arg(uuidText(p.characteristic))
                        .arg(p.result.status, 2, 16, QLatin1Char('0')));
        throw gattError(QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "read"),
                        p.characteristic, p.result.status);
    }
    m_log.rx(p.result.value,
             QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "read %1")
                 .arg(uuidText(p.characteristic)));
    return p.result.value;
}

void SimulatedGattLink::write(const QBluetoothUuid &characteristic, const QByteArray &value,
                              GattWriteMode mode, int timeoutMs)
{
    ensureConnected();
    const bool withResponse = mode == GattWriteMode::WithResponse;
    const GattCharacteristicInfo info = requireCharacteristic(characteristic, withResponse ? GattWrite : GattWriteNoResponse,
                          withResponse
                              ? QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                            "writing with response")
                              : QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                            "writing without response"));
    if (!withResponse && value.size() > m_wire.maxWriteWithoutResponse()) {
        m_log.error(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "write %1: %2 bytes do not fit into MTU %3")
                        .arg(uuidText(characteristic))
                        .arg(value.size())
                        .arg(m_wire.mtu));
        throw gattError(QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "write"),
                        characteristic, att::InvalidAttributeValueLength);
    }
    const qint64 deadline = nowUs() + qint64(std::max(0, timeoutMs)) * 1000;
    const qint64 number = ++m_writeNumber;
    const qint64 extraUs = m_faults.delayWriteNumber == number ? qint64(m_faults.delayMs) * 1000 : 0;
    const bool rejected = m_faults.rejectWriteNumber == number
        && (m_faults.rejectCharacteristic.isNull() || m_faults.rejectCharacteristic == characteristic);
    const QString op = QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "Write");

    m_log.tx(value, withResponse ? QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                               "write %1")
                                       .arg(uuidText(characteristic))
                                 : QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                               "write %1 (without response)")
                                       .arg(uuidText(characteristic)));

    if (!withResponse) {
        const int packets = m_wire.packetsForWriteWithoutResponse(int(value.size()));
        const qint64 k = reserveSlots(packets, nowUs() + extraUs, 0);
        const qint64 tSent = eventTimeUs(k);
        if (tSent > deadline)
            waitForeverUntil(deadline, op, characteristic, timeoutMs);
        waitUntil(tSent);
        if (isDown(nowUs()))
            return;  // lost on the air; the client learns of it only later
        if (rejected) {
            m_log.debug(
                QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                            "write %1 was discarded by the device (fault plan)")
                    .arg(uuidText(characteristic)));
            return;
        }
        if (isStale(info)) {
            // A command has no response: the device drops it and the client never learns why.
            logStale(characteristic);
            return;
        }
        m_modelTimeUs = tSent;
        const quint8 status = m_model->onWrite(characteristic, value, false);
        if (status != att::Success)
            m_log.debug(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                    "device ignored write %1 (status 0x%2)")
                            .arg(uuidText(characteristic))
                            .arg(status, 2, 16, QLatin1Char('0')));
        ++m_writesDelivered;
        if (!m_dropFaultFired && m_faults.dropAfterWrites >= 0 && m_writesDelivered.load() >= m_faults.dropAfterWrites) {
            m_dropFaultFired = true;
            markDropped(tSent, m_faults.silentDrop,
                        QCoreApplication::translate(
                            "fw::core::sim::SimulatedGattLink",
                            "The simulated link was dropped after %1 writes (fault plan).")
                            .arg(m_faults.dropAfterWrites));
        }
        return;
    }

    const qint64 k = reserveSlots(m_wire.packetsForAttPdu(int(value.size()) + 3), nowUs() + extraUs,
                                  m_nextRequestEvent);
    const qint64 tReq = eventTimeUs(k);
    if (tReq > deadline)
        waitForeverUntil(deadline, op, characteristic, timeoutMs);
    waitUntil(tReq);
    if (isDown(nowUs()))
        waitForeverUntil(deadline, op, characteristic, timeoutMs);

    quint8 status = m_faults.rejectAttError;
    if (!rejected && isStale(info)) {
        logStale(characteristic);
        status = att::InvalidHandle;
    } else if (!rejected) {
        m_modelTimeUs = tReq;
        status = m_model->onWrite(characteristic, value, true);
        ++m_writesDelivered;
    }
    const int exchanges = m_wire.exchangesForWriteWithResponse(int(value.size()));
    const qint64 respEvent = k + qint64(exchanges) * (m_wire.responseEvents + 1) - 1;
    const qint64 tResp = eventTimeUs(respEvent) + qint64(m_faults.extraResponseDelayMs) * 1000;
    finishRequest(respEvent, tResp, deadline, op, characteristic, timeoutMs);

    if (!rejected && !m_dropFaultFired && m_faults.dropAfterWrites >= 0
        && m_writesDelivered.load() >= m_faults.dropAfterWrites) {
        m_dropFaultFired = true;
        markDropped(tResp, m_faults.silentDrop,
                    QCoreApplication::translate(
                        "fw::core::sim::SimulatedGattLink",
                        "The simulated link was dropped after %1 writes (fault plan).")
                        .arg(m_faults.dropAfterWrites));
    }
    if (status != att::Success) {
        m_log.error(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                "write %1 failed: ATT error 0x%2")
                        .arg(uuidText(characteristic))
                        .arg(status, 2, 16, QLatin1Char('0')));
        throw gattError(QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "write"),
                        characteristic, status);
    }
}

void SimulatedGattLink::subscribe(const QBluetoothUuid &characteristic, bool enable, int timeoutMs)
{
    ensureConnected();
    const GattCharacteristicInfo c = requireCharacteristic(
        characteristic, GattNotify | GattIndicate,
        QCoreApplication::translate("fw::core::sim::SimulatedGattLink", "notifications"));
    const bool indicate = !c.has(GattNotify);
    const QByteArray cccd = cccdValue(enable, indicate);
    const qint64 deadline = nowUs() + qint64(std::max(0, timeoutMs)) * 1000;
    const QString op = enable ? QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                            "Enabling notifications")
                              : QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                            "Disabling notifications");
    m_log.tx(cccd, enable ? QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                        "enable notifications %1")
                                .arg(uuidText(characteristic))
                          : QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                        "disable notifications %1")
                                .arg(uuidText(characteristic)));

    const qint64 k = reserveSlots(1, nowUs(), m_nextRequestEvent);
    const qint64 tReq = eventTimeUs(k);
    if (tReq > deadline)
        waitForeverUntil(deadline, op, characteristic, timeoutMs);
    waitUntil(tReq);
    if (isDown(nowUs()))
        waitForeverUntil(deadline, op, characteristic, timeoutMs);

    const bool stale = isStale(c);
    if (stale) {
        logStale(characteristic);
    } else {
        if (enable)
            m_subscribed.insert(characteristic);
        else
            m_subscribed.remove(characteristic);
        m_modelTimeUs = tReq;
        m_model->onSubscribe(characteristic, enable);
    }
    const qint64 respEvent = k + m_wire.responseEvents;
    const qint64 tResp = eventTimeUs(respEvent) + qint64(m_faults.extraResponseDelayMs) * 1000;
    finishRequest(respEvent, tResp, deadline, op, characteristic, timeoutMs);
    if (stale)
        throw gattError(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                    "write CCCD"),
                        characteristic, att::InvalidHandle);
}

void SimulatedGattLink::onPeripheralNotify(const QBluetoothUuid &characteristic, const QByteArray &value)
{
    if (!m_connected.load() || isDown(m_modelTimeUs) || !m_subscribed.contains(characteristic))
        return;
    const qint64 number = ++m_notifyNumber;
    // A server sends at most MTU-3 bytes of the value in one notification.
    const QByteArray sent = value.left(m_wire.mtu - 3);
    const qint64 k = reserveSlots(m_wire.packetsForAttPdu(int(sent.size()) + 3), m_modelTimeUs + 1, 0);
    if (m_faults.loseNotificationNumber == number) {
        ++m_notificationsLost;
        return;
    }
    QueuedNotification q;
    q.deliverAtUs = eventTimeUs(k);
    q.notification.characteristic = characteristic;
    q.notification.value = sent;
    q.notification.tMs = q.deliverAtUs / 1000;
    m_notifications.push_back(q);
}

std::optional<GattNotification> SimulatedGattLink::waitNotification(const QBluetoothUuid &characteristic,
                                                                    int timeoutMs)
{
    checkCancel();
    const qint64 deadline = nowUs() + qint64(std::max(0, timeoutMs)) * 1000;
    for (;;) {
        const qint64 now = nowUs();
        pump(now);
        qint64 nextDue = kNever;
        for (auto it = m_notifications.begin(); it != m_notifications.end(); ++it) {
            if (!characteristic.isNull() && it->notification.characteristic != characteristic)
                continue;
            if (it->deliverAtUs <= now) {
                GattNotification n = it->notification;
                m_notifications.erase(it);
                m_log.rx(n.value, QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                              "notification %1")
                                      .arg(uuidText(n.characteristic)));
                return n;
            }
            nextDue = std::min(nextDue, it->deliverAtUs);
        }
        if (now >= deadline)
            return std::nullopt;
        if (!m_connected.load())
            throw disconnectedError(address(),
                                    QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                                                "The link is not connected."));
        waitUntil(std::min({deadline, nextDue, now + kSliceUs}));
    }
}

void SimulatedGattLink::clearNotifications(const QBluetoothUuid &characteristic)
{
    if (characteristic.isNull()) {
        m_notifications.clear();
        return;
    }
    m_notifications.erase(std::remove_if(m_notifications.begin(), m_notifications.end(),
                                         [&](const QueuedNotification &q) {
                                             return q.notification.characteristic == characteristic;
                                         }),
                          m_notifications.end());
}

bool SimulatedGattLink::requestConnectionParameters(const GattConnectionParameters &params)
{
    if (!m_connected.load())
        return false;
    if (params.intervalMs < 7.5 || params.intervalMs > 4000.0 || params.supervisionTimeoutMs < 100
        || params.supervisionTimeoutMs > 32000)
        return false;
    ensureConnected();
    // The update takes effect at an event some round trips ahead (the "instant").
    const qint64 instantEvent =
        std::max(eventAtOrAfter(nowUs()), m_events.latestReservedEvent()) + 2 * (m_wire.responseEvents + 1);
    const qint64 instantUs = eventTimeUs(instantEvent);
    waitUntil(instantUs);
    {
        QMutexLocker lock(&m_mutex);
        // Intervals are multiples of 1.25 ms on the air.
        m_wire.intervalMs = std::round(params.intervalMs / 1.25) * 1.25;
        m_wire.supervisionTimeoutMs = params.supervisionTimeoutMs;
    }
    m_events.retime(instantEvent, m_wire.intervalUs());
    m_nextRequestEvent = std::max(m_nextRequestEvent, instantEvent);
    m_log.info(QCoreApplication::translate("fw::core::sim::SimulatedGattLink",
                                           "Connection interval is now %1 ms")
                   .arg(m_wire.intervalMs));
    reportConnectionParameters();
    return true;
}

}  // namespace fw::core::sim
