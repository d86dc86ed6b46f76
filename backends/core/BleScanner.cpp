#include "core/BleScanner.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QBluetoothLocalDevice>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace fw::core {

namespace {

const QString kBluezService = QStringLiteral("org.bluez");

}  // namespace

BleScanner::BleScanner(QObject *parent) : QObject(parent)
{
    static const int registered = [] {
        qRegisterMetaType<fw::core::BleDeviceInfo>();
        qRegisterMetaType<fw::core::BleScanner::State>();
        return 0;
    }();
    Q_UNUSED(registered);
}

BleScanner::~BleScanner()
{
    if (m_agent) {
        // Disconnect first so a cancel during destruction does not call back into a half-dead object.
        m_agent->disconnect(this);
        if (m_agent->isActive())
            m_agent->stop();
    }
}

void BleScanner::start(int timeoutMs)
{
    if (m_state == State::Scanning)
        stop();
    m_devices.clear();

    // Without these checks the Qt agent reports a bare "UnknownError" (or nothing at all)
    // on machines without BlueZ, which tells the user nothing.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        setState(State::BluezUnavailable, [] {
            return tr("The system D-Bus is not running, so Bluetooth cannot be used. "
                      "Start it (sudo systemctl start dbus), then start the Bluetooth service with: "
                      "sudo systemctl start bluetooth");
        });
        Q_EMIT finished();
        return;
    }
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface || !busInterface->isServiceRegistered(kBluezService).value()) {
        setState(State::BluezUnavailable, [] {
            return tr("Bluetooth service (BlueZ) is not running. Start it with: "
                      "sudo systemctl start bluetooth (install the package \"bluez\" if it is missing).");
        });
        Q_EMIT finished();
        return;
    }

    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty()) {
        setState(State::NoAdapter, [] {
            return tr("No Bluetooth adapter found. Plug in a USB Bluetooth adapter, or use the Demo devices.");
        });
        Q_EMIT finished();
        return;
    }

    // Prefer the first powered adapter; report PoweredOff only when none is on.
    QBluetoothHostInfo chosen;
    for (const QBluetoothHostInfo &host : adapters) {
        QBluetoothLocalDevice local(host.address());
        if (local.isValid() && local.hostMode() != QBluetoothLocalDevice::HostPoweredOff) {
            chosen = host;
            break;
        }
    }
    if (chosen.address().isNull()) {
        setState(State::PoweredOff, [adapter = adapters.first().name()] {
            return tr("The Bluetooth adapter %1 is switched off. Switch Bluetooth on in the system "
                      "settings, or run: bluetoothctl power on (if it stays off: rfkill unblock "
                      "bluetooth).")
                .arg(adapter);
        });
        Q_EMIT finished();
        return;
    }

    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->deleteLater();
    }
    m_agent = new QBluetoothDeviceDiscoveryAgent(chosen.address(), this);
    m_agent->setLowEnergyDiscoveryTimeout(qMax(0, timeoutMs));

    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            [this](const QBluetoothDeviceInfo &info) {
                if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
                    return;
                BleDeviceInfo dev = fromQt(info);
                const bool known = m_devices.contains(dev.address);
                m_devices.insert(dev.address, dev);
                if (known)
                    Q_EMIT deviceUpdated(dev);
                else
                    Q_EMIT deviceFound(dev);
            });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields fields) {
                const BleDeviceInfo fresh = fromQt(info);
                auto it = m_devices.find(fresh.address);
                if (it == m_devices.end()) {
                    m_devices.insert(fresh.address, fresh);
                    Q_EMIT deviceFound(fresh);
                    return;
                }
                // Only the reported fields are current; the rest of an update may be empty.
                if (fields & QBluetoothDeviceInfo::Field::RSSI)
                    it->rssi = fresh.rssi;
                if (fields & QBluetoothDeviceInfo::Field::ManufacturerData)
                    it->manufacturerData = fresh.manufacturerData;
                if (fields & QBluetoothDeviceInfo::Field::ServiceData)
                    it->serviceData = fresh.serviceData;
                if (!fresh.name.isEmpty())
                    it->name = fresh.name;
                if (!fresh.serviceUuids.isEmpty())
                    it->serviceUuids = fresh.serviceUuids;
                it->lastSeen = fresh.lastSeen;
                Q_EMIT deviceUpdated(*it);
            });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] {
        setState(State::Idle);
        Q_EMIT finished();
    });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this, [this] {
        setState(State::Idle);
        Q_EMIT finished();
    });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                const QString qtText = m_agent ? m_agent->errorString() : QString();
                switch (error) {
                case QBluetoothDeviceDiscoveryAgent::NoError:
                    return;
                case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
                    setState(State::PoweredOff, [] {
                        return tr("The Bluetooth adapter is switched off. Switch Bluetooth on in the system "
                                  "settings, or run: bluetoothctl power on.");
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
                    setState(State::NoAdapter, [] {
                        return tr("The Bluetooth adapter disappeared or is not usable. Re-plug the USB "
                                  "Bluetooth adapter and scan again, or use the Demo devices.");
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
                    setState(State::PermissionDenied, [] {
                        return tr("This program is not allowed to use Bluetooth. Allow Bluetooth access "
                                  "for Flashwright in the system's privacy settings (or the sandbox "
                                  "permissions), then scan again.");
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::InputOutputError:
                    setState(State::Error, [qtText] {
                        return tr("Reading from the Bluetooth adapter failed (%1). Switch Bluetooth off and "
                                  "on, or re-plug the adapter, then scan again.")
                            .arg(qtText);
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod:
                case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
                    setState(State::Error, [] {
                        return tr("This Bluetooth adapter or system does not support Bluetooth LE scanning. "
                                  "Use an adapter with Bluetooth 4.0 or newer.");
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError:
                    setState(State::PermissionDenied, [] {
                        return tr("Bluetooth scanning needs the location service. Turn it on, then "
                                  "scan again.");
                    });
                    break;
                case QBluetoothDeviceDiscoveryAgent::UnknownError:
                default:
                    setState(State::Error, [qtText] {
                        return tr("Bluetooth scanning failed (%1). Check that the Bluetooth service is "
                                  "running (sudo systemctl restart bluetooth), then scan again.")
                            .arg(qtText.isEmpty() ? tr("unknown error") : qtText);
                    });
                    break;
                }
                Q_EMIT finished();
            });

    setState(State::Scanning);
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    // start() may fail synchronously; the agent then has already emitted errorOccurred().
    if (m_state == State::Scanning && !m_agent->isActive()
        && m_agent->error() != QBluetoothDeviceDiscoveryAgent::NoError) {
        setState(State::Error, [qtText = m_agent->errorString()] {
            return tr("Bluetooth scanning could not start (%1).").arg(qtText);
        });
        Q_EMIT finished();
    }
}

void BleScanner::stop()
{
    if (m_agent && m_agent->isActive()) {
        m_agent->stop();  // emits canceled() -> Idle + finished()
        return;
    }
    if (m_state == State::Scanning) {
        setState(State::Idle);
        Q_EMIT finished();
    }
}

QString BleScanner::stateText() const
{
    if (m_detail)
        return m_detail();
    switch (m_state) {
    case State::Idle:
        return m_devices.isEmpty() ? tr("Not scanning. Press Scan to look for Bluetooth LE devices.")
                                   : tr("Scan finished: %n device(s) found.", nullptr, int(m_devices.size()));
    case State::Scanning:
        return tr("Scanning for Bluetooth LE devices… Keep the device close and awake.");
    case State::NoAdapter:
        return tr("No Bluetooth adapter found. Plug in a USB Bluetooth adapter, or use the Demo devices.");
    case State::BluezUnavailable:
        return tr("Bluetooth service (BlueZ) is not running. Start it with: sudo systemctl start bluetooth");
    case State::PoweredOff:
        return tr("The Bluetooth adapter is switched off. Switch Bluetooth on, then scan again.");
    case State::PermissionDenied:
        return tr("This program is not allowed to use Bluetooth. Allow Bluetooth access, then scan again.");
    case State::Error:
        return tr("Bluetooth scanning failed. Restart the Bluetooth service, then scan again.");
    }
    return {};
}

BleDeviceInfo BleScanner::fromQt(const QBluetoothDeviceInfo &info)
{
    BleDeviceInfo dev;
    dev.name = info.name();
    // On macOS devices are known only by a UUID; elsewhere the address is the identity.
    dev.address = info.address().isNull() ? info.deviceUuid().toString(QUuid::WithoutBraces)
                                          : info.address().toString();
    dev.rssi = info.rssi();
    dev.serviceUuids = info.serviceUuids();
    const QMultiHash<quint16, QByteArray> manufacturer = info.manufacturerData();
    for (auto it = manufacturer.cbegin(); it != manufacturer.cend(); ++it)
        dev.manufacturerData.insert(it.key(), it.value());
    const QMultiHash<QBluetoothUuid, QByteArray> service = info.serviceData();
    for (auto it = service.cbegin(); it != service.cend(); ++it)
        dev.serviceData.insert(it.key(), it.value());
    dev.isDemo = false;
    dev.lastSeen = QDateTime::currentDateTimeUtc();
    return dev;
}

void BleScanner::setState(State s, std::function<QString()> detail)
{
    const State before = m_state;
    const QString beforeText = stateText();
    m_state = s;
    m_detail = std::move(detail);
    if (s != before || stateText() != beforeText)
        Q_EMIT stateChanged(s);
}

}  // namespace fw::core
