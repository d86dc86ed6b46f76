#pragma once
// The advertising payloads of the LYWSD03MMC firmwares: pvvx custom and atc1441 frames on
// 0x181A, BTHome v2 on 0xFCD2 (pvvx hybrid) and the stock MiBeacon on 0xFE95 (telink.md §2, §6).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace fw::telink::sim {

class TelinkAdvertFormats {
public:
    // pvvx battery scale: linear from 2200 mV (0 %) to 3000 mV (100 %).
    static int batteryPercent(int batteryMv);
    // "A4:C1:38:1A:2B:3C" -> 6 bytes in that (display) order; zeros when unparsable.
    static QByteArray macBytes(const QString &address);

    // 15 bytes, little-endian: MAC reversed, temperature 0.01 C, humidity 0.01 %, battery mV,
    // battery %, measurement counter, flags.
    static QByteArray pvvxCustom(const QString &address, qint16 centiC, quint16 centiPercent,
                                 int batteryMv, quint8 counter, quint8 flags);
    // 13 bytes, big-endian: MAC, temperature 0.1 C, humidity %, battery %, battery mV, counter.
    static QByteArray atc1441(const QString &address, qint16 centiC, quint16 centiPercent,
                              int batteryMv, quint8 counter);
    // BTHome v2 (device info 0x40, unencrypted): packet id, battery %, temperature 0.01 C,
    // humidity 0.01 %, voltage mV, objects in ascending id order as the format requires.
    static QByteArray bthome(quint8 packetId, qint16 centiC, quint16 centiPercent, int batteryMv);
    // A MiBeacon frame of the stock firmware: frame control, product id 0x055B, counter, MAC
    // reversed, then an encrypted object (opaque here: the bind key is not simulated).
    static QByteArray miBeacon(const QString &address, quint8 counter);
};

}  // namespace fw::telink::sim
