#include "esp/EspConnector.h"

#include "esp/EspBootText.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using fw::core::JobError;

namespace fw::esp {

namespace {

constexpr qsizetype kMaxEvidence = 8 * 1024;
constexpr int kSyncEchoes = 7;     // a ROM answers one SYNC eight times
constexpr int kEchoGapMs = 30;
constexpr int kBootTextReadMs = 400;

}  // namespace

EspConnector::EspConnector(EspLoader &loader, QList<EspReset::Strategy> strategies)
    : m_loader(loader), m_strategies(std::move(strategies))
{
}

void EspConnector::collect()
{
    const QByteArray bytes = m_loader.takeOutsideBytes();
    m_unframedTotal += bytes.size();
    m_unframed.append(bytes);
    if (m_unframed.size() > kMaxEvidence)
        m_unframed.remove(0, m_unframed.size() - kMaxEvidence);
}

std::optional<EspConnector::Result> EspConnector::syncOnce()
{
    const std::optional<Response> r = m_loader.tryCommand(Command::sync(), kSyncTimeoutMs);
    if (!r || r->failed)
        return std::nullopt;
    Result out;
    out.syncValue = r->value;
    if (r->value == Command::RomSyncValue) {
        // Decoded with 2 status bytes: a ROM that sends 4 leaves 2 more in front of them.
        out.kind = r->payload.size() + r->status.size() >= 4 ? LoaderKind::Esp32Rom
                                                             : LoaderKind::Esp8266Rom;
    } else {
        out.kind = LoaderKind::Stub;
    }
    skipSyncEchoes();
    return out;
}

void EspConnector::skipSyncEchoes()
{
    // The extra replies would be skipped by the next command anyway; reading them here keeps
    // them out of its time budget.
    for (int i = 0; i < kSyncEchoes; ++i) {
        if (!m_loader.readFrame(kEchoGapMs))
            break;
    }
}

std::optional<EspConnector::Result> EspConnector::syncBurst(fw::core::JobContext &ctx)
{
    for (int i = 0; i < kSyncsPerAttempt; ++i) {
        m_loader.flushInput();
        if (std::optional<Result> r = syncOnce())
            return r;
        collect();
        ctx.sleep(kSyncGapMs);
    }
    return std::nullopt;
}

EspConnector::Result EspConnector::connect(fw::core::JobContext &ctx, const EspConnectOptions &options)
{
    m_loader.setLoaderKind(LoaderKind::Esp8266Rom);  // 2 status bytes decode every SYNC reply
    m_loader.resetStats();
    m_loader.takeOutsideBytes();
    m_unframed.clear();
    m_bootText.clear();
    try {
        switch (options.reset) {
        case ResetMode::Manual:
            return connectManual(ctx, options);
        case ResetMode::NoReset:
            return connectNoReset(ctx, options);
        case ResetMode::Auto:
            break;
        }
        return connectAuto(ctx, options);
    } catch (const JobError &e) {
        const QString code = e.diagnosis().code;
        // Nothing else closes the port while connecting: "not open" means the driver closed it.
        if (code == QLatin1String("serial.unplugged") || code == QLatin1String("serial.not_found")
            || code == QLatin1String("serial.not_open"))
            throw JobError(EspConnectDiagnosis::portVanished(options.port, e.diagnosis()));
        throw;
    }
}

EspConnector::Result EspConnector::connectAuto(fw::core::JobContext &ctx, const EspConnectOptions &options)
{
    const int attempts = std::max(1, options.connectAttempts);
    const auto sleep = [&ctx](int ms) { ctx.sleep(ms); };
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        const EspReset::Strategy &strategy = m_strategies.at((attempt - 1) % m_strategies.size());
        ctx.log().debug(QCoreApplication::translate("fw::esp::EspConnector", "Connect attempt %1 of %2: %3")
                            .arg(attempt)
                            .arg(attempts)
                            .arg(strategy.name()));
        m_loader.flushInput();
        collect();
        const qint64 before = m_unframedTotal;
        EspReset::enterBootloader(m_loader.link(), strategy, sleep);
        if (std::optional<Result> r = syncBurst(ctx)) {
            collect();
            r->resetObserved = m_unframedTotal > before;
            r->attempt = attempt;
            return *r;
        }
    }
    if (EspConnectDiagnosis::wantsBootText({options.port, m_loader.link().baudRate(), m_unframed,
                                            m_loader.malformedFrames(), {}, false, 0}))
        m_bootText = readBootText(ctx);
    fail(options, false, 0);
}

