#pragma once
// A zlib stream (RFC 1950) that a simulated loader inflates block by block as FLASH_DEFL_DATA
// arrives: the ESP32 ROM and the model of esptool's stub both keep one per compressed write.

#include <zlib.h>

namespace fw::esp::sim {

struct SimZlibStream {
    z_stream zs{};
    bool ok = false;
    bool finished = false;  // Z_STREAM_END seen

    SimZlibStream() { ok = inflateInit(&zs) == Z_OK; }
    ~SimZlibStream()
    {
        if (ok)
            inflateEnd(&zs);
    }
    SimZlibStream(const SimZlibStream &) = delete;
    SimZlibStream &operator=(const SimZlibStream &) = delete;
};

}  // namespace fw::esp::sim
