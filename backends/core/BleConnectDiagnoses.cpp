#include "core/BleConnectDiagnoses.h"

#include "core/GattLink.h"

#include <QCoreApplication>

namespace fw::core {

namespace {

// The three things that end most failed connections to a small battery sensor, in the order
// a user should try them.
QStringList commonConnectCauses()
{
    return {
        QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The device is asleep or its battery is nearly flat, so it no longer accepts "
            "connections."),
        QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The device is too far away or behind a wall (keep it within 2 metres)."),
        QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "A phone app or a hub is connected to the device; it accepts one connection at a "
            "time."),
        QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The computer's Bluetooth service (BlueZ) is stuck after an earlier connection."),
    };
}

QString commonConnectNextStep()
{
    return QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "Take the battery out for five seconds and put it back (this wakes the device), keep it "
        "close to the computer and close phone apps that use it, then try again. If it still "
        "fails, restart the Bluetooth service with: sudo systemctl restart bluetooth");
}

}  // namespace

Diagnosis BleConnectDiagnoses::unavailable(Unavailable reason, const QString &adapterName)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.unavailable");
    switch (reason) {
    case Unavailable::NoSystemBus:
        d.summary = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The system D-Bus is not running, so Bluetooth cannot be used.");
        d.causes << QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "This computer (or container) runs without the system message bus that the "
            "Bluetooth service needs.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Start it with: sudo systemctl start dbus, then start Bluetooth with: sudo systemctl "
            "start bluetooth. The Demo devices work without Bluetooth.");
        break;
    case Unavailable::NoBluez:
        d.summary = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The Bluetooth service (BlueZ) is not running, so Bluetooth cannot be used.");
        d.causes << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "The service is stopped or crashed.")
                 << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "The package \"bluez\" is not installed.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Start it with: sudo systemctl start bluetooth (install the package \"bluez\" first "
            "if it is missing), then try again.");
        break;
    case Unavailable::NoAdapter:
        d.summary = QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                                "No Bluetooth adapter was found on this computer.");
        d.causes << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "The computer has no Bluetooth, or the USB Bluetooth adapter is unplugged.")
                 << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "Bluetooth is blocked (airplane mode or a hardware switch).");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Plug in a USB Bluetooth adapter (or unblock Bluetooth with: rfkill unblock "
            "bluetooth), then try again. The Demo devices work without an adapter.");
        break;
    case Unavailable::AdapterOff:
        d.summary = QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                                "The Bluetooth adapter %1 is switched off.")
                        .arg(adapterName);
        d.causes << QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Bluetooth was turned off in the system settings or by airplane mode.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Switch Bluetooth on in the system settings, or run: bluetoothctl power on (if it "
            "stays off: rfkill unblock bluetooth), then try again.");
        break;
    }
    return d;
}

Diagnosis BleConnectDiagnoses::connectFailed(const QString &address, QLowEnergyController::Error error,
                                             const QString &detail)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.connect_failed");
    d.summary = detail.isEmpty()
        ? QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                      "Could not connect to the Bluetooth device %1.")
              .arg(address)
        : QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                      "Could not connect to the Bluetooth device %1 (%2).")
              .arg(address, detail);
    switch (error) {
    case QLowEnergyController::UnknownRemoteDeviceError:
        d.causes << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "The computer has not seen this device in a scan recently; its Bluetooth "
                        "service only connects to devices it has found.")
                 << QCoreApplication::translate(
                        "fw::core::BleConnectDiagnoses",
                        "The device is asleep or its battery is flat, so it does not advertise.")
                 << QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                                "The address was typed wrongly.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Scan for devices with the device close by and pick it from the list. If it does not "
            "show up, take its battery out for five seconds and put it back, then scan again.");
        break;
    case QLowEnergyController::InvalidBluetoothAdapterError:
        d.causes << QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The Bluetooth adapter was unplugged or stopped working during the connection.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Plug the USB Bluetooth adapter back in (or restart the Bluetooth service with: sudo "
            "systemctl restart bluetooth), then try again.");
        break;
    case QLowEnergyController::AuthorizationError:
        d.causes << QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "The device requires pairing or a PIN code before it accepts a connection.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Pair with the device in the system's Bluetooth settings (or remove its PIN in its "
            "settings app), then try again.");
        break;
    case QLowEnergyController::MissingPermissionsError:
        d.causes << QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "This program is not allowed to use Bluetooth (a sandbox or system policy blocks it).");
        d.nextStep = QCoreApplication::translate(
            "fw::core::BleConnectDiagnoses",
            "Allow Bluetooth access for this program in the system settings, then try again.");
        break;
    default:
        d.causes = commonConnectCauses();
        d.nextStep = commonConnectNextStep();
        break;
    }
    return d;
}

