#include "core/GattLink.h"

#include <QCoreApplication>

#include <utility>

namespace fw::core {

std::optional<GattCharacteristicInfo> GattLink::findCharacteristic(const QBluetoothUuid &uuid) const
{
    const QList<GattServiceInfo> table = services();
    for (const GattServiceInfo &service : table) {
        for (const GattCharacteristicInfo &c : service.characteristics) {
            if (c.uuid == uuid)
                return c;
        }
    }
    return std::nullopt;
}

void GattLink::beginRead(const QBluetoothUuid &characteristic, int timeoutMs)
{
    m_readPending = true;
    m_pendingValue.clear();
    m_pendingError = nullptr;
    try {
        m_pendingValue = read(characteristic, timeoutMs);
    } catch (const JobCancelled &) {
        m_readPending = false;
        throw;
    } catch (...) {
        m_pendingError = std::current_exception();
    }
}

QByteArray GattLink::takeRead()
{
    m_readPending = false;
    if (m_pendingError)
        std::rethrow_exception(std::exchange(m_pendingError, nullptr));
    return std::exchange(m_pendingValue, QByteArray());
}

QString GattLink::attErrorName(quint8 code)
{
    switch (code) {
    case 0x01: return QCoreApplication::translate("fw::core::GattLink", "Invalid Handle");
    case 0x02: return QCoreApplication::translate("fw::core::GattLink", "Read Not Permitted");
    case 0x03: return QCoreApplication::translate("fw::core::GattLink", "Write Not Permitted");
    case 0x04: return QCoreApplication::translate("fw::core::GattLink", "Invalid PDU");
    case 0x05:
        return QCoreApplication::translate("fw::core::GattLink", "Insufficient Authentication");
    case 0x06: return QCoreApplication::translate("fw::core::GattLink", "Request Not Supported");
    case 0x07: return QCoreApplication::translate("fw::core::GattLink", "Invalid Offset");
    case 0x08:
        return QCoreApplication::translate("fw::core::GattLink", "Insufficient Authorization");
    case 0x09: return QCoreApplication::translate("fw::core::GattLink", "Prepare Queue Full");
    case 0x0A: return QCoreApplication::translate("fw::core::GattLink", "Attribute Not Found");
    case 0x0B: return QCoreApplication::translate("fw::core::GattLink", "Attribute Not Long");
    case 0x0C:
        return QCoreApplication::translate("fw::core::GattLink",
                                           "Insufficient Encryption Key Size");
    case 0x0D:
        return QCoreApplication::translate("fw::core::GattLink", "Invalid Attribute Value Length");
    case 0x0E: return QCoreApplication::translate("fw::core::GattLink", "Unlikely Error");
    case 0x0F: return QCoreApplication::translate("fw::core::GattLink", "Insufficient Encryption");
    case 0x10: return QCoreApplication::translate("fw::core::GattLink", "Unsupported Group Type");
    case 0x11: return QCoreApplication::translate("fw::core::GattLink", "Insufficient Resources");
    case 0xFC: return QCoreApplication::translate("fw::core::GattLink", "Write Request Rejected");
    case 0xFD:
        return QCoreApplication::translate(
            "fw::core::GattLink",
            "Client Characteristic Configuration Descriptor Improperly Configured");
    case 0xFE:
        return QCoreApplication::translate("fw::core::GattLink", "Procedure Already in Progress");
    case 0xFF: return QCoreApplication::translate("fw::core::GattLink", "Out of Range");
    default: break;
    }
    if (code >= 0x80 && code <= 0x9F)
        return QCoreApplication::translate("fw::core::GattLink", "Application Error");
    return QCoreApplication::translate("fw::core::GattLink", "Unknown ATT error");
}

QString GattLink::uuidText(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 shortId = uuid.toUInt16(&ok);
    if (ok)
        return QStringLiteral("0x%1").arg(shortId, 4, 16, QLatin1Char('0'));
    return uuid.toString(QUuid::WithoutBraces);
}

JobError GattLink::disconnectedError(const QString &address, const QString &detail)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.disconnected");
    d.summary = QCoreApplication::translate("fw::core::GattLink",
                                            "The Bluetooth connection to %1 was lost.")
                    .arg(address);
    if (!detail.isEmpty())
        d.causes << detail;
    d.causes
        << QCoreApplication::translate(
               "fw::core::GattLink",
               "The device moved out of range or its battery is too weak (below about 40 %).")
        << QCoreApplication::translate(
               "fw::core::GattLink",
               "The device restarted (for example after an update or a watchdog reset).")
        << QCoreApplication::translate("fw::core::GattLink",
                                       "The computer's Bluetooth adapter dropped the connection.");
    d.nextStep = QCoreApplication::translate(
        "fw::core::GattLink",
        "Bring the device close to the computer, check its battery, then try again. "
        "An interrupted update can be repeated safely.");
    return JobError(d);
}

