#include "esp/ImageInfo.h"

#include "esp/Command.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fw::esp {

namespace {

constexpr quint16 KnownChipIds[] = {0, 2, 5, 9, 12, 13, 16, 18, 20, 23};

bool knownChipId(quint16 id)
{
    for (quint16 k : KnownChipIds)
        if (k == id)
            return true;
    return false;
}

bool inRange(quint32 v, quint32 lo, quint32 hi)
{
    return v >= lo && v < hi;
}

// Where ESP8266 images load their first segment: IRAM, DRAM or the memory-mapped flash.
bool esp8266Address(quint32 a)
{
    return inRange(a, 0x40100000, 0x40110000) || inRange(a, 0x3FFE8000, 0x3FFFC000)
        || inRange(a, 0x40200000, 0x40300000);
}

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

}  // namespace

bool ImageInfo::hasErrors() const
{
    for (const ImageFinding &f : findings)
        if (f.severity == ImageFinding::Severity::Error)
            return true;
    return false;
}

bool ImageInfo::hasFinding(const QString &code) const
{
    for (const ImageFinding &f : findings)
        if (f.code == code)
            return true;
    return false;
}

void ImageInfo::addFinding(ImageFinding::Severity severity, const QString &code, const QString &message)
{
    findings.append(ImageFinding{severity, code, message});
}

QString ImageInfo::flashModeName(quint8 mode)
{
    switch (mode) {
    case Qio: return QStringLiteral("QIO");
    case Qout: return QStringLiteral("QOUT");
    case Dio: return QStringLiteral("DIO");
    case Dout: return QStringLiteral("DOUT");
    default: return QStringLiteral("0x%1").arg(mode, 2, 16, QLatin1Char('0'));
    }
}

std::optional<quint8> ImageInfo::flashModeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("qio"))
        return Qio;
    if (n == QLatin1String("qout"))
        return Qout;
    if (n == QLatin1String("dio"))
        return Dio;
    if (n == QLatin1String("dout"))
        return Dout;
    return std::nullopt;
}

std::optional<qint64> ImageInfo::flashSizeBytes() const
{
    constexpr qint64 K = 1024;
    constexpr qint64 M = 1024 * 1024;
    if (family == ImageFamily::Esp32) {
        if (flashSizeCode <= 7)
            return M << flashSizeCode;
        return std::nullopt;
    }
    switch (flashSizeCode) {
    case 0: return 512 * K;
    case 1: return 256 * K;
    case 2: return 1 * M;
    case 3: case 5: return 2 * M;
    case 4: case 6: return 4 * M;
    case 8: return 8 * M;
    case 9: return 16 * M;
    default: return std::nullopt;
    }
}

std::optional<quint8> ImageInfo::flashSizeCodeFor(ImageFamily fam, qint64 bytes)
{
    constexpr qint64 M = 1024 * 1024;
    if (fam == ImageFamily::Esp32) {
        for (quint8 c = 0; c <= 7; ++c)
            if ((M << c) == bytes)
                return c;
        return std::nullopt;
    }
    switch (bytes) {
    case 256 * 1024: return 1;
    case 512 * 1024: return 0;
    case 1 * M: return 2;
    case 2 * M: return 3;
    case 4 * M: return 4;
    case 8 * M: return 8;
    case 16 * M: return 9;
    default: return std::nullopt;
    }
}

QString ImageInfo::flashSizeName() const
{
    const auto bytes = flashSizeBytes();
    if (!bytes)
        return QStringLiteral("?(%1)").arg(flashSizeCode);
    QString s = *bytes >= 1024 * 1024 ? QStringLiteral("%1MB").arg(*bytes / (1024 * 1024))
                                      : QStringLiteral("%1KB").arg(*bytes / 1024);
    // Codes 5 and 6 are the ESP8266 "c1" layouts of 2 and 4 MB.
    if (family != ImageFamily::Esp32 && (flashSizeCode == 5 || flashSizeCode == 6))
        s += QStringLiteral("-c1");
    return s;
}

QString ImageInfo::flashFreqName() const
{
    switch (flashFreqCode) {
    case 0x0: return QStringLiteral("40m");
    case 0x1: return QStringLiteral("26m");
    case 0x2: return QStringLiteral("20m");
    case 0xF: return QStringLiteral("80m");
    default: return QStringLiteral("?(%1)").arg(flashFreqCode);
    }
}

