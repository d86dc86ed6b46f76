#pragma once
// Synthetic firmware images for demos and tests: our own bytes with a valid "KNLT" header, size
// field and CRC-32 (TelinkImage::sealed), carrying the strings a real build of each kind carries.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace fw::telink::sim {

// Each image carries the DIS strings of its firmware ("github.com/pvvx" + "V5.8", the stock
// version "1.0.0_0130" + "miaomiaoce.com", ...) so TelinkImageRecognizer treats it like a real
// file. The bytes between header and strings are filler, deterministic per kind and size.
struct TelinkDemoImages {
    static QByteArray pvvxBle(int version = 0x58, int sizeBytes = 80 * 1024);
    static QByteArray atc1441(int sizeBytes = 60 * 1024);
    // An unsigned stock build reporting this firmware revision.
    static QByteArray stock(const QString &firmware = QStringLiteral("1.0.0_0130"), int sizeBytes = 100 * 1024);
    static QByteArray stockSigned();  // like Original_OTA..._0159c: Xiaomi signature block
    // pvvx Zigbee/BLE hybrid ("ZBdevice", advertises as ATCz...).
    static QByteArray zigbeeHybrid(int version = 0x58, int sizeBytes = 100 * 1024);
    // A .zigbee file (62-byte header + inner image) of a Zigbee build for the LYWSD03MMC.
    static QByteArray zigbeeOta(quint16 manuf = 0x1141, quint16 imageType = 0x020A, int sizeBytes = 150 * 1024);
    // The inner image alone (what the extended OTA writes at 0x40000).
    static QByteArray zigbeeImage(quint16 manuf = 0x1141, quint16 imageType = 0x020A, int sizeBytes = 150 * 1024);
    static QByteArray otherDevice();  // a valid image for some other Telink device

    // Wraps a Telink image into a Zigbee OTA upgrade file (telink.md §4.2).
    static QByteArray zigbeeWrap(const QByteArray &image, quint16 manuf, quint16 imageType,
                                 quint32 fileVersion, const QByteArray &headerString);
    // Makes an image with this header and these NUL-terminated strings near its end.
    static QByteArray build(quint32 version, quint16 manuf, quint16 imageType,
                            const QList<QByteArray> &strings, int sizeBytes, quint32 seed);

    static constexpr quint32 PvvxBleVersion = 0x99993001;   // the version field of pvvx BLE builds
    static constexpr quint32 ZigbeeBuildVersion = 0x01003001;  // app 1.0 build 0, stack 3.0 build 1
};

}  // namespace fw::telink::sim
