#pragma once
// Runs jobs one after the other on the engine's worker thread for a CLI command: the terminal
// progress bar, Ctrl-C as a cancel, and the log's warnings printed and kept for the summary.

#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"
#include "core/Job.h"
#include "core/JobRunner.h"
#include "core/LogBus.h"

#include <QStringList>
#include <QTimer>

#include <memory>

namespace fw::cli {

class CliJobRun {
public:
    explicit CliJobRun(CliContext &ctx);

    fw::core::JobResult run(std::unique_ptr<fw::core::Job> job);
    const QStringList &warnings() const { return m_warnings; }
    fw::core::LogBus &bus() { return m_bus; }

private:
    CliContext &m_ctx;
    fw::core::LogBus m_bus;
    fw::core::JobRunner m_runner;
    TerminalProgress m_progress;
    QTimer m_sigPoll;
    QStringList m_warnings;
};

}  // namespace fw::cli