QString ImageInfo::chipNameForId(quint16 id)
{
    switch (id) {
    case 0: return QStringLiteral("ESP32");
    case 2: return QStringLiteral("ESP32-S2");
    case 5: return QStringLiteral("ESP32-C3");
    case 9: return QStringLiteral("ESP32-S3");
    case 12: return QStringLiteral("ESP32-C2");
    case 13: return QStringLiteral("ESP32-C6");
    case 16: return QStringLiteral("ESP32-H2");
    case 18: return QStringLiteral("ESP32-P4");
    case 20: return QStringLiteral("ESP32-C61");
    case 23: return QStringLiteral("ESP32-C5");
    default: return QStringLiteral("chip id %1").arg(id);
    }
}

QString ImageInfo::chipName() const
{
    if (family == ImageFamily::Esp8266)
        return QStringLiteral("ESP8266");
    if (hasExtendedHeader)
        return chipNameForId(chipId);
    return QString();
}

ImageFamily ImageInfo::guessFamily(QByteArrayView bytes, qint64 at)
{
    if (bytes.size() < at + HeaderSize + 4)
        return ImageFamily::Unknown;
    const quint32 firstWord = Command::readU32(bytes, at + HeaderSize);
    if (esp8266Address(firstWord))
        return ImageFamily::Esp8266;
    if (bytes.size() >= at + HeaderSize + ExtendedHeaderSize) {
        const qint64 ext = at + HeaderSize;
        const quint16 id = Command::readU16(bytes, ext + 4);
        const quint8 hashFlag = quint8(bytes[ext + 15]);
        const bool reservedClear = Command::readU32(bytes, ext + 11) == 0;
        if (knownChipId(id) && hashFlag <= 1 && reservedClear)
            return ImageFamily::Esp32;
    }
    return ImageFamily::Unknown;
}