JobError GattLink::timeoutError(const QString &operation, const QBluetoothUuid &characteristic,
                                int timeoutMs)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.timeout");
    if (characteristic.isNull())
        d.summary =
            QCoreApplication::translate("fw::core::GattLink", "%1 did not finish within %2 ms.")
                .arg(operation)
                .arg(timeoutMs);
    else
        d.summary =
            QCoreApplication::translate("fw::core::GattLink",
                                        "%1 of characteristic %2 did not finish within %3 ms.")
                .arg(operation, uuidText(characteristic))
                .arg(timeoutMs);
    d.causes
        << QCoreApplication::translate(
               "fw::core::GattLink",
               "The device is busy, asleep between connection events, or out of range.")
        << QCoreApplication::translate(
               "fw::core::GattLink",
               "The device is no longer advertising (already connected to a phone or hub).");
    d.nextStep = QCoreApplication::translate(
        "fw::core::GattLink",
        "Move the device closer, make sure no phone app is connected to it, then try again.");
    return JobError(d);
}

JobError GattLink::gattError(const QString &operation, const QBluetoothUuid &characteristic,
                             quint8 attError)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.gatt_error");
    d.summary = QCoreApplication::translate(
                    "fw::core::GattLink",
                    "The device refused the %1 of characteristic %2: ATT error 0x%3 (%4).")
                    .arg(operation, uuidText(characteristic))
                    .arg(attError, 2, 16, QLatin1Char('0'))
                    .arg(attErrorName(attError));
    switch (attError) {
    case 0x05:
    case 0x08:
    case 0x0C:
    case 0x0F:
        d.causes << QCoreApplication::translate(
            "fw::core::GattLink",
            "The device requires pairing or a PIN code before it accepts this operation.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::GattLink",
            "Pair with the device (or remove its PIN code in its settings app), then try again.");
        break;
    case 0x0D:
        d.causes << QCoreApplication::translate(
            "fw::core::GattLink", "The value has a length the device does not accept.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::GattLink", "Check that the firmware or setting fits this device model.");
        break;
    case 0x01:  // Invalid Handle and Attribute Not Found: a handle from an old table
    case 0x0A:
    case 0x02:
    case 0x03:
    case 0x06:
        if (attError != 0x01 && attError != 0x0A)
            d.causes << QCoreApplication::translate(
                "fw::core::GattLink",
                "This firmware does not allow the operation on this characteristic.");
        d.causes << QCoreApplication::translate("fw::core::GattLink",
                                                "The computer uses an outdated copy of the "
                                                "device's GATT table (after a firmware change).");
        d.nextStep = QCoreApplication::translate("fw::core::GattLink",
                                                 "Remove the device from the system's Bluetooth "
                                                 "settings so its services are read again, "
                                                 "then reconnect.");
        break;
    default:
        d.causes
            << QCoreApplication::translate(
                   "fw::core::GattLink",
                   "The device is in a state where it cannot carry out the operation.")
            << QCoreApplication::translate("fw::core::GattLink",
                                           "The radio link is unstable (weak battery, distance).");
        d.nextStep = QCoreApplication::translate(
            "fw::core::GattLink",
            "Reconnect and try again; if it repeats, power-cycle the device.");
        break;
    }
    return JobError(d);
}

JobError GattLink::noSuchCharacteristicError(const QBluetoothUuid &characteristic)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.no_such_characteristic");
    d.summary =
        QCoreApplication::translate("fw::core::GattLink", "The device has no characteristic %1.")
            .arg(uuidText(characteristic));
    d.causes << QCoreApplication::translate("fw::core::GattLink",
                                            "The device runs a different firmware than expected.")
             << QCoreApplication::translate("fw::core::GattLink",
                                            "The computer uses an outdated copy of the device's "
                                            "GATT table (after a firmware change).");
    d.nextStep = QCoreApplication::translate(
        "fw::core::GattLink",
        "Check that the right device is selected; if it is, remove it from the system's "
        "Bluetooth settings and reconnect so its services are read again.");
    return JobError(d);
}

JobError GattLink::notPermittedError(const QString &operation, const QBluetoothUuid &characteristic)
{
    Diagnosis d;
    d.code = QStringLiteral("ble.not_permitted");
    d.summary =
        QCoreApplication::translate("fw::core::GattLink", "Characteristic %1 does not support %2.")
            .arg(uuidText(characteristic), operation);
    d.causes << QCoreApplication::translate("fw::core::GattLink",
                                            "The device runs a different firmware than expected.");
    d.nextStep = QCoreApplication::translate(
        "fw::core::GattLink",
        "Check that the right device and the right action for its firmware are selected.");
    return JobError(d);
}

}  // namespace fw::core
