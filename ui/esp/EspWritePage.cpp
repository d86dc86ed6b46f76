#include "ui/esp/EspWritePage.h"

#include "ui/DiagnosisBanner.h"
#include "ui/Format.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/esp/EspWizard.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fw::ui {

EspWritePage::EspWritePage(EspWizard *owner) : EspWizardPage(owner)
{
    m_summaryBox = new QWidget(this);
    m_summary = new QFormLayout(m_summaryBox);
    m_summary->setContentsMargins(0, 0, 0, 0);
    m_summary->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_summary->setLabelAlignment(Qt::AlignLeft);
    m_write = makeMainButton(this);
    m_safety = new QLabel(this);
    m_safety->setWordWrap(true);
    m_safety->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new ProgressPanel(this);
    m_progress->hide();
    m_plot = new ThroughputPlot(this);
    m_plot->setMinimumHeight(170);
    m_plot->hide();
    m_stop = new QPushButton(this);
    m_stop->hide();

    m_confirm = new QWidget(this);
    m_confirmText = makeNote(m_confirm, NoteKind::Danger);
    m_stopAnyway = new QPushButton(m_confirm);
    m_keep = new QPushButton(m_confirm);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_keep);
    confirmButtons->addWidget(m_stopAnyway);
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();

    m_result = makeNote(this, NoteKind::Success);
    m_result->hide();
    m_banner = new DiagnosisBanner(this);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_write);
    actionRow->addWidget(m_stop);
    actionRow->addStretch(1);

    // While it writes, the summary gives way to the progress and the plot; the outcome sits
    // right under the buttons, where the eye is.
    content()->addWidget(m_summaryBox);
    content()->addLayout(actionRow);
    content()->addWidget(m_result);
    content()->addWidget(m_banner);
    content()->addWidget(m_safety);
    content()->addWidget(m_confirm);
    content()->addWidget(m_progress);
    content()->addWidget(m_plot);

    connect(m_write, &QPushButton::clicked, this, &EspWritePage::startWrite);
    connect(m_stop, &QPushButton::clicked, this, &EspWritePage::requestStop);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_stop->setFocus(Qt::OtherFocusReason);
    });
    connect(m_stopAnyway, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_stop->setEnabled(false);
        wizard()->cancelJob();
    });
    connect(m_banner, &DiagnosisBanner::retryRequested, this, &EspWritePage::startWrite);
    owner->attachBanner(m_banner);
    retranslate();
}

QString EspWritePage::stepTitle() const
{
    return tr("Write and verify");
}

void EspWritePage::retranslate()
{
    const bool restore = state().goal == EspWizardState::Goal::Restore;
    setHeading(restore ? tr("Put the backup back") : tr("Write the firmware"),
               state().written ? tr("Written. The last step starts it on the device.")
                               : tr("Check what will be written, then start. Keep the device "
                                    "connected and powered until Flashwright says it is done."));
    m_write->setText(state().written ? tr("&Write again") : tr("&Write and verify"));
    m_stop->setText(tr("&Stop…"));
    m_stop->setToolTip(tr("Stop writing (Flashwright asks first)"));
    m_safety->setText(tr("Stopping while it writes leaves the device without working firmware "
                         "until you write it again. It stays recoverable over the same wires."));
    m_confirmText->setText(stopWarningText());
    m_stopAnyway->setText(tr("Stop &anyway"));
    m_keep->setText(tr("&Keep writing"));
    m_summaryBox->setAccessibleName(tr("What will be written"));
    renderSummary();
}

QString EspWritePage::stopWarningText() const
{
    return tr("<b>Stop writing now?</b> The device is half-written: it will not start until you "
              "write it again. It stays recoverable: connect again over the same wires and write "
              "the firmware or your backup.");
}

void EspWritePage::addSummaryRow(const QString &name, const QString &value)
{
    auto *label = new QLabel(name, m_summaryBox);
    auto *field = new QLabel(value, m_summaryBox);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAccessibleName(name);
    label->setBuddy(field);
    m_summary->addRow(label, field);
}

void EspWritePage::renderSummary()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const EspWizardState &s = state();
    const bool restore = s.goal == EspWizardState::Goal::Restore;
    if (s.connected)
        addSummaryRow(tr("Device:"), tr("%1 with %2 flash, MAC %3")
                                         .arg(s.identity.chipDescription, s.identity.flashSizeText(),
                                              s.identity.mac));
    if (restore) {
        addSummaryRow(tr("Backup:"), QFileInfo(s.restorePath).fileName());
        addSummaryRow(tr("Size:"), flashBytes(QFileInfo(s.restorePath).size()));
    } else {
        addSummaryRow(tr("Firmware:"), QFileInfo(s.firmwarePath).fileName());
        addSummaryRow(tr("Size:"), flashBytes(s.firmwareBytes.size()));
        addSummaryRow(tr("Where:"), s.writeOffset == 0
                                        ? tr("from the start of the flash memory")
                                        : tr("from %1 into the flash memory (address 0x%2)")
                                              .arg(flashBytes(s.writeOffset))
                                              .arg(s.writeOffset, 0, 16));
        if (!s.flashModeText.isEmpty())
            addSummaryRow(tr("Flash mode:"), s.flashModeText);
        addSummaryRow(tr("Backup first:"), s.hasBackup() ? QFileInfo(s.backupPath).fileName()
                                                         : tr("none"));
    }
    if (s.session)
        addSummaryRow(tr("Speed:"), tr("%1 baud").arg(s.session->currentBaud()));
}

