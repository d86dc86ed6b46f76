#include "esp/EraseSize.h"

#include <algorithm>

namespace fw::esp {

quint32 EraseSize::forEsp8266Rom(quint32 offset, quint32 size)
{
    const quint64 sectors = (quint64(size) + SectorSize - 1) / SectorSize;
    const quint64 start = offset / SectorSize;
    // Sectors up to the next 64 KiB boundary; the ROM counts these twice.
    const quint64 head = std::min<quint64>(SectorsPerBlock - start % SectorsPerBlock, sectors);
    const quint64 ask = sectors < 2 * head ? (sectors + 1) / 2 : sectors - head;
    return quint32(ask * SectorSize);
}

}  // namespace fw::esp
