#include <catch2/catch.hpp>

#include "esp/EraseSize.h"

using fw::esp::EraseSize;

TEST_CASE("ESP8266 ROM erase-size workaround gives the formula's values", "[unit][esp]")
{
    struct Vector {
        quint32 offset, size, expected;
    };
    // Worked by hand from the steps: n sectors, head = 16 - s mod 16 (at most n), then
    // ceil(n/2) sectors when n < 2*head, else n - head.
    const Vector vectors[] = {
        {0x000000, 0x001000, 0x001000},  // n=1, head=1 -> 1
        {0x000000, 0x100000, 0x0F0000},  // n=256, head=16 -> 240
        {0x000000, 486256, 0x067000},    // tasmota-lite: n=119, head=16 -> 103
        {0x001000, 0x002000, 0x001000},  // n=2, head=2 -> 1
        {0x00F000, 0x003000, 0x002000},  // n=3, head=1 -> 2
        {0x008000, 0x008000, 0x004000},  // n=8, head=8 -> 4
        {0x003000, 0x030000, 0x023000},  // n=48, head=13 -> 35
        {0x010000, 0x001001, 0x001000},  // n=2 (partial sector), head=2 -> 1
        {0x000000, 0x000000, 0x000000},
        {0x000000, 0x400000, 0x3F0000},  // 4 MB: n=1024, head=16 -> 1008
    };
    for (const Vector &v : vectors) {
        INFO("offset 0x" << std::hex << v.offset << " size 0x" << v.size);
        CHECK(EraseSize::forEsp8266Rom(v.offset, v.size) == v.expected);
    }
}

TEST_CASE("ESP8266 ROM erase size never exceeds the true size and stays sector-aligned", "[unit][esp]")
{
    for (quint32 start = 0; start < 40; ++start) {
        for (quint32 sectors = 1; sectors < 80; ++sectors) {
            const quint32 size = sectors * EraseSize::SectorSize;
            const quint32 ask = EraseSize::forEsp8266Rom(start * EraseSize::SectorSize, size);
            INFO("start sector " << start << " sectors " << sectors);
            CHECK(ask % EraseSize::SectorSize == 0);
            CHECK(ask <= size);
            CHECK(ask > 0);
        }
    }
}
