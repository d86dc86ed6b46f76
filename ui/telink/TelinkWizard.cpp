#include "ui/telink/TelinkWizard.h"

#include "core/AppPaths.h"
#include "core/GattLinks.h"
#include "core/JobRunner.h"
#include "core/sim/DemoRegistry.h"
#include "telink/TelinkRescueJob.h"
#include "telink/sim/TelinkDemos.h"
#include "telink/sim/TelinkSwireDemos.h"
#include "ui/telink/TelinkBatteryPage.h"
#include "ui/telink/TelinkChoosePage.h"
#include "ui/telink/TelinkDonePage.h"
#include "ui/telink/TelinkFindPage.h"
#include "ui/telink/TelinkFlashPage.h"
#include "ui/telink/TelinkIdentifyPage.h"
#include "ui/telink/TelinkIdentifyTask.h"
#include "ui/telink/TelinkPadsPage.h"
#include "ui/telink/TelinkRescueBackupPage.h"
#include "ui/telink/TelinkRescueDonePage.h"
#include "ui/telink/TelinkRescuePortPage.h"
#include "ui/telink/TelinkRescueWritePage.h"

#include <QDir>
#include <QEvent>

namespace fw::ui {

TelinkWizard::TelinkWizard(core::JobRunner *runner, core::BleScanner *scanner, core::PortDiscovery *discovery,
                           QWidget *parent)
    : WizardShell(runner, parent), m_scanner(scanner), m_discovery(discovery),
      m_linkFactory([](const QString &target, QString *error) { return core::openGattLink(target, error); })
{
    setObjectName(QStringLiteral("telinkWizard"));
    registerDemos();
    m_state.backupDir = defaultBackupDir();
    m_findPage = new TelinkFindPage(this);
    m_identifyPage = new TelinkIdentifyPage(this);
    m_choosePage = new TelinkChoosePage(this);
    m_batteryPage = new TelinkBatteryPage(this);
    m_flashPage = new TelinkFlashPage(this);
    m_donePage = new TelinkDonePage(this);
    m_blePages = {m_findPage, m_identifyPage, m_choosePage, m_batteryPage, m_flashPage, m_donePage};
    m_rescuePortPage = new TelinkRescuePortPage(this);
    m_padsPage = new TelinkPadsPage(this);
    m_rescueBackupPage = new TelinkRescueBackupPage(this);
    m_rescueWritePage = new TelinkRescueWritePage(this);
    m_rescueDonePage = new TelinkRescueDonePage(this);
    m_wiredPages = {m_rescuePortPage, m_padsPage, m_rescueBackupPage, m_rescueWritePage, m_rescueDonePage};
    for (TelinkWizardPage *p : m_blePages + m_wiredPages)
        addPage(p);
    retranslate();
    setCurrentStep(Step::Find);
}

void TelinkWizard::registerDemos()
{
    fw::telink::sim::registerTelinkDemos(core::sim::DemoRegistry::instance());
    fw::telink::sim::registerTelinkSwireDemos(core::sim::DemoRegistry::instance());
}

QString TelinkWizard::defaultBackupDir()
{
    return QDir(core::AppPaths::dataDir()).filePath(QStringLiteral("backups"));
}

void TelinkWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardShell::changeEvent(event);
}

void TelinkWizard::retranslate()
{
    setWindowTitle(tr("Flash a Xiaomi thermometer"));
    setAccessibleName(tr("Flash a Xiaomi thermometer"));
    updateNavigation();
}

int TelinkWizard::stepCount() const
{
    return m_state.path == TelinkWizardState::Path::Wired ? kWiredStepCount : kStepCount;
}

WizardPage *TelinkWizard::pageAt(int index) const
{
    const QList<TelinkWizardPage *> &pages = m_state.path == TelinkWizardState::Path::Wired ? m_wiredPages : m_blePages;
    return pages.value(index, pages.first());
}

bool TelinkWizard::canGoBack() const
{
    if (currentIndex() == 0)
        return false;
    // Once it is done there is nothing to go back to: flashing again means starting over.
    if (m_state.path == TelinkWizardState::Path::Bluetooth)
        return !(currentStep() == Step::Done && m_state.flashed);
    return !(currentWiredStep() == WiredStep::Done && m_state.rescued);
}

