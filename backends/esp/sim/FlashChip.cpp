#include "esp/sim/FlashChip.h"

#include <algorithm>

namespace fw::esp::sim {

FlashChip::FlashChip(quint32 jedecId) : m_jedecId(jedecId)
{
    qint64 bytes = sizeForJedecId(jedecId);
    if (bytes <= 0)
        bytes = 4 * 1024 * 1024;  // an unknown part still needs a body; 4 MB is the common case
    m_data = QByteArray(bytes, char(0xFF));
}

qint64 FlashChip::sizeForJedecId(quint32 jedecId)
{
    const quint32 code = jedecId & 0xFF;
    if (code >= 0x12 && code <= 0x18)
        return qint64(1) << code;
    if (code >= 0x32 && code <= 0x38)
        return qint64(1) << (code - 0x20);
    return 0;
}

quint32 FlashChip::gigaDeviceIdForSize(qint64 bytes)
{
    quint32 code = 0x14;
    while (code < 0x18 && (qint64(1) << code) < bytes)
        ++code;
    return 0xC84000u | code;
}

QByteArray FlashChip::read(qint64 address, qint64 length) const
{
    if (length <= 0)
        return {};
    QByteArray out(length, char(0xFF));
    if (address >= 0 && address < size()) {
        const qint64 n = std::min(length, size() - address);
        std::copy_n(m_data.constData() + address, n, out.data());
    }
    return out;
}

qint64 FlashChip::eraseSector(qint64 address)
{
    if (address < 0 || address >= size())
        return 0;
    const qint64 start = address - address % kSectorSize;
    std::fill_n(m_data.data() + start, kSectorSize, char(0xFF));
    ++m_sectorErases;
    return scaled(m_timing.sectorEraseUs);
}

qint64 FlashChip::eraseBlock(qint64 address)
{
    if (address < 0 || address >= size())
        return 0;
    const qint64 start = address - address % kBlockSize;
    std::fill_n(m_data.data() + start, std::min(kBlockSize, size() - start), char(0xFF));
    ++m_blockErases;
    return scaled(m_timing.blockEraseUs);
}

qint64 FlashChip::eraseChip()
{
    m_data.fill(char(0xFF));
    ++m_chipErases;
    return scaled(m_timing.chipEraseUs);
}

qint64 FlashChip::programPage(qint64 address, const QByteArray &data)
{
    if (address < 0 || address >= size() || data.isEmpty())
        return 0;
    const qint64 page = address - address % kPageSize;
    const qint64 n = std::min<qint64>(data.size(), kPageSize);
    qint64 offset = address - page;
    for (qint64 i = 0; i < n; ++i) {
        char &cell = m_data[page + offset];
        cell = char(quint8(cell) & quint8(data[i]));
        offset = (offset + 1) % kPageSize;
    }
    m_bytesProgrammed += n;
    return scaled(m_timing.pageProgramUs);
}

qint64 FlashChip::program(qint64 address, const QByteArray &data)
{
    qint64 cost = 0;
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 at = address + done;
        const qint64 room = kPageSize - at % kPageSize;
        const qint64 n = std::min<qint64>(room, data.size() - done);
        cost += programPage(at, data.mid(done, n));
        done += n;
    }
    return cost;
}

qint64 FlashChip::eraseRange(qint64 address, qint64 length)
{
    qint64 cost = 0;
    qint64 at = address - address % kSectorSize;
    const qint64 end = std::min(address + length, size());
    while (at < end) {
        if (at % kBlockSize == 0 && end - at >= kBlockSize) {
            cost += eraseBlock(at);
            at += kBlockSize;
        } else {
            cost += eraseSector(at);
            at += kSectorSize;
        }
    }
    return cost;
}

}  // namespace fw::esp::sim
