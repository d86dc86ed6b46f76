#include "core/QtGattWorker.h"

#include "core/BleConnectDiagnoses.h"
#include "core/BluezDeviceIndex.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>
#include <QBluetoothHostInfo>
#include <QBluetoothLocalDevice>
#include <QLowEnergyConnectionParameters>

#include <algorithm>
#include <utility>

namespace fw::core {

QtGattWorker::QtGattWorker(std::shared_ptr<QtGattState> state, QObject *parent)
    : QObject(parent), m_state(std::move(state))
{
    m_clock.start();
}

QtGattWorker::~QtGattWorker()
{
    shutdown();
}

void QtGattWorker::shutdown()
{
    if (!m_controller)
        return;
    QLowEnergyController *c = m_controller;
    m_controller = nullptr;
    m_services.clear();
    c->disconnect(this);
    delete c;
}

// ---- helpers ----------------------------------------------------------------------------

void QtGattWorker::fail(const std::shared_ptr<QtGattOp> &op, const Diagnosis &d)
{
    if (!op)
        return;
    QMutexLocker lock(&m_state->mutex);
    if (op->done)
        return;
    op->ok = false;
    op->error = d;
    op->done = true;
    m_state->changed.wakeAll();
}

void QtGattWorker::succeed(const std::shared_ptr<QtGattOp> &op, const QByteArray &value)
{
    if (!op)
        return;
    QMutexLocker lock(&m_state->mutex);
    if (op->done)
        return;
    op->ok = true;
    op->value = value;
    op->done = true;
    m_state->changed.wakeAll();
}

bool QtGattWorker::linkUp() const
{
    if (!m_controller || m_connectOp)
        return false;
    const auto s = m_controller->state();
    return s == QLowEnergyController::ConnectedState || s == QLowEnergyController::DiscoveredState
        || s == QLowEnergyController::DiscoveringState;
}

std::optional<QtGattWorker::Target> QtGattWorker::target(const QBluetoothUuid &uuid) const
{
    for (QLowEnergyService *s : m_services) {
        const QLowEnergyCharacteristic c = s->characteristic(uuid);
        if (c.isValid())
            return Target{s, c};
    }
    return std::nullopt;
}

std::shared_ptr<QtGattOp> QtGattWorker::takeInFlight(QLowEnergyService *service,
                                                     std::initializer_list<QtGattOp::Kind> kinds,
                                                     const QBluetoothUuid &uuid)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        const std::shared_ptr<QtGattOp> op = *it;
        if (op->service != service || std::find(kinds.begin(), kinds.end(), op->kind) == kinds.end())
            continue;
        if (!uuid.isNull() && op->characteristic != uuid)
            continue;
        // Qt runs one request at a time in order, so writes without response issued before
        // this one on the service have gone out.
        auto end = m_inFlight.erase(it);
        m_inFlight.erase(std::remove_if(m_inFlight.begin(), end,
                                        [service](const std::shared_ptr<QtGattOp> &o) {
                                            return o->service == service
                                                && o->kind == QtGattOp::Kind::WriteNoResponse;
                                        }),
                         end);
        return op;
    }
    return nullptr;
}

void QtGattWorker::refreshMtu()
{
    if (!m_controller)
        return;
    const int mtu = m_controller->mtu();
    if (mtu <= 0)
        return;  // Qt 6.4's BlueZ D-Bus back-end does not know it; finishConnect() asks BlueZ
    QMutexLocker lock(&m_state->mutex);
    m_state->mtu = mtu;
}

// ---- connection -------------------------------------------------------------------------