void TelinkWizard::setCurrentStep(Step step)
{
    setPath(TelinkWizardState::Path::Bluetooth);
    setCurrentIndex(int(step));
}

void TelinkWizard::setCurrentWiredStep(WiredStep step)
{
    setPath(TelinkWizardState::Path::Wired);
    setCurrentIndex(int(step));
}

void TelinkWizard::setPath(TelinkWizardState::Path path)
{
    m_state.path = path;
}

void TelinkWizard::startOver()
{
    if (m_state.path == TelinkWizardState::Path::Wired)
        startRescue(m_state.port);
    else
        startWith(m_state.target);
}

void TelinkWizard::startWith(const QString &target)
{
    if (isJobRunning())
        return;  // never pull the link from under a running job; the page shows its progress
    restart();
    if (!target.isEmpty())
        m_findPage->selectTarget(target);
    setCurrentStep(Step::Find);
}

void TelinkWizard::startRescue(const QString &port)
{
    if (isJobRunning())
        return;
    const QString keep = port.isEmpty() ? m_state.port : port;
    restart();
    m_state.port = keep;
    setCurrentWiredStep(WiredStep::Port);
}

void TelinkWizard::restart()
{
    if (isJobRunning())
        return;
    dropLink();
    const QString keepDir = m_state.backupDir;
    const fw::telink::TelinkOtaOptions keepOta = m_state.ota;
    const int keepActivation = m_state.activationMs;
    m_state = TelinkWizardState{};
    m_state.backupDir = keepDir.isEmpty() ? defaultBackupDir() : keepDir;
    m_state.ota = keepOta;  // tests and the screenshot tour shorten the waits
    m_state.activationMs = keepActivation;
    for (WizardPage *p : pages())
        p->reset();
    setCurrentStep(Step::Find);
}

void TelinkWizard::dropLink()
{
    if (isJobRunning())
        return;
    if (m_state.link && m_state.link->isConnected())
        m_state.link->disconnectFrom();
    m_state.link.reset();
    m_state.identified = false;
    m_state.identity = {};
    m_state.miToken.clear();  // a token belongs to one thermometer
    m_state.miKeys.clear();
    m_state.flashed = false;
    m_state.flashOutput.clear();
    if (m_identifyPage)
        m_identifyPage->reset();
}

bool TelinkWizard::runRescue(fw::telink::TelinkRescueOptions options, JobHooks hooks)
{
    options.port = m_state.port;
    options.baud = m_state.baud;
    options.activationMs = m_state.activationMs;
    return runJob(std::make_unique<fw::telink::TelinkRescueJob>(std::move(options)), std::move(hooks));
}

bool TelinkWizard::identify(JobHooks hooks, core::Diagnosis *error)
{
    core::Diagnosis problem;
    if (isJobRunning() || (runner() && runner()->isRunning())) {
        problem = busyDiagnosis();
    } else if (m_state.target.isEmpty()) {
        problem = {QStringLiteral("ui.telink.no_target"), tr("No thermometer is chosen."), {},
                   tr("Go back to step 1 and pick one.")};
    } else if (!m_state.link) {
        QString why;
        std::unique_ptr<core::GattLink> link = m_linkFactory(m_state.target, &why);
        if (!link)
            problem = {QStringLiteral("ble.unavailable"), why, {},
                       tr("Go back to step 1 and pick the thermometer again, or a demo device.")};
        else
            m_state.link = std::shared_ptr<core::GattLink>(std::move(link));
    }
    if (problem.isEmpty()) {
        auto identity = std::make_shared<fw::telink::TelinkIdentity>();
        const auto pageFinished = hooks.finished;
        hooks.finished = [this, identity, pageFinished](const core::JobResult &r) {
            if (r.status == core::JobResult::Status::Succeeded) {
                m_state.identity = *identity;
                m_state.identified = true;
            }
            if (pageFinished)
                pageFinished(r);
        };
        if (runJob(std::make_unique<TelinkIdentifyTask>(m_state.link, m_state.address, m_state.goal, identity),
                   std::move(hooks)))
            return true;
        problem = busyDiagnosis();
    }
    if (error)
        *error = problem;
    return false;
}

}  // namespace fw::ui