ImageInfo ImageInfo::parse(QByteArrayView bytes, qint64 at, ImageFamily hint)
{
    ImageInfo info;
    info.headerOffset = at;
    using S = ImageFinding::Severity;
    if (at < 0 || bytes.size() < at + HeaderSize) {
        info.addFinding(S::Error, QStringLiteral("image.truncated"),
                        QCoreApplication::translate("fw::esp::ImageInfo",
                                                    "The file is too short to hold an ESP image header (%1 bytes).")
                            .arg(bytes.size()));
        return info;
    }
    info.magic = quint8(bytes[at]);
    info.segmentCount = quint8(bytes[at + 1]);
    info.flashMode = quint8(bytes[at + 2]);
    info.flashSizeCode = quint8(bytes[at + 3]) >> 4;
    info.flashFreqCode = quint8(bytes[at + 3]) & 0x0F;
    info.entryPoint = Command::readU32(bytes, at + 4);

    if (info.magic == MagicEsp8266V2) {
        // Version 2: this header, one IROM segment, then a complete 0xE9 image.
        info.family = ImageFamily::Esp8266;
        qint64 pos = at + HeaderSize;
        if (bytes.size() < pos + 8) {
            info.addFinding(S::Error, QStringLiteral("image.truncated"),
                            QCoreApplication::translate("fw::esp::ImageInfo", "The image ends inside its first segment header."));
            return info;
        }
        ImageSegment irom{Command::readU32(bytes, pos), Command::readU32(bytes, pos + 4), pos + 8};
        pos += 8 + qint64(irom.length);
        if (bytes.size() < pos) {
            info.addFinding(S::Error, QStringLiteral("image.truncated"),
                            QCoreApplication::translate("fw::esp::ImageInfo", "The image ends inside its IROM segment."));
            return info;
        }
        ImageInfo inner = parse(bytes, pos, ImageFamily::Esp8266);
        inner.headerOffset = at;
        inner.magic = info.magic;
        inner.flashMode = info.flashMode;
        inner.flashSizeCode = info.flashSizeCode;
        inner.flashFreqCode = info.flashFreqCode;
        inner.segments.prepend(irom);
        inner.imageSize += pos - at;
        inner.addFinding(S::Info, QStringLiteral("image.esp8266_v2"),
                         QCoreApplication::translate("fw::esp::ImageInfo", "This is an ESP8266 version 2 image (an IROM block followed by the main image)."));
        return inner;
    }
    if (info.magic != Magic) {
        info.addFinding(S::Error, QStringLiteral("image.bad_magic"),
                        QCoreApplication::translate("fw::esp::ImageInfo",
                                                    "This is not an ESP application image: the first byte is 0x%1, not 0xE9.")
                            .arg(info.magic, 2, 16, QLatin1Char('0')));
        return info;
    }

    info.family = hint != ImageFamily::Unknown ? hint : guessFamily(bytes, at);
    if (info.family == ImageFamily::Unknown) {
        info.addFinding(S::Warning, QStringLiteral("image.family_unknown"),
                        QCoreApplication::translate("fw::esp::ImageInfo",
                                                    "The image does not say clearly whether it is for an ESP8266 or an ESP32; it was read as ESP8266."));
    }
    qint64 pos = at + HeaderSize;
    if (info.family == ImageFamily::Esp32) {
        if (bytes.size() < pos + ExtendedHeaderSize) {
            info.addFinding(S::Error, QStringLiteral("image.truncated"),
                            QCoreApplication::translate("fw::esp::ImageInfo", "The image ends inside its extended header."));
            return info;
        }
        info.hasExtendedHeader = true;
        info.wpPin = quint8(bytes[pos]);
        info.chipId = Command::readU16(bytes, pos + 4);
        info.legacyMinRevision = quint8(bytes[pos + 6]);
        info.minRevision = Command::readU16(bytes, pos + 7);
        info.maxRevision = Command::readU16(bytes, pos + 9);
        info.hashAppended = quint8(bytes[pos + 15]) == 1;
        pos += ExtendedHeaderSize;
    }
    if (info.segmentCount == 0 || info.segmentCount > MaxSegments) {
        info.addFinding(S::Error, QStringLiteral("image.bad_segment_count"),
                        QCoreApplication::translate("fw::esp::ImageInfo",
                                                    "The header announces %1 segments; a valid image has 1 to 16.")
                            .arg(info.segmentCount));
        return info;
    }
    info.parseSegmentsAndFooter(bytes, pos);
    return info;
}

void ImageInfo::parseSegmentsAndFooter(QByteArrayView bytes, qint64 pos)
{
    using S = ImageFinding::Severity;
    const auto truncated = [this](const QString &message) {
        addFinding(S::Error, QStringLiteral("image.truncated"), message);
    };
    quint8 sum = Command::ChecksumSeed;
    for (int i = 0; i < segmentCount; ++i) {
        if (bytes.size() < pos + 8) {
            truncated(QCoreApplication::translate("fw::esp::ImageInfo",
                                                  "The image is truncated: it ends before segment %1 of %2.")
                          .arg(i + 1)
                          .arg(segmentCount));
            return;
        }
        ImageSegment seg{Command::readU32(bytes, pos), Command::readU32(bytes, pos + 4), pos + 8};
        if (qint64(seg.length) > bytes.size() - seg.dataOffset) {
            segments.append(seg);
            truncated(QCoreApplication::translate("fw::esp::ImageInfo",
                                                  "The image is truncated: segment %1 at %2 needs %3 bytes, but the file ends %4 bytes later.")
                          .arg(i + 1)
                          .arg(hex32(seg.loadAddress))
                          .arg(seg.length)
                          .arg(bytes.size() - seg.dataOffset));
            return;
        }
        for (char c : bytes.sliced(seg.dataOffset, seg.length))
            sum ^= quint8(c);
        segments.append(seg);
        pos = seg.dataOffset + seg.length;
    }
    computedChecksum = sum;
    const qint64 rel = pos - headerOffset;
    checksumOffset = headerOffset + rel + (15 - rel % 16);
    if (bytes.size() <= checksumOffset) {
        checksumOffset = -1;
        truncated(QCoreApplication::translate("fw::esp::ImageInfo", "The image is truncated: its checksum byte is missing."));
        return;
    }
    storedChecksum = quint8(bytes[checksumOffset]);
    qint64 end = checksumOffset + 1;
    if (storedChecksum != computedChecksum) {
        addFinding(S::Error, QStringLiteral("image.bad_checksum"),
                   QCoreApplication::translate("fw::esp::ImageInfo",
                                               "The image checksum does not match (stored 0x%1, computed 0x%2): the file is damaged.")
                       .arg(storedChecksum, 2, 16, QLatin1Char('0'))
                       .arg(computedChecksum, 2, 16, QLatin1Char('0')));
    }
    if (hashAppended) {
        if (bytes.size() < end + 32) {
            truncated(QCoreApplication::translate("fw::esp::ImageInfo", "The image is truncated: its SHA-256 digest is missing."));
            return;
        }
        shaOffset = end;
        storedSha256 = bytes.sliced(end, 32).toByteArray();
        computedSha256 = QCryptographicHash::hash(bytes.sliced(headerOffset, end - headerOffset),
                                                  QCryptographicHash::Sha256);
        if (storedSha256 != computedSha256) {
            addFinding(S::Error, QStringLiteral("image.bad_sha256"),
                       QCoreApplication::translate("fw::esp::ImageInfo",
                                                   "The image's SHA-256 digest does not match its contents: the file is damaged."));
        }
        end += 32;
    }
    imageSize = end - headerOffset;
    trailingBytes = bytes.size() - end;
    if (family == ImageFamily::Esp8266 && entryPoint != 0 && !inRange(entryPoint, 0x40100000, 0x40110000)) {
        addFinding(S::Warning, QStringLiteral("image.odd_entry"),
                   QCoreApplication::translate("fw::esp::ImageInfo",
                                               "The entry point %1 is outside the ESP8266's instruction RAM; the image may be for another chip.")
                       .arg(hex32(entryPoint)));
    }
}

