#pragma once
// Step 5: what will be sent, then the update with its progress, speed, time left and the
// throughput plot. Stopping is safe (the thermometer keeps its old firmware); a failure shows
// the likely causes, most likely first, with Retry, the log and the support bundle.

#include "ui/telink/TelinkWizardPage.h"

#include "core/Job.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class FactsForm;
class ProgressPanel;
class ThroughputPlot;
class WizardJobView;

class TelinkFlashPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkFlashPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    bool startFlash();

    QPushButton *flashButton() const { return m_flash; }
    ProgressPanel *progressPanel() const;
    ThroughputPlot *plot() const;
    DiagnosisBanner *banner() const;
    QPushButton *wiredButton() const { return m_wired; }
    QString summaryText() const;
    QString resultText() const;

protected:
    void retranslate() override;

private:
    void renderSummary();
    bool needsMiLogin() const;  // stock Xiaomi firmware: the update needs the Mi login first
    void onFinished(const fw::core::JobResult &result);

    FactsForm *m_summary = nullptr;
    QPushButton *m_flash = nullptr;
    QLabel *m_safety = nullptr;
    WizardJobView *m_job = nullptr;
    QPushButton *m_wired = nullptr;
    bool m_running = false;
};

}  // namespace fw::ui