Diagnosis BleConnectDiagnoses::closedDuringSetup(const QString &address)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.connect_failed");
    d.summary = QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The Bluetooth device %1 closed the connection while its services were read.")
                    .arg(address);
    d.causes = commonConnectCauses();
    d.causes.prepend(QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "The device restarted (a weak battery or a firmware that resets on connection)."));
    d.nextStep = commonConnectNextStep();
    return d;
}

Diagnosis BleConnectDiagnoses::connectTimeout(const QString &address, int timeoutMs)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.timeout");
    d.summary = QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The Bluetooth device %1 did not answer within %2 seconds.")
                    .arg(address)
                    .arg(double(timeoutMs) / 1000.0, 0, 'f', 1);
    d.causes = commonConnectCauses();
    d.nextStep = commonConnectNextStep();
    return d;
}

Diagnosis BleConnectDiagnoses::invalidAddress(const QString &text)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.invalid_address");
    d.summary = QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                            "\"%1\" is not a Bluetooth device address.")
                    .arg(text);
    d.causes << QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "A Bluetooth address has six pairs of hexadecimal digits separated by colons, for "
        "example A4:C1:38:1A:2B:3C.");
    d.nextStep = QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "Pick the device from the scan list instead of typing its address.");
    return d;
}

Diagnosis BleConnectDiagnoses::refused(const QString &operation, const QBluetoothUuid &characteristic)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.gatt_error");
    d.summary = QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                            "The %1 of characteristic %2 failed.")
                    .arg(operation, GattLink::uuidText(characteristic));
    d.causes << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The device requires pairing or a PIN code before it allows this.")
             << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "This firmware does not allow the operation on this characteristic.")
             << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The computer uses an outdated copy of the device's GATT table (after a "
                    "firmware change).");
    d.nextStep = QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "Reconnect and try again. If it repeats, remove the device from the system's Bluetooth "
        "settings so its services are read again, or pair with it first.");
    return d;
}

Diagnosis BleConnectDiagnoses::earlierWriteRefused(const QBluetoothUuid &characteristic)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.gatt_error");
    d.summary = QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The computer's Bluetooth service refused an earlier write to characteristic "
                    "%1, so data did not reach the device.")
                    .arg(GattLink::uuidText(characteristic));
    d.causes << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The value was longer than the connection allows (MTU).")
             << QCoreApplication::translate("fw::core::BleConnectDiagnoses",
                                            "The connection was being closed.");
    d.nextStep = QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "Reconnect and start the operation again; an interrupted update can be repeated safely.");
    return d;
}

Diagnosis BleConnectDiagnoses::noNotifyDescriptor(const QBluetoothUuid &characteristic)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.not_permitted");
    d.summary = QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "Characteristic %1 has no configuration descriptor, so notifications cannot "
                    "be switched on.")
                    .arg(GattLink::uuidText(characteristic));
    d.causes << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The device runs a different firmware than expected.")
             << QCoreApplication::translate(
                    "fw::core::BleConnectDiagnoses",
                    "The computer uses an outdated copy of the device's GATT table (after a "
                    "firmware change).");
    d.nextStep = QCoreApplication::translate(
        "fw::core::BleConnectDiagnoses",
        "Remove the device from the system's Bluetooth settings so its services are read again, "
        "then reconnect.");
    return d;
}

}  // namespace fw::core
