#pragma once
// Loads a firmware file, names its format by sniffing its bytes and hashes it (SHA-256).
// Sniffing only names the format; each family brings its own full parser.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace fw::core {

enum class FirmwareFormat {
    Unknown,
    EspImage,      // 0xE9 at offset 0
    TelinkBin,     // "KNLT" at offset 8
    ZigbeeOta,     // 0x0BEEF11E, at 0 or after a short prefix
    ZipPackage,    // PK\3\4 (nRF DFU .zip, Pycom .zip, ...)
    IntelHex,      // ":LLAAAATT" text records
    Elf,           // 0x7F 'E' 'L' 'F'
    SequansDup,    // reserved for the Sequans family
};

struct FirmwareInfo {
    QString path;
    qint64 size = 0;
    QByteArray sha256;  // raw 32 bytes
    FirmwareFormat format = FirmwareFormat::Unknown;
    qint64 headerOffset = 0;  // where the recognised header starts (Zigbee prefix)
    QVariantMap details;      // cheap facts seen while sniffing (ELF machine, ESP segments...)

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

QString formatName(FirmwareFormat f);     // "ESP image", "Telink .bin", ...
QString formatId(FirmwareFormat f);       // "esp-image", "telink-bin", ... (for --json)
FirmwareFormat sniffFormat(const QByteArray &head, qint64 *headerOffset = nullptr,
                           QVariantMap *details = nullptr);

class FirmwareFile {
public:
    static constexpr qint64 kMaxSize = 64LL * 1024 * 1024;

    // Reads and hashes the file. Throws JobError with a diagnosis for a missing, unreadable,
    // empty or oversize file. progress(done, total) is called while hashing, if given.
    static FirmwareInfo load(const QString &path,
                             const std::function<void(qint64, qint64)> &progress = {});
    static FirmwareInfo fromBytes(const QByteArray &data, const QString &name = {});
    static QByteArray readAll(const QString &path);  // throws JobError like load()
};

}  // namespace fw::core
