#include "ui/ProgressPanel.h"

#include "core/JobRunner.h"
#include "ui/Format.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace fw::ui {

using fw::core::JobProgress;
using fw::core::JobResult;

namespace {
constexpr int kBarRange = 1000;  // done/total scaled: totals of several GB overflow int
}

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent),
      m_bar(new QProgressBar(this)),
      m_phase(new QLabel(this)),
      m_speed(new QLabel(this)),
      m_eta(new QLabel(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAccessibleName(tr("Job progress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, kBarRange);
    m_bar->setTextVisible(true);
    m_phase->setAccessibleName(tr("Current step"));
    m_speed->setAccessibleName(tr("Speed"));
    m_eta->setAccessibleName(tr("Time left"));
    m_status->setAccessibleName(tr("Job status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setToolTip(tr("Stop the job at the next safe point"));

    auto *details = new QHBoxLayout;
    details->addWidget(m_phase, 1);
    details->addWidget(m_speed);
    details->addSpacing(12);
    details->addWidget(m_eta);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_bar, 0, 0);
    grid->addWidget(m_cancel, 0, 1);
    grid->addLayout(details, 1, 0, 1, 2);
    grid->addWidget(m_status, 2, 0, 1, 2);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        if (m_runner)
            m_runner->cancel();
        Q_EMIT cancelRequested();
    });
    setIdle();
}

void ProgressPanel::setIdle()
{
    m_bar->hide();
    m_cancel->hide();
    m_phase->clear();
    m_speed->clear();
    m_eta->clear();
    m_status->setText(tr("No job running."));
}

void ProgressPanel::attach(fw::core::JobRunner *runner)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_runner = runner;
    if (!runner)
        return;
    using fw::core::JobRunner;
    m_connections << connect(runner, &JobRunner::started, this, &ProgressPanel::jobStarted);
    m_connections << connect(runner, &JobRunner::progress, this, &ProgressPanel::updateProgress);
    m_connections << connect(runner, &JobRunner::finished, this, &ProgressPanel::jobFinished);
}

void ProgressPanel::jobStarted(const QString &name)
{
    m_jobName = name;
    m_bar->setRange(0, 0);  // busy until the job knows its total
    m_bar->show();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_phase->setText(name);
    m_speed->clear();
    m_eta->clear();
    m_status->setText(tr("Running %1…").arg(name));
}

void ProgressPanel::updateProgress(const JobProgress &p)
{
    if (p.total > 0) {
        m_bar->setRange(0, kBarRange);
        const double fraction = std::clamp(double(p.done) / double(p.total), 0.0, 1.0);
        m_bar->setValue(int(fraction * kBarRange));
        m_bar->setFormat(tr("%1 of %2").arg(formatBytes(p.done), formatBytes(p.total))
                         + QStringLiteral(" (%p%)"));
    } else {
        m_bar->setRange(0, 0);
    }
    if (!p.phase.isEmpty())
        m_phase->setText(p.phase);
    m_speed->setText(p.bytesPerSecond > 0 ? formatRate(p.bytesPerSecond) : QString());
    if (p.etaSeconds >= 0 && p.total > 0 && p.done < p.total)
        m_eta->setText(tr("about %1 left").arg(formatDuration(p.etaSeconds)));
    else
        m_eta->clear();
}

void ProgressPanel::jobFinished(const JobResult &result)
{
    m_cancel->hide();
    m_eta->clear();
    m_speed->clear();
    switch (result.status) {
    case JobResult::Status::Succeeded:
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(kBarRange);
        m_bar->setFormat(QStringLiteral("%p%"));
        m_status->setText(tr("Done in %1.").arg(formatDuration(result.elapsedMs / 1000.0)));
        break;
    case JobResult::Status::Cancelled:
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, kBarRange);
        m_status->setText(tr("Cancelled."));
        break;
    case JobResult::Status::Failed: {
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, kBarRange);
        const auto &d = result.diagnosis;
        QString text = tr("Failed: %1").arg(d.summary);
        if (!d.nextStep.isEmpty())
            text += QLatin1Char('\n') + tr("Next step: %1").arg(d.nextStep);
        m_status->setText(text);
        break;
    }
    }
}

QString ProgressPanel::phaseText() const { return m_phase->text(); }
QString ProgressPanel::speedText() const { return m_speed->text(); }
QString ProgressPanel::etaText() const { return m_eta->text(); }
QString ProgressPanel::statusText() const { return m_status->text(); }

}  // namespace fw::ui
