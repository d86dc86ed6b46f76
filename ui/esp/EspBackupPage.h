#pragma once
// Step 5: save the whole flash before anything is written (on by default). Going on without a
// backup, by choice or because the loader cannot read, needs a deliberate "I understand".

#include "ui/esp/EspWizardPage.h"

#include "core/Job.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;
class FolderField;
class ProgressPanel;
class WrapCheckBox;

class EspBackupPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspBackupPage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    bool canRead() const;
    bool startBackup();
    void setBackupDir(const QString &dir);

    QCheckBox *backupCheck() const;
    QCheckBox *understandCheck() const;
    QPushButton *backupButton() const { return m_backup; }
    ProgressPanel *progressPanel() const { return m_progress; }
    DiagnosisBanner *banner() const { return m_banner; }
    QString resultText() const;
    QString cannotReadText() const;

protected:
    void retranslate() override;

private:
    void updateState();
    void onFinished(const fw::core::JobResult &result);

    WrapCheckBox *m_doBackupRow = nullptr;
    QCheckBox *m_doBackup = nullptr;
    FolderField *m_folder = nullptr;
    QLabel *m_estimate = nullptr;
    QPushButton *m_backup = nullptr;
    ProgressPanel *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_showFolder = nullptr;
    QLabel *m_cannotRead = nullptr;
    QLabel *m_skipWarning = nullptr;
    WrapCheckBox *m_understandRow = nullptr;
    QCheckBox *m_understand = nullptr;
    DiagnosisBanner *m_banner = nullptr;
    bool m_running = false;
    bool m_userSkip = false;  // the user unticked the backup
};

}  // namespace fw::ui
