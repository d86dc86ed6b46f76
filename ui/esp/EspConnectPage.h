#pragma once
// Step 3: get the chip into its loader (by the adapter's reset lines, or by hand with GPIO0 on
// GND and a power cycle) with live feedback while waiting, and the diagnosis when it fails.

#include "ui/esp/EspWizardPage.h"

#include "core/Job.h"

#include <QElapsedTimer>
#include <QTimer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QToolButton;
class QPushButton;
class QRadioButton;

namespace fw::ui {

class DiagnosisBanner;
class WrapCheckBox;

class EspConnectPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspConnectPage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Opens a new session and runs the connect job; false when another job is running.
    bool startConnect();
    bool isConnecting() const { return m_connecting; }

    QPushButton *connectButton() const { return m_connect; }
    QPushButton *cancelButton() const { return m_cancel; }
    QRadioButton *manualButton() const { return m_manual; }
    QRadioButton *autoButton() const { return m_auto; }
    // Advanced: shows the ROM-only choice.
    QToolButton *advancedButton() const { return m_advanced; }
    QCheckBox *romOnlyCheck() const;
    DiagnosisBanner *banner() const { return m_banner; }
    QString phaseText() const;
    QString resultText() const;
    QString instructionsText() const;

protected:
    void retranslate() override;

private:
    void updateInstructions();
    void showAdvanced(bool show);
    void updateElapsed();
    void onFinished(const fw::core::JobResult &result);
    void showConnected();

    QLabel *m_howLabel = nullptr;
    QRadioButton *m_manual = nullptr;
    QRadioButton *m_auto = nullptr;
    QLabel *m_manualHint = nullptr;
    QLabel *m_autoHint = nullptr;
    QLabel *m_instructions = nullptr;
    QToolButton *m_advanced = nullptr;
    QWidget *m_advancedBox = nullptr;
    WrapCheckBox *m_romOnlyRow = nullptr;
    QLabel *m_romOnlyHint = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_result = nullptr;
    DiagnosisBanner *m_banner = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    bool m_connecting = false;
    QString m_lastPhase;
};

}  // namespace fw::ui
