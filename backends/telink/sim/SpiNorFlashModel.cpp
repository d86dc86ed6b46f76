#include "telink/sim/SpiNorFlashModel.h"

namespace fw::telink::sim {

namespace {

enum Op : quint8 {
    WriteStatus = 0x01,
    PageProgram = 0x02,
    Read = 0x03,
    WriteDisable = 0x04,
    ReadStatus = 0x05,
    WriteEnable = 0x06,
    SectorErase = 0x20,
    BlockErase32 = 0x52,
    ChipErase = 0x60,
    ChipErase2 = 0xC7,
    JedecId = 0x9F,
    ReleasePowerDown = 0xAB,
    PowerDown = 0xB9,
    BlockErase64 = 0xD8,
};

constexpr quint8 kHighZ = 0xFF;  // MISO is not driven while command and address go in
constexpr quint8 kElectronicSignature = 0x12;
constexpr int kPage = 256;

}  // namespace

SpiNorFlashModel::SpiNorFlashModel(quint32 jedecId) : m_jedecId(jedecId) {}

quint8 SpiNorFlashModel::status(qint64 nowMs) const
{
    return quint8(m_statusRegister | (m_writeEnabled ? 0x02 : 0) | (busy(nowMs) ? 0x01 : 0));
}

void SpiNorFlashModel::select()
{
    m_command.clear();
    m_pageBuffer.clear();
}

quint32 SpiNorFlashModel::commandAddress() const
{
    return (quint32(quint8(m_command[1])) << 16) | (quint32(quint8(m_command[2])) << 8) | quint8(m_command[3]);
}

quint8 SpiNorFlashModel::transfer(quint8 mosi, qint64 nowMs)
{
    const int index = int(m_command.size());  // position of this byte in the command
    if (m_command.size() < 8)
        m_command.append(char(mosi));
    const quint8 op = quint8(m_command[0]);
    if (index == 0)
        return kHighZ;
    if (m_poweredDown) {
        // Only the release command is heard; it then reads out the electronic signature.
        return op == ReleasePowerDown && index >= 4 ? kElectronicSignature : kHighZ;
    }
    if (busy(nowMs) && op != ReadStatus)
        return kHighZ;  // a part that is erasing or programming ignores everything but RDSR
    switch (op) {
    case ReadStatus:
        return status(nowMs);
    case JedecId: {
        const int n = (index - 1) % 3;
        return quint8((m_jedecId >> (8 * (2 - n))) & 0xFF);
    }
    case Read:
        if (index < 4)
            return kHighZ;
        if (index == 4)
            m_readAddress = commandAddress();
        return quint8(m_memory.read(m_readAddress++ % TelinkFlashMap::Size, 1).at(0));
    case PageProgram:
        if (index >= 4)
            m_pageBuffer.append(char(mosi));
        return kHighZ;
    case ReleasePowerDown:
        return index >= 4 ? kElectronicSignature : kHighZ;
    default:
        return kHighZ;
    }
}

void SpiNorFlashModel::deselect(qint64 nowMs)
{
    if (m_command.isEmpty())
        return;
    const quint8 op = quint8(m_command[0]);
    const int n = int(m_command.size());
    if (m_poweredDown) {
        if (op == ReleasePowerDown)
            m_poweredDown = false;
        m_command.clear();
        return;
    }
    if (busy(nowMs) && op != ReadStatus) {
        m_command.clear();
        return;
    }
    switch (op) {
    case WriteEnable:
        m_writeEnabled = true;
        break;
    case WriteDisable:
        m_writeEnabled = false;
        break;
    case PowerDown:
        m_poweredDown = true;
        break;
    case WriteStatus:
        if (m_writeEnabled && n >= 2) {
            m_statusRegister = quint8(m_command[1]) & 0xFC;
            m_busyUntilMs = nowMs + m_timing.statusWriteMs;
        }
        m_writeEnabled = false;
        break;
    case SectorErase:
    case BlockErase32:
    case BlockErase64:
        if (writable(nowMs) && n == 4) {
            const qint64 size = op == SectorErase ? 0x1000 : op == BlockErase32 ? 0x8000 : 0x10000;
            const quint32 at = commandAddress() & ~quint32(size - 1);
            m_memory.erase(at % TelinkFlashMap::Size, size);
            m_sectorsErased += int(size / 0x1000);
            m_busyUntilMs = nowMs + (op == SectorErase ? m_timing.sectorEraseMs : m_timing.blockEraseMs);
        }
        m_writeEnabled = false;
        break;
    case ChipErase:
    case ChipErase2:
        if (writable(nowMs) && n == 1) {
            m_memory.erase(0, TelinkFlashMap::Size);
            m_sectorsErased += int(TelinkFlashMap::Size / 0x1000);
            m_busyUntilMs = nowMs + m_timing.chipEraseMs;
        }
        m_writeEnabled = false;
        break;
    case PageProgram:
        if (writable(nowMs) && n >= 4 && !m_pageBuffer.isEmpty()) {
            const quint32 at = commandAddress() % TelinkFlashMap::Size;
            const quint32 page = at & ~quint32(kPage - 1);
            // More than a page wraps round inside it; only the last 256 bytes count.
            const QByteArray data = m_pageBuffer.right(kPage);
            const int skip = int(m_pageBuffer.size() - data.size());
            for (int i = 0; i < data.size(); ++i) {
                const quint32 cell = page + ((at - page + quint32(skip + i)) % kPage);
                if (qint64(cell) != m_wornCell)
                    m_memory.program(cell, data.mid(i, 1));
            }
            m_programmedBytes += quint64(data.size());
            m_busyUntilMs = nowMs + m_timing.pageProgramMs;
        }
        m_writeEnabled = false;
        break;
    default:
        break;
    }
    m_command.clear();
    m_pageBuffer.clear();
}

}  // namespace fw::telink::sim
