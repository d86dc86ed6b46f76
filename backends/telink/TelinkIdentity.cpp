#include "telink/TelinkIdentity.h"

#include "telink/TelinkUuids.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fw::telink {

namespace {

bool hasService(const QList<fw::core::GattServiceInfo> &services, const QBluetoothUuid &uuid)
{
    for (const auto &s : services) {
        if (s.uuid == uuid)
            return true;
    }
    return false;
}

bool hasCharacteristic(const QList<fw::core::GattServiceInfo> &services, const QBluetoothUuid &uuid)
{
    for (const auto &s : services) {
        for (const auto &c : s.characteristics) {
            if (c.uuid == uuid)
                return true;
        }
    }
    return false;
}

quint16 le16(const QByteArray &b, int at) { return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8)); }

}  // namespace

QString TelinkIdentity::pvvxVersionText() const
{
    if (pvvxVersion < 0)
        return {};
    return QStringLiteral("%1.%2").arg((pvvxVersion >> 4) & 0xF).arg(pvvxVersion & 0xF);
}

QString TelinkIdentity::firmwareText() const
{
    switch (firmware) {
    case TelinkFirmwareKind::Stock:
    case TelinkFirmwareKind::StockSignedOnly:
        return QCoreApplication::translate("fw::telink::TelinkIdentity", "Xiaomi stock %1").arg(firmwareRevision);
    case TelinkFirmwareKind::Atc1441:
        return QCoreApplication::translate("fw::telink::TelinkIdentity", "atc1441 custom %1").arg(softwareRevision);
    case TelinkFirmwareKind::Pvvx:
        return QCoreApplication::translate("fw::telink::TelinkIdentity", "pvvx custom %1").arg(pvvxVersionText());
    case TelinkFirmwareKind::ZigbeeHybrid:
        return QCoreApplication::translate("fw::telink::TelinkIdentity", "pvvx Zigbee/BLE hybrid %1").arg(pvvxVersionText());
    case TelinkFirmwareKind::QingpingStock:
        return QCoreApplication::translate("fw::telink::TelinkIdentity", "Qingping stock %1").arg(firmwareRevision);
    case TelinkFirmwareKind::Unknown:
        break;
    }
    return QCoreApplication::translate("fw::telink::TelinkIdentity", "unknown firmware %1").arg(firmwareRevision);
}

TelinkDeviceFirmware TelinkIdentity::forFileCheck() const
{
    switch (firmware) {
    case TelinkFirmwareKind::Stock: return TelinkDeviceFirmware::Stock;
    case TelinkFirmwareKind::StockSignedOnly: return TelinkDeviceFirmware::StockSignedOnly;
    case TelinkFirmwareKind::Atc1441: return TelinkDeviceFirmware::Custom;
    case TelinkFirmwareKind::Pvvx:
    case TelinkFirmwareKind::ZigbeeHybrid:
        return extendedOta ? TelinkDeviceFirmware::PvvxExtOta : TelinkDeviceFirmware::Custom;
    case TelinkFirmwareKind::QingpingStock:
    case TelinkFirmwareKind::Unknown:
        break;
    }
    return TelinkDeviceFirmware::Unknown;
}

bool TelinkIdentity::batteryLow() const
{
    if (batteryMv)
        return *batteryMv < TelinkIdentify::LowBatteryMv;
    return batteryPercent && *batteryPercent < TelinkIdentify::LowBatteryPercent;
}

QVariantMap TelinkIdentity::toVariant() const
{
    QVariantMap m;
    m.insert(QStringLiteral("address"), address);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("model"), model);
    m.insert(QStringLiteral("hardwareRevision"), hardwareRevision);
    m.insert(QStringLiteral("firmwareRevision"), firmwareRevision);
    m.insert(QStringLiteral("softwareRevision"), softwareRevision);
    m.insert(QStringLiteral("manufacturer"), manufacturer);
    m.insert(QStringLiteral("firmware"), firmwareText());
    m.insert(QStringLiteral("ota"), hasOta);
    m.insert(QStringLiteral("extendedOta"), extendedOta);
    m.insert(QStringLiteral("miAuth"), hasMiAuth);
    if (pvvxVersion >= 0)
        m.insert(QStringLiteral("pvvxVersion"), pvvxVersionText());
    if (pvvxHwId >= 0)
        m.insert(QStringLiteral("pvvxHwId"), pvvxHwId);
    if (configLatencyMs)
        m.insert(QStringLiteral("connectionLatencyMs"), *configLatencyMs);
    if (batteryPercent)
        m.insert(QStringLiteral("batteryPercent"), *batteryPercent);
    if (batteryMv)
        m.insert(QStringLiteral("batteryMv"), *batteryMv);
    m.insert(QStringLiteral("servicesLookStale"), servicesLookStale);
    return m;
}