void QtGattWorker::startConnect(const std::shared_ptr<QtGattOp> &op, const QString &address)
{
    retireController();
    m_address = address;
    m_closing = false;
    m_lastError.clear();
    m_inFlight.clear();
    m_subscribed.clear();
    m_readsPending.clear();
    m_held.clear();
    m_echoExpected.clear();
    m_notificationsDropped = false;

    // Qt reports a machine without Bluetooth as a bare "unknown error" or not at all.
    switch (BluezDeviceIndex::availability()) {
    case BluezDeviceIndex::Availability::NoSystemBus:
        fail(op, BleConnectDiagnoses::unavailable(BleConnectDiagnoses::Unavailable::NoSystemBus));
        return;
    case BluezDeviceIndex::Availability::NoBluez:
        fail(op, BleConnectDiagnoses::unavailable(BleConnectDiagnoses::Unavailable::NoBluez));
        return;
    case BluezDeviceIndex::Availability::Ready:
        break;
    }
    const QList<QBluetoothHostInfo> hosts = QBluetoothLocalDevice::allDevices();
    if (hosts.isEmpty()) {
        fail(op, BleConnectDiagnoses::unavailable(BleConnectDiagnoses::Unavailable::NoAdapter));
        return;
    }

    // Prefer the powered adapter BlueZ already knows the device on.
    BluezDeviceIndex index;
    std::optional<BluezDeviceIndex::Device> known;
    QString knownAdapterAddress;
    if (index.load()) {
        known = index.device(address);
        if (known) {
            if (const auto a = index.adapter(known->adapterPath))
                knownAdapterAddress = a->address;
        }
    }
    QBluetoothHostInfo chosen;
    for (const QBluetoothHostInfo &host : hosts) {
        QBluetoothLocalDevice local(host.address());
        if (!local.isValid() || local.hostMode() == QBluetoothLocalDevice::HostPoweredOff)
            continue;
        if (chosen.address().isNull())
            chosen = host;
        if (host.address().toString().compare(knownAdapterAddress, Qt::CaseInsensitive) == 0) {
            chosen = host;
            break;
        }
    }
    if (chosen.address().isNull()) {
        const QString name = hosts.first().name().isEmpty() ? hosts.first().address().toString()
                                                            : hosts.first().name();
        fail(op, BleConnectDiagnoses::unavailable(BleConnectDiagnoses::Unavailable::AdapterOff, name));
        return;
    }
    m_state->note(LogLevel::Debug,
                  known ? tr("Using Bluetooth adapter %1 (%2); BlueZ knows this device")
                              .arg(chosen.name(), chosen.address().toString())
                        : tr("Using Bluetooth adapter %1 (%2); BlueZ has not seen this device in a "
                             "scan")
                              .arg(chosen.name(), chosen.address().toString()));

    QBluetoothDeviceInfo info(QBluetoothAddress(address), QString(), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    m_dbusBackend = BluezDeviceIndex::gattOverDBus();
    m_controller = QLowEnergyController::createCentral(info, chosen.address(), this);
    if (known && known->addressType == QLatin1String("random"))
        m_controller->setRemoteAddressType(QLowEnergyController::RandomAddress);
    const int gen = ++m_generation;
    connect(m_controller, &QLowEnergyController::connected, this, [this, gen] {
        if (gen == m_generation)
            onConnected();
    });
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, [this, gen] {
        if (gen == m_generation)
            onDiscoveryFinished();
    });
    connect(m_controller, &QLowEnergyController::errorOccurred, this,
            [this, gen](QLowEnergyController::Error e) {
                if (gen == m_generation)
                    onControllerError(e);
            });
    connect(m_controller, &QLowEnergyController::stateChanged, this,
            [this, gen](QLowEnergyController::ControllerState s) {
                if (gen == m_generation)
                    onControllerState(s);
            });
    connect(m_controller, &QLowEnergyController::mtuChanged, this, [this, gen] {
        if (gen == m_generation)
            refreshMtu();
    });
    connect(m_controller, &QLowEnergyController::connectionUpdated, this,
            [this, gen](const QLowEnergyConnectionParameters &p) {
                if (gen != m_generation)
                    return;
                {
                    QMutexLocker lock(&m_state->mutex);
                    m_state->params.intervalMs = p.minimumInterval();
                    m_state->params.latency = p.latency();
                    m_state->params.supervisionTimeoutMs = p.supervisionTimeout();
                }
                succeed(std::exchange(m_updateOp, nullptr));
            });

    m_connectOp = op;
    m_controller->connectToDevice();
}

