#pragma once
// What an ESP application image says about itself: header, flash parameters, segments, checksum,
// appended SHA-256 and target chip, with problems reported as findings rather than exceptions.
// Also patches the flash mode/size/frequency bytes the way the chip and its flash require.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace fw::esp {

enum class ImageFamily { Unknown, Esp8266, Esp32 };  // Esp32 = any chip with the extended header

struct ImageSegment {
    quint32 loadAddress = 0;
    quint32 length = 0;
    qint64 dataOffset = 0;  // where the segment's data starts in the file
};

struct ImageFinding {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString code;     // stable id, e.g. "image.bad_checksum"
    QString message;  // translated, for people
};

class ImageInfo {
public:
    static constexpr quint8 Magic = 0xE9;
    static constexpr quint8 MagicEsp8266V2 = 0xEA;
    static constexpr int HeaderSize = 8;
    static constexpr int ExtendedHeaderSize = 16;
    static constexpr int MaxSegments = 16;
    enum FlashMode : quint8 { Qio = 0, Qout = 1, Dio = 2, Dout = 3 };

    qint64 headerOffset = 0;
    ImageFamily family = ImageFamily::Unknown;
    quint8 magic = 0;
    quint8 segmentCount = 0;
    quint8 flashMode = 0;
    quint8 flashSizeCode = 0;  // high nibble of header byte 3
    quint8 flashFreqCode = 0;  // low nibble of header byte 3
    quint32 entryPoint = 0;

    bool hasExtendedHeader = false;
    quint8 wpPin = 0;
    quint16 chipId = 0;
    quint8 legacyMinRevision = 0;
    quint16 minRevision = 0;  // major * 100 + minor
    quint16 maxRevision = 0;
    bool hashAppended = false;

    QList<ImageSegment> segments;
    qint64 checksumOffset = -1;
    quint8 storedChecksum = 0;
    quint8 computedChecksum = 0;
    qint64 shaOffset = -1;
    QByteArray storedSha256;
    QByteArray computedSha256;
    qint64 imageSize = 0;      // header through checksum (and hash), when complete
    qint64 trailingBytes = 0;  // file bytes after the image (e.g. the app behind an ESP8266 eboot)

    QList<ImageFinding> findings;

    bool hasErrors() const;
    bool hasFinding(const QString &code) const;
    bool checksumValid() const { return checksumOffset >= 0 && storedChecksum == computedChecksum; }
    bool sha256Valid() const { return hashAppended && !storedSha256.isEmpty() && storedSha256 == computedSha256; }

    QString flashModeName() const { return flashModeName(flashMode); }
    QString flashSizeName() const;
    QString flashFreqName() const;
    std::optional<qint64> flashSizeBytes() const;
    QString chipName() const;  // from the extended header; "ESP8266" for 8266 images

    static QString flashModeName(quint8 mode);
    static std::optional<quint8> flashModeFromName(const QString &name);
    static std::optional<quint8> flashSizeCodeFor(ImageFamily family, qint64 bytes);
    static QString chipNameForId(quint16 chipId);

    // Parses the image whose header starts at headerOffset. With hint Unknown the family is
    // guessed from the first segment's address and the extended header.
    static ImageInfo parse(QByteArrayView bytes, qint64 headerOffset = 0,
                           ImageFamily hint = ImageFamily::Unknown);
    // 0 for an image at the start, 0x1000 for an ESP32 factory image padded with 0xFF, else -1.
    static qint64 locateHeader(QByteArrayView bytes);

    struct FlashParams {
        std::optional<quint8> mode;
        std::optional<quint8> sizeCode;
        std::optional<quint8> freqCode;
    };
    struct PatchResult {
        QByteArray bytes;
        bool changed = false;
        QList<ImageFinding> findings;  // why nothing was patched, when nothing was
    };
    // Rewrites header bytes 2 and 3 of the image at headerOffset (the bootloader offset relative
    // to where the file will be written); the checksum covers segment data only, so it stays valid;
    // an appended SHA-256 is recomputed. Images that do not verify are returned unchanged.
    static PatchResult patchFlashParams(const QByteArray &bytes, qint64 headerOffset,
                                        const FlashParams &want,
                                        ImageFamily hint = ImageFamily::Unknown);

private:
    void addFinding(ImageFinding::Severity severity, const QString &code, const QString &message);
    static ImageFamily guessFamily(QByteArrayView bytes, qint64 at);
    void parseSegmentsAndFooter(QByteArrayView bytes, qint64 pos);
};

}  // namespace fw::esp
