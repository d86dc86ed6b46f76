// QtGattWorker: reads, writes, subscriptions, what the services report back, connection
// parameter requests and removing a device from BlueZ.

#include "core/BleConnectDiagnoses.h"
#include "core/BluezDeviceIndex.h"
#include "core/QtGattWorker.h"

#include <QLowEnergyConnectionParameters>

#include <algorithm>
#include <utility>

namespace fw::core {

namespace {

constexpr int kEchoWindowMs = 1000;       // how long after a read its Value echo may still arrive
constexpr size_t kMaxTrackedWrites = 64;  // writes without response kept for error attribution
// A device that notifies while nobody waits must not fill the memory; the oldest go first.
constexpr size_t kMaxQueuedNotifications = 8192;

QByteArray cccdValue(bool enable, bool indicate)
{
    if (!enable)
        return QByteArray("\x00\x00", 2);
    return indicate ? QByteArray("\x02\x00", 2) : QByteArray("\x01\x00", 2);
}

}  // namespace

void QtGattWorker::startRead(const std::shared_ptr<QtGattOp> &op)
{
    if (!linkUp()) {
        fail(op, GattLink::disconnectedError(m_address, tr("The link is not connected.")).diagnosis());
        return;
    }
    const std::optional<Target> t = target(op->characteristic);
    if (!t) {
        fail(op, GattLink::noSuchCharacteristicError(op->characteristic).diagnosis());
        return;
    }
    op->service = t->service;
    m_inFlight.push_back(op);
    if (m_dbusBackend && m_subscribed.contains(op->characteristic))
        ++m_readsPending[op->characteristic];
    m_issuing = op;
    t->service->readCharacteristic(t->characteristic);
    m_issuing.reset();
}

void QtGattWorker::startWrite(const std::shared_ptr<QtGattOp> &op, const QByteArray &value)
{
    if (!linkUp()) {
        fail(op, GattLink::disconnectedError(m_address, tr("The link is not connected.")).diagnosis());
        return;
    }
    const std::optional<Target> t = target(op->characteristic);
    if (!t) {
        fail(op, GattLink::noSuchCharacteristicError(op->characteristic).diagnosis());
        return;
    }
    const bool withResponse = op->kind == QtGattOp::Kind::Write;
    op->service = t->service;
    m_inFlight.push_back(op);
    if (!withResponse) {
        // Qt never confirms these; keep only the recent ones to pin a late refusal on.
        size_t tracked = 0;
        for (auto it = m_inFlight.rbegin(); it != m_inFlight.rend(); ++it) {
            if ((*it)->kind == QtGattOp::Kind::WriteNoResponse)
                ++tracked;
        }
        for (auto it = m_inFlight.begin(); tracked > kMaxTrackedWrites && it != m_inFlight.end();) {
            if ((*it)->kind == QtGattOp::Kind::WriteNoResponse) {
                it = m_inFlight.erase(it);
                --tracked;
            } else {
                ++it;
            }
        }
    }
    m_issuing = op;
    t->service->writeCharacteristic(t->characteristic, value,
                                    withResponse ? QLowEnergyService::WriteWithResponse
                                                 : QLowEnergyService::WriteWithoutResponse);
    m_issuing.reset();
    // The controller has taken the packet; it stays tracked in case the host refuses it later.
    if (!withResponse)
        succeed(op);
}

void QtGattWorker::startSubscribe(const std::shared_ptr<QtGattOp> &op, bool enable)
{
    if (!linkUp()) {
        fail(op, GattLink::disconnectedError(m_address, tr("The link is not connected.")).diagnosis());
        return;
    }
    const std::optional<Target> t = target(op->characteristic);
    if (!t) {
        fail(op, GattLink::noSuchCharacteristicError(op->characteristic).diagnosis());
        return;
    }
    const QLowEnergyDescriptor cccd = t->characteristic.clientCharacteristicConfiguration();
    if (!cccd.isValid()) {
        fail(op, BleConnectDiagnoses::noNotifyDescriptor(op->characteristic));
        return;
    }
    const auto props = t->characteristic.properties();
    const bool indicate = !(props & QLowEnergyCharacteristic::Notify)
        && (props & QLowEnergyCharacteristic::Indicate);
    // Notifications may follow the descriptor write before Qt confirms it.
    if (enable)
        m_subscribed.insert(op->characteristic);
    else
        m_subscribed.remove(op->characteristic);
    op->service = t->service;
    op->value = cccdValue(enable, indicate);
    m_inFlight.push_back(op);
    m_issuing = op;
    t->service->writeDescriptor(cccd, op->value);
    m_issuing.reset();
}

void QtGattWorker::onServiceError(QLowEnergyService *service, QLowEnergyService::ServiceError e)
{
    if (m_connectOp && m_detailsWaiting.contains(service)) {
        m_state->note(LogLevel::Warning, tr("Could not read the details of service %1 (%2)")
                                             .arg(GattLink::uuidText(service->serviceUuid()))
                                             .arg(int(e)));
        m_detailsWaiting.remove(service);
        if (m_detailsWaiting.isEmpty())
            readDescriptions();
        return;
    }
    if (m_connectOp && e == QLowEnergyService::DescriptorReadError) {
        m_state->note(LogLevel::Debug, tr("A characteristic description of service %1 could not be read")
                                           .arg(GattLink::uuidText(service->serviceUuid())));
        onDescriptionRead(service);
        return;
    }

    std::shared_ptr<QtGattOp> op;
    if (m_issuing && m_issuing->service == service) {
        // Qt refused the call itself (for example on a service it no longer considers usable).
        op = std::exchange(m_issuing, nullptr);
        m_inFlight.erase(std::remove(m_inFlight.begin(), m_inFlight.end(), op), m_inFlight.end());
    } else {
        switch (e) {
        case QLowEnergyService::CharacteristicReadError:
            op = takeInFlight(service, {QtGattOp::Kind::Read});
            break;
        case QLowEnergyService::CharacteristicWriteError:
            op = takeInFlight(service, {QtGattOp::Kind::Write, QtGattOp::Kind::WriteNoResponse});
            break;
        case QLowEnergyService::DescriptorWriteError:
            op = takeInFlight(service, {QtGattOp::Kind::Subscribe});
            break;
        case QLowEnergyService::OperationError:
        case QLowEnergyService::UnknownError:
            op = takeInFlight(service, {QtGattOp::Kind::Read, QtGattOp::Kind::Write,
                                        QtGattOp::Kind::Subscribe});
            break;
        default:
            break;  // descriptor reads happen only during discovery
        }
    }
    if (!op)
        return;

    switch (op->kind) {
    case QtGattOp::Kind::WriteNoResponse: {
        QMutexLocker lock(&m_state->mutex);
        m_state->refusedWriteWithoutResponse = op->characteristic;
        m_state->pendingLog.append({LogLevel::Error,
                                    tr("The Bluetooth service refused a write without response to %1")
                                        .arg(GattLink::uuidText(op->characteristic))});
        m_state->changed.wakeAll();
        return;
    }
    case QtGattOp::Kind::Read:
        if (m_readsPending.value(op->characteristic) > 0) {
            if (--m_readsPending[op->characteristic] == 0)
                releaseHeld(op->characteristic);
        }
        fail(op, BleConnectDiagnoses::refused(tr("read"), op->characteristic));
        return;
    case QtGattOp::Kind::Subscribe: {
        const bool wanted = op->value != cccdValue(false, false);
        if (wanted)
            m_subscribed.remove(op->characteristic);
        else
            m_subscribed.insert(op->characteristic);
        fail(op, BleConnectDiagnoses::refused(wanted ? tr("notification switch-on")
                                                     : tr("notification switch-off"),
                                              op->characteristic));
        return;
    }
    default:
        fail(op, BleConnectDiagnoses::refused(tr("write"), op->characteristic));
        return;
    }
}

void QtGattWorker::onCharacteristicRead(QLowEnergyService *service, const QLowEnergyCharacteristic &c,
                                        const QByteArray &value)
{
    const QBluetoothUuid uuid = c.uuid();
    const std::shared_ptr<QtGattOp> op = takeInFlight(service, {QtGattOp::Kind::Read}, uuid);
    if (m_readsPending.value(uuid) > 0) {
        bool echoSeen = false;
        for (auto it = m_held.begin(); it != m_held.end(); ++it) {
            if (it->characteristic == uuid && it->value == value) {
                m_held.erase(it);
                echoSeen = true;
                break;
            }
        }
        if (!echoSeen)
            m_echoExpected.insert(uuid, {value, m_clock.elapsed() + kEchoWindowMs});
        if (--m_readsPending[uuid] == 0)
            releaseHeld(uuid);
    }
    succeed(op, value);
}

void QtGattWorker::onCharacteristicWritten(QLowEnergyService *service, const QLowEnergyCharacteristic &c)
{
    succeed(takeInFlight(service, {QtGattOp::Kind::Write}, c.uuid()));
}

void QtGattWorker::onDescriptorWritten(QLowEnergyService *service)
{
    succeed(takeInFlight(service, {QtGattOp::Kind::Subscribe}));
}

void QtGattWorker::onCharacteristicChanged(const QLowEnergyCharacteristic &c, const QByteArray &value)
{
    const QBluetoothUuid uuid = c.uuid();
    // Qt's BlueZ back-end reports every change of the Value property, including other
    // programs' reads; only subscribed characteristics notify.
    if (!m_subscribed.contains(uuid))
        return;
    if (m_readsPending.value(uuid) > 0) {
        m_held.append(HeldNotification{uuid, value});
        return;
    }
    const auto echo = m_echoExpected.constFind(uuid);
    if (echo != m_echoExpected.cend()) {
        const bool isEcho = echo->first == value && m_clock.elapsed() <= echo->second;
        m_echoExpected.erase(echo);
        if (isEcho)
            return;
    }
    queueNotification(uuid, value);
}

void QtGattWorker::releaseHeld(const QBluetoothUuid &c)
{
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (it->characteristic == c) {
            queueNotification(it->characteristic, it->value);
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
}

void QtGattWorker::queueNotification(const QBluetoothUuid &c, const QByteArray &value)
{
    QMutexLocker lock(&m_state->mutex);
    GattNotification n;
    n.characteristic = c;
    n.value = value;
    n.tMs = m_state->clock.isValid() ? m_state->clock.elapsed() : 0;
    m_state->notifications.push_back(n);
    if (m_state->notifications.size() > kMaxQueuedNotifications) {
        m_state->notifications.pop_front();
        if (!m_notificationsDropped) {
            m_notificationsDropped = true;
            m_state->pendingLog.append(
                {LogLevel::Warning, tr("More than %1 notifications were waiting; the oldest are dropped")
                                        .arg(kMaxQueuedNotifications)});
        }
    }
    m_state->changed.wakeAll();
}

void QtGattWorker::startConnectionUpdate(const std::shared_ptr<QtGattOp> &op,
                                         const GattConnectionParameters &params)
{
    if (!linkUp()) {
        fail(op, GattLink::disconnectedError(m_address, tr("The link is not connected.")).diagnosis());
        return;
    }
    fail(std::exchange(m_updateOp, nullptr),
         GattLink::disconnectedError(m_address, tr("Superseded by a newer request.")).diagnosis());
    QLowEnergyConnectionParameters p;
    p.setIntervalRange(params.intervalMs, params.intervalMs);
    p.setLatency(params.latency);
    p.setSupervisionTimeout(params.supervisionTimeoutMs);
    m_updateOp = op;
    m_controller->requestConnectionUpdate(p);
}

void QtGattWorker::forget(const std::shared_ptr<QtGattOp> &op, const QString &address)
{
    auto finishWith = [&](bool ok, const QString &detail) {
        QMutexLocker lock(&m_state->mutex);
        op->ok = ok;
        op->detail = detail;
        op->done = true;
        m_state->changed.wakeAll();
    };
    switch (BluezDeviceIndex::availability()) {
    case BluezDeviceIndex::Availability::NoSystemBus:
        finishWith(false, tr("the system D-Bus is not running"));
        return;
    case BluezDeviceIndex::Availability::NoBluez:
        finishWith(false, tr("the Bluetooth service (BlueZ) is not running"));
        return;
    case BluezDeviceIndex::Availability::Ready:
        break;
    }
    BluezDeviceIndex index;
    QString error;
    if (!index.load(&error)) {
        finishWith(false, tr("BlueZ did not list its devices (%1)").arg(error));
        return;
    }
    const std::optional<BluezDeviceIndex::Device> dev = index.device(address);
    if (!dev) {
        finishWith(true, tr("BlueZ has no record of %1, so nothing was cached").arg(address));
        return;
    }
    if (!BluezDeviceIndex::removeDevice(*dev, &error)) {
        finishWith(false, tr("BlueZ refused to remove %1 (%2)").arg(address, error));
        return;
    }
    finishWith(true, tr("BlueZ removed %1 from adapter %2 together with its cached services")
                         .arg(address, dev->adapterPath.section(QLatin1Char('/'), -1)));
}

}  // namespace fw::core
