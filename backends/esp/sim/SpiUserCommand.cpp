#include "esp/sim/SpiUserCommand.h"

#include "esp/sim/FlashChip.h"

namespace fw::esp::sim {

namespace {
constexpr quint32 kCmd = 0x00;
constexpr quint32 kUsr2 = 0x24;
constexpr quint32 kCmdUsrBit = 1u << 18;
}  // namespace

SpiUserCommand::SpiUserCommand(quint32 base, quint32 w0Offset, FlashChip &flash)
    : m_base(base), m_w0Offset(w0Offset), m_flash(flash)
{
}

quint32 SpiUserCommand::read(quint32 address) const
{
    const auto it = m_regs.find(address - m_base);
    return it == m_regs.end() ? 0 : it->second;
}

void SpiUserCommand::write(quint32 address, quint32 value)
{
    const quint32 offset = address - m_base;
    m_regs[offset] = value;
    if (offset == kCmd && (value & kCmdUsrBit)) {
        execute();
        m_regs[kCmd] = value & ~kCmdUsrBit;
    }
}

void SpiUserCommand::execute()
{
    const quint32 opcode = read(m_base + kUsr2) & 0xFF;
    quint32 &w0 = m_regs[m_w0Offset];
    switch (opcode) {
    case 0x9F: {  // RDID: manufacturer, memory type, capacity, first byte lowest
        const quint32 id = m_flash.jedecId();
        w0 = ((id >> 16) & 0xFF) | (id & 0xFF00) | ((id & 0xFF) << 16);
        break;
    }
    case 0x05:  // RDSR: never busy, no protection bits
    case 0x35:  // RDSR2
    case 0x15:  // RDSR3
        w0 = 0;
        break;
    case 0x4B:  // unique id: eight bytes derived from the JEDEC id
        w0 = 0x5AA50000u | (m_flash.jedecId() & 0xFFFF);
        m_regs[m_w0Offset + 4] = 0x13572468u;
        break;
    default:
        break;  // write enable, status writes and the like change nothing we model
    }
}

}  // namespace fw::esp::sim
