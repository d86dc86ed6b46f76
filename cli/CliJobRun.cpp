#include "cli/CliJobRun.h"

#include <QCoreApplication>

#include <csignal>
#include <limits>

namespace fw::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
void onSigint(int) { g_interrupted = 1; }

}  // namespace

CliJobRun::CliJobRun(CliContext &ctx) : m_ctx(ctx), m_runner(&m_bus)
{
    m_progress.setEnabled(m_progress.enabled() && !ctx.quiet && !ctx.json);
    QObject::connect(&m_runner, &fw::core::JobRunner::progress, &m_runner,
                     [this](const fw::core::JobProgress &p) { m_progress.update(p); });
    QObject::connect(&m_bus, &fw::core::LogBus::batch, &m_runner, [this](const fw::core::LogBatch &records) {
        for (const fw::core::LogRecord &r : records) {
            // Errors end a job and come back as its diagnosis, printed once at the end.
            if (r.level != fw::core::LogLevel::Warning || r.hasBytes())
                continue;
            m_warnings << r.text;
            if (!m_ctx.json) {
                m_progress.finish();
                *m_ctx.err << QCoreApplication::translate("fw::cli::CliJobRun", "Warning: %1").arg(r.text) << Qt::endl;
            }
        }
    });
    QObject::connect(&m_sigPoll, &QTimer::timeout, &m_runner, [this] {
        if (g_interrupted)
            m_runner.cancel();
    });
}

fw::core::JobResult CliJobRun::run(std::unique_ptr<fw::core::Job> job)
{
    g_interrupted = 0;
    auto previous = std::signal(SIGINT, onSigint);
    m_sigPoll.start(50);
    m_runner.start(std::move(job));
    m_runner.waitForFinished(std::numeric_limits<int>::max());
    m_sigPoll.stop();
    std::signal(SIGINT, previous);
    m_bus.flush();
    m_progress.finish();
    return m_runner.lastResult();
}

}  // namespace fw::cli
