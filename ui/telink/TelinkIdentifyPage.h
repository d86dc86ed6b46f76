#pragma once
// Step 2: connects and reads what the thermometer is and runs (model, hardware revision,
// firmware, battery, how it can be updated) with the advice that follows for it. Nothing on
// the device is changed.

#include "ui/telink/TelinkWizardPage.h"

#include "core/Job.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class FactsForm;
class ProgressPanel;
class WizardJobView;

class TelinkIdentifyPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkIdentifyPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Connects and reads the thermometer; false when it cannot start.
    bool startIdentify();

    QString rowText(const QString &key) const;  // "model", "hardware", "firmware", "battery", "update"
    QString batteryWarningText() const;
    QString adviceText() const;
    DiagnosisBanner *banner() const;
    ProgressPanel *progressPanel() const;
    QPushButton *readButton() const { return m_read; }

protected:
    void retranslate() override;

private:
    void render();
    void onFinished(const fw::core::JobResult &result);

    FactsForm *m_facts = nullptr;
    QLabel *m_battery = nullptr;
    QLabel *m_advice = nullptr;
    WizardJobView *m_job = nullptr;
    QPushButton *m_read = nullptr;
    bool m_failed = false;  // the last try failed: wait for Retry instead of trying on every visit
};

}  // namespace fw::ui