void QtGattWorker::abortConnect()
{
    m_connectOp.reset();
    m_detailsWaiting.clear();
    m_descriptionReads.clear();
    // The connection may have completed meanwhile; close it without calling it a drop.
    m_closing = true;
    linkDown({});
}

void QtGattWorker::onConnected()
{
    if (m_connectOp && m_controller)
        m_controller->discoverServices();
}

void QtGattWorker::onDiscoveryFinished()
{
    if (!m_connectOp || !m_controller)
        return;
    const QList<QBluetoothUuid> uuids = m_controller->services();
    for (const QBluetoothUuid &uuid : uuids) {
        QLowEnergyService *s = m_controller->createServiceObject(uuid, m_controller);
        if (!s)
            continue;
        const int gen = m_generation;
        connect(s, &QLowEnergyService::stateChanged, this,
                [this, s, gen](QLowEnergyService::ServiceState st) {
                    if (gen == m_generation)
                        onServiceState(s, st);
                });
        connect(s, &QLowEnergyService::errorOccurred, this,
                [this, s, gen](QLowEnergyService::ServiceError e) {
                    if (gen == m_generation)
                        onServiceError(s, e);
                });
        connect(s, &QLowEnergyService::characteristicRead, this,
                [this, s, gen](const QLowEnergyCharacteristic &c, const QByteArray &v) {
                    if (gen == m_generation)
                        onCharacteristicRead(s, c, v);
                });
        connect(s, &QLowEnergyService::characteristicWritten, this,
                [this, s, gen](const QLowEnergyCharacteristic &c, const QByteArray &) {
                    if (gen == m_generation)
                        onCharacteristicWritten(s, c);
                });
        connect(s, &QLowEnergyService::descriptorRead, this,
                [this, s, gen](const QLowEnergyDescriptor &, const QByteArray &) {
                    if (gen == m_generation)
                        onDescriptionRead(s);
                });
        connect(s, &QLowEnergyService::descriptorWritten, this,
                [this, s, gen](const QLowEnergyDescriptor &, const QByteArray &) {
                    if (gen == m_generation)
                        onDescriptorWritten(s);
                });
        connect(s, &QLowEnergyService::characteristicChanged, this,
                [this, gen](const QLowEnergyCharacteristic &c, const QByteArray &v) {
                    if (gen == m_generation)
                        onCharacteristicChanged(c, v);
                });
        m_services.append(s);
    }
    // All are registered before the first discoverDetails(): BlueZ's back-end may finish a
    // service inside that call.
    m_detailsWaiting = QSet<QLowEnergyService *>(m_services.cbegin(), m_services.cend());
    if (m_detailsWaiting.isEmpty()) {
        finishConnect();
        return;
    }
    const QList<QLowEnergyService *> services = m_services;
    const int gen = m_generation;
    for (QLowEnergyService *s : services) {
        if (gen != m_generation || !m_connectOp)
            return;
        // Not FullDiscovery: Qt 6.4's BlueZ back-end never finishes a service whose last value
        // read fails (a characteristic that needs pairing), and the values are not needed.
        s->discoverDetails(QLowEnergyService::SkipValueDiscovery);
    }
}

void QtGattWorker::onServiceState(QLowEnergyService *service, QLowEnergyService::ServiceState s)
{
    if (s != QLowEnergyService::RemoteServiceDiscovered || !m_detailsWaiting.remove(service))
        return;
    if (m_detailsWaiting.isEmpty())
        readDescriptions();
}

void QtGattWorker::readDescriptions()
{
    QList<QPair<QLowEnergyService *, QLowEnergyDescriptor>> reads;
    m_descriptionReads.clear();
    for (QLowEnergyService *s : std::as_const(m_services)) {
        const QList<QLowEnergyCharacteristic> chars = s->characteristics();
        for (const QLowEnergyCharacteristic &c : chars) {
            const QLowEnergyDescriptor d =
                c.descriptor(QBluetoothUuid::DescriptorType::CharacteristicUserDescription);
            if (d.isValid()) {
                reads.append({s, d});
                ++m_descriptionReads[s];
            }
        }
    }
    if (reads.isEmpty()) {
        finishConnect();
        return;
    }
    const int gen = m_generation;
    for (const auto &r : std::as_const(reads)) {
        if (gen != m_generation || !m_connectOp)
            return;
        r.first->readDescriptor(r.second);
    }
}

