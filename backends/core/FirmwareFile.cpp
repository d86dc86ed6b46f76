#include "core/FirmwareFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>

namespace fw::core {

namespace {

quint16 u16le(const QByteArray &b, qsizetype off)
{
    return quint16(quint8(b[off])) | quint16(quint8(b[off + 1])) << 8;
}

quint32 u32le(const QByteArray &b, qsizetype off)
{
    return quint32(u16le(b, off)) | quint32(u16le(b, off + 2)) << 16;
}

quint16 u16be(const QByteArray &b, qsizetype off)
{
    return quint16(quint8(b[off])) << 8 | quint16(quint8(b[off + 1]));
}

QString hex(quint64 v, int width)
{
    return QStringLiteral("0x")
           + QString::number(v, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

// Sizes for the high nibble of header byte 3. The two chip families use different tables,
// so the entry point decides which one applies (ESP8266 code runs from IRAM at 0x4010xxxx).
QString espFlashSize(bool esp8266, int code)
{
    static const char *const k8266[] = {"512KB",  "256KB",  "1MB",   "2MB", "4MB",
                                        "2MB-c1", "4MB-c1", nullptr, "8MB", "16MB"};
    static const char *const k32[] = {"1MB", "2MB", "4MB", "8MB", "16MB", "32MB", "64MB", "128MB"};
    if (esp8266) {
        if (code < int(std::size(k8266)) && k8266[code])
            return QString::fromLatin1(k8266[code]);
    } else if (code < int(std::size(k32))) {
        return QString::fromLatin1(k32[code]);
    }
    return QStringLiteral("unknown(%1)").arg(code);
}

QString espFlashFreq(int code)
{
    switch (code) {
    case 0x0: return QStringLiteral("40m");
    case 0x1: return QStringLiteral("26m");
    case 0x2: return QStringLiteral("20m");
    case 0xF: return QStringLiteral("80m");
    default: return QStringLiteral("unknown(%1)").arg(code);
    }
}

bool sniffEsp(const QByteArray &h, QVariantMap *d)
{
    if (h.size() < 8 || quint8(h[0]) != 0xE9)
        return false;
    const int segments = quint8(h[1]);
    const int mode = quint8(h[2]);
    // A lone 0xE9 is common in random data; only a sane header counts.
    if (segments < 1 || segments > 16 || mode > 3)
        return false;
    const quint32 entry = u32le(h, 4);
    const bool esp8266 = entry >= 0x40100000u && entry < 0x40140000u;
    if (d) {
        static const char *const kModes[] = {"QIO", "QOUT", "DIO", "DOUT"};
        d->insert(QStringLiteral("segments"), segments);
        d->insert(QStringLiteral("flashModeCode"), mode);
        d->insert(QStringLiteral("flashMode"), QString::fromLatin1(kModes[mode]));
        d->insert(QStringLiteral("flashSizeCode"), quint8(h[3]) >> 4);
        d->insert(QStringLiteral("flashSize"), espFlashSize(esp8266, quint8(h[3]) >> 4));
        d->insert(QStringLiteral("flashFreq"), espFlashFreq(quint8(h[3]) & 0x0F));
        d->insert(QStringLiteral("entry"), qulonglong(entry));
        d->insert(QStringLiteral("entryHex"), hex(entry, 8));
        d->insert(QStringLiteral("chipFamily"),
                  esp8266 ? QStringLiteral("esp8266") : QStringLiteral("esp32"));
        if (!esp8266 && h.size() >= 14)
            d->insert(QStringLiteral("chipId"), u16le(h, 12));
    }
    return true;
}

bool sniffTelink(const QByteArray &h, QVariantMap *d)
{
    if (h.size() < 12 || h.mid(8, 4) != QByteArrayLiteral("KNLT"))
        return false;
    if (d && h.size() >= 0x1C)
        d->insert(QStringLiteral("declaredSize"), qulonglong(u32le(h, 0x18)));
    return true;
}

// Returns the offset of a plausible OTA header within the first 64 bytes, or -1.
qsizetype findZigbee(const QByteArray &h)
{
    static const QByteArray kMagic("\x1E\xF1\xEE\x0B", 4);
    const qsizetype limit = qMin<qsizetype>(h.size() - 4, 64 - 4);
    for (qsizetype off = 0; off <= limit; ++off) {
        if (h.at(off) != kMagic.at(0) || h.mid(off, 4) != kMagic)
            continue;
        // At offset 0 the magic alone is convincing; after a prefix also want a sane header.
        if (off == 0)
            return 0;
        if (h.size() >= off + 8 && u16le(h, off + 4) == 0x0100 && u16le(h, off + 6) >= 56)
            return off;
        if (h.size() < off + 8)
            return off;
    }
    return -1;
}

void zigbeeDetails(const QByteArray &h, qsizetype off, QVariantMap *d)
{
    if (!d)
        return;
    d->insert(QStringLiteral("prefixBytes"), qlonglong(off));
    if (h.size() < off + 56) {
        d->insert(QStringLiteral("headerComplete"), false);
        return;
    }
    d->insert(QStringLiteral("headerComplete"), true);
    d->insert(QStringLiteral("headerVersion"), u16le(h, off + 4));
    d->insert(QStringLiteral("headerLength"), u16le(h, off + 6));
    d->insert(QStringLiteral("fieldControl"), u16le(h, off + 8));
    d->insert(QStringLiteral("manufacturerCode"), u16le(h, off + 10));
    d->insert(QStringLiteral("imageType"), u16le(h, off + 12));
    d->insert(QStringLiteral("fileVersion"), qulonglong(u32le(h, off + 14)));
    d->insert(QStringLiteral("fileVersionHex"), hex(u32le(h, off + 14), 8));
    d->insert(QStringLiteral("stackVersion"), u16le(h, off + 18));
    QByteArray label = h.mid(off + 20, 32);
    const qsizetype nul = label.indexOf('\0');
    if (nul >= 0)
        label.truncate(nul);
    d->insert(QStringLiteral("headerString"), QString::fromLatin1(label).trimmed());
    d->insert(QStringLiteral("totalImageSize"), qulonglong(u32le(h, off + 52)));
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool sniffIntelHex(const QByteArray &h, QVariantMap *d)
{
    qsizetype i = 0;
    if (h.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < h.size() && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n'))
        ++i;
    if (i >= h.size() || h[i] != ':')
        return false;
    ++i;
    // ":LLAAAATT" + data + checksum, all hex, and the bytes must sum to zero.
    auto byteAt = [&](qsizetype k) -> int {
        const qsizetype p = i + 2 * k;
        if (p + 1 >= h.size())
            return -1;
        const int hi = hexDigit(h[p]);
        const int lo = hexDigit(h[p + 1]);
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    };
    const int len = byteAt(0);
    if (len < 0)
        return false;
    int sum = 0;
    for (int k = 0; k < len + 5; ++k) {
        const int b = byteAt(k);
        if (b < 0)
            return false;
        sum += b;
    }
    if ((sum & 0xFF) != 0)
        return false;
    const int type = byteAt(3);
    if (type > 5)
        return false;
    if (d) {
        d->insert(QStringLiteral("firstRecordType"), type);
        d->insert(QStringLiteral("firstRecordAddress"), byteAt(1) << 8 | byteAt(2));
    }
    return true;
}

bool sniffElf(const QByteArray &h, QVariantMap *d)
{
    if (h.size() < 4
        || !h.startsWith("\x7F"
                         "ELF"))
        return false;
    if (d && h.size() >= 20) {
        const int cls = quint8(h[4]);
        const int data = quint8(h[5]);
        d->insert(QStringLiteral("class"), cls == 1   ? QStringLiteral("ELF32")
                                           : cls == 2 ? QStringLiteral("ELF64")
                                                      : QStringLiteral("unknown"));
        d->insert(QStringLiteral("endianness"),
                  data == 2 ? QStringLiteral("big") : QStringLiteral("little"));
        const int machine = data == 2 ? u16be(h, 18) : u16le(h, 18);
        d->insert(QStringLiteral("machine"), machine);
        QString name;
        switch (machine) {
        case 94: name = QStringLiteral("Xtensa"); break;
        case 40: name = QStringLiteral("ARM"); break;
        case 243: name = QStringLiteral("RISC-V"); break;
        case 3: name = QStringLiteral("x86"); break;
        case 62: name = QStringLiteral("x86-64"); break;
        case 183: name = QStringLiteral("AArch64"); break;
        default: name = QStringLiteral("machine %1").arg(machine); break;
        }
        d->insert(QStringLiteral("machineName"), name);
    }
    return true;
}

Diagnosis fileDiagnosis(const QString &code, const QString &summary, const QString &cause,
                        const QString &next)
{
    Diagnosis d;
    d.code = code;
    d.summary = summary;
    if (!cause.isEmpty())
        d.causes << cause;
    d.nextStep = next;
    return d;
}

// Opens the file for reading or throws the diagnosis a user can act on.
void openChecked(const QString &path, QFile &file, qint64 *sizeOut)
{
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !fi.exists()) {
        throw JobError(fileDiagnosis(
            QStringLiteral("file.not_found"),
            QCoreApplication::translate("fw::core::FirmwareFile", "The file %1 does not exist.")
                .arg(shown),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "The path is misspelt, or the file was moved, renamed or deleted."),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "Check the path, or pick the file again with the file chooser.")));
    }
    if (fi.isDir()) {
        throw JobError(fileDiagnosis(
            QStringLiteral("file.is_directory"),
            QCoreApplication::translate("fw::core::FirmwareFile", "%1 is a folder, not a file.")
                .arg(shown),
            QCoreApplication::translate("fw::core::FirmwareFile",
                                        "A folder was chosen where a firmware file was expected."),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "Open the folder and choose the firmware file inside it.")));
    }
    if (!fi.isFile()) {
        throw JobError(fileDiagnosis(
            QStringLiteral("file.not_regular"),
            QCoreApplication::translate("fw::core::FirmwareFile",
                                        "%1 is a device or pipe, not a file.")
                .arg(shown),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "A special file (for example under /dev) was chosen instead of a firmware file."),
            QCoreApplication::translate("fw::core::FirmwareFile",
                                        "Choose the firmware file itself.")));
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int err = errno;
        if (file.error() == QFileDevice::PermissionsError || err == EACCES || err == EPERM) {
            throw JobError(fileDiagnosis(
                QStringLiteral("file.permission"),
                QCoreApplication::translate("fw::core::FirmwareFile",
                                            "You do not have permission to read %1.")
                    .arg(shown),
                QCoreApplication::translate(
                    "fw::core::FirmwareFile",
                    "The file belongs to another user or its permissions forbid reading."),
                QCoreApplication::translate(
                    "fw::core::FirmwareFile",
                    "Give yourself read access (e.g. chmod u+r \"%1\") or copy the file to a "
                    "folder you own.")
                    .arg(path)));
        }
        throw JobError(fileDiagnosis(
            QStringLiteral("file.open_failed"),
            QCoreApplication::translate("fw::core::FirmwareFile", "Could not open %1.").arg(shown),
            file.errorString(),
            QCoreApplication::translate("fw::core::FirmwareFile",
                                        "Check that the file is a regular, readable file.")));
    }
    const qint64 size = file.size();
    if (size == 0) {
        throw JobError(fileDiagnosis(
            QStringLiteral("file.empty"),
            QCoreApplication::translate("fw::core::FirmwareFile", "The file %1 is empty.")
                .arg(shown),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "The download was interrupted or the file was not saved completely."),
            QCoreApplication::translate("fw::core::FirmwareFile",
                                        "Download or export the firmware again.")));
    }
    if (size > FirmwareFile::kMaxSize) {
        throw JobError(fileDiagnosis(
            QStringLiteral("file.too_large"),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "The file %1 is %2, more than the %3 a firmware image can be.")
                .arg(shown, QLocale().formattedDataSize(size),
                     QLocale().formattedDataSize(FirmwareFile::kMaxSize)),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "This is probably not a firmware image (a disk image, a video, an archive of "
                "many files)."),
            QCoreApplication::translate(
                "fw::core::FirmwareFile",
                "Choose the firmware .bin, .hex, .elf or .zigbee file itself.")));
    }
    *sizeOut = size;
}

