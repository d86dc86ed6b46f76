#include "telink/TelinkCrc16.h"

#include <array>

namespace fw::telink {

namespace {

// 0xA001 is 0x8005 bit-reversed: the register shifts right because the CRC is reflected.
constexpr std::array<std::uint16_t, 256> makeTable()
{
    std::array<std::uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
        std::uint16_t c = std::uint16_t(i);
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1u) ? std::uint16_t((c >> 1) ^ 0xA001u) : std::uint16_t(c >> 1);
        t[i] = c;
    }
    return t;
}

constexpr std::array<std::uint16_t, 256> Table = makeTable();

}  // namespace

std::uint16_t TelinkCrc16::update(std::uint16_t crc, const std::uint8_t *data, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i)
        crc = std::uint16_t((crc >> 8) ^ Table[(crc ^ data[i]) & 0xFFu]);
    return crc;
}

std::uint16_t TelinkCrc16::compute(const QByteArray &data)
{
    return update(Initial, reinterpret_cast<const std::uint8_t *>(data.constData()),
                  std::size_t(data.size()));
}

}  // namespace fw::telink
