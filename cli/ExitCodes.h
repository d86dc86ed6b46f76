#pragma once
// Exit codes of flashwright-cli, stable for scripts. Documented in the README and `--help`.

#include "core/Diagnosis.h"

namespace fw::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,         // the job ran and failed (see the printed diagnosis)
    ExitUsage = 2,          // wrong command line
    ExitPortUnavailable = 3,// port or device not found, no permission, busy
    ExitConnectionLost = 4, // unplugged or disconnected mid-way
    ExitBadFile = 5,        // unreadable, wrong or hostile file
    ExitNoBluetooth = 6,    // no adapter or BlueZ not running
    ExitInterrupted = 130,  // Ctrl-C
};

// Maps a diagnosis code ("serial.permission", "file.empty", ...) to the exit code above.
int exitCodeFor(const fw::core::Diagnosis &d);

}  // namespace fw::cli
