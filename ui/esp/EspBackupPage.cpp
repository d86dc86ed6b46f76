#include "ui/esp/EspBackupPage.h"

#include "core/AppPaths.h"
#include "ui/DiagnosisBanner.h"
#include "ui/FolderField.h"
#include "ui/Format.h"
#include "ui/ProgressPanel.h"
#include "ui/esp/EspWizard.h"
#include "ui/WrapCheckBox.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace fw::ui {

EspBackupPage::EspBackupPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_cannotRead = makeNote(this, NoteKind::Danger);
    m_doBackupRow = new WrapCheckBox(this);
    m_doBackup = m_doBackupRow->box();
    m_doBackup->setChecked(true);
    m_folder = new FolderField(this);
    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_estimate->setForegroundRole(QPalette::PlaceholderText);
    m_backup = makeMainButton(this);
    m_progress = new ProgressPanel(this);
    m_progress->hide();
    m_result = makeNote(this, NoteKind::Success);
    m_result->hide();
    m_showFolder = new QPushButton(this);
    m_showFolder->hide();
    m_skipWarning = makeNote(this, NoteKind::Warning);
    m_understandRow = new WrapCheckBox(this);
    m_understand = m_understandRow->box();
    m_banner = new DiagnosisBanner(this);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_backup);
    actionRow->addStretch(1);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_showFolder, 0, Qt::AlignBottom);

    content()->addWidget(m_cannotRead);
    content()->addWidget(m_doBackupRow);
    content()->addWidget(m_folder);
    content()->addWidget(m_estimate);
    content()->addLayout(actionRow);
    content()->addWidget(m_progress);
    content()->addLayout(resultRow);
    content()->addWidget(m_banner);
    content()->addWidget(m_skipWarning);
    content()->addWidget(m_understandRow);

    connect(m_doBackup, &QCheckBox::toggled, this, [this](bool on) {
        m_userSkip = !on;
        m_understand->setChecked(false);
        updateState();
    });
    connect(m_understand, &QCheckBox::toggled, this, &EspBackupPage::updateState);
    connect(m_backup, &QPushButton::clicked, this, &EspBackupPage::startBackup);
    connect(m_folder, &FolderField::dirChosen, this, &EspBackupPage::setBackupDir);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(state().backupPath).absolutePath()));
    });
    connect(m_progress, &ProgressPanel::cancelRequested, owner, &EspWizard::cancelJob);
    connect(m_banner, &DiagnosisBanner::retryRequested, this, &EspBackupPage::startBackup);
    owner->attachBanner(m_banner);
    retranslate();
}

QString EspBackupPage::stepTitle() const
{
    return tr("Back up");
}

bool EspBackupPage::canRead() const
{
    return state().connected && state().identity.caps.readFlash;
}

void EspBackupPage::retranslate()
{
    m_doBackupRow->setText(tr("Back up the whole flash before writing (recommended)"));
    m_folder->setTexts({tr("Save &in:"), tr("Backup folder"), tr("C&hange…"),
                        tr("Choose another folder for the backup"), tr("Folder for the backup")});
    m_backup->setText(tr("Back &up now"));
    m_showFolder->setText(tr("Show in folder"));
    m_understandRow->setText(tr("I understand that I cannot undo this without a backup"));
    m_cannotRead->setText(cannotReadText());
    m_progress->cancelButton()->setToolTip(tr("Stop the backup. This is safe: nothing is written."));
    updateState();
}

QString EspBackupPage::cannotReadText() const
{
    const QString romOnly =
        state().romOnly && state().identity.isEsp8266Family()
            ? QStringLiteral("<br>")
                  + tr("To make a backup, go back to step 3, untick <b>Use the chip's ROM loader "
                       "only</b> under Advanced, and connect again.")
            : QString();
    return tr("<b>No backup is possible with this device's loader.</b> Its built-in loader (%1) "
              "can write the flash but cannot read it, so Flashwright cannot save a copy of the "
              "firmware that is on it now.<br><b>What this means:</b> once you write, the current "
              "firmware is gone for good, and you cannot go back to it later. The device itself "
              "stays safe: you can always write it again over these wires.")
        .arg(state().identity.loaderName().toHtmlEscaped())
           + romOnly;
}

QCheckBox *EspBackupPage::backupCheck() const
{
    return m_doBackup;
}

QCheckBox *EspBackupPage::understandCheck() const
{
    return m_understand;
}

