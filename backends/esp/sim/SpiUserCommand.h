#pragma once
// The SPI controller's "user command" registers, as a host drives them through WRITE_REG and
// READ_REG to send raw commands to the flash (0x9F for the JEDEC id, status reads).

#include <QtGlobal>

#include <map>

namespace fw::esp::sim {

class FlashChip;

class SpiUserCommand {
public:
    // base: 0x60000200 on the ESP8266 (W0 at +0x40), 0x3FF42000 on the ESP32 (W0 at +0x80).
    SpiUserCommand(quint32 base, quint32 w0Offset, FlashChip &flash);

    bool covers(quint32 address) const { return address >= m_base && address < m_base + 0x100; }
    quint32 read(quint32 address) const;
    // Writing CMD with the USR bit (18) runs the command at once; the bit then reads back 0.
    void write(quint32 address, quint32 value);

private:
    void execute();

    quint32 m_base;
    quint32 m_w0Offset;
    FlashChip &m_flash;
    std::map<quint32, quint32> m_regs;  // offset -> value
};

}  // namespace fw::esp::sim
