#pragma once
// Where a wizard step shows the job it runs: the outcome (a note) or the failure (a diagnosis
// with Retry, Show log and Export support bundle) on top, the progress with its Cancel button
// and, for transfers, the throughput plot underneath.

#include "core/Diagnosis.h"
#include "ui/WizardPage.h"
#include "ui/WizardShell.h"

#include <QWidget>

class QLabel;

namespace fw::ui {

class DiagnosisBanner;
class ProgressPanel;
class ThroughputPlot;

class WizardJobView : public QWidget {
    Q_OBJECT
public:
    // withPlot: a throughput plot for transfers; the progress's Cancel cancels the wizard's job.
    WizardJobView(WizardShell *wizard, bool withPlot, QWidget *parent);

    // Hooks that feed this view; `finished` runs after the progress has been told.
    WizardShell::JobHooks hooks(std::function<void(const fw::core::JobResult &)> finished);
    // A job starts: the last outcome goes, the progress (and plot) show.
    void started();
    // The outcome replaces the progress.
    void showResult(WizardPage::NoteKind kind, const QString &html);
    void showFailure(const fw::core::Diagnosis &diagnosis);
    void hideProgress();
    // Forgets everything shown (the wizard starts over).
    void clear();
    // The outcome just shown, for scrolling it into view.
    QWidget *outcome() const;

    ProgressPanel *progressPanel() const { return m_progress; }
    ThroughputPlot *plot() const { return m_plot; }
    DiagnosisBanner *banner() const { return m_banner; }
    QString resultText() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_result;
    DiagnosisBanner *m_banner;
    ProgressPanel *m_progress;
    ThroughputPlot *m_plot = nullptr;
};

}  // namespace fw::ui
