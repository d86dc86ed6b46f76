#pragma once
// How long to wait for the ESP loader's answer to a command that touches flash: scaled by the
// bytes involved (esp.md §1.5), never below the 3 s default and never above 240 s.

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace fw::esp {

class EspTimeouts {
public:
    static constexpr int DefaultMs = 3000;
    static constexpr int MaxMs = 240000;
    static constexpr int ChipEraseMs = 120000;
    static constexpr double EraseSecondsPerMb = 40.0;  // erase region, ROM FLASH_BEGIN erase
    static constexpr double WriteSecondsPerMb = 40.0;  // per uncompressed MB of a compressed block
    static constexpr double Md5SecondsPerMb = 8.0;
    static constexpr qint64 StubInflateBuffer = 32 * 1024;
    static constexpr qint64 EraseBlock = 64 * 1024;

    // seconds/MB × bytes, clamped to [DefaultMs, MaxMs].
    static int perMb(double secondsPerMb, qint64 bytes)
    {
        const double ms = secondsPerMb * 1000.0 * double(std::max<qint64>(0, bytes)) / (1024.0 * 1024.0);
        return int(std::clamp<double>(std::ceil(ms), DefaultMs, MaxMs));
    }

    static int eraseRegion(qint64 bytes) { return perMb(EraseSecondsPerMb, bytes); }
    static int md5(qint64 bytes) { return perMb(Md5SecondsPerMb, bytes); }

    // A compressed block: the ROM inflates and writes before it answers; a stub also erases one
    // 64 KiB block for every 32 KiB its inflate buffer fills.
    static int compressedBlock(qint64 uncompressedBytes, bool stub)
    {
        double ms = WriteSecondsPerMb * 1000.0 * double(uncompressedBytes) / (1024.0 * 1024.0);
        if (stub) {
            const qint64 erases = (uncompressedBytes + StubInflateBuffer - 1) / StubInflateBuffer;
            ms += double(erases) * EraseSecondsPerMb * 1000.0 * double(EraseBlock) / (1024.0 * 1024.0);
        }
        return int(std::clamp<double>(std::ceil(ms), DefaultMs, MaxMs));
    }
};

}  // namespace fw::esp
