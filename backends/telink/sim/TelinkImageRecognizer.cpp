#include "telink/sim/TelinkImageRecognizer.h"

#include "telink/TelinkImage.h"
#include "telink/sim/TelinkFlashMap.h"

#include <QRegularExpression>

namespace fw::telink::sim {

namespace {

quint32 u32At(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

quint16 u16At(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

// TelinkMiFlasher's test for a signed stock image: the block after the CRC starts like this.
const QByteArray kSignatureStart = QByteArray("\x00\x00\x00\x00\x4D\x49\xEF\x54\x46\x4F\x54\x41", 12);

}  // namespace

int TelinkImageRecognizer::versionFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^V([0-9])\\.([0-9])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    return (m.captured(1).toInt() << 4) | m.captured(2).toInt();
}

QString TelinkImageRecognizer::versionText(int version)
{
    return QStringLiteral("V%1.%2").arg((version >> 4) & 0x0F).arg(version & 0x0F);
}

bool TelinkImageRecognizer::isLywsd03mmcZigbeeType(quint16 imageType)
{
    return imageType == 0x020A || imageType == 0x0203;
}

TelinkImageIdentity TelinkImageRecognizer::recognize(const QByteArray &image, quint32 loadAddress)
{
    TelinkImageIdentity id;
    if (image.size() < 0x20 || image.mid(9, 3) != QByteArrayLiteral("NLT"))
        return id;

    quint32 size = u32At(image, 0x18);
    if (size < 0x20 || size > quint32(image.size()))
        size = quint32(image.size());
    const QByteArray body = image.left(size);
    const quint32 version = u32At(image, 0x02);
    const quint16 imageType = u16At(image, 0x14);
    id.xiaomiSigned = image.mid(size, kSignatureStart.size()) == kSignatureStart
        && image.size() - qsizetype(size) > 1024;

    const bool pvvxBleVersion = version == TelinkBinInfo::PvvxBleVersion;
    const bool zigbeeTyped = isLywsd03mmcZigbeeType(imageType) && !pvvxBleVersion;
    const qsizetype pvvxAt = body.indexOf("github.com/pvvx");
    const QString text = QString::fromLatin1(body);

    if (pvvxAt >= 0 && (pvvxBleVersion || !zigbeeTyped)) {
        // The hybrid build names itself "ATCz..." where the BLE build says "ATC_".
        id.personality = body.contains("ATCz") ? TelinkPersonality::ZigbeeHybrid : TelinkPersonality::Pvvx;
        static const QRegularExpression versionRe(
            QStringLiteral("(?<![A-Za-z0-9])V([0-9])\\.([0-9])(?![0-9.])"));
        QRegularExpressionMatch m = versionRe.match(text, pvvxAt);
        if (!m.hasMatch())
            m = versionRe.match(text);
        id.pvvxVersion = m.hasMatch() ? (m.captured(1).toInt() << 4) | m.captured(2).toInt()
                                      : DefaultPvvxVersion;
        id.firmwareRevision = QStringLiteral("github.com/pvvx");
        id.softwareRevision = versionText(id.pvvxVersion);
        id.relocatesToLow = loadAddress == TelinkFlashMap::ExtBank;
        return id;
    }
    if (body.contains("github.com/atc1441")) {
        id.personality = loadAddress == TelinkFlashMap::ExtBank ? TelinkPersonality::Unknown
                                                                : TelinkPersonality::Atc1441;
        id.firmwareRevision = QStringLiteral("github.com/atc1441");
        return id;
    }
    static const QRegularExpression stockRe(QStringLiteral("[0-9]\\.[0-9]\\.[0-9]_[0-9]{4}"));
    const QRegularExpressionMatch stock = stockRe.match(text);
    if (id.xiaomiSigned || stock.hasMatch() || body.contains("miaomiaoce.com")) {
        // Stock builds are linked for the two low banks; started at 0x40000 they crash.
        id.personality = loadAddress == TelinkFlashMap::ExtBank ? TelinkPersonality::Unknown
                                                                : TelinkPersonality::Stock;
        id.firmwareRevision = stock.hasMatch() ? stock.captured(0)
                                               : QString::fromLatin1(DefaultStockFirmware);
        id.softwareRevision = id.firmwareRevision.right(4);
        return id;
    }
    if (zigbeeTyped) {
        // Zigbee builds run from 0x00000 or, after an extended OTA, from 0x40000; written to
        // the second bank by a plain OTA they do not start (devbis/z03mmc #28, #130).
        id.personality = loadAddress == TelinkFlashMap::Bank1 ? TelinkPersonality::Unknown
                                                              : TelinkPersonality::Zigbee;
        return id;
    }
    return id;
}

}  // namespace fw::telink::sim