[[noreturn]] void throwReadError(const QString &path, const QString &reason)
{
    throw JobError(fileDiagnosis(
        QStringLiteral("file.read_error"),
        QCoreApplication::translate("fw::core::FirmwareFile", "Reading %1 failed part-way.")
            .arg(QDir::toNativeSeparators(path)),
        reason,
        QCoreApplication::translate(
            "fw::core::FirmwareFile",
            "Check the drive (USB stick, network share) is still connected, then try again.")));
}

// Facts that need the whole size: a declared length the file does not reach.
void annotateSizes(FirmwareInfo &info)
{
    qint64 declared = -1;
    if (info.format == FirmwareFormat::TelinkBin
        && info.details.contains(QStringLiteral("declaredSize")))
        declared = info.details.value(QStringLiteral("declaredSize")).toLongLong();
    else if (info.format == FirmwareFormat::ZigbeeOta
             && info.details.contains(QStringLiteral("totalImageSize")))
        declared =
            info.headerOffset + info.details.value(QStringLiteral("totalImageSize")).toLongLong();
    if (declared >= 0) {
        info.details.insert(QStringLiteral("truncated"), declared > info.size);
        info.details.insert(QStringLiteral("trailingBytes"), qMax<qint64>(0, info.size - declared));
    } else if (info.format == FirmwareFormat::Unknown && info.size > 0 && info.size < 8) {
        info.details.insert(QStringLiteral("truncated"), true);
    }
}

