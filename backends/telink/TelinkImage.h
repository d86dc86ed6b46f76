#pragma once
// Reads the two firmware file layouts of the Telink family: the application .bin ("KNLT"
// header, size field, CRC-32 trailer) and the Zigbee OTA .zigbee file that wraps one.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace fw::telink {

// What the first bytes of a file say it is, before any deeper check.
enum class TelinkFileFormat {
    Empty,
    TelinkBin,     // "KNLT" at 0x08 (or the tc32 jump with a damaged signature)
    ZigbeeOta,     // 0x0BEEF11E at 0, or after a 4-byte prefix
    EspImage,      // 0xE9: an ESP8266/ESP32 image
    Archive,       // zip or gzip: the firmware still has to be unpacked
    Unknown,
};

// Only the markers the Telink fact sheet documents are used: the Xiaomi signature block and
// the 0x99993001 version of pvvx BLE builds. atc1441, older pvvx and Zigbee builds carry no
// marker that tells them apart, so they stay Unknown.
enum class TelinkImageKind { Unknown, SignedStock, PvvxBle };

struct TelinkFinding {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString code;     // e.g. "telink.file.bad_crc"; the same code TelinkFileCheck refuses with
    QString message;  // translated, one sentence with the numbers
};

struct TelinkBinInfo {
    static constexpr std::uint32_t Signature = 0x544C4E4B;  // "KNLT" read as u32 LE
    static constexpr std::uint32_t PvvxBleVersion = 0x99993001;
    static constexpr qint64 MinimumSize = 1024;  // smaller files are refused by every flasher

    qint64 fileSize = 0;
    std::uint16_t jump = 0;            // 0x00: tc32 branch, 0x8026 on every known image
    std::uint32_t version = 0;         // 0x02: file/version field (0 on stock images)
    bool firmwareCheckMarker = false;  // 0x06-0x07 = 5D 02: the device verifies the CRC-32
    std::uint8_t bootFlag = 0;         // 0x08: 'K' when bootable, 0x00 when invalidated
    bool signatureOk = false;          // "KNLT" at 0x08
    bool bootFlagCleared = false;      // 00 'N' 'L' 'T': read back from an abandoned bank
    std::uint16_t manufacturerCode = 0;  // 0x12
    std::uint16_t imageType = 0;         // 0x14
    std::uint32_t sizeField = 0;         // 0x18: image size including the CRC-32
    bool crcChecked = false;             // the size field allowed a CRC to be computed
    std::uint32_t storedCrc = 0;         // at sizeField - 4
    std::uint32_t computedCrc = 0;       // over [0, sizeField - 4)
    qint64 trailingBytes = 0;            // bytes after sizeField
    bool hasXiaomiSignature = false;     // the trailing block is the Xiaomi signature
    TelinkImageKind kind = TelinkImageKind::Unknown;
    QList<TelinkFinding> findings;

    bool crcOk() const { return crcChecked && storedCrc == computedCrc; }
    bool hasErrors() const;
};

struct TelinkZigbeeInfo {
    static constexpr std::uint32_t Magic = 0x0BEEF11E;
    static constexpr int MinimumHeaderLength = 56;
    static constexpr std::uint16_t UpgradeImageTag = 0x0000;

    qint64 fileSize = 0;
    qint64 headerOffset = 0;       // 4 when a length prefix precedes the header (Legrand)
    std::uint32_t magic = 0;
    std::uint16_t headerVersion = 0;
    std::uint16_t headerLength = 0;
    std::uint16_t fieldControl = 0;
    std::uint16_t manufacturerCode = 0;
    std::uint16_t imageType = 0;
    std::uint32_t fileVersion = 0;
    std::uint16_t stackVersion = 0;
    QString headerString;           // 32 bytes, NUL/space padded
    std::uint32_t totalImageSize = 0;
    qint64 suffixBytes = 0;         // file bytes after totalImageSize
    bool hasUpgradeImage = false;   // a sub-element with tag 0 was found
    std::uint32_t upgradeImageLength = 0;
    qint64 upgradeImageOffset = -1; // file offset of the wrapped image
    bool wrapsTelinkImage = false;  // the wrapped image starts like a Telink .bin
    TelinkBinInfo inner;            // parsed when wrapsTelinkImage
    QList<TelinkFinding> findings;

    bool hasErrors() const;
    QByteArray upgradeImage(const QByteArray &file) const;
};

class TelinkImage {
public:
    static TelinkFileFormat sniff(const QByteArray &file);
    static TelinkBinInfo parseBin(const QByteArray &file);
    static TelinkZigbeeInfo parseZigbee(const QByteArray &file);

    // The image CRC: reflected 0xEDB88320, init 0xFFFFFFFF, no final XOR (CRC-32/JAMCRC).
    static std::uint32_t imageCrc32(const char *data, qint64 size);
    // Rewrites the size field and the trailing CRC so a builder's .bin passes the checks.
    static QByteArray sealed(QByteArray imageWithoutCrc);
};

}  // namespace fw::telink
