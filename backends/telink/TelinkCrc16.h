#pragma once
// The CRC-16 that protects every Telink OTA data frame (CRC-16/MODBUS: reflected 0x8005,
// init 0xFFFF, no final XOR), computed over the 2-byte index and the 16 image bytes.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace fw::telink {

class TelinkCrc16 {
public:
    static constexpr std::uint16_t Initial = 0xFFFF;

    // Continues `crc` over the bytes; start with Initial. No final XOR is applied.
    static std::uint16_t update(std::uint16_t crc, const std::uint8_t *data, std::size_t size);
    static std::uint16_t compute(const QByteArray &data);
};

}  // namespace fw::telink
