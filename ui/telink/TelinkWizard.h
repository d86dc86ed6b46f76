#pragma once
// "Flash a Xiaomi thermometer": over Bluetooth in six steps (find, identify, choose the
// firmware, battery check, flash and verify, done), or by wire when it no longer answers
// (adapter, pads, back up the device's own data, write and verify, done).

#include "core/Diagnosis.h"
#include "ui/WizardShell.h"
#include "telink/TelinkRescue.h"
#include "ui/telink/TelinkWizardState.h"

#include <functional>
#include <memory>

namespace fw::core {
class BleScanner;
class GattLink;
class PortDiscovery;
}  // namespace fw::core

namespace fw::ui {

class TelinkBatteryPage;
class TelinkChoosePage;
class TelinkDonePage;
class TelinkFindPage;
class TelinkFlashPage;
class TelinkIdentifyPage;
class TelinkPadsPage;
class TelinkRescueBackupPage;
class TelinkRescueDonePage;
class TelinkRescuePortPage;
class TelinkRescueWritePage;
class TelinkWizardPage;

class TelinkWizard : public WizardShell {
    Q_OBJECT
public:
    enum class Step { Find, Identify, Choose, Battery, Flash, Done };
    enum class WiredStep { Port, Pads, Backup, Write, Done };
    static constexpr int kStepCount = 6;
    static constexpr int kWiredStepCount = 5;

    // Opens the link to "demo:NAME" or an address; tests give one with a faster wire model.
    using LinkFactory = std::function<std::unique_ptr<fw::core::GattLink>(const QString &target, QString *error)>;

    // scanner: the window's Bluetooth scan (may be null); discovery: its serial ports (may be null).
    TelinkWizard(fw::core::JobRunner *runner, fw::core::BleScanner *scanner, fw::core::PortDiscovery *discovery,
                 QWidget *parent = nullptr);

    // Adds the thermometer and wired-rescue demo devices to the registry; harmless when repeated.
    static void registerDemos();

    // Starts over at step 1 of the Bluetooth path with this thermometer chosen (empty: keep).
    void startWith(const QString &target);
    // Switches to the wired rescue, with this adapter chosen (empty: keep).
    void startRescue(const QString &port = {});
    void restart() override;

    TelinkWizardState::Path path() const { return m_state.path; }
    Step currentStep() const { return Step(currentIndex()); }
    WiredStep currentWiredStep() const { return WiredStep(currentIndex()); }
    void setCurrentStep(Step step);
    void setCurrentWiredStep(WiredStep step);

    TelinkWizardState &state() { return m_state; }
    const TelinkWizardState &state() const { return m_state; }
    fw::core::BleScanner *scanner() const { return m_scanner; }
    fw::core::PortDiscovery *discovery() const { return m_discovery; }
    void setLinkFactory(LinkFactory factory) { m_linkFactory = std::move(factory); }

    // Reads the thermometer (connecting first) and keeps its identity in the state; hooks.finished
    // runs after that. False with *error set when it cannot start.
    bool identify(JobHooks hooks, fw::core::Diagnosis *error);
    // Closes the Bluetooth link and forgets what it read (a new thermometer, or leaving).
    void dropLink();
    // Runs a wired rescue action on the chosen adapter at the chosen speed.
    bool runRescue(fw::telink::TelinkRescueOptions options, JobHooks hooks);

    TelinkFindPage *findPage() const { return m_findPage; }
    TelinkIdentifyPage *identifyPage() const { return m_identifyPage; }
    TelinkChoosePage *choosePage() const { return m_choosePage; }
    TelinkBatteryPage *batteryPage() const { return m_batteryPage; }
    TelinkFlashPage *flashPage() const { return m_flashPage; }
    TelinkDonePage *donePage() const { return m_donePage; }
    TelinkRescuePortPage *rescuePortPage() const { return m_rescuePortPage; }
    TelinkPadsPage *padsPage() const { return m_padsPage; }
    TelinkRescueBackupPage *rescueBackupPage() const { return m_rescueBackupPage; }
    TelinkRescueWritePage *rescueWritePage() const { return m_rescueWritePage; }
    TelinkRescueDonePage *rescueDonePage() const { return m_rescueDonePage; }

    // Where backups of the device data go unless the user picks another folder.
    static QString defaultBackupDir();

protected:
    void changeEvent(QEvent *event) override;
    int stepCount() const override;
    WizardPage *pageAt(int index) const override;
    bool canGoBack() const override;
    void startOver() override;

private:
    void retranslate();
    void setPath(TelinkWizardState::Path path);

    fw::core::BleScanner *m_scanner;
    fw::core::PortDiscovery *m_discovery;
    LinkFactory m_linkFactory;
    TelinkWizardState m_state;

    TelinkFindPage *m_findPage = nullptr;
    TelinkIdentifyPage *m_identifyPage = nullptr;
    TelinkChoosePage *m_choosePage = nullptr;
    TelinkBatteryPage *m_batteryPage = nullptr;
    TelinkFlashPage *m_flashPage = nullptr;
    TelinkDonePage *m_donePage = nullptr;
    TelinkRescuePortPage *m_rescuePortPage = nullptr;
    TelinkPadsPage *m_padsPage = nullptr;
    TelinkRescueBackupPage *m_rescueBackupPage = nullptr;
    TelinkRescueWritePage *m_rescueWritePage = nullptr;
    TelinkRescueDonePage *m_rescueDonePage = nullptr;
    QList<TelinkWizardPage *> m_blePages;
    QList<TelinkWizardPage *> m_wiredPages;
};

}  // namespace fw::ui
