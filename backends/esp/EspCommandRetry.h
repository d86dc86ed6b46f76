#pragma once
// Sends a loader command again when its reply was lost or damaged (a timeout, a checksum or
// framing error), but never after the port itself went away: that failure is final at once.

#include "core/Diagnosis.h"
#include "core/Job.h"
#include "esp/EspLoader.h"

#include <functional>

namespace fw::esp {

class EspCommandRetry {
public:
    static constexpr int DefaultAttempts = 3;  // esp.md §1.5: three tries per block
    static constexpr int DrainMs = 200;        // late or repeated replies are dropped between tries

    // Whether a failed try may be repeated; by default every failure but a lost port may.
    using Retryable = std::function<bool(const fw::core::Diagnosis &failure)>;
    // Called before each new try with the error of the one that failed (attempt counts from 1).
    using RetryHook = std::function<void(const fw::core::Diagnosis &last, int attempt)>;

    // Runs loader.command() up to `attempts` times. Rethrows the last JobError when every try
    // failed or one is not retryable, and a connection loss or cancellation immediately.
    static Response command(EspLoader &loader, fw::core::JobContext &ctx, const Command &cmd,
                            int timeoutMs, int attempts = DefaultAttempts,
                            const Retryable &retryable = {}, const RetryHook &onRetry = {});

    // The port is gone (unplugged, closed): no point in sending anything again.
    static bool isConnectionLoss(const fw::core::Diagnosis &d);
    // The loader answered with an error status (as opposed to not answering at all).
    static bool isLoaderRefusal(const fw::core::Diagnosis &d);
};

}  // namespace fw::esp
