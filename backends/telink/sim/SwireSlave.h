#pragma once
// The receiving side of SWire as a TLSR825x's SWS pin sees it: SWire bits in, transactions out
// (START, 24-bit address, RW_ID, data or read pulses, END), register accesses through callbacks.

#include <QtGlobal>

#include <functional>
#include <optional>

namespace fw::telink::sim {

class SwireSlave {
public:
    std::function<void(quint32 address, quint8 value)> onWrite;
    std::function<quint8(quint32 address)> onRead;
    // True while the chip's SWS is in FIFO mode: accesses stay on one address.
    std::function<bool()> fifoMode;

    // One SWire bit from the line. Returns the byte the chip puts on the line when the bit was
    // a read pulse (a lone short low after a read RW_ID).
    std::optional<quint8> feed(bool bit);
    // Back to waiting for START (power loss, reset, noise).
    void reset();

    bool inTransaction() const { return m_phase != Phase::Idle; }
    quint32 address() const { return m_address; }

private:
    enum class Phase { Idle, Address, RwId, Write, Read };
    void onFrame(bool command, quint8 value);
    void advance();

    Phase m_phase = Phase::Idle;
    int m_bits = -1;       // bits of the frame collected so far; -1 = no frame open
    quint16 m_frame = 0;   // cmd flag, 8 data bits (the end unit is not kept)
    quint16 m_window = 0;  // the last ten bits while waiting for START
    int m_addressBytes = 0;
    quint32 m_address = 0;
};

}  // namespace fw::telink::sim