constexpr qint64 kSniffBytes = 4096;

}  // namespace

QString formatName(FirmwareFormat f)
{
    switch (f) {
    case FirmwareFormat::Unknown:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Unknown format");
    case FirmwareFormat::EspImage:
        return QCoreApplication::translate("fw::core::FirmwareFile", "ESP image");
    case FirmwareFormat::TelinkBin:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Telink .bin");
    case FirmwareFormat::ZigbeeOta:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Zigbee OTA file");
    case FirmwareFormat::ZipPackage:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Zip package");
    case FirmwareFormat::IntelHex:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Intel HEX");
    case FirmwareFormat::Elf:
        return QCoreApplication::translate("fw::core::FirmwareFile", "ELF executable");
    case FirmwareFormat::SequansDup:
        return QCoreApplication::translate("fw::core::FirmwareFile", "Sequans DUP");
    }
    return QCoreApplication::translate("fw::core::FirmwareFile", "Unknown format");
}

QString formatId(FirmwareFormat f)
{
    switch (f) {
    case FirmwareFormat::Unknown: return QStringLiteral("unknown");
    case FirmwareFormat::EspImage: return QStringLiteral("esp-image");
    case FirmwareFormat::TelinkBin: return QStringLiteral("telink-bin");
    case FirmwareFormat::ZigbeeOta: return QStringLiteral("zigbee-ota");
    case FirmwareFormat::ZipPackage: return QStringLiteral("zip");
    case FirmwareFormat::IntelHex: return QStringLiteral("intel-hex");
    case FirmwareFormat::Elf: return QStringLiteral("elf");
    case FirmwareFormat::SequansDup: return QStringLiteral("sequans-dup");
    }
    return QStringLiteral("unknown");
}

