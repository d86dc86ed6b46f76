#include "esp/Esp8266RomWritePlan.h"

#include "esp/EraseSize.h"

#include <algorithm>

namespace fw::esp {

namespace {
constexpr qint64 kSector = EraseSize::SectorSize;
constexpr qint64 kSectorsPerBlock = EraseSize::SectorsPerBlock;

qint64 sectorsFor(qint64 length) { return (length + kSector - 1) / kSector; }
}  // namespace

qint64 Esp8266RomWritePlan::sectorsErasedByRom(qint64 offset, quint32 eraseSize)
{
    const qint64 sectors = sectorsFor(eraseSize);
    const qint64 head = std::min<qint64>(kSectorsPerBlock - (offset / kSector) % kSectorsPerBlock, sectors);
    return sectors == 0 ? 0 : head + sectors;
}

QList<Esp8266RomWritePlan::Step> Esp8266RomWritePlan::plan(qint64 offset, qint64 length)
{
    QList<Step> steps;
    if (length <= 0)
        return steps;
    const qint64 n = sectorsFor(length);
    const qint64 head = kSectorsPerBlock - (offset / kSector) % kSectorsPerBlock;
    // No erase size makes the ROM erase an odd count of at most 2 × head sectors: the ROM
    // erases twice what it is asked for up to the boundary. Erasing the first sector on its own
    // (which takes the second with it) leaves an even count that comes out exact.
    if (n % 2 == 1 && n < 2 * head && n > 1) {
        steps.append({offset, kSector, EraseSize::forEsp8266Rom(quint32(offset), quint32(kSector))});
        const qint64 restOffset = offset + kSector;
        const qint64 restLength = length - kSector;
        steps.append({restOffset, restLength, EraseSize::forEsp8266Rom(quint32(restOffset), quint32(restLength))});
        return steps;
    }
    steps.append({offset, length, EraseSize::forEsp8266Rom(quint32(offset), quint32(length))});
    return steps;
}

bool Esp8266RomWritePlan::overErases(qint64 offset, qint64 length)
{
    qint64 erasedEnd = offset;
    for (const Step &s : plan(offset, length))
        erasedEnd = std::max(erasedEnd, s.offset + sectorsErasedByRom(s.offset, s.eraseSize) * kSector);
    return erasedEnd > offset + sectorsFor(length) * kSector;
}

}  // namespace fw::esp
