#include "telink/TelinkAdvert.h"

#include "telink/TelinkUuids.h"

#include <QCoreApplication>

namespace fw::telink {

namespace {

quint16 le16(const QByteArray &b, int at) { return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8)); }
quint16 be16(const QByteArray &b, int at) { return quint16((quint8(b[at]) << 8) | quint8(b[at + 1])); }

QString macText(const QByteArray &six, bool reversed)
{
    QStringList parts;
    for (int i = 0; i < 6; ++i) {
        const int at = reversed ? 5 - i : i;
        parts << QStringLiteral("%1").arg(quint8(six[at]), 2, 16, QLatin1Char('0')).toUpper();
    }
    return parts.join(QLatin1Char(':'));
}

// BTHome v2: a device-info byte, then (object id, value) pairs whose sizes the id defines.
bool decodeBtHome(const QByteArray &d, TelinkAdvertInfo &info)
{
    if (d.isEmpty() || (quint8(d[0]) & 0x01))  // bit 0 set: encrypted, nothing readable
        return !d.isEmpty();
    int i = 1;
    while (i < d.size()) {
        const quint8 id = quint8(d[i++]);
        auto need = [&](int n) { return i + n <= d.size(); };
        switch (id) {
        case 0x00:  // packet id
            if (!need(1)) return true;
            info.counter = quint8(d[i]);
            i += 1;
            break;
        case 0x01:  // battery %
            if (!need(1)) return true;
            info.batteryPercent = quint8(d[i]);
            i += 1;
            break;
        case 0x02:  // temperature, sint16, 0.01 C
            if (!need(2)) return true;
            info.temperatureC = qint16(le16(d, i)) / 100.0;
            i += 2;
            break;
        case 0x03:  // humidity, uint16, 0.01 %
            if (!need(2)) return true;
            info.humidityPercent = le16(d, i) / 100.0;
            i += 2;
            break;
        case 0x0C:  // voltage, uint16, mV
            if (!need(2)) return true;
            info.batteryMv = le16(d, i);
            i += 2;
            break;
        default:
            return true;  // an object we do not know the size of: stop, keep what was read
        }
    }
    return true;
}

}  // namespace

int TelinkAdvert::batteryPercentFromMv(int mv) { return qBound(0, (mv - 2200) * 100 / 800, 100); }

QString TelinkAdvert::deviceKindFromName(const QString &name)
{
    struct Prefix {
        const char *prefix;
        const char *kind;
    };
    // Stock names first, then the custom firmware's "prefix + last three MAC bytes" (§2.4).
    static const Prefix prefixes[] = {
        {"LYWSD03MMC", "LYWSD03MMC"}, {"MHO-C401", "MHO-C401"}, {"MJWSD05MMC", "MJWSD05MMC"},
        {"MJWSD06MMC", "MJWSD06MMC"}, {"Qingping Temp & RH M", "CGG1"}, {"ATCz", "LYWSD03MMC"},
        {"ATC_", "LYWSD03MMC"}, {"MHO_", "MHO-C401"}, {"CGG_", "CGG1"}, {"CGD_", "CGDK2"},
    };
    for (const Prefix &p : prefixes) {
        if (name.startsWith(QLatin1String(p.prefix)))
            return QString::fromLatin1(p.kind);
    }
    return {};
}

