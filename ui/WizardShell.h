#pragma once
// The frame every family wizard shares: the step list on the left, the current page (each in
// its own scroll area), Start over / Back / Next with what is still missing, and the one job
// the wizard runs at a time on the window's JobRunner, routed to the page that started it.

#include "core/Diagnosis.h"
#include "core/Job.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fw::core {
class JobRunner;
}

namespace fw::ui {

class DiagnosisBanner;
class ProgressPanel;
class ThroughputPlot;
class WizardPage;
class WizardStepList;

class WizardShell : public QWidget {
    Q_OBJECT
public:
    // What a page wants to hear from the job it starts.
    struct JobHooks {
        ProgressPanel *panel = nullptr;  // fed started/progress/finished of this job only
        ThroughputPlot *plot = nullptr;
        std::function<void(const fw::core::JobProgress &)> progress;
        std::function<void(const fw::core::JobResult &)> finished;
    };

    // runner: the window's (its activity panel shows the jobs too).
    explicit WizardShell(fw::core::JobRunner *runner, QWidget *parent = nullptr);
    ~WizardShell() override;

    int currentIndex() const { return m_index; }
    // Shows a step as it is (tests, and Back); the pages check their own preconditions.
    void setCurrentIndex(int index);
    bool goNext();  // false when the current step is not complete or a job runs
    void goBack();
    // Forgets every choice and result and shows the first step.
    virtual void restart() = 0;

    // Starts a job on the shared runner; false (and nothing runs) when another job is running.
    bool runJob(std::unique_ptr<fw::core::Job> job, JobHooks hooks);
    bool isJobRunning() const { return m_ownJob; }
    void cancelJob();
    // Re-reads the current page's completeness into the Next button and the step list.
    void updateNavigation();
    // A page's diagnosis banner: its Show log and Export buttons reach the window.
    void attachBanner(DiagnosisBanner *banner);
    // What a page shows when it cannot start its job because another one runs.
    static fw::core::Diagnosis busyDiagnosis();

    fw::core::JobRunner *runner() const { return m_runner; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *startOverButton() const { return m_startOver; }
    QString blockedText() const;
    WizardStepList *stepList() const { return m_steps; }

Q_SIGNALS:
    void currentIndexChanged(int index);
    void showLogRequested();
    void exportBundleRequested();
    // The user is done (Close on the last step): the window shows its start page.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

    virtual int stepCount() const = 0;
    virtual WizardPage *pageAt(int index) const = 0;
    virtual bool canGoBack() const { return m_index > 0; }
    // Start over: by default the same as restart().
    virtual void startOver() { restart(); }
    // Puts a page in the stack (in its own scroll area, so a small window clips nothing).
    void addPage(WizardPage *page);
    QList<WizardPage *> pages() const { return m_pages; }

private:
    void retranslateFrame();
    void onJobStarted(const QString &name);
    void onJobProgress(const fw::core::JobProgress &p);
    void onJobFinished(const fw::core::JobResult &result);

    fw::core::JobRunner *m_runner;
    int m_index = 0;
    bool m_ownJob = false;
    JobHooks m_hooks;

    WizardStepList *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_startOver = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_blocked = nullptr;
    QList<WizardPage *> m_pages;  // in stack order
};

}  // namespace fw::ui
