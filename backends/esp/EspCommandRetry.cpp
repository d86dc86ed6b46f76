#include "esp/EspCommandRetry.h"

#include <QCoreApplication>

namespace fw::esp {

bool EspCommandRetry::isConnectionLoss(const fw::core::Diagnosis &d)
{
    // Every serial.* failure is about the port, not about one reply; retrying cannot help.
    return d.code.startsWith(QLatin1String("serial.")) || d.code.endsWith(QLatin1String(".unplugged"))
           || d.code.endsWith(QLatin1String(".connection_lost"));
}

bool EspCommandRetry::isLoaderRefusal(const fw::core::Diagnosis &d)
{
    return d.code.startsWith(QLatin1String("esp.rom_error.")) || d.code.startsWith(QLatin1String("esp.stub_error."));
}

Response EspCommandRetry::command(EspLoader &loader, fw::core::JobContext &ctx, const Command &cmd,
                                  int timeoutMs, int attempts, const Retryable &retryable, const RetryHook &onRetry)
{
    for (int attempt = 1;; ++attempt) {
        ctx.checkCancel();
        try {
            return loader.command(cmd, timeoutMs);
        } catch (const fw::core::JobError &e) {
            if (attempt >= attempts || isConnectionLoss(e.diagnosis()) || (retryable && !retryable(e.diagnosis())))
                throw;
            ctx.log().warning(QCoreApplication::translate("fw::esp::EspCommandRetry",
                                                          "%1 failed (%2); sending it again (try %3 of %4).")
                                  .arg(opcodeName(cmd.opcode), e.diagnosis().summary)
                                  .arg(attempt + 1)
                                  .arg(attempts));
            if (onRetry)
                onRetry(e.diagnosis(), attempt);
            loader.drain(DrainMs);
        }
    }
}

}  // namespace fw::esp
