#pragma once
// Progress of the running job: bar, phase, speed, time left and a Cancel button; at the end
// it says "Done", "Cancelled" or the failure summary. Idle text when nothing runs.

#include "core/Job.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fw::core {
class JobRunner;
}

namespace fw::ui {

class ProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void attach(fw::core::JobRunner *runner);

    // The runner's signals call these; public for tests and for jobs driven by other means.
    void jobStarted(const QString &name);
    void updateProgress(const fw::core::JobProgress &p);
    void jobFinished(const fw::core::JobResult &result);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString phaseText() const;
    QString speedText() const;
    QString etaText() const;
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Running, Finished };

    void retranslate();
    void setIdle();
    void showProgress();
    QString barFormat() const;
    void updateCancelText();
    void updateStatusText();

    QPointer<fw::core::JobRunner> m_runner;
    QProgressBar *m_bar;
    QLabel *m_phase;
    QLabel *m_speed;
    QLabel *m_eta;
    QLabel *m_status;
    QPushButton *m_cancel;
    QString m_jobName;
    State m_state = State::Idle;
    bool m_cancelling = false;
    bool m_hasProgress = false;
    fw::core::JobProgress m_progress;  // the latest, re-worded after a language switch
    fw::core::JobResult m_result;      // of the last finished job
};

}  // namespace fw::ui
