#pragma once
// What the simulator host does wrong on purpose: drop or corrupt bytes (at random with a seed,
// or at a given byte index), add latency, or pull the plug after a number of bytes.

#include <QtGlobal>

namespace fw::core::sim {

struct FaultPlan {
    double dropProbability = 0.0;     // per byte, 0..1
    qint64 dropAtByte = -1;           // index in the stream (0-based), -1 = never
    double corruptProbability = 0.0;  // per byte, 0..1; a corrupted byte has bits flipped
    qint64 corruptAtByte = -1;
    int extraDelayMs = 0;             // latency added to every chunk the device sends
    qint64 disconnectAfterBytes = -1; // the host sees an unplug after this many bytes
    bool applyToHostToDevice = false; // also damage what the host sends (drop/corrupt/disconnect)
    quint32 seed = 1;                 // same seed, same damage

    bool isClean() const
    {
        return dropProbability <= 0.0 && dropAtByte < 0 && corruptProbability <= 0.0
               && corruptAtByte < 0 && extraDelayMs <= 0 && disconnectAfterBytes < 0;
    }
};

}  // namespace fw::core::sim
