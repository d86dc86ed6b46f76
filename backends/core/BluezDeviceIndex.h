#pragma once
// What BlueZ knows about adapters and remote devices, read from its D-Bus object tree: which
// adapter holds a device, the real handles and MTU of its GATT attributes, and removing a device.

#include <QBluetoothUuid>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fw::core {

class BluezDeviceIndex {
public:
    enum class Availability { Ready, NoSystemBus, NoBluez };

    struct Characteristic {
        QBluetoothUuid uuid;
        quint16 handle = 0;  // value handle (BlueZ names the object after the declaration)
        quint16 lastHandle = 0;  // the highest descriptor handle, or the value handle
        int mtu = 0;             // 0 when this BlueZ does not export it
        QString path;
    };
    struct Service {
        QBluetoothUuid uuid;
        quint16 handle = 0;  // service declaration
        QString path;
        QList<Characteristic> characteristics;  // in handle order
    };
    struct Adapter {
        QString path;
        QString address;
        QString name;
        bool powered = false;
    };
    struct Device {
        QString path;
        QString adapterPath;
        QString address;
        QString addressType;  // "public" or "random"
        bool connected = false;
        QList<Service> services;  // in handle order
    };

    // Whether the system bus is there and org.bluez has an owner on it.
    static Availability availability();
    // Qt 6.4 talks GATT through BlueZ's D-Bus API when bluetoothd is 5.42 or newer (or the
    // environment forces it with BLUETOOTH_FORCE_DBUS_LE_VERSION), else through kernel sockets.
    static bool gattOverDBus();

    // Reads the whole tree with one GetManagedObjects call; false with *error when BlueZ does
    // not answer.
    bool load(QString *error = nullptr, int timeoutMs = 3000);
    std::optional<Device> device(const QString &address) const;  // any letter case
    std::optional<Adapter> adapter(const QString &path) const;
    // The largest MTU BlueZ reports on the device's characteristics; 0 when it reports none.
    static int mtuOf(const Device &device);
    // Removes the device from its adapter; BlueZ drops its cached GATT table with it.
    static bool removeDevice(const Device &device, QString *error, int timeoutMs = 5000);

private:
    QHash<QString, Device> m_devices;  // by upper-case address
    QHash<QString, Adapter> m_adapters;  // by object path
};

}  // namespace fw::core
