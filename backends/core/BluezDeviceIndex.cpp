#include "core/BluezDeviceIndex.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QVersionNumber>

#include <algorithm>

namespace fw::core {

namespace {

const QString kService = QStringLiteral("org.bluez");
const QString kAdapterIface = QStringLiteral("org.bluez.Adapter1");
const QString kDeviceIface = QStringLiteral("org.bluez.Device1");
const QString kServiceIface = QStringLiteral("org.bluez.GattService1");
const QString kCharIface = QStringLiteral("org.bluez.GattCharacteristic1");
const QString kDescIface = QStringLiteral("org.bluez.GattDescriptor1");

// BlueZ names attribute objects after their handle: .../service000c/char000d/desc000f.
quint16 handleFromPath(const QString &path, QLatin1String prefix)
{
    const QString last = path.section(QLatin1Char('/'), -1);
    if (!last.startsWith(prefix))
        return 0;
    bool ok = false;
    const uint h = last.mid(prefix.size()).toUInt(&ok, 16);
    return ok && h <= 0xFFFF ? quint16(h) : 0;
}

QString pathProperty(const QVariantMap &props, const QString &name, const QString &objectPath)
{
    const QVariant v = props.value(name);
    if (v.canConvert<QDBusObjectPath>()) {
        const QString p = qvariant_cast<QDBusObjectPath>(v).path();
        if (!p.isEmpty())
            return p;
    }
    // Older BlueZ releases leave some links out; the parent object is the owner.
    return objectPath.section(QLatin1Char('/'), 0, -2);
}

struct RawDescriptor {
    QString path;
    QString characteristicPath;
};

}  // namespace

BluezDeviceIndex::Availability BluezDeviceIndex::availability()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return Availability::NoSystemBus;
    QDBusConnectionInterface *iface = bus.interface();
    if (!iface || !iface->isServiceRegistered(kService).value())
        return Availability::NoBluez;
    return Availability::Ready;
}

bool BluezDeviceIndex::gattOverDBus()
{
    // The same rule Qt 6.4 applies in bluez5_helper.cpp; 5.42 introduced the GATT client API.
    const QByteArray forced = qgetenv("BLUETOOTH_FORCE_DBUS_LE_VERSION");
    if (!forced.isEmpty()) {
        const QVersionNumber v = QVersionNumber::fromString(QString::fromLatin1(forced));
        return !v.isNull() && v >= QVersionNumber(5, 42);
    }
    // Every BlueZ a current distribution ships (Debian 12: 5.66) is newer than that.
    return availability() == Availability::Ready;
}

