#pragma once
// Wired rescue, step 3: connect (the user power-cycles the thermometer when asked) and save the
// thermometer's own data first: the end of its memory holds its Bluetooth address, sensor
// calibration and Mi keys, which no download has.

#include "ui/telink/TelinkWizardPage.h"

#include "core/Job.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class FactsForm;
class FolderField;
class ProgressPanel;
class TelinkPowerCyclePrompt;
class WizardJobView;

class TelinkRescueBackupPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkRescueBackupPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    bool startBackup();
    void setBackupDir(const QString &dir);

    QPushButton *backupButton() const { return m_backup; }
    ProgressPanel *progressPanel() const;
    DiagnosisBanner *banner() const;
    QString resultText() const;
    QString factsText() const;
    TelinkPowerCyclePrompt *powerCyclePrompt() const { return m_prompt; }

protected:
    void retranslate() override;

private:
    void onFinished(const fw::core::JobResult &result);

    QLabel *m_why = nullptr;
    FolderField *m_folder = nullptr;
    QLabel *m_powerCycle = nullptr;
    TelinkPowerCyclePrompt *m_prompt = nullptr;
    QPushButton *m_backup = nullptr;
    WizardJobView *m_job = nullptr;
    FactsForm *m_facts = nullptr;
    bool m_running = false;
};

}  // namespace fw::ui
