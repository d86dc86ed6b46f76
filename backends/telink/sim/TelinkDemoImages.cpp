#include "telink/sim/TelinkDemoImages.h"

#include "telink/TelinkImage.h"
#include "telink/sim/TelinkImageRecognizer.h"

#include <QList>

#include <algorithm>

namespace fw::telink::sim {

namespace {

void putLe16(QByteArray &b, int at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

void putLe32(QByteArray &b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

void appendLe16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

void appendLe32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

// Filler that looks like code: no long runs of one value, never a printable run long enough
// to be mistaken for one of the strings the recognizer looks for.
QByteArray filler(qsizetype length, quint32 seed)
{
    QByteArray out(length, '\0');
    quint32 x = seed * 2654435761u + 0x9E3779B9u;
    for (qsizetype i = 0; i < length; ++i) {
        x = x * 1664525u + 1013904223u;
        quint8 byte = quint8(x >> 24);
        if ((i & 3) == 3)
            byte |= 0x80;  // breaks every printable run within 4 bytes
        out[i] = char(byte);
    }
    return out;
}

}  // namespace

QByteArray TelinkDemoImages::build(quint32 version, quint16 manuf, quint16 imageType,
                                   const QList<QByteArray> &strings, int sizeBytes, quint32 seed)
{
    QByteArray table("\0\0", 2);
    for (const QByteArray &s : strings) {
        table += s;
        table.append('\0');
    }
    // sealed() pads to 16 and appends 4 CRC bytes: aim at a total of at most sizeBytes.
    const qsizetype bodyLength =
        std::max<qsizetype>(0x400, (qsizetype(std::max(sizeBytes, 0x404)) - 4) / 16 * 16);
    QByteArray image(0x20, '\0');
    image[0] = char(0x26);
    image[1] = char(0x80);  // tc32 branch over the header
    putLe32(image, 0x02, version);
    image[6] = char(0x5D);
    image[7] = char(0x02);  // the device verifies the CRC-32 after an OTA
    image.replace(8, 4, QByteArrayLiteral("KNLT"));
    putLe16(image, 0x12, manuf);
    putLe16(image, 0x14, imageType);
    const qsizetype fillLength = std::max<qsizetype>(0, bodyLength - image.size() - table.size() - 16);
    image += filler(fillLength, seed);
    image += table;
    image += QByteArray(std::max<qsizetype>(0, bodyLength - image.size()), '\xFF');
    return TelinkImage::sealed(image);
}

QByteArray TelinkDemoImages::pvvxBle(int version, int sizeBytes)
{
    return build(PvvxBleVersion, 0x1141, 0x020A,
                 {"LYWSD03MMC", "miaomiaoce.com", "github.com/pvvx",
                  TelinkImageRecognizer::versionText(version).toLatin1(), "ATC_"},
                 sizeBytes, quint32(0x1000 + version));
}

QByteArray TelinkDemoImages::atc1441(int sizeBytes)
{
    return build(0, 0, 0, {"LYWSD03MMC", "github.com/atc1441", "ATC_"}, sizeBytes, 0x2000);
}

QByteArray TelinkDemoImages::stock(const QString &firmware, int sizeBytes)
{
    return build(0, 0, 0,
                 {"LYWSD03MMC", firmware.toLatin1(), "miaomiaoce.com", "miaomiaoce.sensor_ht.t2"},
                 sizeBytes, 0x3000 + quint32(qHash(firmware) & 0xFFF));
}

QByteArray TelinkDemoImages::stockSigned()
{
    QByteArray image = stock(QStringLiteral("2.1.1_0159"), 104 * 1024);
    // The block TelinkMiFlasher appends for 2.1.1_0159: four zero bytes, the "MI" 0xEF "TFOTA"
    // tag, the image size at 0x14, then the signature (filler here: nobody can check it).
    QByteArray block(4, '\0');
    block += QByteArray("\x4D\x49\xEF\x54\x46\x4F\x54\x41", 8);
    block += filler(1356 - block.size(), 0x4000);
    putLe32(block, 0x14, quint32(image.size()));
    return image + block;
}

QByteArray TelinkDemoImages::zigbeeHybrid(int version, int sizeBytes)
{
    return build(0, 0, 0,
                 {"LYWSD03MMC", "github.com/pvvx",
                  TelinkImageRecognizer::versionText(version).toLatin1(), "ATCz"},
                 sizeBytes, quint32(0x5000 + version));
}

QByteArray TelinkDemoImages::zigbeeImage(quint16 manuf, quint16 imageType, int sizeBytes)
{
    return build(ZigbeeBuildVersion, manuf, imageType, {"LYWSD03MMC", "Zigbee 3.0"}, sizeBytes,
                 0x6000u + imageType);
}

QByteArray TelinkDemoImages::zigbeeOta(quint16 manuf, quint16 imageType, int sizeBytes)
{
    const QByteArray inner = zigbeeImage(manuf, imageType, sizeBytes - 62);
    return zigbeeWrap(inner, manuf, imageType, ZigbeeBuildVersion, "Telink Zigbee demo image");
}

QByteArray TelinkDemoImages::otherDevice()
{
    return build(0, 0, 0x0202, {"Telink BLE remote", "TLSR8253"}, 48 * 1024, 0x7000);
}

QByteArray TelinkDemoImages::zigbeeWrap(const QByteArray &image, quint16 manuf, quint16 imageType,
                                        quint32 fileVersion, const QByteArray &headerString)
{
    QByteArray f;
    appendLe32(f, 0x0BEEF11E);
    appendLe16(f, 0x0100);
    appendLe16(f, 56);
    appendLe16(f, 0);  // field control
    appendLe16(f, manuf);
    appendLe16(f, imageType);
    appendLe32(f, fileVersion);
    appendLe16(f, 2);  // Zigbee stack version
    QByteArray name = headerString.left(32);
    name.append(QByteArray(32 - name.size(), '\0'));
    f += name;
    appendLe32(f, quint32(image.size() + 62));
    appendLe16(f, 0);  // sub-element: upgrade image
    appendLe32(f, quint32(image.size()));
    return f + image;
}

}  // namespace fw::telink::sim