void QtGattWorker::onDescriptionRead(QLowEnergyService *service)
{
    if (!m_connectOp || m_descriptionReads.value(service) <= 0)
        return;
    if (--m_descriptionReads[service] > 0)
        return;
    m_descriptionReads.remove(service);
    if (m_descriptionReads.isEmpty())
        finishConnect();
}

void QtGattWorker::onControllerError(QLowEnergyController::Error e)
{
    m_lastError = m_controller ? m_controller->errorString() : QString();
    if (m_connectOp) {
        fail(std::exchange(m_connectOp, nullptr),
             BleConnectDiagnoses::connectFailed(m_address, e, m_lastError));
        m_detailsWaiting.clear();
        m_descriptionReads.clear();
        retireController();
        return;
    }
    if (m_controller && m_controller->state() == QLowEnergyController::UnconnectedState)
        linkDown(m_lastError);
}

void QtGattWorker::onControllerState(QLowEnergyController::ControllerState s)
{
    if (s != QLowEnergyController::UnconnectedState)
        return;
    if (m_connectOp) {
        fail(std::exchange(m_connectOp, nullptr), BleConnectDiagnoses::closedDuringSetup(m_address));
        m_detailsWaiting.clear();
        m_descriptionReads.clear();
    }
    linkDown(m_lastError);
}

void QtGattWorker::finishConnect()
{
    std::shared_ptr<QtGattOp> op = std::exchange(m_connectOp, nullptr);
    if (!op || !m_controller)
        return;

    // Under BlueZ's D-Bus API Qt invents handles and lists services in hash order; the object
    // paths carry the real handles, so the table matches what the device has.
    std::optional<BluezDeviceIndex::Device> dev;
    if (m_dbusBackend) {
        BluezDeviceIndex index;
        if (index.load())
            dev = index.device(m_address);
    }
    struct Built {
        GattServiceInfo info;
        QLowEnergyService *service;
    };
    QList<Built> built;
    QSet<int> usedServices;
    for (QLowEnergyService *s : std::as_const(m_services)) {
        GattServiceInfo si;
        si.uuid = s->serviceUuid();
        const BluezDeviceIndex::Service *bs = nullptr;
        if (dev) {
            for (int i = 0; i < dev->services.size(); ++i) {
                if (!usedServices.contains(i) && dev->services.at(i).uuid == si.uuid) {
                    usedServices.insert(i);
                    bs = &dev->services.at(i);
                    break;
                }
            }
        }
        quint16 last = 0;
        QSet<int> usedChars;
        const QList<QLowEnergyCharacteristic> chars = s->characteristics();
        for (const QLowEnergyCharacteristic &c : chars) {
            GattCharacteristicInfo ci;
            ci.uuid = c.uuid();
            ci.properties = quint8(c.properties()) & (GattRead | GattWriteNoResponse | GattWrite
                                                      | GattNotify | GattIndicate);
            // Qt 6.4 keeps handles private; BlueZ's object paths tell them (0 = unknown).
            quint16 lastOfChar = 0;
            if (bs) {
                for (int i = 0; i < bs->characteristics.size(); ++i) {
                    if (!usedChars.contains(i) && bs->characteristics.at(i).uuid == ci.uuid) {
                        usedChars.insert(i);
                        ci.handle = bs->characteristics.at(i).handle;
                        lastOfChar = bs->characteristics.at(i).lastHandle;
                        break;
                    }
                }
            }
            const QLowEnergyDescriptor user =
                c.descriptor(QBluetoothUuid::DescriptorType::CharacteristicUserDescription);
            if (user.isValid()) {
                QByteArray text = user.value();
                while (text.endsWith('\0'))
                    text.chop(1);
                ci.description = QString::fromUtf8(text);
            }
            last = std::max(last, lastOfChar);
            si.characteristics.append(ci);
        }
        if (bs) {
            si.startHandle = bs->handle;
            si.endHandle = std::max(last, si.startHandle);
            std::stable_sort(si.characteristics.begin(), si.characteristics.end(),
                             [](const GattCharacteristicInfo &a, const GattCharacteristicInfo &b) {
                                 return a.handle < b.handle;
                             });
        }
        built.append(Built{si, s});
    }
    std::stable_sort(built.begin(), built.end(), [](const Built &a, const Built &b) {
        return a.info.startHandle < b.info.startHandle;
    });
    QList<GattServiceInfo> table;
    m_services.clear();
    for (const Built &b : std::as_const(built)) {
        table.append(b.info);
        m_services.append(b.service);
    }

    int mtu = m_controller->mtu();
    if (mtu <= 0 && dev)
        mtu = BluezDeviceIndex::mtuOf(*dev);
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->connected = true;
        m_state->dropped = false;
        m_state->dropReported = false;
        m_state->dropReason.clear();
        m_state->address = m_address;
        m_state->services = table;
        m_state->mtu = mtu > 0 ? mtu : 23;
        m_state->params = GattConnectionParameters{};
        m_state->notifications.clear();
        m_state->refusedWriteWithoutResponse.reset();
        m_state->clock.start();
    }
    succeed(op);
}

