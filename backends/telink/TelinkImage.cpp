#include "telink/TelinkImage.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>

namespace fw::telink {

namespace {

using Sev = TelinkFinding::Severity;

std::uint16_t u16At(const QByteArray &b, qint64 at)
{
    return std::uint16_t(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

std::uint32_t u32At(const QByteArray &b, qint64 at)
{
    return std::uint32_t(u16At(b, at)) | (std::uint32_t(u16At(b, at + 2)) << 16);
}

QString hex(std::uint32_t v, int width)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

bool anyError(const QList<TelinkFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const TelinkFinding &f) { return f.severity == Sev::Error; });
}

// Where a Zigbee OTA header starts: at 0, or after the 4-byte length prefix some vendors
// (Legrand) put in front of it; -1 when neither holds the magic.
qint64 zigbeeHeaderOffset(const QByteArray &file)
{
    for (qint64 at : {qint64(0), qint64(4)}) {
        if (file.size() >= at + 4 && u32At(file, at) == TelinkZigbeeInfo::Magic)
            return at;
    }
    return -1;
}

// The block TelinkMiFlasher appends to stock images for 2.1.1_0159: four zero bytes, then
// "MI", 0xEF, "TFOTA".
const char XiaomiSignatureStart[] = "\x00\x00\x00\x00\x4D\x49\xEF\x54\x46\x4F\x54\x41";
constexpr qint64 XiaomiSignatureStartLength = 12;
constexpr qint64 XiaomiSignatureMinimumBlock = 1024;

}  // namespace

bool TelinkBinInfo::hasErrors() const
{
    return anyError(findings);
}

bool TelinkZigbeeInfo::hasErrors() const
{
    return anyError(findings);
}

QByteArray TelinkZigbeeInfo::upgradeImage(const QByteArray &file) const
{
    if (!hasUpgradeImage || upgradeImageOffset < 0)
        return {};
    return file.mid(upgradeImageOffset, upgradeImageLength);
}

TelinkFileFormat TelinkImage::sniff(const QByteArray &file)
{
    if (file.isEmpty())
        return TelinkFileFormat::Empty;
    if (zigbeeHeaderOffset(file) >= 0)
        return TelinkFileFormat::ZigbeeOta;
    if (file.size() >= 12 && u32At(file, 8) == TelinkBinInfo::Signature)
        return TelinkFileFormat::TelinkBin;
    if (file.startsWith("PK\x03\x04") || file.startsWith("\x1F\x8B"))
        return TelinkFileFormat::Archive;
    if (quint8(file[0]) == 0xE9)
        return TelinkFileFormat::EspImage;
    // A damaged signature behind the tc32 jump is still a Telink image, only a broken one.
    if (file.size() >= 2 && u16At(file, 0) == 0x8026)
        return TelinkFileFormat::TelinkBin;
    return TelinkFileFormat::Unknown;
}

std::uint32_t TelinkImage::imageCrc32(const char *data, qint64 size)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto *p = reinterpret_cast<const Bytef *>(data);
    while (size > 0) {
        const uInt chunk = uInt(std::min<qint64>(size, 1 << 30));
        crc = crc32(crc, p, chunk);
        p += chunk;
        size -= chunk;
    }
    // zlib applies the final XOR; the Telink boot code does not.
    return std::uint32_t(crc) ^ 0xFFFFFFFFu;
}

QByteArray TelinkImage::sealed(QByteArray image)
{
    if (image.size() < 0x1C)
        image.append(QByteArray(0x1C - image.size(), '\xFF'));
    while (image.size() % 16 != 0)
        image.append('\xFF');
    const std::uint32_t size = std::uint32_t(image.size() + 4);
    for (int i = 0; i < 4; ++i)
        image[0x18 + i] = char((size >> (8 * i)) & 0xFF);
    const std::uint32_t crc = imageCrc32(image.constData(), image.size());
    for (int i = 0; i < 4; ++i)
        image.append(char((crc >> (8 * i)) & 0xFF));
    return image;
}