TelinkAdvertInfo TelinkAdvert::decode(const fw::core::BleDeviceInfo &device)
{
    TelinkAdvertInfo info;
    info.deviceKind = deviceKindFromName(device.name);
    if (device.name.startsWith(QLatin1String("ATCz")))
        info.firmwareHint = QCoreApplication::translate("fw::telink::TelinkAdvert", "Zigbee/BLE hybrid");
    else if (device.name.startsWith(QLatin1String("ATC_")) || device.name.startsWith(QLatin1String("MHO_"))
             || device.name.startsWith(QLatin1String("CGG_")) || device.name.startsWith(QLatin1String("CGD_")))
        info.firmwareHint = QCoreApplication::translate("fw::telink::TelinkAdvert", "custom (pvvx or atc1441)");
    else if (!info.deviceKind.isEmpty())
        info.firmwareHint = QCoreApplication::translate("fw::telink::TelinkAdvert", "stock");

    const QByteArray env = device.serviceData.value(uuids::environmentalSensing());
    if (env.size() == 15 || env.size() == 16) {
        // pvvx custom: MAC reversed, temp 0.01 C, humidity 0.01 %, mV, %, counter, flags (LE).
        info.format = TelinkAdvertFormat::PvvxCustom;
        info.mac = macText(env.left(6), true);
        info.temperatureC = qint16(le16(env, 6)) / 100.0;
        info.humidityPercent = le16(env, 8) / 100.0;
        info.batteryMv = le16(env, 10);
        info.batteryPercent = quint8(env[12]);
        info.counter = quint8(env[13]);
    } else if (env.size() == 13) {
        // atc1441: MAC, temp 0.1 C (BE), humidity %, battery %, mV (BE), counter.
        info.format = TelinkAdvertFormat::Atc1441;
        info.mac = macText(env.left(6), false);
        info.temperatureC = qint16(be16(env, 6)) / 10.0;
        info.humidityPercent = quint8(env[8]);
        info.batteryPercent = quint8(env[9]);
        info.batteryMv = be16(env, 10);
        info.counter = quint8(env[12]);
    } else if (device.serviceData.contains(uuids::bthome())) {
        info.format = TelinkAdvertFormat::BtHome;
        decodeBtHome(device.serviceData.value(uuids::bthome()), info);
        if (info.firmwareHint.isEmpty())
            info.firmwareHint = QCoreApplication::translate("fw::telink::TelinkAdvert", "BTHome (custom)");
    } else if (device.serviceData.contains(uuids::miService())) {
        info.format = TelinkAdvertFormat::MiBeacon;
    } else if (device.serviceData.contains(uuids::uuid16(0xFDCD))) {
        info.format = TelinkAdvertFormat::Qingping;
    }
    if (!info.batteryPercent && info.batteryMv)
        info.batteryPercent = batteryPercentFromMv(*info.batteryMv);
    return info;
}

QString TelinkAdvertInfo::formatName() const
{
    switch (format) {
    case TelinkAdvertFormat::PvvxCustom: return QStringLiteral("pvvx");
    case TelinkAdvertFormat::Atc1441: return QStringLiteral("atc1441");
    case TelinkAdvertFormat::BtHome: return QStringLiteral("BTHome");
    case TelinkAdvertFormat::MiBeacon: return QStringLiteral("MiBeacon");
    case TelinkAdvertFormat::Qingping: return QStringLiteral("Qingping");
    case TelinkAdvertFormat::None: break;
    }
    return {};
}

QString TelinkAdvertInfo::summary() const
{
    QStringList parts;
    if (temperatureC)
        parts << QCoreApplication::translate("fw::telink::TelinkAdvert", "%1 °C").arg(*temperatureC, 0, 'f', 1);
    if (humidityPercent)
        parts << QCoreApplication::translate("fw::telink::TelinkAdvert", "%1 % humidity").arg(*humidityPercent, 0, 'f', 0);
    if (batteryPercent && batteryMv)
        parts << QCoreApplication::translate("fw::telink::TelinkAdvert", "battery %1 % (%2 V)")
                     .arg(*batteryPercent)
                     .arg(*batteryMv / 1000.0, 0, 'f', 2);
    else if (batteryPercent)
        parts << QCoreApplication::translate("fw::telink::TelinkAdvert", "battery %1 %").arg(*batteryPercent);
    if (format == TelinkAdvertFormat::MiBeacon)
        parts << QCoreApplication::translate("fw::telink::TelinkAdvert", "readings encrypted (stock firmware)");
    return parts.join(QStringLiteral(", "));
}

}  // namespace fw::telink