QString EspWritePage::summaryText() const
{
    QStringList lines;
    for (int i = 0; i < m_summary->rowCount(); ++i) {
        const auto *name = qobject_cast<QLabel *>(m_summary->itemAt(i, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(m_summary->itemAt(i, QFormLayout::FieldRole)->widget());
        if (name && value)
            lines << name->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

bool EspWritePage::startWrite()
{
    EspWizardState &s = state();
    if (!s.connected || wizard()->isJobRunning())
        return false;
    std::unique_ptr<core::Job> job;
    if (s.goal == EspWizardState::Goal::Restore) {
        job = std::make_unique<fw::esp::EspRestoreJob>(s.session, s.restorePath, s.restoreForced);
    } else {
        fw::esp::EspFlashPart part;
        part.offset = s.writeOffset;
        part.path = s.firmwarePath;
        part.bytes = s.firmwareBytes;
        job = std::make_unique<fw::esp::EspWriteJob>(s.session, QList<fw::esp::EspFlashPart>{part});
    }
    EspWizard::JobHooks hooks;
    hooks.panel = m_progress;
    hooks.plot = m_plot;
    hooks.finished = [this](const core::JobResult &r) { onFinished(r); };
    m_banner->hide();
    m_result->hide();
    m_plot->setWireLimit(s.session->currentBaud() / 10.0);  // 8N1: ten bits per byte
    m_progress->show();
    m_plot->show();
    if (!wizard()->runJob(std::move(job), std::move(hooks))) {
        m_banner->showDiagnosis(WizardShell::busyDiagnosis());
        return false;
    }
    // Our own Stop asks first; the panel's plain Cancel would not.
    m_progress->cancelButton()->hide();
    m_running = true;
    s.written = false;
    m_summaryBox->hide();
    m_safety->show();
    m_write->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->show();
    m_stop->setFocus(Qt::OtherFocusReason);
    Q_EMIT completeChanged();
    return true;
}

void EspWritePage::requestStop()
{
    if (!m_running)
        return;
    m_confirmText->setText(stopWarningText());
    m_confirm->show();
    m_keep->setFocus(Qt::OtherFocusReason);
}

bool EspWritePage::isStopConfirmationShown() const
{
    return !m_confirm->isHidden();
}

void EspWritePage::onFinished(const core::JobResult &result)
{
    m_running = false;
    m_confirm->hide();
    m_stop->hide();
    m_write->setEnabled(true);
    EspWizardState &s = state();
    const QVariantMap &out = result.output;
    switch (result.status) {
    case core::JobResult::Status::Succeeded: {
        s.written = true;
        s.writeOutput = out;
        const bool verified = out.value(QStringLiteral("verified")).toBool();
        const qint64 bytes = out.value(QStringLiteral("bytes")).toLongLong();
        const qint64 skipped = out.value(QStringLiteral("bytesSkipped")).toLongLong();
        const double seconds = out.value(QStringLiteral("seconds")).toDouble();
        QString html;
        if (verified) {
            setNoteKind(m_result, NoteKind::Success);
            html = tr("<b>Written and verified.</b> The checksum the device computed matches the "
                      "file (MD5 <tt>%1</tt>).")
                       .arg(out.value(QStringLiteral("md5")).toString().toHtmlEscaped());
        } else {
            setNoteKind(m_result, NoteKind::Warning);
            html = tr("<b>Written, but not verified.</b> This device's built-in loader cannot "
                      "compute a checksum, so Flashwright could not check what it wrote.")
                   + QLatin1Char(' ')
                   + (s.session && s.session->currentBaud() > 115200
                          ? tr("If the device does not start afterwards, write again at 115200 baud.")
                          : tr("If the device does not start afterwards, write it again; an unsteady "
                               "3.3 V supply is the usual cause."));
        }
        html += QStringLiteral("<br>")
                + tr("%1 in %2.").arg(flashBytes(bytes), formatDuration(std::max(seconds, 0.0)));
        if (skipped > 0)
            html += QLatin1Char(' ')
                    + tr("%1 were already on the device and were skipped.").arg(flashBytes(skipped));
        m_result->setText(html);
        m_result->show();
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
        break;
    }
    case core::JobResult::Status::Cancelled:
        setNoteKind(m_result, NoteKind::Danger);
        m_result->setText(tr("<b>Stopped.</b> The device may be half-written and will not start "
                             "until you write it again. Click Write to start again."));
        m_result->show();
        break;
    case core::JobResult::Status::Failed:
        m_banner->showDiagnosis(result.diagnosis);
        break;
    }
    m_write->setText(s.written ? tr("&Write again") : tr("&Write and verify"));
    retranslate();  // the lead says what comes next
    m_safety->setVisible(!s.written);
    m_summaryBox->setVisible(!s.written);
    ensureVisible(m_banner->isHidden() ? static_cast<QWidget *>(m_result) : m_banner);
    Q_EMIT completeChanged();
}

QString EspWritePage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

bool EspWritePage::isComplete() const
{
    return state().written && !m_running;
}

QString EspWritePage::blockedReason() const
{
    if (!state().connected)
        return tr("Connect to the device first (step 3).");
    return tr("Write the firmware first.");
}

void EspWritePage::enter()
{
    retranslate();
    const EspWizardState &s = state();
    const bool haveInput = s.goal == EspWizardState::Goal::Restore ? !s.restorePath.isEmpty()
                                                                   : !s.firmwareBytes.isEmpty();
    m_write->setEnabled(s.connected && haveInput && !m_running);
    m_summaryBox->setVisible(!m_running && !s.written);
    m_safety->setVisible(m_running || !s.written);
}

void EspWritePage::reset()
{
    m_result->hide();
    m_banner->hide();
    m_confirm->hide();
    m_progress->hide();
    m_plot->clear();
    m_plot->hide();
    m_stop->hide();
}

QWidget *EspWritePage::mainAction() const
{
    return state().written ? nullptr : m_write;
}

}  // namespace fw::ui
