#include <catch2/catch.hpp>

#include "core/JobRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace fw::core;

namespace {

class SleepJob : public Job {
public:
    explicit SleepJob(int ms) : m_ms(ms) {}
    QString name() const override { return QStringLiteral("sleep"); }
    void run(JobContext &ctx) override
    {
        ctx.setPhase(QStringLiteral("sleeping"));
        ctx.sleep(m_ms);
    }
    int m_ms;
};

class CountingJob : public Job {
public:
    QString name() const override { return QStringLiteral("count"); }
    void run(JobContext &ctx) override
    {
        ctx.setTotal(1'000'000);
        for (int i = 0; i < 1'000'000; ++i) {
            ctx.advance(1);
            if (i % 1000 == 0)
                ctx.checkCancel();
        }
        ctx.setOutput(QStringLiteral("answer"), 42);
    }
};

class FailingJob : public Job {
public:
    QString name() const override { return QStringLiteral("fail"); }
    void run(JobContext &) override
    {
        Diagnosis d;
        d.code = QStringLiteral("test.fail");
        d.summary = QStringLiteral("It broke");
        d.causes << QStringLiteral("cause one");
        d.nextStep = QStringLiteral("do this");
        throw JobError(d);
    }
};

}  // namespace

TEST_CASE("JobRunner answers a cancel within 100 ms", "[unit][job]")
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    REQUIRE(runner.start(std::make_unique<SleepJob>(30'000)));
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    runner.cancel();
    REQUIRE(runner.waitForFinished(2000));
    CHECK(t.elapsed() < 100);
    REQUIRE(finished.count() == 1);
    CHECK(runner.lastResult().status == JobResult::Status::Cancelled);
}

TEST_CASE("JobRunner coalesces progress to at most ~30 signals a second", "[unit][job]")
{
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::progress);
    QElapsedTimer t;
    t.start();
    REQUIRE(runner.start(std::make_unique<CountingJob>()));
    REQUIRE(runner.waitForFinished(10'000));
    const double seconds = std::max<qint64>(t.elapsed(), 1) / 1000.0;
    // a million advance() calls become a handful of signals
    CHECK(progress.count() >= 1);
    CHECK(progress.count() <= int(seconds * 31) + 2);
    const auto last = progress.last().at(0).value<JobProgress>();
    CHECK(last.done == 1'000'000);
    CHECK(last.total == 1'000'000);
    CHECK(runner.lastResult().status == JobResult::Status::Succeeded);
    CHECK(runner.lastResult().output.value(QStringLiteral("answer")).toInt() == 42);
}

TEST_CASE("A failing job carries its diagnosis to the result and the log", "[unit][job]")
{
    LogBus bus;
    QSignalSpy batches(&bus, &LogBus::batch);
    JobRunner runner(&bus);
    REQUIRE(runner.start(std::make_unique<FailingJob>()));
    REQUIRE(runner.waitForFinished(2000));
    const JobResult &r = runner.lastResult();
    CHECK(r.status == JobResult::Status::Failed);
    CHECK(r.diagnosis.code == QStringLiteral("test.fail"));
    bus.flush();
    REQUIRE(batches.count() >= 1);
    const auto batch = batches.last().at(0).value<LogBatch>();
    CHECK(batch.last().level == LogLevel::Error);
    CHECK(batch.last().text.contains(QStringLiteral("do this")));
}

TEST_CASE("A second job is refused while one runs", "[unit][job]")
{
    JobRunner runner;
    REQUIRE(runner.start(std::make_unique<SleepJob>(5000)));
    CHECK_FALSE(runner.start(std::make_unique<SleepJob>(10)));
    runner.cancel();
    REQUIRE(runner.waitForFinished(2000));
}

TEST_CASE("RateMeter gives rate and ETA over its window", "[unit][job]")
{
    RateMeter m(2000);
    m.sample(0, 0);
    m.sample(1000, 1000);
    CHECK(m.bytesPerSecond() == Approx(1000.0));
    CHECK(m.etaSeconds(1000, 5000) == Approx(4.0));
    m.sample(5000, 2000);
    // the first samples left the window: 1000 bytes over 4 s
    CHECK(m.bytesPerSecond() == Approx(250.0));
    CHECK(m.etaSeconds(2000, 0) == -1.0);
}

namespace {
// Records the thread it was attached to and the thread it ran on, and moves an object there
// and back the way a session job hands over its open serial port.
class AttachingJob : public Job {
public:
    explicit AttachingJob(QObject *borrowed) : m_borrowed(borrowed) {}
    QString name() const override { return QStringLiteral("attach"); }
    void attachToThread(QThread *worker) override
    {
        attachedTo = worker;
        m_borrowed->moveToThread(worker);
    }
    void run(JobContext &) override
    {
        ranOn = QThread::currentThread();
        objectThreadDuringRun = m_borrowed->thread();
        m_borrowed->moveToThread(QCoreApplication::instance()->thread());
    }
    QObject *m_borrowed;
    QThread *attachedTo = nullptr;
    QThread *ranOn = nullptr;
    QThread *objectThreadDuringRun = nullptr;
};
}  // namespace

TEST_CASE("JobRunner attaches a job to its worker thread before run, so it can borrow objects", "[unit][job]")
{
    QObject borrowed;
    JobRunner runner;
    // The runner deletes the job when it ends: copy the observations out from inside run().
    QThread *attached = nullptr, *ran = nullptr, *during = nullptr;
    struct Probe : AttachingJob {
        using AttachingJob::AttachingJob;
        QThread **a, **r, **d;
        void run(JobContext &ctx) override
        {
            AttachingJob::run(ctx);
            *a = attachedTo;
            *r = ranOn;
            *d = objectThreadDuringRun;
        }
    };
    auto probe = std::make_unique<Probe>(&borrowed);
    probe->a = &attached;
    probe->r = &ran;
    probe->d = &during;
    REQUIRE(runner.start(std::move(probe)));
    REQUIRE(runner.waitForFinished(5000));
    REQUIRE(runner.lastResult().status == JobResult::Status::Succeeded);
    CHECK(attached != nullptr);
    CHECK(ran == attached);
    CHECK(during == attached);
    CHECK(borrowed.thread() == QCoreApplication::instance()->thread());
}