TelinkBinInfo TelinkImage::parseBin(const QByteArray &file)
{
    TelinkBinInfo info;
    info.fileSize = file.size();
    auto add = [&info](Sev s, const char *code, const QString &message) {
        info.findings.append({s, QString::fromLatin1(code), message});
    };

    if (file.size() < 0x1C) {
        add(Sev::Error, "telink.file.too_small",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The file has only %1 bytes; a Telink image header alone needs 28.")
                .arg(file.size()));
        return info;
    }
    info.jump = u16At(file, 0);
    info.version = u32At(file, 2);
    info.firmwareCheckMarker = quint8(file[6]) == 0x5D && quint8(file[7]) == 0x02;
    info.bootFlag = quint8(file[8]);
    info.signatureOk = u32At(file, 8) == TelinkBinInfo::Signature;
    info.bootFlagCleared = info.bootFlag == 0x00 && file.mid(9, 3) == "NLT";
    info.manufacturerCode = u16At(file, 0x12);
    info.imageType = u16At(file, 0x14);
    info.sizeField = u32At(file, 0x18);

    if (file.size() < TelinkBinInfo::MinimumSize)
        add(Sev::Error, "telink.file.too_small",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The file has only %1 bytes; a Telink firmware has at least 1024.")
                .arg(file.size()));
    if (info.bootFlagCleared)
        add(Sev::Error, "telink.file.boot_flag_cleared",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The boot mark at offset 0x08 is cleared (00 instead of 'K'): this copy was marked as replaced."));
    else if (!info.signatureOk)
        add(Sev::Error, "telink.file.bad_signature",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "Offset 0x08 holds %1 instead of the Telink signature \"KNLT\".")
                .arg(QString::fromLatin1(file.mid(8, 4).toHex(' '))));
    if (!info.firmwareCheckMarker)
        add(Sev::Info, "telink.file.no_crc_marker",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "Bytes 0x06-0x07 are not 5D 02: the device will not verify the whole-image CRC after the update."));

    const qint64 size = info.sizeField;
    if (size > file.size()) {
        add(Sev::Error, "telink.file.truncated",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The header says the image has %1 bytes but the file has only %2.")
                .arg(size).arg(file.size()));
    } else if (size < TelinkBinInfo::MinimumSize) {
        add(Sev::Error, "telink.file.size_mismatch",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The size field at 0x18 says %1 bytes, which is not a plausible image size.")
                .arg(size));
    } else {
        info.crcChecked = true;
        info.storedCrc = u32At(file, size - 4);
        info.computedCrc = imageCrc32(file.constData(), size - 4);
        info.trailingBytes = file.size() - size;
        if (!info.crcOk())
            add(Sev::Error, "telink.file.bad_crc",
                QCoreApplication::translate("fw::telink::TelinkImage",
                                            "The CRC-32 stored at the end of the image is %1 but the content gives %2.")
                    .arg(hex(info.storedCrc, 8), hex(info.computedCrc, 8)));
        info.hasXiaomiSignature = info.trailingBytes > XiaomiSignatureMinimumBlock
            && file.mid(size, XiaomiSignatureStartLength)
                   == QByteArray(XiaomiSignatureStart, XiaomiSignatureStartLength);
        if (info.hasXiaomiSignature) {
            add(Sev::Info, "telink.file.signed_stock",
                QCoreApplication::translate("fw::telink::TelinkImage",
                                            "A Xiaomi signature block of %1 bytes follows the image: this is a signed stock firmware.")
                    .arg(info.trailingBytes));
        } else if (info.trailingBytes > 0) {
            add(Sev::Error, "telink.file.size_mismatch",
                QCoreApplication::translate("fw::telink::TelinkImage",
                                            "%1 unexplained bytes follow the %2-byte image the header describes.")
                    .arg(info.trailingBytes).arg(size));
        }
    }
    if (size % 16 != 4)
        add(Sev::Error, "telink.file.bad_size_alignment",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The size field (%1 bytes) is not 16·n + 4, so the image is not a whole number of OTA blocks plus its CRC.")
                .arg(size));

    if (info.hasXiaomiSignature)
        info.kind = TelinkImageKind::SignedStock;
    else if (info.version == TelinkBinInfo::PvvxBleVersion)
        info.kind = TelinkImageKind::PvvxBle;
    return info;
}

