#include "ui/telink/TelinkRescueWritePage.h"

#include "telink/TelinkRescue.h"
#include "ui/DiagnosisBanner.h"
#include "ui/Format.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/WizardFilePicker.h"
#include "ui/WizardJobView.h"
#include "ui/telink/TelinkPowerCyclePrompt.h"
#include "ui/telink/TelinkTexts.h"
#include "ui/telink/TelinkWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

#include <algorithm>

namespace fw::ui {

using fw::telink::TelinkImage;
using fw::telink::TelinkRescue;

namespace {
const QString kLastDirKey = QStringLiteral("files/lastThermometerFirmwareDir");
constexpr int kUartBitsPerFlashByte = 100;  // ten UART bytes per SWire byte, ten bits per UART byte
}  // namespace

TelinkRescueWritePage::TelinkRescueWritePage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_picker = new WizardFilePicker(this, content());
    m_verdict = makeNote(this, NoteKind::Success);
    m_verdict->hide();
    m_write = makeMainButton(this);
    m_safety = makeHint(this);
    m_prompt = new TelinkPowerCyclePrompt(this);
    m_job = new WizardJobView(owner, true, this);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_write);
    actionRow->addStretch(1);

    content()->addWidget(m_verdict);
    content()->addLayout(actionRow);
    content()->addWidget(m_safety);
    content()->addWidget(m_prompt->label());
    content()->addWidget(m_job);

    connect(m_picker, &WizardFilePicker::chooseRequested, this, [this] {
        const QString path = m_picker->chooseFile(m_file, kLastDirKey);
        if (!path.isEmpty())
            setFirmwareFile(path);
    });
    connect(m_write, &QPushButton::clicked, this, &TelinkRescueWritePage::startWrite);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkRescueWritePage::startWrite);
    retranslate();
}

QString TelinkRescueWritePage::stepTitle() const
{
    return tr("Write and verify");
}

void TelinkRescueWritePage::retranslate()
{
    setHeading(tr("Write the new firmware"),
               state().rescued ? tr("Written and checked. The last step says what to do now.")
                               : tr("Pick the firmware, for example ATC_v58.bin from pvvx. Flashwright saves the "
                                    "thermometer's own data once more, erases only what the file needs, writes it and "
                                    "reads it back."));
    m_picker->setTexts({tr("No file chosen yet"), tr("Firmware file"), tr("&Choose file…"),
                        tr("Choose the thermometer firmware"), tr("Thermometer firmware (*.bin);;All files (*)"), {},
                        {}});
    m_write->setText(state().rescued ? tr("Write &again") : tr("&Write and verify"));
    m_safety->setText(tr("Leave the wires and the power connected until Flashwright says it is done. If it stops "
                         "half-way, the thermometer does not start, but it stays reachable over the same wires: write "
                         "again."));
    m_job->progressPanel()->cancelButton()->setToolTip(
        tr("Stop writing. The thermometer will not start until it is written again over the same wires."));
    render();
}

bool TelinkRescueWritePage::setFirmwareFile(const QString &path)
{
    m_file = path;
    QString error;
    m_bytes = WizardFilePicker::readFile(path, TelinkRescue::DefaultFlashSize,
                                         tr("The file is %1, larger than a thermometer's whole memory (512 KB). It is "
                                            "not firmware for a thermometer."),
                                         &error);
    m_problem = error.toHtmlEscaped();
    if (error.isEmpty()) {
        if (const auto refusal = TelinkRescue::imageRefusal(path, m_bytes))
            m_problem = DiagnosisBanner::toHtml(*refusal);
    }
    render();
    Q_EMIT completeChanged();
    return m_problem.isEmpty();
}

void TelinkRescueWritePage::render()
{
    m_picker->setPath(m_file);
    const TelinkWizardState &s = state();
    m_write->setEnabled(!m_running && !m_file.isEmpty() && m_problem.isEmpty() && s.hasBackup());
    if (m_file.isEmpty()) {
        m_verdict->hide();
        return;
    }
    if (!m_problem.isEmpty()) {
        setNoteKind(m_verdict, NoteKind::Danger);
        m_verdict->setText(tr("<b>Flashwright will not write this file.</b>") + QStringLiteral("<br>") + m_problem);
    } else {
        fw::telink::TelinkFileVerdict facts;
        facts.format = TelinkImage::sniff(m_bytes);
        if (facts.format == fw::telink::TelinkFileFormat::TelinkBin)
            facts.bin = TelinkImage::parseBin(m_bytes);
        // The device data is read once more, then the file written and read back: at the pace the
        // backup went, or at the wire's pace before there is one.
        const double readSeconds = s.backupOutput.value(QStringLiteral("readSeconds")).toDouble();
        const qint64 readBytes = s.backupOutput.value(QStringLiteral("lastReadBytes")).toLongLong();
        const double rate = readSeconds > 0 && readBytes > 0 ? readBytes / readSeconds
                                                             : double(std::max(1, s.baud)) / kUartBitsPerFlashByte;
        const double seconds = double(TelinkRescue::DeviceDataEnd - TelinkRescue::DeviceDataStart + 2 * m_bytes.size()) / rate + 5.0;
        setNoteKind(m_verdict, NoteKind::Success);
        m_verdict->setText(tr("<b>This file can be written.</b>")
                           + bulletList({tr("It is: %1.").arg(TelinkTexts::fileFacts(facts, m_bytes.size())),
                                         tr("It goes to the start of the memory; the thermometer's own data at the "
                                            "end stays as it is."),
                                         tr("Saving the device data again, writing and checking take about %1.")
                                             .arg(formatDuration(seconds))}));
    }
    m_verdict->show();
}

