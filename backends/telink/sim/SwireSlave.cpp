#include "telink/sim/SwireSlave.h"

namespace fw::telink::sim {

namespace {
constexpr int kFrameBits = 10;  // cmd flag, 8 data bits, end unit
constexpr quint8 kStart = 0x5A;
constexpr int kAddressBytes = 3;
constexpr quint16 kStartPattern = (1u << 9) | (kStart << 1);  // cmd flag, 0x5A, end unit 0
}  // namespace

void SwireSlave::reset()
{
    m_phase = Phase::Idle;
    m_bits = -1;
    m_frame = 0;
    m_window = 0;
    m_addressBytes = 0;
}

std::optional<quint8> SwireSlave::feed(bool bit)
{
    if (m_phase == Phase::Idle) {
        // Waiting for START: the last ten bits must read cmd 1, 0x5A, end. Matching on a
        // sliding window finds it even when the stream was joined mid-transaction (power-up).
        m_window = quint16(((m_window << 1) | (bit ? 1 : 0)) & 0x3FF);
        if (m_window == kStartPattern) {
            m_window = 0;
            m_phase = Phase::Address;
            m_addressBytes = 0;
            m_address = 0;
        }
        return std::nullopt;
    }
    if (m_bits < 0) {
        if (m_phase == Phase::Read && !bit) {
            // The master's short low: the chip answers with the byte at the read pointer.
            const quint8 value = onRead ? onRead(m_address) : 0;
            advance();
            return value;
        }
        m_bits = 0;
        m_frame = 0;
    }
    if (m_bits < kFrameBits - 1)
        m_frame = quint16((m_frame << 1) | (bit ? 1 : 0));
    if (++m_bits == kFrameBits) {
        m_bits = -1;
        onFrame((m_frame >> 8) & 1, quint8(m_frame & 0xFF));
    }
    return std::nullopt;
}

void SwireSlave::advance()
{
    if (!(fifoMode && fifoMode()))
        m_address = (m_address + 1) & 0xFFFFFF;
}

void SwireSlave::onFrame(bool command, quint8 value)
{
    if (command) {
        if (value == kStart) {
            m_phase = Phase::Address;
            m_addressBytes = 0;
            m_address = 0;
        } else {
            m_phase = Phase::Idle;  // END (0xFF), or noise: wait for the next START
            m_window = 0;
        }
        return;
    }
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Address:
        m_address = ((m_address << 8) | value) & 0xFFFFFF;
        if (++m_addressBytes == kAddressBytes)
            m_phase = Phase::RwId;
        return;
    case Phase::RwId:
        m_phase = (value & 0x80) ? Phase::Read : Phase::Write;
        return;
    case Phase::Write:
        if (onWrite)
            onWrite(m_address, value);
        advance();
        return;
    case Phase::Read:
        // A data frame where a read pulse or END belongs: the master lost its place.
        m_phase = Phase::Idle;
        m_window = 0;
        return;
    }
}

}  // namespace fw::telink::sim
