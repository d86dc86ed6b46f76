#include "ui/ProgressPanel.h"

#include "core/JobRunner.h"
#include "ui/Format.h"

#include <QEvent>
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
      m_cancel(new QPushButton(this))
{
    m_bar->setRange(0, kBarRange);
    m_bar->setTextVisible(true);
    m_status->setWordWrap(true);
    // Phase texts can be whole sentences (manual connect guidance); a label that does not wrap
    // would make the dock, and with it the main window, as wide as the sentence.
    m_phase->setWordWrap(true);
    m_phase->setMinimumWidth(1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
        m_cancelling = true;
        m_cancel->setEnabled(false);
        updateCancelText();
        if (m_runner)
            m_runner->cancel();
        Q_EMIT cancelRequested();
    });
    setIdle();
    retranslate();
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgressPanel::retranslate()
{
    setAccessibleName(tr("Job progress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_phase->setAccessibleName(tr("Current step"));
    m_speed->setAccessibleName(tr("Speed"));
    m_eta->setAccessibleName(tr("Time left"));
    m_status->setAccessibleName(tr("Job status"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setToolTip(tr("Stop the job at the next safe point"));
    updateCancelText();
    updateStatusText();
    if (m_state == State::Running && m_hasProgress)
        showProgress();
    else if (m_state == State::Finished && m_hasProgress && m_progress.total > 0
             && m_result.status != JobResult::Status::Succeeded)
        m_bar->setFormat(barFormat());  // a stopped job keeps showing how far it got
}

QString ProgressPanel::barFormat() const
{
    return tr("%1 of %2").arg(formatBytes(m_progress.done), formatBytes(m_progress.total))
           + QStringLiteral(" (%p%)");
}

void ProgressPanel::updateCancelText()
{
    m_cancel->setText(m_cancelling ? tr("Cancelling…") : tr("Cancel"));
}

void ProgressPanel::updateStatusText()
{
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("No job running."));
        return;
    case State::Running:
        m_status->setText(tr("Running %1…").arg(m_jobName));
        return;
    case State::Finished:
        break;
    }
    switch (m_result.status) {
    case JobResult::Status::Succeeded:
        m_status->setText(tr("Done in %1.").arg(formatDuration(m_result.elapsedMs / 1000.0)));
        break;
    case JobResult::Status::Cancelled:
        m_status->setText(tr("Cancelled."));
        break;
    case JobResult::Status::Failed: {
        // The diagnosis was worded by the job in the language of its time; only the frame changes.
        const auto &d = m_result.diagnosis;
        QString text = tr("Failed: %1").arg(d.summary);
        if (!d.nextStep.isEmpty())
            text += QLatin1Char('\n') + tr("Next step: %1").arg(d.nextStep);
        m_status->setText(text);
        break;
    }
    }
}

void ProgressPanel::setIdle()
{
    m_state = State::Idle;
    m_hasProgress = false;
    m_bar->hide();
    m_cancel->hide();
    m_phase->clear();
    m_speed->clear();
    m_eta->clear();
    updateStatusText();
}

void ProgressPanel::attach(fw::core::JobRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);  // the lambdas below too: this is their context
    m_runner = runner;
    if (!runner)
        return;
    using fw::core::JobRunner;
    connect(runner, &JobRunner::started, this, &ProgressPanel::jobStarted);
    connect(runner, &JobRunner::progress, this, &ProgressPanel::updateProgress);
    connect(runner, &JobRunner::finished, this, &ProgressPanel::jobFinished);
}

void ProgressPanel::jobStarted(const QString &name)
{
    m_state = State::Running;
    m_hasProgress = false;
    m_cancelling = false;
    m_jobName = name;
    m_bar->setRange(0, 0);  // busy until the job knows its total
    m_bar->show();
    updateCancelText();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_phase->setText(name);
    m_speed->clear();
    m_eta->clear();
    updateStatusText();
}

void ProgressPanel::updateProgress(const JobProgress &p)
{
    m_progress = p;
    m_hasProgress = true;
    showProgress();
}

void ProgressPanel::showProgress()
{
    const JobProgress &p = m_progress;
    if (p.total > 0) {
        m_bar->setRange(0, kBarRange);
        const double fraction = std::clamp(double(p.done) / double(p.total), 0.0, 1.0);
        m_bar->setValue(int(fraction * kBarRange));
        m_bar->setFormat(barFormat());
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
    m_state = State::Finished;
    m_result = result;
    m_cancel->hide();
    m_eta->clear();
    m_speed->clear();
    switch (result.status) {
    case JobResult::Status::Succeeded:
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(kBarRange);
        m_bar->setFormat(QStringLiteral("%p%"));
        break;
    case JobResult::Status::Cancelled:
    case JobResult::Status::Failed:
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, kBarRange);
        break;
    }
    updateStatusText();
}

QString ProgressPanel::phaseText() const { return m_phase->text(); }
QString ProgressPanel::speedText() const { return m_speed->text(); }
QString ProgressPanel::etaText() const { return m_eta->text(); }
QString ProgressPanel::statusText() const { return m_status->text(); }

}  // namespace fw::ui