bool TelinkRescueWritePage::startWrite()
{
    TelinkWizardState &s = state();
    if (m_running || wizard()->isJobRunning() || m_file.isEmpty() || !m_problem.isEmpty())
        return false;
    if (!s.hasBackup()) {
        m_job->showFailure({QStringLiteral("ui.telink.no_backup"), tr("There is no backup of this thermometer's "
                                                                            "own data yet."),
                                 {}, tr("Go back one step and save it first.")});
        return false;
    }
    fw::telink::TelinkRescueOptions o;
    o.action = fw::telink::TelinkRescueAction::Write;
    o.firmwarePath = m_file;
    // Saved once more right before the erase, next to the first backup, which stays untouched.
    const QFileInfo first(s.backupPath);
    o.backupPath = first.dir().filePath(first.completeBaseName() + QStringLiteral("-before-write.bin"));
    WizardShell::JobHooks hooks = m_job->hooks([this](const core::JobResult &r) { onFinished(r); });
    hooks.progress = [this](const core::JobProgress &p) { m_prompt->onProgress(p); };
    m_job->plot()->setWireLimit(double(s.baud) / kUartBitsPerFlashByte);
    m_job->started();
    if (!wizard()->runRescue(o, std::move(hooks))) {
        m_job->showFailure(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    s.rescued = false;
    s.rescueFirmwarePath = m_file;
    m_write->setEnabled(false);
    m_picker->chooseButton()->setEnabled(false);
    Q_EMIT completeChanged();
    return true;
}

void TelinkRescueWritePage::onFinished(const core::JobResult &result)
{
    m_running = false;
    m_prompt->hide();
    m_picker->chooseButton()->setEnabled(true);
    TelinkWizardState &s = state();
    const QVariantMap &out = result.output;
    switch (result.status) {
    case core::JobResult::Status::Succeeded: {
        s.rescued = true;
        s.rescueOutput = out;
        const bool verified = out.value(QStringLiteral("verified")).toBool();
        QString html = verified ? tr("<b>Written and verified.</b> What was read back matches the file.")
                                : tr("<b>Written, but not read back.</b>");
        html += QLatin1Char(' ')
                + (out.value(QStringLiteral("firmwareStarted")).toBool()
                       ? tr("The thermometer was restarted into its new firmware.")
                       : tr("Power-cycle the thermometer to start its new firmware."));
        html += QStringLiteral("<br>")
                + tr("%1 written in %2.")
                      .arg(flashBytes(out.value(QStringLiteral("bytesWritten")).toLongLong()),
                           formatDuration(out.value(QStringLiteral("writeSeconds")).toDouble()));
        m_job->showResult(verified ? NoteKind::Success : NoteKind::Warning, html);
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
        break;
    }
    case core::JobResult::Status::Cancelled:
        m_job->showResult(NoteKind::Danger,
                          tr("<b>Stopped.</b> The thermometer may be half-written and will not start until it is "
                             "written again. It stays reachable over the same wires: click Write to start again."));
        break;
    case core::JobResult::Status::Failed:
        m_job->showFailure(result.diagnosis);
        break;
    }
    retranslate();
    m_safety->setVisible(!s.rescued);
    ensureVisible(m_job->outcome());
    Q_EMIT completeChanged();
}

QString TelinkRescueWritePage::verdictText() const
{
    return m_verdict->isHidden() ? QString() : m_verdict->text();
}

QString TelinkRescueWritePage::resultText() const
{
    return m_job->resultText();
}

ProgressPanel *TelinkRescueWritePage::progressPanel() const
{
    return m_job->progressPanel();
}

ThroughputPlot *TelinkRescueWritePage::plot() const
{
    return m_job->plot();
}

DiagnosisBanner *TelinkRescueWritePage::banner() const
{
    return m_job->banner();
}

bool TelinkRescueWritePage::isComplete() const
{
    return state().rescued && !m_running;
}

QString TelinkRescueWritePage::blockedReason() const
{
    if (m_file.isEmpty())
        return tr("Choose the firmware file, then click Write and verify.");
    return tr("Write the firmware first.");
}

void TelinkRescueWritePage::enter()
{
    retranslate();
    m_safety->setVisible(m_running || !state().rescued);
}

void TelinkRescueWritePage::reset()
{
    m_prompt->hide();
    m_file.clear();
    m_bytes.clear();
    m_problem.clear();
    m_job->clear();
    render();
}

QWidget *TelinkRescueWritePage::mainAction() const
{
    return m_file.isEmpty() ? static_cast<QWidget *>(m_picker->chooseButton()) : m_write;
}

}  // namespace fw::ui