TelinkZigbeeInfo TelinkImage::parseZigbee(const QByteArray &file)
{
    TelinkZigbeeInfo z;
    z.fileSize = file.size();
    auto add = [&z](Sev s, const char *code, const QString &message) {
        z.findings.append({s, QString::fromLatin1(code), message});
    };

    z.headerOffset = zigbeeHeaderOffset(file);
    if (z.headerOffset < 0) {
        z.headerOffset = 0;
        add(Sev::Error, "telink.file.zigbee_bad_header",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee OTA magic 0x0BEEF11E is missing."));
        return z;
    }
    const qint64 h = z.headerOffset;
    if (file.size() < h + TelinkZigbeeInfo::MinimumHeaderLength) {
        add(Sev::Error, "telink.file.truncated",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The file ends inside the 56-byte Zigbee OTA header."));
        return z;
    }
    z.magic = u32At(file, h);
    z.headerVersion = u16At(file, h + 0x04);
    z.headerLength = u16At(file, h + 0x06);
    z.fieldControl = u16At(file, h + 0x08);
    z.manufacturerCode = u16At(file, h + 0x0A);
    z.imageType = u16At(file, h + 0x0C);
    z.fileVersion = u32At(file, h + 0x0E);
    z.stackVersion = u16At(file, h + 0x12);
    QByteArray name = file.mid(h + 0x14, 32);
    const qsizetype nul = name.indexOf('\0');
    if (nul >= 0)
        name.truncate(nul);
    z.headerString = QString::fromLatin1(name).trimmed();
    z.totalImageSize = u32At(file, h + 0x34);

    if (z.headerVersion != 0x0100)
        add(Sev::Warning, "telink.file.zigbee_header_version",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "Zigbee OTA header version %1 is not the usual 0x0100.")
                .arg(hex(z.headerVersion, 4)));
    const qint64 available = file.size() - h;
    if (z.headerLength < TelinkZigbeeInfo::MinimumHeaderLength || z.headerLength > available
        || z.totalImageSize < z.headerLength) {
        add(Sev::Error, "telink.file.zigbee_bad_header",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee OTA header gives impossible lengths (header %1 bytes, total %2 bytes).")
                .arg(z.headerLength).arg(z.totalImageSize));
        return z;
    }
    if (z.totalImageSize > available) {
        add(Sev::Error, "telink.file.truncated",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee OTA header says the file has %1 bytes but only %2 are there.")
                .arg(z.totalImageSize).arg(available));
        return z;
    }
    z.suffixBytes = available - z.totalImageSize;

    // Sub-elements: tag u16 + length u32 + data, until the declared total size.
    const qint64 end = h + z.totalImageSize;
    for (qint64 at = h + z.headerLength; at + 6 <= end;) {
        const std::uint16_t tag = u16At(file, at);
        const std::uint32_t length = u32At(file, at + 2);
        if (qint64(length) > end - (at + 6)) {
            add(Sev::Error, "telink.file.truncated",
                QCoreApplication::translate("fw::telink::TelinkImage",
                                            "A Zigbee OTA sub-element claims %1 bytes, more than the file holds.")
                    .arg(length));
            return z;
        }
        if (tag == TelinkZigbeeInfo::UpgradeImageTag && !z.hasUpgradeImage) {
            z.hasUpgradeImage = true;
            z.upgradeImageLength = length;
            z.upgradeImageOffset = at + 6;
        }
        at += 6 + qint64(length);
    }
    if (!z.hasUpgradeImage) {
        add(Sev::Error, "telink.file.zigbee_bad_header",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee OTA file contains no upgrade image."));
        return z;
    }

    const QByteArray image = z.upgradeImage(file);
    z.wrapsTelinkImage = TelinkImage::sniff(image) == TelinkFileFormat::TelinkBin;
    if (!z.wrapsTelinkImage) {
        add(Sev::Error, "telink.file.zigbee_not_telink",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee OTA file (manufacturer %1, image type %2) wraps firmware for another chip, not a Telink image.")
                .arg(hex(z.manufacturerCode, 4), hex(z.imageType, 4)));
        return z;
    }
    z.inner = TelinkImage::parseBin(image);
    if (z.inner.signatureOk && (z.inner.manufacturerCode != z.manufacturerCode
                                || z.inner.imageType != z.imageType))
        add(Sev::Warning, "telink.file.zigbee_id_mismatch",
            QCoreApplication::translate("fw::telink::TelinkImage",
                                        "The Zigbee header names manufacturer %1 / image type %2 but the image inside says %3 / %4.")
                .arg(hex(z.manufacturerCode, 4), hex(z.imageType, 4), hex(z.inner.manufacturerCode, 4),
                     hex(z.inner.imageType, 4)));
    return z;
}

}  // namespace fw::telink
