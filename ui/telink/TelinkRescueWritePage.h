#pragma once
// Wired rescue, step 4: the firmware file, checked before the chip is touched, then erase, write
// and read back through the wires (the device's own data is saved once more first), with the
// progress and the throughput plot; the firmware is started at the end.

#include "ui/telink/TelinkWizardPage.h"

#include "core/Job.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class ProgressPanel;
class TelinkPowerCyclePrompt;
class ThroughputPlot;
class WizardFilePicker;
class WizardJobView;

class TelinkRescueWritePage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkRescueWritePage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Reads and checks the file; true when it may be written.
    bool setFirmwareFile(const QString &path);
    bool startWrite();

    QPushButton *writeButton() const { return m_write; }
    ProgressPanel *progressPanel() const;
    ThroughputPlot *plot() const;
    DiagnosisBanner *banner() const;
    QString verdictText() const;
    QString resultText() const;

protected:
    void retranslate() override;

private:
    void render();
    void onFinished(const fw::core::JobResult &result);

    WizardFilePicker *m_picker = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_safety = nullptr;
    TelinkPowerCyclePrompt *m_prompt = nullptr;
    WizardJobView *m_job = nullptr;

    QString m_file;
    QByteArray m_bytes;
    QString m_problem;  // why it cannot be written, as HTML; empty when it can
    bool m_running = false;
};

}  // namespace fw::ui
