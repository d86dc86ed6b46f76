#include "telink/sim/TelinkAdvertFormats.h"

#include <algorithm>
#include <cmath>

namespace fw::telink::sim {

namespace {

void le16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

void be16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xFF));
}

QByteArray reversed(const QByteArray &in)
{
    QByteArray out(in);
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace

int TelinkAdvertFormats::batteryPercent(int batteryMv)
{
    return std::clamp((batteryMv - 2200) * 100 / 800, 0, 100);
}

QByteArray TelinkAdvertFormats::macBytes(const QString &address)
{
    QByteArray mac = QByteArray::fromHex(address.toLatin1().replace(':', "").replace('-', ""));
    if (mac.size() != 6)
        return QByteArray(6, '\0');
    return mac;
}

QByteArray TelinkAdvertFormats::pvvxCustom(const QString &address, qint16 centiC, quint16 centiPercent,
                                           int batteryMv, quint8 counter, quint8 flags)
{
    QByteArray f = reversed(macBytes(address));
    le16(f, quint16(centiC));
    le16(f, centiPercent);
    le16(f, quint16(std::max(0, batteryMv)));
    f.append(char(batteryPercent(batteryMv)));
    f.append(char(counter));
    f.append(char(flags));
    return f;
}

QByteArray TelinkAdvertFormats::atc1441(const QString &address, qint16 centiC, quint16 centiPercent,
                                        int batteryMv, quint8 counter)
{
    QByteArray f = macBytes(address);
    be16(f, quint16(qint16(std::lround(centiC / 10.0))));
    f.append(char(std::clamp(int(std::lround(centiPercent / 100.0)), 0, 100)));
    f.append(char(batteryPercent(batteryMv)));
    be16(f, quint16(std::max(0, batteryMv)));
    f.append(char(counter));
    return f;
}

QByteArray TelinkAdvertFormats::bthome(quint8 packetId, qint16 centiC, quint16 centiPercent, int batteryMv)
{
    QByteArray f;
    f.append(char(0x40));  // BTHome v2, no encryption, regular advertising
    f.append(char(0x00));
    f.append(char(packetId));
    f.append(char(0x01));
    f.append(char(batteryPercent(batteryMv)));
    f.append(char(0x02));
    le16(f, quint16(centiC));
    f.append(char(0x03));
    le16(f, centiPercent);
    f.append(char(0x0C));
    le16(f, quint16(std::max(0, batteryMv)));
    return f;
}

QByteArray TelinkAdvertFormats::miBeacon(const QString &address, quint8 counter)
{
    QByteArray f;
    le16(f, 0x5858);  // encrypted object, MAC included, version 5
    le16(f, 0x055B);  // LYWSD03MMC
    f.append(char(counter));
    f += reversed(macBytes(address));
    // Encrypted payload, 3-byte extended counter and 4-byte MIC: bytes that only the bind key
    // would make sense of, varied by the counter like real frames.
    for (int i = 0; i < 12; ++i)
        f.append(char((counter * 37 + i * 101 + 0x5A) & 0xFF));
    return f;
}

}  // namespace fw::telink::sim
