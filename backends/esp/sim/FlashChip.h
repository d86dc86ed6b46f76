#pragma once
// A SPI NOR flash chip as the simulated ESPs see it: JEDEC id and size, erased state 0xFF,
// 4 KiB sector / 64 KiB block / chip erase, 256-byte page program that can only clear bits.

#include <QByteArray>
#include <QtGlobal>

namespace fw::esp::sim {

class FlashChip {
public:
    static constexpr qint64 kSectorSize = 4096;
    static constexpr qint64 kBlockSize = 65536;
    static constexpr qint64 kPageSize = 256;

    // Typical figures of a GD25Q-class part; `scale` stretches or shrinks them all
    // (0 = instant, for tests that do not care about timing).
    struct Timing {
        double sectorEraseUs = 45'000;
        double blockEraseUs = 150'000;
        double pageProgramUs = 700;
        double chipEraseUs = 10'000'000;
        double scale = 1.0;
    };

    // 0xC84016 = GigaDevice 4 MB, 0xC84014 = 1 MB. The size follows the capacity code.
    explicit FlashChip(quint32 jedecId = 0xC84016);

    quint32 jedecId() const { return m_jedecId; }
    qint64 size() const { return m_data.size(); }
    // Size in bytes for a JEDEC id (capacity code 0x12..0x18 and 0x32..0x38 → 256 KB..16 MB);
    // 0 for an unknown code.
    static qint64 sizeForJedecId(quint32 jedecId);
    // The JEDEC id of a GigaDevice part of the given size (1, 2, 4, 8 or 16 MB).
    static quint32 gigaDeviceIdForSize(qint64 bytes);

    void setTiming(const Timing &t) { m_timing = t; }
    const Timing &timing() const { return m_timing; }

    // Bytes past the end read as 0xFF (the address wraps on real parts; nobody relies on it).
    QByteArray read(qint64 address, qint64 length) const;
    const QByteArray &contents() const { return m_data; }

    // Each returns the time the operation takes, in microseconds (already scaled);
    // an address outside the chip does nothing and costs nothing.
    qint64 eraseSector(qint64 address);
    qint64 eraseBlock(qint64 address);
    qint64 eraseChip();
    // One page program: data wraps inside the 256-byte page of `address`, as on real parts,
    // and every bit can only go from 1 to 0 (old AND new). At most 256 bytes.
    qint64 programPage(qint64 address, const QByteArray &data);
    // Programs any length, split at page boundaries; no erase happens.
    qint64 program(qint64 address, const QByteArray &data);
    // Erases [address, address + length) with the fewest sector and block erases.
    qint64 eraseRange(qint64 address, qint64 length);

    // Counters for tests and for the simulator log.
    int sectorErases() const { return m_sectorErases; }
    int blockErases() const { return m_blockErases; }
    int chipErases() const { return m_chipErases; }
    qint64 bytesProgrammed() const { return m_bytesProgrammed; }

private:
    qint64 scaled(double us) const { return qint64(us * m_timing.scale); }

    quint32 m_jedecId;
    QByteArray m_data;
    Timing m_timing;
    int m_sectorErases = 0;
    int m_blockErases = 0;
    int m_chipErases = 0;
    qint64 m_bytesProgrammed = 0;
};

}  // namespace fw::esp::sim
