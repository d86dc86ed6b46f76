#pragma once
// Gets an ESP's serial loader to answer: resets it into download mode (or waits for the user to
// power-cycle it), syncs, and tells the ROM from a running stub. On failure it explains why
// from what arrived meanwhile (EspConnectDiagnosis).

#include "core/Job.h"
#include "esp/EspConnectDiagnosis.h"
#include "esp/EspLoader.h"
#include "esp/EspReset.h"
#include "esp/EspSession.h"

#include <QList>

#include <optional>

namespace fw::esp {

class EspConnector {
public:
    static constexpr int kSyncTimeoutMs = 100;
    static constexpr int kSyncsPerAttempt = 5;
    static constexpr int kSyncGapMs = 50;
    static constexpr int kManualSyncPeriodMs = 250;
    static constexpr qint32 kEsp8266BootBaud = 74880;

    struct Result {
        // Esp8266Rom stands for "a ROM with 2 status bytes" and Esp32Rom for one with 4, until
        // the chip is identified; Stub when a stub already runs (SYNC value 0).
        LoaderKind kind = LoaderKind::Esp8266Rom;
        quint32 syncValue = 0;
        bool resetObserved = false;  // the chip printed after our reset: the wiring resets it
        int attempt = 0;             // 1-based attempt that reached the loader
    };

    EspConnector(EspLoader &loader, QList<EspReset::Strategy> strategies);

    // Throws JobError with an esp.connect.* diagnosis (or the link's own, e.g. permission).
    Result connect(fw::core::JobContext &ctx, const EspConnectOptions &options);

    // One SYNC with the short timeout; the reply tells ROM from stub and the status length.
    std::optional<Result> syncOnce();

private:
    Result connectAuto(fw::core::JobContext &ctx, const EspConnectOptions &options);
    Result connectManual(fw::core::JobContext &ctx, const EspConnectOptions &options);
    Result connectNoReset(fw::core::JobContext &ctx, const EspConnectOptions &options);
    std::optional<Result> syncBurst(fw::core::JobContext &ctx);
    void skipSyncEchoes();
    void collect();
    // Resets once more with the link at the ROM's own baud to read its boot message.
    QByteArray readBootText(fw::core::JobContext &ctx);
    [[noreturn]] void fail(const EspConnectOptions &options, bool manual, int waitedSeconds);

    EspLoader &m_loader;
    QList<EspReset::Strategy> m_strategies;
    QByteArray m_unframed;  // the newest bytes seen outside frames, as evidence
    qint64 m_unframedTotal = 0;
    QByteArray m_bootText;
};

}  // namespace fw::esp
