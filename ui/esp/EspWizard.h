#pragma once
// "Flash a Tuya / ESP device": eight steps in the main window's workspace (port, wiring, connect,
// identify, back up, choose firmware or a backup, write and verify, after the flash) over one
// shared EspSession, each job run through the window's JobRunner.

#include "ui/WizardShell.h"
#include "ui/esp/EspWizardState.h"

namespace fw::core {
class PortDiscovery;
}

namespace fw::ui {

class EspAfterPage;
class EspBackupPage;
class EspConnectPage;
class EspFirmwarePage;
class EspIdentifyPage;
class EspPortPage;
class EspRestorePage;
class EspWiringPage;
class EspWizardPage;
class EspWritePage;

class EspWizard : public WizardShell {
    Q_OBJECT
public:
    enum class Step { Port, Wiring, Connect, Identify, Backup, Firmware, Write, After };
    static constexpr int kStepCount = 8;

    // runner: the window's (its activity panel shows the jobs too); discovery may be null.
    EspWizard(fw::core::JobRunner *runner, fw::core::PortDiscovery *discovery,
              QWidget *parent = nullptr);

    // Adds the "esp8266" and "esp32" demo devices to the registry; calling it again is harmless.
    static void registerDemos();

    // Starts over at step 1 with this port chosen ("/dev/ttyUSB0", "demo:esp8266"; empty: keep).
    void startWith(const QString &port);
    // Closes the session and forgets every choice and result.
    void restart() override;

    Step currentStep() const { return Step(currentIndex()); }
    // Shows a step as it is (tests, and Back); the pages check their own preconditions.
    void setCurrentStep(Step step) { setCurrentIndex(int(step)); }

    EspWizardState &state() { return m_state; }
    const EspWizardState &state() const { return m_state; }
    fw::core::PortDiscovery *discovery() const { return m_discovery; }

    // Closes the session without a reset (a new port, a new connection, or leaving).
    void dropSession();

    EspWizardPage *page(Step step) const;  // under the current goal (firmware or restore)
    EspPortPage *portPage() const { return m_portPage; }
    EspWiringPage *wiringPage() const { return m_wiringPage; }
    EspConnectPage *connectPage() const { return m_connectPage; }
    EspIdentifyPage *identifyPage() const { return m_identifyPage; }
    EspBackupPage *backupPage() const { return m_backupPage; }
    EspFirmwarePage *firmwarePage() const { return m_firmwarePage; }
    EspRestorePage *restorePage() const { return m_restorePage; }
    EspWritePage *writePage() const { return m_writePage; }
    EspAfterPage *afterPage() const { return m_afterPage; }

    // The folder backups go to unless the user picks another: <app data>/backups.
    static QString defaultBackupDir();

Q_SIGNALS:
    void stepChanged(fw::ui::EspWizard::Step step);

protected:
    void changeEvent(QEvent *event) override;
    int stepCount() const override { return kStepCount; }
    WizardPage *pageAt(int index) const override;
    bool canGoBack() const override;
    void startOver() override { startWith(m_state.port); }

private:
    void buildUi();
    void retranslate();

    fw::core::PortDiscovery *m_discovery;
    EspWizardState m_state;

    EspPortPage *m_portPage = nullptr;
    EspWiringPage *m_wiringPage = nullptr;
    EspConnectPage *m_connectPage = nullptr;
    EspIdentifyPage *m_identifyPage = nullptr;
    EspBackupPage *m_backupPage = nullptr;
    EspFirmwarePage *m_firmwarePage = nullptr;
    EspRestorePage *m_restorePage = nullptr;
    EspWritePage *m_writePage = nullptr;
    EspAfterPage *m_afterPage = nullptr;
};

}  // namespace fw::ui

Q_DECLARE_METATYPE(fw::ui::EspWizard::Step)