EspConnector::Result EspConnector::connectManual(fw::core::JobContext &ctx, const EspConnectOptions &options)
{
    // Plain words for the phase: this is the one step where the user has to act.
    const QString ask = QCoreApplication::translate(
        "fw::esp::EspConnector",
        "Connect GPIO0 to GND, then switch the device's power off and on again (unplug it and "
        "plug it back in). Keep GPIO0 connected until the connection is made.");
    ctx.setPhase(ask);
    ctx.log().info(ask);
    EspReset::releaseLines(m_loader.link());
    const int waitSeconds = std::max(1, options.manualWaitSeconds);
    QElapsedTimer t;
    t.start();
    int attempt = 0;
    qint64 nextReminder = 30'000;
    while (t.elapsed() < qint64(waitSeconds) * 1000) {
        ++attempt;
        const qint64 started = t.elapsed();
        m_loader.flushInput();
        collect();
        if (std::optional<Result> r = syncOnce()) {
            r->attempt = attempt;
            ctx.log().info(QCoreApplication::translate("fw::esp::EspConnector",
                                                       "The boot loader answered after %1 seconds.")
                               .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
            return *r;
        }
        collect();
        if (t.elapsed() >= nextReminder) {
            ctx.log().info(QCoreApplication::translate(
                               "fw::esp::EspConnector",
                               "Still waiting for the chip (%1 seconds left). Is GPIO0 connected "
                               "to GND while the power comes on?")
                               .arg(waitSeconds - int(t.elapsed() / 1000)));
            nextReminder += 30'000;
        }
        ctx.sleep(int(std::max<qint64>(0, kManualSyncPeriodMs - (t.elapsed() - started))));
    }
    fail(options, true, waitSeconds);
}

EspConnector::Result EspConnector::connectNoReset(fw::core::JobContext &ctx, const EspConnectOptions &options)
{
    EspReset::releaseLines(m_loader.link());
    const int attempts = std::max(1, options.connectAttempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (std::optional<Result> r = syncBurst(ctx)) {
            r->attempt = attempt;
            return *r;
        }
    }
    fail(options, false, 0);
}

QByteArray EspConnector::readBootText(fw::core::JobContext &ctx)
{
    fw::core::ByteLink &link = m_loader.link();
    const qint32 original = link.baudRate();
    const auto sleep = [&ctx](int ms) { ctx.sleep(ms); };
    QByteArray found;
    // The ESP8266 ROM prints at 74880, the ESP32 ROM at 115200.
    for (const qint32 baud : {kEsp8266BootBaud, qint32(115200)}) {
        if (baud == original)
            continue;
        try {
            link.setBaudRate(baud);
        } catch (const JobError &) {
            continue;  // an adapter without 74880 cannot tell us more
        }
        ctx.log().debug(QCoreApplication::translate("fw::esp::EspConnector",
                                                    "Resetting once more to read the boot message at %1 baud")
                            .arg(baud));
        m_loader.flushInput();
        m_loader.takeOutsideBytes();
        EspReset::enterBootloader(link, m_strategies.first(), sleep);
        m_loader.drain(kBootTextReadMs);
        const QByteArray text = m_loader.takeOutsideBytes();
        if (EspBootText::isReadable(text)) {
            ctx.log().info(QCoreApplication::translate("fw::esp::EspConnector", "Boot message: %1")
                               .arg(EspBootText::excerpt(text, 300)));
            found = text;
            break;
        }
    }
    link.setBaudRate(original);
    return found;
}

void EspConnector::fail(const EspConnectOptions &options, bool manual, int waitedSeconds)
{
    collect();
    EspConnectDiagnosis::Evidence e;
    e.port = options.port;
    e.baud = m_loader.link().baudRate();
    e.unframed = m_unframed;
    e.malformedFrames = m_loader.malformedFrames();
    e.bootText = m_bootText;
    e.manual = manual;
    e.waitedSeconds = waitedSeconds;
    throw JobError(EspConnectDiagnosis::forFailedConnect(e));
}

}  // namespace fw::esp
