#pragma once
// Runs one Job at a time on its own worker thread. Progress reaches the owner's thread at
// most ~30 times a second (a poll of the job's latest state), then a final finished().

#include "core/Job.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace fw::core {

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(LogBus *bus = nullptr, QObject *parent = nullptr);
    ~JobRunner() override;  // cancels and waits for a running job

    // Starts the job; false if one is still running.
    bool start(std::unique_ptr<Job> job);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks (spinning the event loop) until the job ends; false on timeout.
    bool waitForFinished(int timeoutMs);
    const JobResult &lastResult() const { return m_lastResult; }

    static constexpr int kProgressIntervalMs = 33;

Q_SIGNALS:
    void started(const QString &name);
    void progress(const fw::core::JobProgress &p);
    void finished(const fw::core::JobResult &result);

private:
    void pollProgress();
    void onThreadFinished();

    LogBus *m_bus;
    QThread *m_thread = nullptr;
    std::unique_ptr<Job> m_job;
    std::unique_ptr<CancelToken> m_cancel;
    std::unique_ptr<JobContext> m_ctx;
    JobResult m_pendingResult;
    JobResult m_lastResult;
    QTimer m_poll;
};

}  // namespace fw::core