bool BluezDeviceIndex::load(QString *error, int timeoutMs)
{
    m_devices.clear();
    m_adapters.clear();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        if (error)
            *error = QStringLiteral("system bus not connected");
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, QStringLiteral("/"),
                                                      QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                                                      QStringLiteral("GetManagedObjects"));
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        if (error)
            *error = reply.errorName().isEmpty() ? QStringLiteral("no answer from org.bluez")
                                                 : reply.errorName() + QStringLiteral(": ")
                                                       + reply.errorMessage();
        return false;
    }

    QHash<QString, Service> services;             // by path
    QHash<QString, QString> serviceDevice;        // service path -> device path
    QHash<QString, Characteristic> characteristics;  // by path
    QHash<QString, QString> charService;          // characteristic path -> service path
    QList<RawDescriptor> descriptors;

    const QDBusArgument arg = reply.arguments().constFirst().value<QDBusArgument>();
    arg.beginMap();
    while (!arg.atEnd()) {
        QDBusObjectPath objectPath;
        arg.beginMapEntry();
        arg >> objectPath;
        const QString path = objectPath.path();
        arg.beginMap();
        while (!arg.atEnd()) {
            QString iface;
            QVariantMap props;
            arg.beginMapEntry();
            arg >> iface >> props;
            arg.endMapEntry();
            if (iface == kAdapterIface) {
                Adapter a;
                a.path = path;
                a.address = props.value(QStringLiteral("Address")).toString().toUpper();
                a.name = path.section(QLatin1Char('/'), -1);
                a.powered = props.value(QStringLiteral("Powered")).toBool();
                m_adapters.insert(path, a);
            } else if (iface == kDeviceIface) {
                Device d;
                d.path = path;
                d.address = props.value(QStringLiteral("Address")).toString().toUpper();
                d.addressType = props.value(QStringLiteral("AddressType")).toString();
                d.adapterPath = pathProperty(props, QStringLiteral("Adapter"), path);
                d.connected = props.value(QStringLiteral("Connected")).toBool();
                if (!d.address.isEmpty())
                    m_devices.insert(d.address, d);
            } else if (iface == kServiceIface) {
                Service s;
                s.uuid = QBluetoothUuid(props.value(QStringLiteral("UUID")).toString());
                s.handle = handleFromPath(path, QLatin1String("service"));
                s.path = path;
                services.insert(path, s);
                serviceDevice.insert(path, pathProperty(props, QStringLiteral("Device"), path));
            } else if (iface == kCharIface) {
                Characteristic c;
                c.uuid = QBluetoothUuid(props.value(QStringLiteral("UUID")).toString());
                const quint16 declaration = handleFromPath(path, QLatin1String("char"));
                c.handle = declaration ? quint16(declaration + 1) : 0;
                c.lastHandle = c.handle;
                c.mtu = props.value(QStringLiteral("MTU")).toInt();
                c.path = path;
                characteristics.insert(path, c);
                charService.insert(path, pathProperty(props, QStringLiteral("Service"), path));
            } else if (iface == kDescIface) {
                descriptors.append(RawDescriptor{
                    path, pathProperty(props, QStringLiteral("Characteristic"), path)});
            }
        }
        arg.endMap();
        arg.endMapEntry();
    }
    arg.endMap();

    for (const RawDescriptor &d : std::as_const(descriptors)) {
        auto it = characteristics.find(d.characteristicPath);
        if (it != characteristics.end())
            it->lastHandle = std::max(it->lastHandle, handleFromPath(d.path, QLatin1String("desc")));
    }
    for (auto it = characteristics.cbegin(); it != characteristics.cend(); ++it) {
        auto s = services.find(charService.value(it.key()));
        if (s != services.end())
            s->characteristics.append(it.value());
    }
    QHash<QString, QString> deviceByPath;  // device path -> address key
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it)
        deviceByPath.insert(it->path, it.key());
    for (auto it = services.begin(); it != services.end(); ++it) {
        std::sort(it->characteristics.begin(), it->characteristics.end(),
                  [](const Characteristic &a, const Characteristic &b) { return a.handle < b.handle; });
        const QString key = deviceByPath.value(serviceDevice.value(it.key()));
        auto dev = m_devices.find(key);
        if (!key.isEmpty() && dev != m_devices.end())
            dev->services.append(it.value());
    }
    for (Device &d : m_devices)
        std::sort(d.services.begin(), d.services.end(),
                  [](const Service &a, const Service &b) { return a.handle < b.handle; });
    return true;
}

std::optional<BluezDeviceIndex::Device> BluezDeviceIndex::device(const QString &address) const
{
    const auto it = m_devices.constFind(address.trimmed().toUpper());
    if (it == m_devices.cend())
        return std::nullopt;
    return *it;
}

std::optional<BluezDeviceIndex::Adapter> BluezDeviceIndex::adapter(const QString &path) const
{
    const auto it = m_adapters.constFind(path);
    if (it == m_adapters.cend())
        return std::nullopt;
    return *it;
}

int BluezDeviceIndex::mtuOf(const Device &device)
{
    int mtu = 0;
    for (const Service &s : device.services) {
        for (const Characteristic &c : s.characteristics)
            mtu = std::max(mtu, c.mtu);
    }
    return mtu;
}

bool BluezDeviceIndex::removeDevice(const Device &device, QString *error, int timeoutMs)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    QDBusMessage call = QDBusMessage::createMethodCall(kService, device.adapterPath, kAdapterIface,
                                                      QStringLiteral("RemoveDevice"));
    call << QVariant::fromValue(QDBusObjectPath(device.path));
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    if (error)
        *error = reply.errorName().isEmpty() ? QStringLiteral("no answer from org.bluez")
                                             : reply.errorName() + QStringLiteral(": ")
                                                   + reply.errorMessage();
    return false;
}

}  // namespace fw::core
