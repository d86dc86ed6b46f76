#pragma once
// Splits a write through the ESP8266 boot ROM into FLASH_BEGIN steps whose erase size makes the
// ROM erase exactly the sectors written, so data next to the image survives its over-erase.

#include <QList>
#include <QtGlobal>

namespace fw::esp {

class Esp8266RomWritePlan {
public:
    struct Step {
        qint64 offset = 0;     // first byte written by this step (sector aligned)
        qint64 length = 0;     // bytes of data this step carries
        quint32 eraseSize = 0; // the value to put in FLASH_BEGIN
    };

    // offset must be 4 KiB aligned. Most ranges need one step; an odd number of sectors, no
    // more than twice those left before the next 64 KiB boundary, needs two (one, then the rest).
    static QList<Step> plan(qint64 offset, qint64 length);
    // Sectors the ROM erases for FLASH_BEGIN(eraseSize) at offset: the sectors up to the next
    // 64 KiB boundary are counted twice (esp.md §1.7).
    static qint64 sectorsErasedByRom(qint64 offset, quint32 eraseSize);
    // True when the plan erases one sector past the data: a single sector cannot be erased
    // alone through this ROM.
    static bool overErases(qint64 offset, qint64 length);
};

}  // namespace fw::esp