qint64 ImageInfo::locateHeader(QByteArrayView bytes)
{
    if (!bytes.isEmpty() && (quint8(bytes[0]) == Magic || quint8(bytes[0]) == MagicEsp8266V2))
        return 0;
    constexpr qint64 Esp32Bootloader = 0x1000;
    if (bytes.size() > Esp32Bootloader && quint8(bytes[Esp32Bootloader]) == Magic) {
        for (char c : bytes.first(Esp32Bootloader))
            if (quint8(c) != 0xFF)
                return -1;
        return Esp32Bootloader;
    }
    return -1;
}

ImageInfo::PatchResult ImageInfo::patchFlashParams(const QByteArray &bytes, qint64 headerOffset,
                                                   const FlashParams &want, ImageFamily hint)
{
    PatchResult result;
    result.bytes = bytes;
    using S = ImageFinding::Severity;
    if (headerOffset < 0 || headerOffset + HeaderSize > bytes.size()
        || quint8(bytes[headerOffset]) != Magic) {
        result.findings.append({S::Warning, QStringLiteral("image.patch_no_header"),
                                QCoreApplication::translate("fw::esp::ImageInfo",
                                                            "The flash mode and size were left as they are: there is no 0xE9 image header at the boot loader offset.")});
        return result;
    }
    const ImageInfo info = parse(bytes, headerOffset, hint);
    if (info.hasErrors()) {
        result.findings.append({S::Warning, QStringLiteral("image.patch_unverified"),
                                QCoreApplication::translate("fw::esp::ImageInfo",
                                                            "The flash mode and size were left as they are: the image does not verify.")});
        result.findings.append(info.findings);
        return result;
    }
    char *d = result.bytes.data() + headerOffset;
    if (want.mode)
        d[2] = char(*want.mode);
    const quint8 size = want.sizeCode ? (*want.sizeCode & 0x0F) : info.flashSizeCode;
    const quint8 freq = want.freqCode ? (*want.freqCode & 0x0F) : info.flashFreqCode;
    d[3] = char((size << 4) | freq);
    if (info.hashAppended && info.shaOffset >= 0) {
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayView(result.bytes).sliced(headerOffset, info.shaOffset - headerOffset),
            QCryptographicHash::Sha256);
        result.bytes.replace(info.shaOffset, digest.size(), digest);
    }
    result.changed = result.bytes != bytes;
    return result;
}

}  // namespace fw::esp
