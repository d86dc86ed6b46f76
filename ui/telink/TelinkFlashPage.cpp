#include "ui/telink/TelinkFlashPage.h"

#include "ui/DiagnosisBanner.h"
#include "ui/FactsForm.h"
#include "ui/Format.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/WizardJobView.h"
#include "ui/telink/TelinkTexts.h"
#include "ui/telink/TelinkWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

#include <algorithm>

namespace fw::ui {

TelinkFlashPage::TelinkFlashPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_summary = new FactsForm(this);
    m_flash = makeMainButton(this);
    m_safety = makeHint(this);
    m_job = new WizardJobView(owner, true, this);
    m_wired = new QPushButton(this);
    m_wired->hide();

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_flash);
    actionRow->addStretch(1);
    auto *wiredRow = new QHBoxLayout;
    wiredRow->addWidget(m_wired);
    wiredRow->addStretch(1);

    // While it runs, the summary gives way to the progress and the plot; the outcome sits right
    // under the button, where the eye is.
    content()->addWidget(m_summary);
    content()->addLayout(actionRow);
    content()->addWidget(m_safety);
    content()->addWidget(m_job);
    content()->addLayout(wiredRow);

    connect(m_flash, &QPushButton::clicked, this, &TelinkFlashPage::startFlash);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkFlashPage::startFlash);
    connect(m_wired, &QPushButton::clicked, this, [this] { wizard()->startRescue(); });
    retranslate();
}

QString TelinkFlashPage::stepTitle() const
{
    return tr("Flash and verify");
}

void TelinkFlashPage::retranslate()
{
    setHeading(tr("Flash the thermometer"),
               state().flashed ? tr("Done. The last step says what to expect now.")
                               : tr("Check what will be sent, then start. Flashwright sends the file, waits "
                                    "for the thermometer to restart and reads it again to confirm."));
    m_flash->setText(state().flashed ? tr("Flash &again") : tr("&Flash and verify"));
    m_safety->setText(tr("Keep the thermometer within a metre or two, and leave its battery in until "
                         "Flashwright says it is done. Stopping is safe: the thermometer throws away what it "
                         "received and restarts with its old firmware."));
    m_wired->setText(tr("Flash it by &wire instead…"));
    m_summary->setAccessibleName(tr("What will be sent"));
    renderSummary();
}

void TelinkFlashPage::renderSummary()
{
    const TelinkWizardState &s = state();
    const fw::telink::TelinkIdentity &id = s.identity;
    m_summary->setRow(QStringLiteral("device"), tr("Thermometer:"),
                      tr("%1, %2").arg(id.name.isEmpty() ? s.targetTitle : id.name,
                                       TelinkTexts::firmwareOnHardware(id.firmwareText(), id.hardwareRevision)));
    m_summary->setRow(QStringLiteral("file"), tr("File:"), QFileInfo(s.firmwarePath).fileName());
    m_summary->setRow(QStringLiteral("facts"), tr("It is:"), s.firmwareFacts);
    m_summary->setRow(QStringLiteral("method"), tr("How:"),
                      s.extended ? tr("pvvx's extended update (erases the stored measurement history)")
                                 : tr("the standard Bluetooth update"));
    QString battery = TelinkTexts::battery(id);
    if (s.batteryOverride)
        battery = tr("%1, low: flashing anyway, as you chose").arg(battery);
    m_summary->setRow(QStringLiteral("battery"), tr("Battery:"), battery);
    if (needsMiLogin())
        m_summary->setRow(QStringLiteral("login"), tr("Mi login:"),
                          s.miToken.isEmpty() ? tr("no token: Xiaomi's firmware will refuse the update")
                                              : tr("with the Mi token from the previous step"));
    else
        m_summary->setRowVisible(QStringLiteral("login"), false);
}

bool TelinkFlashPage::needsMiLogin() const
{
    const fw::telink::TelinkFirmwareKind kind = state().identity.firmware;
    return kind == fw::telink::TelinkFirmwareKind::Stock || kind == fw::telink::TelinkFirmwareKind::StockSignedOnly;
}

QString TelinkFlashPage::summaryText() const
{
    return m_summary->text();
}

