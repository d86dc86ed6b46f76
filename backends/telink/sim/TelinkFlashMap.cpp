#include "telink/sim/TelinkFlashMap.h"

#include <algorithm>

namespace fw::telink::sim {

TelinkFlashMap::TelinkFlashMap() : m_data(int(Size), '\xFF') {}

QByteArray TelinkFlashMap::read(quint32 address, qint64 length) const
{
    if (address >= Size || length <= 0)
        return {};
    return m_data.mid(address, std::min<qint64>(length, Size - address));
}

bool TelinkFlashMap::isBlank(quint32 address, qint64 length) const
{
    const QByteArray bytes = read(address, length);
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return quint8(c) == 0xFF; });
}

void TelinkFlashMap::erase(quint32 address, qint64 length)
{
    if (address >= Size || length <= 0)
        return;
    const quint32 first = address / SectorSize * SectorSize;
    const quint32 end = quint32(std::min<qint64>(Size, qint64(address) + length));
    for (quint32 sector = first; sector < end; sector += SectorSize)
        std::fill(m_data.begin() + sector, m_data.begin() + sector + SectorSize, '\xFF');
}

void TelinkFlashMap::program(quint32 address, const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size() && address + quint32(i) < Size; ++i) {
        char &cell = m_data[address + quint32(i)];
        cell = char(quint8(cell) & quint8(bytes[i]));
    }
}

void TelinkFlashMap::load(quint32 address, const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size() && address + quint32(i) < Size; ++i)
        m_data[address + quint32(i)] = bytes[i];
}

bool TelinkFlashMap::isBootable(quint32 bank) const
{
    return bank + 12 <= Size && m_data.mid(bank + BootFlagOffset, 4) == QByteArrayLiteral("KNLT");
}

std::optional<quint32> TelinkFlashMap::bootBank() const
{
    for (quint32 bank : {Bank0, Bank1, ExtBank}) {
        if (isBootable(bank))
            return bank;
    }
    return std::nullopt;
}

void TelinkFlashMap::setBootFlag(quint32 bank)
{
    program(bank + BootFlagOffset, QByteArray(1, BootFlag));
}

void TelinkFlashMap::clearBootFlag(quint32 bank)
{
    program(bank + BootFlagOffset, QByteArray(1, '\0'));
}

quint32 TelinkFlashMap::imageSizeAt(quint32 bank) const
{
    if (bank + 0x1C > Size)
        return 0;
    quint32 size = 0;
    for (int i = 3; i >= 0; --i)
        size = (size << 8) | quint8(m_data[bank + 0x18 + quint32(i)]);
    if (size < 0x20 || size > Size - bank)
        return 0;
    return size;
}

QByteArray TelinkFlashMap::imageAt(quint32 bank) const
{
    const quint32 size = imageSizeAt(bank);
    return size ? read(bank, size) : QByteArray();
}

}  // namespace fw::telink::sim