void EspBackupPage::updateState()
{
    const EspWizardState &s = state();
    const bool readable = canRead();
    m_cannotRead->setVisible(s.connected && !readable);
    setHeading(tr("Back up the current firmware"),
               readable || !s.connected
                   ? tr("A copy of the whole flash memory lets you put the original firmware back "
                        "later. The firmware a Tuya device ships with cannot be downloaded anywhere.")
                   : tr("Normally Flashwright saves a copy of the whole flash first, so that the "
                        "original firmware can be put back later. With this device it cannot:"));
    m_doBackupRow->setVisible(readable);
    m_doBackupRow->setEnabled(readable && !m_running);
    {
        // Ticked unless the user unticked it: a loader that cannot read shows it unticked.
        const QSignalBlocker block(m_doBackup);
        m_doBackup->setChecked(readable && !m_userSkip);
    }
    const bool want = readable && m_doBackup->isChecked();
    m_folder->setDir(s.backupDir);
    for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_backup),
                       static_cast<QWidget *>(m_estimate)})
        w->setVisible(want || m_running);
    m_folder->changeButton()->setEnabled(want && !m_running);
    m_backup->setEnabled(want && !m_running);
    m_backup->setText(s.hasBackup() ? tr("Back &up again") : tr("Back &up now"));

    // Time at the speed now: about ten bits per byte on the wire, plus the loader's own pace.
    const qint32 baud = s.session ? s.session->currentBaud() : 0;
    if (readable && s.identity.flashSize > 0 && baud > 0) {
        // A stub streams close to the wire's speed; a ROM reads 64 bytes per request, a quarter.
        const double pace = s.identity.loader == fw::esp::LoaderKind::Stub ? 1.1 : 4.2;
        const double seconds = double(s.identity.flashSize) / (baud / 10.0) * pace;
        m_estimate->setText(tr("%1 of flash at %2 baud: about %3.")
                                .arg(s.identity.flashSizeText())
                                .arg(baud)
                                .arg(formatDuration(seconds)));
    } else {
        m_estimate->clear();
    }

    // Skipping is always possible, but only as a deliberate choice.
    const bool skipping = !s.hasBackup() && (!readable || !m_doBackup->isChecked());
    m_skipWarning->setVisible(skipping && readable);
    m_skipWarning->setText(tr("<b>Without a backup you cannot undo this.</b> The firmware now on "
                              "the device is gone once you write, and Tuya's firmware cannot be "
                              "downloaded anywhere."));
    m_understandRow->setVisible(skipping && s.connected);
    if (skipping && !m_running)
        m_progress->hide();
    Q_EMIT completeChanged();
}

bool EspBackupPage::startBackup()
{
    EspWizardState &s = state();
    if (!canRead() || wizard()->isJobRunning())
        return false;
    core::AppPaths::ensureDir(s.backupDir);
    EspWizard::JobHooks hooks;
    hooks.panel = m_progress;
    hooks.finished = [this](const core::JobResult &r) { onFinished(r); };
    m_banner->hide();
    m_progress->show();
    if (!wizard()->runJob(std::make_unique<fw::esp::EspBackupJob>(s.session, s.backupDir),
                          std::move(hooks))) {
        m_progress->hide();
        m_banner->showDiagnosis(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    updateState();
    return true;
}

void EspBackupPage::onFinished(const core::JobResult &result)
{
    m_running = false;
    EspWizardState &s = state();
    switch (result.status) {
    case core::JobResult::Status::Succeeded:
        s.backupPath = result.output.value(QStringLiteral("path")).toString();
        s.backupMd5 = result.output.value(QStringLiteral("md5")).toString();
        s.backupSize = result.output.value(QStringLiteral("size")).toLongLong();
        m_result->setText(tr("<b>Backup saved:</b> %1 (%2)<br>Folder: %3<br>MD5 checksum: %4")
                              .arg(QFileInfo(s.backupPath).fileName().toHtmlEscaped(),
                                   flashBytes(s.backupSize),
                                   QDir::toNativeSeparators(QFileInfo(s.backupPath).absolutePath())
                                       .toHtmlEscaped(),
                                   QStringLiteral("<tt>%1</tt>").arg(s.backupMd5.toHtmlEscaped())));
        m_result->show();
        m_showFolder->show();
        m_progress->hide();
        ensureVisible(m_result);
        break;
    case core::JobResult::Status::Cancelled:
        break;
    case core::JobResult::Status::Failed:
        m_banner->showDiagnosis(result.diagnosis);
        ensureVisible(m_banner);
        break;
    }
    updateState();
    if (s.hasBackup())
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
}

void EspBackupPage::setBackupDir(const QString &dir)
{
    state().backupDir = dir;
    updateState();
}

QString EspBackupPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

bool EspBackupPage::isComplete() const
{
    const EspWizardState &s = state();
    if (!s.connected)
        return false;
    if (s.hasBackup())
        return true;
    const bool skipping = !canRead() || !m_doBackup->isChecked();
    return skipping && m_understand->isChecked();
}

QString EspBackupPage::blockedReason() const
{
    if (!state().connected)
        return tr("Connect to the device first (step 3).");
    if (canRead() && m_doBackup->isChecked())
        return tr("Back up first, or untick the backup and confirm that you understand.");
    return tr("Confirm that you understand there will be no backup.");
}

void EspBackupPage::enter()
{
    if (!m_running)
        m_cannotRead->setText(cannotReadText());
    updateState();
}

void EspBackupPage::commit()
{
    state().backupSkipped = !state().hasBackup();
}

void EspBackupPage::reset()
{
    const QSignalBlocker b(m_understand);
    m_userSkip = false;
    m_understand->setChecked(false);
    m_result->hide();
    m_showFolder->hide();
    m_progress->hide();
    m_banner->hide();
    updateState();
}

QWidget *EspBackupPage::mainAction() const
{
    if (canRead())
        return state().hasBackup() ? nullptr : m_backup;
    return m_understand;
}

}  // namespace fw::ui
