#include "ui/WizardShell.h"

#include "core/JobRunner.h"
#include "ui/DiagnosisBanner.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/WizardPage.h"
#include "ui/WizardStepList.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fw::ui {

WizardShell::WizardShell(core::JobRunner *runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    m_steps = new WizardStepList(this);
    m_stack = new QStackedWidget(this);
    m_startOver = new QPushButton(this);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setMinimumWidth(200);
    m_blocked = new QLabel(this);
    m_blocked->setWordWrap(true);
    m_blocked->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_blocked->setForegroundRole(QPalette::PlaceholderText);
    connect(m_startOver, &QPushButton::clicked, this, [this] { startOver(); });
    connect(m_back, &QPushButton::clicked, this, &WizardShell::goBack);
    connect(m_next, &QPushButton::clicked, this, &WizardShell::goNext);

    // What is missing sits on its own line above the buttons, where it has room to say it.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startOver);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *nav = new QVBoxLayout;
    nav->setContentsMargins(20, 6, 20, 12);
    nav->setSpacing(4);
    nav->addWidget(m_blocked);
    nav->addLayout(buttons);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_stack, 1);
    right->addWidget(line);
    right->addLayout(nav);

    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_steps);
    layout->addWidget(divider);
    layout->addLayout(right, 1);

    if (m_runner) {
        connect(m_runner, &core::JobRunner::started, this, &WizardShell::onJobStarted);
        connect(m_runner, &core::JobRunner::progress, this, &WizardShell::onJobProgress);
        connect(m_runner, &core::JobRunner::finished, this, &WizardShell::onJobFinished);
    }
    retranslateFrame();
}

WizardShell::~WizardShell()
{
    // A job still running must end before the pages it reports to go away; its report must not
    // reach this half-destroyed wizard either.
    if (m_ownJob && m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_hooks = {};
        m_runner->cancel();
        m_runner->waitForFinished(10000);
    }
}

void WizardShell::addPage(WizardPage *page)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages << page;
    connect(page, &WizardPage::completeChanged, this, &WizardShell::updateNavigation);
}

void WizardShell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateFrame();
    QWidget::changeEvent(event);
}

void WizardShell::retranslateFrame()
{
    m_startOver->setText(tr("Start &over"));
    m_startOver->setToolTip(tr("Close the connection and begin again at the first step"));
    m_back->setText(tr("‹ &Back"));
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_blocked->setAccessibleName(tr("Why Next is not available"));
    m_stack->setAccessibleName(tr("Wizard step"));
    m_steps->setAccessibleName(tr("Steps"));
    updateNavigation();
}

void WizardShell::setCurrentIndex(int index)
{
    m_index = std::clamp(index, 0, std::max(0, stepCount() - 1));
    WizardPage *p = pageAt(m_index);
    const int stackIndex = int(m_pages.indexOf(p));
    if (stackIndex != m_stack->currentIndex()) {
        // Another page starts at its top, wherever it was scrolled to the last time.
        if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(stackIndex)))
            scroll->verticalScrollBar()->setValue(0);
    }
    m_stack->setCurrentIndex(stackIndex);
    p->enter();
    updateNavigation();
    if (QWidget *focus = p->mainAction(); focus && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
    Q_EMIT currentIndexChanged(m_index);
}

bool WizardShell::goNext()
{
    if (m_ownJob)
        return false;
    WizardPage *p = pageAt(m_index);
    if (!p->isComplete()) {
        updateNavigation();
        return false;
    }
    p->commit();
    if (m_index == stepCount() - 1) {
        Q_EMIT closeRequested();
        restart();
        return true;
    }
    setCurrentIndex(m_index + 1);
    return true;
}

void WizardShell::goBack()
{
    if (m_ownJob || !canGoBack())
        return;
    setCurrentIndex(m_index - 1);
}

QString WizardShell::blockedText() const
{
    return m_blocked->text();
}

void WizardShell::updateNavigation()
{
    if (m_pages.isEmpty())
        return;  // still being built
    WizardPage *p = pageAt(m_index);
    const bool complete = p->isComplete();
    QStringList titles;
    for (int i = 0; i < stepCount(); ++i)
        titles << pageAt(i)->stepTitle();
    m_steps->setSteps(titles);
    m_steps->setCurrent(m_index);
    m_steps->setDoneUpTo(m_index);
    m_back->setEnabled(!m_ownJob && canGoBack());
    m_startOver->setEnabled(!m_ownJob);
    if (m_index == stepCount() - 1) {
        m_next->setText(tr("&Close"));
        m_next->setAccessibleName(tr("Close the wizard"));
    } else {
        const QString next = titles.value(m_index + 1);
        m_next->setText(tr("&Next: %1 ›").arg(next));
        m_next->setAccessibleName(tr("Next step: %1").arg(next));
    }
    m_next->setEnabled(!m_ownJob && complete);
    if (m_ownJob)
        m_blocked->setText(tr("Wait until this task has finished."));
    else
        m_blocked->setText(complete ? QString() : p->blockedReason());
}

void WizardShell::attachBanner(DiagnosisBanner *banner)
{
    connect(banner, &DiagnosisBanner::showLogRequested, this, &WizardShell::showLogRequested);
    connect(banner, &DiagnosisBanner::exportBundleRequested, this, &WizardShell::exportBundleRequested);
}

core::Diagnosis WizardShell::busyDiagnosis()
{
    return {QStringLiteral("ui.busy"), tr("Another task is still running."), {},
            tr("Wait until it has finished, then click Retry.")};
}

bool WizardShell::runJob(std::unique_ptr<core::Job> job, JobHooks hooks)
{
    if (!m_runner || m_runner->isRunning() || m_ownJob)
        return false;
    m_hooks = std::move(hooks);
    m_ownJob = true;
    if (!m_runner->start(std::move(job))) {
        m_ownJob = false;
        m_hooks = {};
        return false;
    }
    updateNavigation();
    return true;
}

void WizardShell::cancelJob()
{
    if (m_ownJob && m_runner)
        m_runner->cancel();
}

void WizardShell::onJobStarted(const QString &name)
{
    if (!m_ownJob)
        return;
    if (m_hooks.panel)
        m_hooks.panel->jobStarted(name);
    if (m_hooks.plot)
        m_hooks.plot->start(name);
}

void WizardShell::onJobProgress(const core::JobProgress &p)
{
    if (!m_ownJob)
        return;
    if (m_hooks.panel)
        m_hooks.panel->updateProgress(p);
    if (m_hooks.plot)
        m_hooks.plot->addSample(p.elapsedMs, p.done);
    if (m_hooks.progress)
        m_hooks.progress(p);
}

void WizardShell::onJobFinished(const core::JobResult &result)
{
    if (!m_ownJob)
        return;
    m_ownJob = false;
    const JobHooks hooks = std::move(m_hooks);
    m_hooks = {};
    if (hooks.panel)
        hooks.panel->jobFinished(result);
    if (hooks.plot)
        hooks.plot->stop();
    if (hooks.finished)
        hooks.finished(result);
    updateNavigation();
}

}  // namespace fw::ui
