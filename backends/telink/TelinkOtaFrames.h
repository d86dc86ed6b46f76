#pragma once
// The frames of the Telink SDK BLE OTA (protocols/telink.md §1.2): the 2-byte commands, the
// 20-byte data frames with their CRC-16, the end frame, and the status codes of §1.4.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace fw::telink {

class TelinkOtaFrames {
public:
    static constexpr int DataBytes = 16;   // image bytes per frame
    static constexpr int FrameSize = 20;   // index + data + CRC-16
    static constexpr int StatusEvery = 8;  // flashers read the status after every 8th frame
    static constexpr std::uint8_t Pad = 0xFF;

    enum Status : std::uint8_t {
        Success = 0,
        PacketLoss = 1,
        DataCrcError = 2,
        WriteFlashError = 3,
        DataIncomplete = 4,
        Timeout = 5,
        FirmwareCheckError = 6,
    };

    static QByteArray versionRequest();  // 00 FF
    static QByteArray start();           // 01 FF
    // Frames needed for an image: one per 16 bytes, the last one padded with 0xFF.
    static int frameCount(qint64 imageSize);
    // Frame `index` of the image: index (LE), 16 bytes, CRC-16/MODBUS of those 18 bytes (LE).
    static QByteArray dataFrame(const QByteArray &image, int index);
    // 02 FF, the last index and its complement (both LE); no CRC.
    static QByteArray end(int lastIndex);

    // Reads a data frame back (for simulators and log views): false when it is not one or the
    // CRC does not match.
    static bool parseDataFrame(const QByteArray &frame, int *index, QByteArray *data);
    // What the device meant by a status byte, in the user's language.
    static QString statusText(int status);
    // The SDK's name for a status ("OTA_DATA_CRC_ERR"), for logs and support.
    static QString statusName(int status);
};

}  // namespace fw::telink
