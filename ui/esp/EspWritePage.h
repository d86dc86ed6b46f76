#pragma once
// Step 7: what will be written where, then the write and its check, with the throughput plot,
// speed and time left. Stopping mid-write asks first and says what it leaves behind.

#include "ui/esp/EspWizardPage.h"

#include "core/Job.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace fw::ui {

class DiagnosisBanner;
class ProgressPanel;
class ThroughputPlot;

class EspWritePage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspWritePage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    bool startWrite();
    // Asks before stopping: a write cut short leaves the device without working firmware.
    void requestStop();

    QPushButton *writeButton() const { return m_write; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *stopAnywayButton() const { return m_stopAnyway; }
    QPushButton *keepWritingButton() const { return m_keep; }
    ProgressPanel *progressPanel() const { return m_progress; }
    ThroughputPlot *plot() const { return m_plot; }
    DiagnosisBanner *banner() const { return m_banner; }
    QString resultText() const;
    QString summaryText() const;
    QString stopWarningText() const;
    bool isStopConfirmationShown() const;

protected:
    void retranslate() override;

private:
    void renderSummary();
    void onFinished(const fw::core::JobResult &result);
    void addSummaryRow(const QString &name, const QString &value);

    QFormLayout *m_summary = nullptr;
    QWidget *m_summaryBox = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_safety = nullptr;
    ProgressPanel *m_progress = nullptr;
    ThroughputPlot *m_plot = nullptr;
    QPushButton *m_stop = nullptr;
    QWidget *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_stopAnyway = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_result = nullptr;
    DiagnosisBanner *m_banner = nullptr;
    bool m_running = false;
};

}  // namespace fw::ui