bool TelinkFlashPage::startFlash()
{
    TelinkWizardState &s = state();
    if (m_running || wizard()->isJobRunning())
        return false;
    m_wired->hide();
    if (!s.link || s.firmwareBytes.isEmpty()) {
        m_job->showFailure({QStringLiteral("ui.telink.not_ready"),
                                 tr("The thermometer has not been read, or no file was chosen."), {},
                                 tr("Go back to the earlier steps: read the thermometer, then choose the file.")});
        return false;
    }
    fw::telink::TelinkFlashRequest request;
    request.path = s.firmwarePath;
    request.file = s.firmwareBytes;
    request.force = s.batteryOverride;
    request.ota = s.ota;
    if (needsMiLogin())
        request.miToken = s.miToken;
    m_job->started();
    if (!wizard()->runJob(std::make_unique<fw::telink::TelinkFlashJob>(s.link, s.address, request),
                          m_job->hooks([this](const core::JobResult &r) { onFinished(r); }))) {
        m_job->showFailure(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    s.flashed = false;
    s.flashOutput.clear();
    m_summary->hide();
    m_flash->setEnabled(false);
    m_job->progressPanel()->cancelButton()->setFocus(Qt::OtherFocusReason);
    Q_EMIT completeChanged();
    return true;
}

void TelinkFlashPage::onFinished(const core::JobResult &result)
{
    m_running = false;
    m_flash->setEnabled(true);
    TelinkWizardState &s = state();
    const QVariantMap &out = result.output;
    switch (result.status) {
    case core::JobResult::Status::Succeeded: {
        s.flashed = true;
        s.flashOutput = out;
        const QVariantMap after = out.value(QStringLiteral("after")).toMap();
        const bool verified = out.value(QStringLiteral("verified")).toBool();
        const bool leftBluetooth = out.value(QStringLiteral("leftBluetooth")).toBool();
        QString html;
        NoteKind kind = NoteKind::Success;
        if (leftBluetooth) {
            html = tr("<b>Sent.</b> The thermometer restarted into its Zigbee firmware and no longer answers over "
                      "Bluetooth, as expected.");
        } else if (verified) {
            html = tr("<b>Flashed and verified.</b> The thermometer restarted and now runs %1.")
                       .arg(TelinkTexts::firmwareOnHardware(after.value(QStringLiteral("firmware")).toString(),
                                                            after.value(QStringLiteral("hardwareRevision")).toString())
                                .toHtmlEscaped());
        } else {
            kind = NoteKind::Warning;
            html = tr("<b>Sent, but not confirmed.</b> The thermometer did not come back over Bluetooth to say "
                      "what it runs now. If its display shows readings, it works; if it stays blank, take the "
                      "battery out for a few seconds, or flash it by wire.");
        }
        const qint64 bytes = out.value(QStringLiteral("bytes")).toLongLong();
        const double seconds = out.value(QStringLiteral("seconds")).toDouble();
        const int attempts = out.value(QStringLiteral("attempts")).toInt();
        html += QStringLiteral("<br>")
                + tr("%1 in %2 (%3).")
                      .arg(flashBytes(bytes), formatDuration(std::max(seconds, 0.0)),
                           formatRate(out.value(QStringLiteral("bytesPerSecond")).toDouble()));
        if (attempts > 1)
            html += QLatin1Char(' ') + tr("It took %n attempt(s): the first broke off and was started again.",
                                          nullptr, attempts);
        const QStringList warnings = out.value(QStringLiteral("warnings")).toStringList();
        if (!warnings.isEmpty())
            html += bulletList(warnings);
        m_job->showResult(kind, html);
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
        break;
    }
    case core::JobResult::Status::Cancelled:
        m_job->showResult(NoteKind::Info, tr("<b>Stopped.</b> The thermometer throws away what it received and "
                                             "restarts with its old firmware. Click Flash to start again."));
        break;
    case core::JobResult::Status::Failed:
        m_job->showFailure(result.diagnosis);
        m_wired->show();  // when Bluetooth keeps failing, the wires still work
        break;
    }
    retranslate();  // the heading and the button say what comes next
    m_summary->setVisible(!s.flashed);
    m_safety->setVisible(!s.flashed);
    ensureVisible(m_job->outcome());
    Q_EMIT completeChanged();
}

QString TelinkFlashPage::resultText() const
{
    return m_job->resultText();
}

ProgressPanel *TelinkFlashPage::progressPanel() const
{
    return m_job->progressPanel();
}

ThroughputPlot *TelinkFlashPage::plot() const
{
    return m_job->plot();
}

DiagnosisBanner *TelinkFlashPage::banner() const
{
    return m_job->banner();
}

bool TelinkFlashPage::isComplete() const
{
    return state().flashed && !m_running;
}

QString TelinkFlashPage::blockedReason() const
{
    return tr("Flash the thermometer first.");
}

void TelinkFlashPage::enter()
{
    retranslate();
    const TelinkWizardState &s = state();
    m_flash->setEnabled(!m_running && s.link && !s.firmwareBytes.isEmpty());
    m_summary->setVisible(!m_running && !s.flashed);
    m_safety->setVisible(m_running || !s.flashed);
}

void TelinkFlashPage::reset()
{
    m_job->clear();
    m_wired->hide();
    m_summary->show();
}

QWidget *TelinkFlashPage::mainAction() const
{
    return state().flashed ? nullptr : m_flash;
}

}  // namespace fw::ui
