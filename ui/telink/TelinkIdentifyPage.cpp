#include "ui/telink/TelinkIdentifyPage.h"

#include "ui/DiagnosisBanner.h"
#include "ui/FactsForm.h"
#include "ui/ProgressPanel.h"
#include "ui/WizardJobView.h"
#include "ui/telink/TelinkTexts.h"
#include "ui/telink/TelinkWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

namespace fw::ui {

using fw::telink::TelinkFirmwareKind;
using fw::telink::TelinkIdentify;

TelinkIdentifyPage::TelinkIdentifyPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_job = new WizardJobView(owner, false, this);
    m_facts = new FactsForm(this);
    m_battery = makeNote(this, NoteKind::Danger);
    m_battery->hide();
    m_advice = makeNote(this, NoteKind::Info);
    m_advice->hide();
    m_read = new QPushButton(this);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_read);
    readRow->addStretch(1);

    content()->addWidget(m_job);
    content()->addWidget(m_facts);
    content()->addWidget(m_battery);
    content()->addWidget(m_advice);
    content()->addLayout(readRow);

    connect(m_read, &QPushButton::clicked, this, &TelinkIdentifyPage::startIdentify);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkIdentifyPage::startIdentify);
    retranslate();
}

QString TelinkIdentifyPage::stepTitle() const
{
    return tr("Identify");
}

void TelinkIdentifyPage::retranslate()
{
    setHeading(tr("This is your thermometer"),
               state().identified
                   ? tr("Flashwright asked the thermometer about itself. Nothing has been changed on it.")
                   : tr("Flashwright connects to the thermometer and asks what it is and what it runs. "
                        "Nothing is changed on it."));
    m_read->setText(tr("&Read it again"));
    m_read->setToolTip(tr("Connect again and read the thermometer, for example after changing its battery"));
    m_facts->setAccessibleName(tr("What the thermometer reported"));
    render();
}

void TelinkIdentifyPage::render()
{
    const TelinkWizardState &s = state();
    m_facts->setVisible(s.identified);
    m_read->setVisible(s.identified);
    if (!s.identified) {
        m_battery->hide();
        m_advice->hide();
        return;
    }
    const fw::telink::TelinkIdentity &id = s.identity;
    QString model = id.model.isEmpty() ? s.advert.deviceKind : id.model;
    if (model.isEmpty())
        model = tr("not reported");
    m_facts->setRow(QStringLiteral("model"), tr("Model:"), model);
    QString hardware = id.hardwareRevision.isEmpty() ? tr("not reported") : id.hardwareRevision;
    if (id.hardwareRevision == QLatin1String("B1.1"))
        hardware = tr("%1 (a 2025 board with a slow display)").arg(id.hardwareRevision);
    m_facts->setRow(QStringLiteral("hardware"), tr("Hardware revision:"), hardware);
    m_facts->setRow(QStringLiteral("firmware"), tr("Firmware:"), id.firmwareText());
    m_facts->setRow(QStringLiteral("battery"), tr("Battery:"), TelinkTexts::battery(id));
    m_facts->setRow(QStringLiteral("update"), tr("Can be updated:"), TelinkTexts::updateMethod(id));
    m_facts->setRow(QStringLiteral("address"), tr("Bluetooth address:"), id.address.isEmpty() ? s.address : id.address);

    if (id.batteryLow()) {
        m_battery->setText(tr("<b>The battery is low (%1).</b> Below %2 % an update usually stops after a few "
                              "blocks, because writing the flash draws more than a weak coin cell gives. Put in "
                              "a fresh CR2032, then click Read it again.")
                               .arg(TelinkTexts::battery(id).toHtmlEscaped())
                               .arg(TelinkIdentify::LowBatteryPercent));
        m_battery->show();
    } else {
        m_battery->hide();
    }
    const QStringList advice = TelinkIdentify::advice(id, s.goal);
    m_advice->setText(tr("<b>Good to know about this one:</b>") + bulletList(advice));
    m_advice->setVisible(!advice.isEmpty());
    const bool stock = id.firmware == TelinkFirmwareKind::Stock || id.firmware == TelinkFirmwareKind::StockSignedOnly;
    setNoteKind(m_advice, stock ? NoteKind::Warning : NoteKind::Info);
}

bool TelinkIdentifyPage::startIdentify()
{
    if (wizard()->isJobRunning())
        return false;
    m_job->started();
    core::Diagnosis error;
    if (!wizard()->identify(m_job->hooks([this](const core::JobResult &r) { onFinished(r); }), &error)) {
        m_failed = true;
        m_job->hideProgress();
        m_job->showFailure(error);
        return false;
    }
    m_failed = false;
    Q_EMIT completeChanged();
    return true;
}

void TelinkIdentifyPage::onFinished(const core::JobResult &result)
{
    m_job->hideProgress();
    if (result.status == core::JobResult::Status::Failed) {
        m_failed = true;
        m_job->showFailure(result.diagnosis);
        ensureVisible(m_job);
    } else if (result.status == core::JobResult::Status::Cancelled) {
        m_failed = true;
        m_job->showFailure({QStringLiteral("ui.cancelled"), tr("Stopped before the thermometer was read."), {},
                                 tr("Click Retry to read it.")});
    }
    retranslate();
    Q_EMIT completeChanged();
    if (state().identified)
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
}

QString TelinkIdentifyPage::rowText(const QString &key) const
{
    return m_facts->value(key);
}

QString TelinkIdentifyPage::batteryWarningText() const
{
    return m_battery->isHidden() ? QString() : m_battery->text();
}

QString TelinkIdentifyPage::adviceText() const
{
    return m_advice->isHidden() ? QString() : m_advice->text();
}

bool TelinkIdentifyPage::isComplete() const
{
    return state().identified && !wizard()->isJobRunning();
}

QString TelinkIdentifyPage::blockedReason() const
{
    return tr("Flashwright has to read the thermometer first. If that failed, see the message above and click "
              "Retry.");
}

void TelinkIdentifyPage::enter()
{
    retranslate();
    // Reading changes nothing, so it starts by itself; after a failure it waits for Retry.
    if (!state().identified && !m_failed && !wizard()->isJobRunning())
        startIdentify();
}

void TelinkIdentifyPage::reset()
{
    m_failed = false;
    m_job->clear();
    render();
}

DiagnosisBanner *TelinkIdentifyPage::banner() const
{
    return m_job->banner();
}

ProgressPanel *TelinkIdentifyPage::progressPanel() const
{
    return m_job->progressPanel();
}

QWidget *TelinkIdentifyPage::mainAction() const
{
    return state().identified ? nullptr : m_read;
}

}  // namespace fw::ui
