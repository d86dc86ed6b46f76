#include "cli/ExitCodes.h"

namespace fw::cli {

int exitCodeFor(const fw::core::Diagnosis &d)
{
    const QString &c = d.code;
    if (c == QLatin1String("serial.unplugged") || c == QLatin1String("ble.disconnected"))
        return ExitConnectionLost;
    if (c.startsWith(QLatin1String("serial.")) || c.startsWith(QLatin1String("demo.")))
        return ExitPortUnavailable;
    if (c.startsWith(QLatin1String("file.")) || c.startsWith(QLatin1String("archive.")) || c.startsWith(QLatin1String("telink.file.")))
        return ExitBadFile;
    if (c.startsWith(QLatin1String("ble.")))
        return ExitNoBluetooth;
    if (c == QLatin1String("cancelled"))
        return ExitInterrupted;
    return ExitFailed;
}

}  // namespace fw::cli
