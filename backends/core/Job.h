#pragma once
// A Job is a linear script (connect, identify, write, verify...) run on a worker thread.
// It reports progress and log records through its JobContext and checks for cancellation
// at every wait, so a cancel is answered within 100 ms.

#include "core/Diagnosis.h"
#include "core/LogBus.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <atomic>
#include <deque>

namespace fw::core {

struct JobProgress {
    qint64 done = 0;
    qint64 total = 0;             // 0 = unknown
    QString phase;
    double bytesPerSecond = 0.0;  // over a sliding window
    double etaSeconds = -1.0;     // -1 = unknown
    qint64 elapsedMs = 0;
};

struct JobResult {
    enum class Status { Succeeded, Failed, Cancelled };
    Status status = Status::Succeeded;
    Diagnosis diagnosis;  // set when Failed
    QVariantMap output;   // job-specific results (e.g. backup path, MD5)
    qint64 elapsedMs = 0;
};

class CancelToken {
public:
    void cancel() { m_flag.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag.load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw JobCancelled();
    }

private:
    std::atomic<bool> m_flag{false};
};

// Computes rate and ETA from (time, done) samples over a sliding window.
class RateMeter {
public:
    explicit RateMeter(qint64 windowMs = 2000) : m_windowMs(windowMs) {}
    void reset();
    void sample(qint64 tMs, qint64 done);
    double bytesPerSecond() const;
    double etaSeconds(qint64 done, qint64 total) const;

private:
    qint64 m_windowMs;
    std::deque<std::pair<qint64, qint64>> m_samples;
};

class JobContext {
public:
    JobContext(const CancelToken *cancel, Logger log);

    const Logger &log() const { return m_log; }
    bool isCancelled() const { return m_cancel->isCancelled(); }
    void checkCancel() const { m_cancel->throwIfCancelled(); }
    // Sleeps in slices of at most 20 ms; throws JobCancelled when cancelled.
    void sleep(int ms) const;

    void setPhase(const QString &phase);
    void setTotal(qint64 total);
    void setDone(qint64 done);
    void advance(qint64 delta);
    void setOutput(const QString &key, const QVariant &value);

    // Latest state; the runner polls it at ~30 Hz, so callers may update as often as they like.
    JobProgress snapshot(bool *changed = nullptr);
    QVariantMap output() const;

private:
    const CancelToken *m_cancel;
    Logger m_log;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    JobProgress m_progress;
    RateMeter m_rate;
    bool m_dirty = true;
    QVariantMap m_output;
};

class Job {
public:
    virtual ~Job() = default;
    virtual QString name() const = 0;
    // Runs to completion, or throws JobError (a diagnosis) or JobCancelled.
    virtual void run(JobContext &ctx) = 0;
    // Called on the runner's thread just before run(), with the worker thread run() will use.
    // A job that borrows thread-affine objects kept across jobs (a serial port held open for a
    // whole flashing session) moves them onto `worker` here and hands them back at the end.
    virtual void attachToThread(QThread *worker) { Q_UNUSED(worker); }
};

}  // namespace fw::core

Q_DECLARE_METATYPE(fw::core::JobProgress)
Q_DECLARE_METATYPE(fw::core::JobResult)
