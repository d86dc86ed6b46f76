#include "core/JobRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fw::core {

JobRunner::JobRunner(LogBus *bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    qRegisterMetaType<fw::core::JobProgress>();
    qRegisterMetaType<fw::core::JobResult>();
    m_poll.setInterval(kProgressIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::pollProgress);
}

JobRunner::~JobRunner()
{
    if (m_thread) {
        m_cancel->cancel();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool JobRunner::start(std::unique_ptr<Job> job)
{
    if (m_thread || !job)
        return false;
    m_job = std::move(job);
    m_cancel = std::make_unique<CancelToken>();
    const QString name = m_job->name();
    m_ctx = std::make_unique<JobContext>(m_cancel.get(), Logger(m_bus, name));
    m_pendingResult = {};

    Job *jobPtr = m_job.get();
    JobContext *ctx = m_ctx.get();
    JobResult *result = &m_pendingResult;
    m_thread = QThread::create([jobPtr, ctx, result] {
        QElapsedTimer t;
        t.start();
        try {
            jobPtr->run(*ctx);
            result->status = JobResult::Status::Succeeded;
        } catch (const JobCancelled &) {
            result->status = JobResult::Status::Cancelled;
        } catch (const JobError &e) {
            result->status = JobResult::Status::Failed;
            result->diagnosis = e.diagnosis();
        } catch (const std::exception &e) {
            result->status = JobResult::Status::Failed;
            result->diagnosis.code = QStringLiteral("internal");
            result->diagnosis.summary = QCoreApplication::translate("fw::core::JobRunner",
                                                                    "Internal error: %1")
                                            .arg(QString::fromUtf8(e.what()));
            result->diagnosis.nextStep = QCoreApplication::translate(
                "fw::core::JobRunner", "Export a support bundle and send it to support.");
        }
        result->elapsedMs = t.elapsed();
        result->output = ctx->output();
    });
    m_thread->setObjectName(name);
    m_job->attachToThread(m_thread);
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished);
    m_poll.start();
    Q_EMIT started(name);
    m_thread->start();
    return true;
}

void JobRunner::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool JobRunner::waitForFinished(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (m_thread) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (m_thread && m_thread->isFinished())
            QCoreApplication::sendPostedEvents();
    }
    return true;
}

void JobRunner::pollProgress()
{
    if (!m_ctx)
        return;
    bool changed = false;
    const JobProgress p = m_ctx->snapshot(&changed);
    if (changed)
        Q_EMIT progress(p);
}

void JobRunner::onThreadFinished()
{
    m_poll.stop();
    pollProgress();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_lastResult = m_pendingResult;
    if (m_bus) {
        const QString src = m_job ? m_job->name() : QString();
        switch (m_lastResult.status) {
        case JobResult::Status::Succeeded:
            m_bus->post(LogLevel::Info, src, tr("Finished in %1 s").arg(m_lastResult.elapsedMs / 1000.0, 0, 'f', 1));
            break;
        case JobResult::Status::Cancelled:
            m_bus->post(LogLevel::Warning, src, tr("Cancelled"));
            break;
        case JobResult::Status::Failed:
            m_bus->post(LogLevel::Error, src, m_lastResult.diagnosis.toText());
            break;
        }
    }
    m_job.reset();
    m_ctx.reset();
    m_cancel.reset();
    Q_EMIT finished(m_lastResult);
}

}  // namespace fw::core
