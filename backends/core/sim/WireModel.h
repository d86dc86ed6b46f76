#pragma once
// The timing of an asynchronous serial wire: how many bytes a given baud rate carries per
// second, and how long a number of bytes takes. 8N1 framing costs ten bit times per byte.

#include <QtGlobal>

namespace fw::core::sim {

class WireModel {
public:
    constexpr WireModel() = default;
    constexpr explicit WireModel(qint32 baud, int bitsPerByte = 10) : m_baud(baud), m_bits(bitsPerByte) {}

    constexpr qint32 baud() const { return m_baud; }
    constexpr int bitsPerByte() const { return m_bits; }
    constexpr void setBaud(qint32 baud) { m_baud = baud; }

    constexpr double bytesPerSecond() const
    {
        return m_baud > 0 && m_bits > 0 ? double(m_baud) / double(m_bits) : 0.0;
    }
    // Microseconds the wire needs to carry `bytes` bytes.
    constexpr qint64 durationUs(qint64 bytes) const
    {
        return m_baud > 0 ? qint64(double(bytes) * double(m_bits) * 1e6 / double(m_baud)) : 0;
    }
    // Bytes the wire carries in `us` microseconds (fractional part dropped).
    constexpr double bytesIn(qint64 us) const { return bytesPerSecond() * double(us) / 1e6; }

private:
    qint32 m_baud = 115200;
    int m_bits = 10;
};

}  // namespace fw::core::sim
