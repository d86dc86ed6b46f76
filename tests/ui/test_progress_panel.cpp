#include <catch2/catch.hpp>

#include "core/JobRunner.h"
#include "ui/Format.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>

using namespace fw::core;
using fw::ui::ProgressPanel;

namespace {

// Writes 1 MB in 4 kB steps at about 400 kB/s, long enough for several progress polls.
class PacedJob : public Job {
public:
    QString name() const override { return QStringLiteral("write"); }
    void run(JobContext &ctx) override
    {
        ctx.setPhase(QStringLiteral("Writing flash"));
        ctx.setTotal(1'000'000);
        for (int i = 0; i < 250; ++i) {
            ctx.sleep(10);
            ctx.advance(4000);
        }
    }
};

class FailJob : public Job {
public:
    QString name() const override { return QStringLiteral("fail"); }
    void run(JobContext &) override
    {
        Diagnosis d;
        d.code = QStringLiteral("test.fail");
        d.summary = QStringLiteral("The device stopped answering");
        d.nextStep = QStringLiteral("Check the cable");
        throw JobError(d);
    }
};

}  // namespace

TEST_CASE("Format helpers pick sensible units", "[ui][format]")
{
    using namespace fw::ui;
    CHECK(formatBytes(512) == QStringLiteral("512 B"));
    CHECK(formatRate(23'400) == QStringLiteral("23.4 kB/s"));
    CHECK(formatRate(1'500'000) == QStringLiteral("1.50 MB/s"));
    CHECK(formatDuration(80) == QStringLiteral("1 min 20 s"));
    CHECK(formatDuration(45) == QStringLiteral("45 s"));
    CHECK(formatDuration(7500) == QStringLiteral("2 h 5 min"));
    CHECK(formatDuration(-1).isEmpty());
}

TEST_CASE("ProgressPanel follows a job: bar, speed, time left, Done", "[ui][progress]")
{
    JobRunner runner;
    ProgressPanel panel;
    fw::ui::ThroughputPlot plot;
    panel.attach(&runner);
    plot.attach(&runner);
    CHECK(panel.statusText().contains(QStringLiteral("No job")));
    CHECK(panel.progressBar()->isHidden());

    REQUIRE(runner.start(std::make_unique<PacedJob>()));
    QString speed, eta;
    int value = 0;
    QElapsedTimer t;
    t.start();
    while (runner.isRunning() && t.elapsed() < 10'000) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!panel.speedText().isEmpty() && !panel.etaText().isEmpty()) {
            speed = panel.speedText();
            eta = panel.etaText();
            value = panel.progressBar()->value();
        }
    }
    REQUIRE(runner.waitForFinished(5000));
    CHECK(speed.endsWith(QStringLiteral("B/s")));
    CHECK(eta.startsWith(QStringLiteral("about ")));
    CHECK(eta.endsWith(QStringLiteral(" left")));
    CHECK(value > 0);
    CHECK(panel.phaseText() == QStringLiteral("Writing flash"));
    CHECK(panel.statusText().startsWith(QStringLiteral("Done")));
    CHECK(panel.progressBar()->value() == panel.progressBar()->maximum());
    CHECK(panel.cancelButton()->isHidden());
    CHECK(plot.pointCount() > 3);
    CHECK_FALSE(plot.isRunning());
}

TEST_CASE("ProgressPanel Cancel cancels the job", "[ui][progress]")
{
    JobRunner runner;
    ProgressPanel panel;
    panel.attach(&runner);
    REQUIRE(runner.start(std::make_unique<PacedJob>()));
    QApplication::processEvents();
    REQUIRE(panel.cancelButton()->isVisibleTo(&panel));
    panel.cancelButton()->click();
    CHECK_FALSE(panel.cancelButton()->isEnabled());
    REQUIRE(runner.waitForFinished(2000));
    CHECK(runner.lastResult().status == JobResult::Status::Cancelled);
    CHECK(panel.statusText().startsWith(QStringLiteral("Cancelled")));
}

TEST_CASE("ProgressPanel shows the failure summary", "[ui][progress]")
{
    JobRunner runner;
    ProgressPanel panel;
    panel.attach(&runner);
    REQUIRE(runner.start(std::make_unique<FailJob>()));
    REQUIRE(runner.waitForFinished(2000));
    CHECK(panel.statusText().contains(QStringLiteral("The device stopped answering")));
    CHECK(panel.statusText().contains(QStringLiteral("Check the cable")));
}
