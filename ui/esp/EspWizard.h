#pragma once
// "Flash a Tuya / ESP device": eight steps in the main window's workspace (port, wiring, connect,
// identify, back up, choose firmware or a backup, write and verify, after the flash) over one
// shared EspSession, each job run through the window's JobRunner.

#include "core/Job.h"
#include "ui/esp/EspWizardState.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fw::core {
class JobRunner;
class PortDiscovery;
}  // namespace fw::core

namespace fw::ui {

class EspAfterPage;
class EspBackupPage;
class EspConnectPage;
class EspFirmwarePage;
class EspIdentifyPage;
class EspPortPage;
class EspRestorePage;
class EspStepList;
class EspWiringPage;
class EspWizardPage;
class EspWritePage;
class ProgressPanel;
class ThroughputPlot;

class EspWizard : public QWidget {
    Q_OBJECT
public:
    enum class Step { Port, Wiring, Connect, Identify, Backup, Firmware, Write, After };
    static constexpr int kStepCount = 8;

    // What a page wants to hear from the job it starts.
    struct JobHooks {
        ProgressPanel *panel = nullptr;  // fed started/progress/finished of this job only
        ThroughputPlot *plot = nullptr;
        std::function<void(const fw::core::JobProgress &)> progress;
        std::function<void(const fw::core::JobResult &)> finished;
    };

    // runner: the window's (its activity panel shows the jobs too); discovery may be null.
    EspWizard(fw::core::JobRunner *runner, fw::core::PortDiscovery *discovery,
              QWidget *parent = nullptr);
    ~EspWizard() override;

    // Adds the "esp8266" and "esp32" demo devices to the registry; calling it again is harmless.
    static void registerDemos();

    // Starts over at step 1 with this port chosen ("/dev/ttyUSB0", "demo:esp8266"; empty: keep).
    void startWith(const QString &port);
    // Closes the session and forgets every choice and result.
    void restart();

    Step currentStep() const { return m_step; }
    // Shows a step as it is (tests, and Back); the pages check their own preconditions.
    void setCurrentStep(Step step);
    bool goNext();  // false when the current step is not complete or a job runs
    void goBack();

    EspWizardState &state() { return m_state; }
    const EspWizardState &state() const { return m_state; }
    fw::core::JobRunner *runner() const { return m_runner; }
    fw::core::PortDiscovery *discovery() const { return m_discovery; }

    // Starts a job on the shared runner; false (and nothing runs) when another job is running.
    bool runJob(std::unique_ptr<fw::core::Job> job, JobHooks hooks);
    bool isJobRunning() const;
    void cancelJob();
    // Closes the session without a reset (a new port, a new connection, or leaving).
    void dropSession();
    // Re-reads the current page's completeness into the Next button and the step list.
    void updateNavigation();

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
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QString blockedText() const;
    EspStepList *stepList() const { return m_steps; }

    // The folder backups go to unless the user picks another: <app data>/backups.
    static QString defaultBackupDir();

Q_SIGNALS:
    void stepChanged(fw::ui::EspWizard::Step step);
    void showLogRequested();
    void exportBundleRequested();
    // The user is done (Close on the last step): the window shows its start page.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void onJobStarted(const QString &name);
    void onJobProgress(const fw::core::JobProgress &p);
    void onJobFinished(const fw::core::JobResult &result);
    QStringList stepTitles() const;

    fw::core::JobRunner *m_runner;
    fw::core::PortDiscovery *m_discovery;
    EspWizardState m_state;
    Step m_step = Step::Port;
    int m_reached = 0;  // the furthest step shown, for the ticks in the step list
    bool m_ownJob = false;
    JobHooks m_hooks;

    EspStepList *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_startOver = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_blocked = nullptr;

    EspPortPage *m_portPage = nullptr;
    EspWiringPage *m_wiringPage = nullptr;
    EspConnectPage *m_connectPage = nullptr;
    EspIdentifyPage *m_identifyPage = nullptr;
    EspBackupPage *m_backupPage = nullptr;
    EspFirmwarePage *m_firmwarePage = nullptr;
    EspRestorePage *m_restorePage = nullptr;
    EspWritePage *m_writePage = nullptr;
    EspAfterPage *m_afterPage = nullptr;
    QList<EspWizardPage *> m_pages;  // in stack order; each sits in its own scroll area
};

}  // namespace fw::ui

Q_DECLARE_METATYPE(fw::ui::EspWizard::Step)
