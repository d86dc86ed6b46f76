#include "ui/esp/EspWizard.h"

#include "core/AppPaths.h"
#include "core/JobRunner.h"
#include "core/sim/DemoRegistry.h"
#include "esp/sim/EspDemos.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/esp/EspAfterPage.h"
#include "ui/esp/EspBackupPage.h"
#include "ui/esp/EspConnectPage.h"
#include "ui/esp/EspFirmwarePage.h"
#include "ui/esp/EspIdentifyPage.h"
#include "ui/esp/EspPortPage.h"
#include "ui/esp/EspRestorePage.h"
#include "ui/esp/EspStepList.h"
#include "ui/esp/EspWiringPage.h"
#include "ui/esp/EspWritePage.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fw::ui {

EspWizard::EspWizard(core::JobRunner *runner, core::PortDiscovery *discovery, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_discovery(discovery)
{
    setObjectName(QStringLiteral("espWizard"));
    registerDemos();
    m_state.backupDir = defaultBackupDir();
    buildUi();
    if (m_runner) {
        connect(m_runner, &core::JobRunner::started, this, &EspWizard::onJobStarted);
        connect(m_runner, &core::JobRunner::progress, this, &EspWizard::onJobProgress);
        connect(m_runner, &core::JobRunner::finished, this, &EspWizard::onJobFinished);
    }
    retranslate();
    setCurrentStep(Step::Port);
}

EspWizard::~EspWizard()
{
    // A job still holding the session must end before the pages its hooks point at go away.
    if (m_ownJob && m_runner) {
        m_runner->cancel();
        m_runner->waitForFinished(10000);
    }
}

void EspWizard::registerDemos()
{
    fw::esp::sim::registerEspDemos(core::sim::DemoRegistry::instance());
}

QString EspWizard::defaultBackupDir()
{
    return QDir(core::AppPaths::dataDir()).filePath(QStringLiteral("backups"));
}

void EspWizard::buildUi()
{
    m_steps = new EspStepList(this);
    m_stack = new QStackedWidget(this);

    m_portPage = new EspPortPage(this);
    m_wiringPage = new EspWiringPage(this);
    m_connectPage = new EspConnectPage(this);
    m_identifyPage = new EspIdentifyPage(this);
    m_backupPage = new EspBackupPage(this);
    m_firmwarePage = new EspFirmwarePage(this);
    m_restorePage = new EspRestorePage(this);
    m_writePage = new EspWritePage(this);
    m_afterPage = new EspAfterPage(this);
    m_pages = {m_portPage,   m_wiringPage,  m_connectPage, m_identifyPage, m_backupPage,
               m_firmwarePage, m_restorePage, m_writePage, m_afterPage};
    for (EspWizardPage *p : m_pages) {
        // Each page scrolls on its own, so a small window clips nothing.
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(p);
        m_stack->addWidget(scroll);
        connect(p, &EspWizardPage::completeChanged, this, &EspWizard::updateNavigation);
    }

    m_startOver = new QPushButton(this);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setMinimumWidth(200);
    m_blocked = new QLabel(this);
    m_blocked->setWordWrap(true);
    m_blocked->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_blocked->setForegroundRole(QPalette::PlaceholderText);
    m_blocked->setAccessibleName(tr("Why Next is not available"));
    connect(m_startOver, &QPushButton::clicked, this, [this] { startWith(m_state.port); });
    connect(m_back, &QPushButton::clicked, this, &EspWizard::goBack);
    connect(m_next, &QPushButton::clicked, this, &EspWizard::goNext);

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
}

void EspWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EspWizard::retranslate()
{
    setWindowTitle(tr("Flash a Tuya / ESP device"));
    setAccessibleName(tr("Flash a Tuya / ESP device"));
    m_startOver->setText(tr("Start &over"));
    m_startOver->setToolTip(tr("Close the connection and begin again at the first step"));
    m_back->setText(tr("‹ &Back"));
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_stack->setAccessibleName(tr("Wizard step"));
    m_steps->setAccessibleName(tr("Steps"));
    updateNavigation();
}

QStringList EspWizard::stepTitles() const
{
    QStringList titles;
    for (int i = 0; i < kStepCount; ++i)
        titles << page(Step(i))->stepTitle();
    return titles;
}

EspWizardPage *EspWizard::page(Step step) const
{
    switch (step) {
    case Step::Port:
        return m_portPage;
    case Step::Wiring:
        return m_wiringPage;
    case Step::Connect:
        return m_connectPage;
    case Step::Identify:
        return m_identifyPage;
    case Step::Backup:
        return m_backupPage;
    case Step::Firmware:
        if (m_state.goal == EspWizardState::Goal::Restore)
            return m_restorePage;
        return m_firmwarePage;
    case Step::Write:
        return m_writePage;
    case Step::After:
        return m_afterPage;
    }
    return m_portPage;
}

void EspWizard::startWith(const QString &port)
{
    if (m_ownJob)
        return;  // never pull the session from under a running job; the page shows its progress
    restart();
    if (!port.isEmpty())
        m_portPage->selectPort(port);
    setCurrentStep(Step::Port);
}

void EspWizard::restart()
{
    if (m_ownJob)
        return;
    dropSession();
    const QString keepDir = m_state.backupDir;
    m_state = EspWizardState{};
    m_state.backupDir = keepDir.isEmpty() ? defaultBackupDir() : keepDir;
    for (EspWizardPage *p : m_pages)
        p->reset();
    m_reached = 0;
    setCurrentStep(Step::Port);
}

void EspWizard::dropSession()
{
    if (m_ownJob)
        return;
    m_state.session.reset();  // closes the port, no reset: the device stays where it is
    m_state.connected = false;
    m_state.identity = {};
}

void EspWizard::setCurrentStep(Step step)
{
    m_step = step;
    m_reached = std::max(m_reached, int(step));
    EspWizardPage *p = page(step);
    m_stack->setCurrentIndex(int(m_pages.indexOf(p)));
    p->enter();
    updateNavigation();
    if (QWidget *focus = p->mainAction(); focus && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
    Q_EMIT stepChanged(step);
}

bool EspWizard::goNext()
{
    if (m_ownJob)
        return false;
    EspWizardPage *p = page(m_step);
    if (!p->isComplete()) {
        updateNavigation();
        return false;
    }
    p->commit();
    if (m_step == Step::After) {
        Q_EMIT closeRequested();
        restart();
        return true;
    }
    setCurrentStep(Step(int(m_step) + 1));
    return true;
}

void EspWizard::goBack()
{
    if (m_ownJob || m_step == Step::Port)
        return;
    if (m_step == Step::After && m_state.finished)
        return;  // the session is closed: writing again means starting over
    setCurrentStep(Step(int(m_step) - 1));
}

QString EspWizard::blockedText() const
{
    return m_blocked->text();
}

void EspWizard::updateNavigation()
{
    if (!m_next)
        return;
    EspWizardPage *p = page(m_step);
    const bool complete = p->isComplete();
    m_steps->setSteps(stepTitles());
    m_steps->setCurrent(int(m_step));
    m_steps->setDoneUpTo(int(m_step));
    m_back->setEnabled(!m_ownJob && m_step != Step::Port
                       && !(m_step == Step::After && m_state.finished));
    m_startOver->setEnabled(!m_ownJob);
    if (m_step == Step::After) {
        m_next->setText(tr("&Close"));
        m_next->setAccessibleName(tr("Close the wizard"));
    } else {
        const QString next = page(Step(int(m_step) + 1))->stepTitle();
        m_next->setText(tr("&Next: %1 ›").arg(next));
        m_next->setAccessibleName(tr("Next step: %1").arg(next));
    }
    m_next->setEnabled(!m_ownJob && complete);
    if (m_ownJob)
        m_blocked->setText(tr("Wait until this task has finished."));
    else
        m_blocked->setText(complete ? QString() : p->blockedReason());
}

bool EspWizard::isJobRunning() const
{
    return m_ownJob;
}

bool EspWizard::runJob(std::unique_ptr<core::Job> job, JobHooks hooks)
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

void EspWizard::cancelJob()
{
    if (m_ownJob && m_runner)
        m_runner->cancel();
}

void EspWizard::onJobStarted(const QString &name)
{
    if (!m_ownJob)
        return;
    if (m_hooks.panel)
        m_hooks.panel->jobStarted(name);
    if (m_hooks.plot)
        m_hooks.plot->start(name);
}

void EspWizard::onJobProgress(const core::JobProgress &p)
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

void EspWizard::onJobFinished(const core::JobResult &result)
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
