#pragma once
// Step 4: the battery, the most common reason a thermometer update stops. A fresh battery is
// confirmed; a low one blocks the way on unless it is replaced (and read again) or the user
// deliberately flashes on it anyway.

#include "ui/telink/TelinkWizardPage.h"

#include "core/Job.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class WizardJobView;
class WrapCheckBox;

class TelinkBatteryPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkBatteryPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Reads the thermometer again, for example after a new battery went in.
    bool readAgain();
    bool isLow() const;

    QCheckBox *confirmCheck() const { return m_confirm; }
    QCheckBox *overrideCheck() const { return m_override; }
    QPushButton *readAgainButton() const { return m_readAgain; }
    QProgressBar *gauge() const { return m_gauge; }
    QString adviceText() const;
    DiagnosisBanner *banner() const;

protected:
    void retranslate() override;

private:
    void render();
    void onRead(const fw::core::JobResult &result);

    QLabel *m_levelLabel = nullptr;
    QProgressBar *m_gauge = nullptr;
    QLabel *m_advice = nullptr;
    WrapCheckBox *m_confirmRow = nullptr;
    QCheckBox *m_confirm = nullptr;
    WrapCheckBox *m_overrideRow = nullptr;
    QCheckBox *m_override = nullptr;
    QPushButton *m_readAgain = nullptr;
    WizardJobView *m_job = nullptr;
};

}  // namespace fw::ui