void TelinkIdentify::classify(const QList<fw::core::GattServiceInfo> &services, TelinkIdentity &id)
{
    id.hasOta = hasService(services, uuids::otaService());
    id.hasMiAuth = hasService(services, uuids::miService());
    id.hasStockSpeed = hasCharacteristic(services, uuids::xiaomiSpeed());
    id.hasPvvxControl = hasCharacteristic(services, uuids::pvvxControl());
    id.hasEnvironmental = hasService(services, uuids::environmentalSensing());
    const bool stockTable = hasService(services, uuids::xiaomiService());
    const bool bthome = hasService(services, uuids::bthome()) || hasCharacteristic(services, uuids::zbHybridControl());
    const bool pvvxDis = id.firmwareRevision.contains(QLatin1String("github.com/pvvx"))
        || id.firmwareRevision.contains(QLatin1String("github.com/devbis"));
    const bool stockDis = QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+_\\d{4}")).match(id.firmwareRevision).hasMatch();

    if (hasService(services, uuids::qingpingService()))
        id.firmware = TelinkFirmwareKind::QingpingStock;
    else if (stockTable || (stockDis && !pvvxDis))
        id.firmware = id.firmwareRevision.startsWith(QLatin1String("2.1.1_0159")) ? TelinkFirmwareKind::StockSignedOnly
                                                                                  : TelinkFirmwareKind::Stock;
    else if (bthome && id.hasOta)
        id.firmware = TelinkFirmwareKind::ZigbeeHybrid;
    else if (id.hasPvvxControl && id.hasEnvironmental)
        id.firmware = TelinkFirmwareKind::Pvvx;
    else if (id.hasPvvxControl)
        id.firmware = TelinkFirmwareKind::Atc1441;
    else
        id.firmware = TelinkFirmwareKind::Unknown;

    // A stock table while the device says it runs custom firmware (or the reverse): the host
    // kept the services of the firmware the device ran before (§6, PV #309).
    id.servicesLookStale = (stockTable && pvvxDis) || (!stockTable && stockDis && id.hasPvvxControl);
    if (id.servicesLookStale && pvvxDis)
        id.firmware = TelinkFirmwareKind::Pvvx;

    const int v = parsePvvxVersion(id.softwareRevision);
    if (v >= 0 && id.pvvxVersion < 0 && (id.firmware == TelinkFirmwareKind::Pvvx || id.firmware == TelinkFirmwareKind::ZigbeeHybrid))
        id.pvvxVersion = v;
    if (id.pvvxVersion >= 0x46 && id.firmware == TelinkFirmwareKind::Pvvx)
        id.extendedOta = true;
}

int TelinkIdentify::parsePvvxVersion(const QString &softwareRevision)
{
    static const QRegularExpression re(QStringLiteral("^V(\\d{1,2})\\.(\\d{1,2})$"));
    const auto m = re.match(softwareRevision.trimmed());
    if (!m.hasMatch())
        return -1;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    if (major > 15 || minor > 15)
        return -1;
    return (major << 4) | minor;
}

bool TelinkIdentify::parsePvvxInfo(const QByteArray &reply, TelinkIdentity &id)
{
    // 00, rev u8, hw_id u16, sw_version u16, sensor ids u16, services u32 (§2.3).
    if (reply.size() < 12 || quint8(reply[0]) != 0x00)
        return false;
    id.pvvxHwId = le16(reply, 2);
    const int version = le16(reply, 4) & 0xFF;
    if (version > 0)
        id.pvvxVersion = version;
    const quint32 servicesBits = quint32(quint8(reply[8])) | (quint32(quint8(reply[9])) << 8)
        | (quint32(quint8(reply[10])) << 16) | (quint32(quint8(reply[11])) << 24);
    id.extendedOta = (servicesBits & 0x2u) != 0;
    return true;
}

bool TelinkIdentify::parsePvvxConfig(const QByteArray &reply, TelinkIdentity &id)
{
    // 55 ver flg flg2 b4 b5 adv_int meas_int tx_power conn_latency lcd_step hw_id avg
    if (reply.size() < 12 || quint8(reply[0]) != 0x55)
        return false;
    id.pvvxConfig = reply;
    id.configLatencyMs = (quint8(reply[9]) + 1) * 20;
    return true;
}