FirmwareFormat sniffFormat(const QByteArray &head, qint64 *headerOffset, QVariantMap *details)
{
    if (headerOffset)
        *headerOffset = 0;
    QVariantMap scratch;
    QVariantMap *d = details ? details : &scratch;

    // Fixed-offset magics first; the Zigbee search only runs when none of them matched, except
    // that a sane OTA header wins over an ESP header (a Legrand size prefix can look like one).
    const qsizetype zb = findZigbee(head);
    if (zb == 0 || (zb > 0 && (head.isEmpty() || quint8(head[0]) == 0xE9))) {
        if (headerOffset)
            *headerOffset = zb;
        zigbeeDetails(head, zb, d);
        return FirmwareFormat::ZigbeeOta;
    }
    if (sniffEsp(head, d))
        return FirmwareFormat::EspImage;
    if (sniffTelink(head, d))
        return FirmwareFormat::TelinkBin;
    if (head.startsWith("PK\x03\x04"))
        return FirmwareFormat::ZipPackage;
    if (sniffElf(head, d))
        return FirmwareFormat::Elf;
    if (sniffIntelHex(head, d))
        return FirmwareFormat::IntelHex;
    if (zb > 0) {
        if (headerOffset)
            *headerOffset = zb;
        zigbeeDetails(head, zb, d);
        return FirmwareFormat::ZigbeeOta;
    }
    if (!head.isEmpty() && quint8(head[0]) == 0xE9)
        d->insert(QStringLiteral("note"),
                  QStringLiteral("starts with 0xE9 but the ESP header values are out of range"));
    return FirmwareFormat::Unknown;
}

FirmwareInfo FirmwareFile::load(const QString &path,
                                const std::function<void(qint64, qint64)> &progress)
{
    QFile file;
    qint64 size = 0;
    openChecked(path, file, &size);

    FirmwareInfo info;
    info.path = path;
    info.size = size;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray head;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    if (progress)
        progress(0, size);
    while (done < size) {
        const qint64 n = file.read(chunk.data(), qMin<qint64>(chunk.size(), size - done));
        if (n < 0)
            throwReadError(path, file.errorString());
        if (n == 0)
            throwReadError(path, QCoreApplication::translate(
                                     "fw::core::FirmwareFile",
                                     "The file became shorter while it was being read (%1 of %2 "
                                     "bytes).")
                                     .arg(done)
                                     .arg(size));
        if (head.size() < kSniffBytes)
            head.append(chunk.constData(), qMin<qint64>(n, kSniffBytes - head.size()));
        hash.addData(QByteArrayView(chunk.constData(), n));
        done += n;
        if (progress)
            progress(done, size);
    }
    info.sha256 = hash.result();
    info.format = sniffFormat(head, &info.headerOffset, &info.details);
    annotateSizes(info);
    return info;
}

FirmwareInfo FirmwareFile::fromBytes(const QByteArray &data, const QString &name)
{
    FirmwareInfo info;
    info.path = name;
    info.size = data.size();
    info.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    info.format = sniffFormat(data.left(kSniffBytes), &info.headerOffset, &info.details);
    annotateSizes(info);
    return info;
}

QByteArray FirmwareFile::readAll(const QString &path)
{
    QFile file;
    qint64 size = 0;
    openChecked(path, file, &size);
    QByteArray data = file.read(size);
    if (file.error() != QFileDevice::NoError)
        throwReadError(path, file.errorString());
    if (data.size() != size)
        throwReadError(path, QCoreApplication::translate("fw::core::FirmwareFile",
                                                         "Only %1 of %2 bytes could be read.")
                                 .arg(data.size())
                                 .arg(size));
    return data;
}

}  // namespace fw::core
