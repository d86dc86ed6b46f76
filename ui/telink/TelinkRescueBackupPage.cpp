#include "ui/telink/TelinkRescueBackupPage.h"

#include "telink/TelinkRescue.h"
#include "ui/DiagnosisBanner.h"
#include "ui/FactsForm.h"
#include "ui/FolderField.h"
#include "ui/ProgressPanel.h"
#include "ui/WizardJobView.h"
#include "ui/telink/TelinkPowerCyclePrompt.h"
#include "ui/telink/TelinkWizard.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

namespace fw::ui {

using fw::telink::TelinkRescue;

TelinkRescueBackupPage::TelinkRescueBackupPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_why = makeNote(this, NoteKind::Info);
    m_folder = new FolderField(this);
    m_powerCycle = makeNote(this, NoteKind::Warning);
    m_backup = makeMainButton(this);
    m_prompt = new TelinkPowerCyclePrompt(this);
    m_job = new WizardJobView(owner, false, this);
    m_facts = new FactsForm(this);
    m_facts->hide();
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_backup);
    actionRow->addStretch(1);

    content()->addWidget(m_why);
    content()->addWidget(m_folder);
    content()->addWidget(m_powerCycle);
    content()->addLayout(actionRow);
    content()->addWidget(m_prompt->label());
    content()->addWidget(m_job);
    content()->addWidget(m_facts);

    connect(m_backup, &QPushButton::clicked, this, &TelinkRescueBackupPage::startBackup);
    connect(m_folder, &FolderField::dirChosen, this, &TelinkRescueBackupPage::setBackupDir);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkRescueBackupPage::startBackup);
    retranslate();
}

QString TelinkRescueBackupPage::stepTitle() const
{
    return tr("Back up");
}

void TelinkRescueBackupPage::retranslate()
{
    setHeading(tr("Save the thermometer's own data first"),
               tr("Flashwright connects through the wires and saves what cannot be downloaded anywhere, "
                  "before anything is erased."));
    m_why->setText(tr("The end of the thermometer's memory holds its own <b>Bluetooth address</b>, its <b>sensor "
                      "calibration</b> and the <b>keys</b> Mi Home knows it by. A wrong write there cannot be "
                      "undone without this backup. It is 48 KB (the area from 0x74000 to the end) and usually takes "
                      "under a minute."));
    m_folder->setTexts({tr("Save &in:"), tr("Backup folder"), tr("C&hange…"), tr("Choose another folder for the backup"),
                        tr("Folder for the backup")});
    m_powerCycle->setText(tr("<b>Get ready to power-cycle it.</b> After you click the button, Flashwright asks you "
                             "to take the battery out and put it back (or pull the 3.3 V wire off and on). Do it "
                             "within %1 seconds: the chip can only be stopped right after it powers up.")
                              .arg(state().activationMs / 1000));
    m_backup->setText(state().hasBackup() ? tr("Back &up again") : tr("Connect and back &up"));
    m_powerCycle->setVisible(!state().hasBackup() || m_running);
    m_job->progressPanel()->cancelButton()->setToolTip(tr("Stop. This is safe: nothing is written."));
}

void TelinkRescueBackupPage::setBackupDir(const QString &dir)
{
    state().backupDir = dir;
    m_folder->setDir(dir);
}

bool TelinkRescueBackupPage::startBackup()
{
    TelinkWizardState &s = state();
    if (m_running || wizard()->isJobRunning())
        return false;
    m_facts->hide();
    m_job->started();
    if (!QDir().mkpath(s.backupDir)) {
        m_job->hideProgress();
        m_job->showFailure({QStringLiteral("ui.backup_dir"), tr("Flashwright cannot create the folder %1.")
                                                                      .arg(QDir::toNativeSeparators(s.backupDir)),
                                 {}, tr("Choose another folder with Change, then try again.")});
        return false;
    }
    fw::telink::TelinkRescueOptions o;
    o.action = fw::telink::TelinkRescueAction::Backup;
    o.backupPath = QDir(s.backupDir).filePath(
        QStringLiteral("thermometer-data-%1.bin").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    WizardShell::JobHooks hooks = m_job->hooks([this](const core::JobResult &r) { onFinished(r); });
    hooks.progress = [this](const core::JobProgress &p) { m_prompt->onProgress(p); };
    if (!wizard()->runRescue(o, std::move(hooks))) {
        m_job->hideProgress();
        m_job->showFailure(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    m_backup->setEnabled(false);
    m_folder->changeButton()->setEnabled(false);
    Q_EMIT completeChanged();
    return true;
}

void TelinkRescueBackupPage::onFinished(const core::JobResult &result)
{
    m_running = false;
    m_prompt->hide();
    m_backup->setEnabled(true);
    m_folder->changeButton()->setEnabled(true);
    TelinkWizardState &s = state();
    const QVariantMap &out = result.output;
    if (result.status == core::JobResult::Status::Succeeded) {
        s.backupPath = out.value(QStringLiteral("backupPath")).toString();
        s.backupOutput = out;
        m_job->showResult(NoteKind::Success,
                          tr("<b>Saved:</b> %1 (%2). Keep it: it belongs to this thermometer only.")
                              .arg(QFileInfo(s.backupPath).fileName().toHtmlEscaped(),
                                   flashBytes(QFileInfo(s.backupPath).size())));
        const QString mac = out.value(QStringLiteral("mac")).toString();
        m_facts->setRow(QStringLiteral("mac"), tr("Its Bluetooth address:"), mac.isEmpty() ? tr("blank") : mac);
        m_facts->setRow(QStringLiteral("flash"), tr("Its memory:"),
                        flashBytes(out.value(QStringLiteral("flashSize")).toLongLong()));
        m_facts->setRow(QStringLiteral("firmware"), tr("Firmware on it now:"),
                        out.value(QStringLiteral("firmwareOnChip")).toString());
        // In groups of eight, so the 64 digits can wrap in a narrow window.
        QString sha = out.value(QStringLiteral("backupSha256")).toString();
        for (int i = sha.size() - 8; i > 0; i -= 8)
            sha.insert(i, QLatin1Char(' '));
        m_facts->setRow(QStringLiteral("checksum"), tr("SHA-256 of the backup:"), sha);
        m_facts->show();
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
    } else if (result.status == core::JobResult::Status::Failed) {
        m_job->showFailure(result.diagnosis);
        ensureVisible(m_job);
    }
    retranslate();
    Q_EMIT completeChanged();
}

QString TelinkRescueBackupPage::resultText() const
{
    return m_job->resultText();
}

ProgressPanel *TelinkRescueBackupPage::progressPanel() const
{
    return m_job->progressPanel();
}

DiagnosisBanner *TelinkRescueBackupPage::banner() const
{
    return m_job->banner();
}

QString TelinkRescueBackupPage::factsText() const
{
    return m_facts->isHidden() ? QString() : m_facts->text();
}

bool TelinkRescueBackupPage::isComplete() const
{
    return state().hasBackup() && !m_running;
}

QString TelinkRescueBackupPage::blockedReason() const
{
    return tr("Save the thermometer's own data first: click Connect and back up.");
}

void TelinkRescueBackupPage::enter()
{
    m_folder->setDir(state().backupDir);
    retranslate();
}

void TelinkRescueBackupPage::reset()
{
    m_prompt->hide();
    m_facts->hide();
    m_job->clear();
}

QWidget *TelinkRescueBackupPage::mainAction() const
{
    return state().hasBackup() ? nullptr : m_backup;
}

}  // namespace fw::ui