QByteArray TelinkIdentify::configWithLatency(const QByteArray &configReply, int latencyMs, bool save)
{
    if (configReply.size() < 12)
        return {};
    // The set command carries the reply without its version byte (§2.3).
    QByteArray cmd = configReply.left(1) + configReply.mid(2);
    cmd[0] = char(save ? 0x55 : 0x5A);
    cmd[8] = char(qBound(0, latencyMs / 20 - 1, 255));
    return cmd;
}

QString TelinkIdentify::hwIdName(int hwId)
{
    static const char *const names[] = {
        "LYWSD03MMC B1.4", "MHO-C401", "CGG1", "LYWSD03MMC B1.9", "LYWSD03MMC B1.6",
        "LYWSD03MMC B1.7/B2.0", "CGDK2", "CGG1-2022", "MHO-C401N", "MJWSD05MMC",
        "LYWSD03MMC B1.5", "MHO-C122", "MJWSD05MMC-en", "MJWSD06MMC", "LYWSD03MMC B1.6 (2025, \"B1.1\")",
    };
    if (hwId >= 0 && hwId < int(std::size(names)))
        return QString::fromLatin1(names[hwId]);
    return QStringLiteral("hw_id %1").arg(hwId);
}

QStringList TelinkIdentify::advice(const TelinkIdentity &id, TelinkGoal goal)
{
    QStringList out;
    const QString hw = id.hardwareRevision;
    if (id.batteryLow()) {
        out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                           "The battery is low (%1). Put in a fresh CR2032 before flashing: a weak "
                                           "battery is the most common reason an update stops after a few packets.")
                   .arg(id.batteryMv ? QStringLiteral("%1 V").arg(*id.batteryMv / 1000.0, 0, 'f', 2)
                                     : QStringLiteral("%1 %").arg(id.batteryPercent.value_or(0)));
    }
    if (id.servicesLookStale) {
        out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                           "This computer remembered the services of the firmware the thermometer ran "
                                           "before. They will be read again before flashing.");
    }
    if (id.firmware == TelinkFirmwareKind::StockSignedOnly) {
        out << QCoreApplication::translate(
            "fw::telink::TelinkIdentify",
            "Xiaomi firmware 2.1.1_0159 accepts only Xiaomi-signed files, and its activation hangs. Log in with the "
            "token and bind key from Mi Home, flash the signed original 2.1.1_0159c first, then the custom firmware "
            "- or flash by wire.");
    } else if (id.firmware == TelinkFirmwareKind::Stock) {
        out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                           "Xiaomi stock firmware: a Mi login is needed before it accepts an update.");
    }
    if (hw == QLatin1String("B1.1")) {
        out << QCoreApplication::translate(
            "fw::telink::TelinkIdentify",
            "The device reports B1.1: a 2025 board (B1.5/B1.6 with a slow SPI display). Older firmware leaves its "
            "display blank; use pvvx 5.6 or newer, and if the display stays blank flash the original "
            "2.1.1_0159c / 0159_B1.6 first. These boards are known to be unreliable.");
    } else if (hw == QLatin1String("B1.5")) {
        out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                           "B1.5 boards draw more current than the others: use a fresh battery.");
    }
    if (goal == TelinkGoal::Zigbee) {
        const bool uartLcd = hw == QLatin1String("B1.5") || hw == QLatin1String("B1.6");
        const bool pvvxLike = id.firmware == TelinkFirmwareKind::Pvvx || id.firmware == TelinkFirmwareKind::ZigbeeHybrid;
        if (!pvvxLike || !id.extendedOta) {
            out << QCoreApplication::translate(
                "fw::telink::TelinkIdentify",
                "Zigbee firmware is installed through pvvx's extended update (pvvx 4.6 or newer). Flash pvvx BLE "
                "firmware first, then the .zigbee file. Do not flash a Zigbee .bin directly: that bricks the device.");
        }
        if (uartLcd && (!pvvxLike || id.pvvxVersion < 0x48)) {
            out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                               "%1 boards need pvvx 4.8 or newer before switching to Zigbee.")
                       .arg(hw);
        }
        if (hw == QLatin1String("B1.7") || hw == QLatin1String("B1.9") || hw == QLatin1String("B2.0")) {
            out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                               "On %1 boards some Zigbee builds show unreliable display readings; a "
                                               "Zigbee update can bring back BLE firmware.")
                       .arg(hw);
        }
    }
    if (id.configLatencyMs && *id.configLatencyMs > MaxOtaLatencyMs) {
        out << QCoreApplication::translate("fw::telink::TelinkIdentify",
                                           "The connection latency is set to %1 ms. It will be lowered to %2 ms for the "
                                           "update without saving it.")
                   .arg(*id.configLatencyMs)
                   .arg(MaxOtaLatencyMs);
    }
    return out;
}

}  // namespace fw::telink
