#include "ui/esp/EspWizard.h"

#include "core/AppPaths.h"
#include "core/sim/DemoRegistry.h"
#include "esp/sim/EspDemos.h"
#include "ui/esp/EspAfterPage.h"
#include "ui/esp/EspBackupPage.h"
#include "ui/esp/EspConnectPage.h"
#include "ui/esp/EspFirmwarePage.h"
#include "ui/esp/EspIdentifyPage.h"
#include "ui/esp/EspPortPage.h"
#include "ui/esp/EspRestorePage.h"
#include "ui/esp/EspWiringPage.h"
#include "ui/esp/EspWritePage.h"

#include <QDir>
#include <QEvent>

namespace fw::ui {

EspWizard::EspWizard(core::JobRunner *runner, core::PortDiscovery *discovery, QWidget *parent)
    : WizardShell(runner, parent), m_discovery(discovery)
{
    setObjectName(QStringLiteral("espWizard"));
    registerDemos();
    m_state.backupDir = defaultBackupDir();
    buildUi();
    connect(this, &WizardShell::currentIndexChanged, this, [this](int i) { Q_EMIT stepChanged(Step(i)); });
    retranslate();
    setCurrentStep(Step::Port);
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
    m_portPage = new EspPortPage(this);
    m_wiringPage = new EspWiringPage(this);
    m_connectPage = new EspConnectPage(this);
    m_identifyPage = new EspIdentifyPage(this);
    m_backupPage = new EspBackupPage(this);
    m_firmwarePage = new EspFirmwarePage(this);
    m_restorePage = new EspRestorePage(this);
    m_writePage = new EspWritePage(this);
    m_afterPage = new EspAfterPage(this);
    for (EspWizardPage *p : QList<EspWizardPage *>{m_portPage, m_wiringPage, m_connectPage, m_identifyPage,
                                                   m_backupPage, m_firmwarePage, m_restorePage, m_writePage,
                                                   m_afterPage})
        addPage(p);
}

void EspWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardShell::changeEvent(event);
}

void EspWizard::retranslate()
{
    setWindowTitle(tr("Flash a Tuya / ESP device"));
    setAccessibleName(tr("Flash a Tuya / ESP device"));
    updateNavigation();
}

WizardPage *EspWizard::pageAt(int index) const
{
    return page(Step(index));
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
    if (isJobRunning())
        return;  // never pull the session from under a running job; the page shows its progress
    restart();
    if (!port.isEmpty())
        m_portPage->selectPort(port);
    setCurrentStep(Step::Port);
}

void EspWizard::restart()
{
    if (isJobRunning())
        return;
    dropSession();
    const QString keepDir = m_state.backupDir;
    m_state = EspWizardState{};
    m_state.backupDir = keepDir.isEmpty() ? defaultBackupDir() : keepDir;
    for (WizardPage *p : pages())
        p->reset();
    setCurrentStep(Step::Port);
}

void EspWizard::dropSession()
{
    if (isJobRunning())
        return;
    m_state.session.reset();  // closes the port, no reset: the device stays where it is
    m_state.connected = false;
    m_state.identity = {};
}

bool EspWizard::canGoBack() const
{
    // After the final reset the session is closed: writing again means starting over.
    return currentStep() != Step::Port && !(currentStep() == Step::After && m_state.finished);
}

}  // namespace fw::ui