void QtGattWorker::startDisconnect(const std::shared_ptr<QtGattOp> &op)
{
    if (!m_controller || m_controller->state() == QLowEnergyController::UnconnectedState) {
        m_closing = true;
        linkDown({});
        succeed(op);
        return;
    }
    m_closing = true;
    m_disconnectOp = op;
    m_controller->disconnectFromDevice();
    if (m_controller && m_controller->state() == QLowEnergyController::UnconnectedState)
        linkDown({});
}

void QtGattWorker::linkDown(const QString &detail)
{
    const bool requested = m_closing;
    m_closing = false;
    QString reason;
    if (!requested) {
        reason = detail.isEmpty()
            ? tr("The device closed the connection or went out of range.")
            : tr("The device closed the connection or went out of range (%1).").arg(detail);
    }
    const Diagnosis gone =
        GattLink::disconnectedError(m_address, requested ? tr("The link was closed.") : reason)
            .diagnosis();
    for (const std::shared_ptr<QtGattOp> &op : m_inFlight)
        fail(op, gone);
    m_inFlight.clear();
    fail(std::exchange(m_updateOp, nullptr), gone);
    if (m_connectOp)
        fail(std::exchange(m_connectOp, nullptr), BleConnectDiagnoses::closedDuringSetup(m_address));
    m_detailsWaiting.clear();
    m_descriptionReads.clear();
    m_subscribed.clear();
    m_readsPending.clear();
    m_held.clear();
    m_echoExpected.clear();
    retireController();
    {
        QMutexLocker lock(&m_state->mutex);
        const bool was = m_state->connected;
        m_state->connected = false;
        if (!requested && was) {
            m_state->dropped = true;
            m_state->dropReported = false;
            m_state->dropReason = reason;
        }
        m_state->changed.wakeAll();
    }
    succeed(std::exchange(m_disconnectOp, nullptr));
}

void QtGattWorker::retireController()
{
    if (!m_controller)
        return;
    ++m_generation;  // late signals of this controller and its services are ignored
    QLowEnergyController *c = m_controller;
    m_controller = nullptr;
    m_services.clear();
    c->disconnect(this);
    if (c->state() == QLowEnergyController::UnconnectedState) {
        c->deleteLater();
        return;
    }
    // Let BlueZ finish closing (or cancel a pending connect) before the object goes.
    connect(c, &QLowEnergyController::stateChanged, c, [c](QLowEnergyController::ControllerState s) {
        if (s == QLowEnergyController::UnconnectedState)
            c->deleteLater();
    });
    QTimer::singleShot(5000, c, [c] { c->deleteLater(); });
    c->disconnectFromDevice();
}

}  // namespace fw::core
