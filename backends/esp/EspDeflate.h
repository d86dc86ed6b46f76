#pragma once
// The zlib stream (RFC 1950, level 9) that FLASH_DEFL_DATA carries, and how many flash bytes
// each block of it turns into, so timeouts and progress follow the uncompressed size.

#include <QByteArray>
#include <QList>

#include <optional>

namespace fw::esp {

class EspDeflate {
public:
    // The whole of `data` as one zlib stream at level 9; nullopt when zlib fails.
    static std::optional<QByteArray> compress(const QByteArray &data);
    // For `compressed` cut into blocks of blockSize, the bytes inflating each block yields.
    // Empty when the stream is damaged.
    static QList<qint64> inflatedSizes(const QByteArray &compressed, int blockSize);
};

}  // namespace fw::esp
