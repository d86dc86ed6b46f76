#include "ui/telink/TelinkBatteryPage.h"

#include "ui/WizardJobView.h"
#include "ui/WrapCheckBox.h"
#include "ui/telink/TelinkTexts.h"
#include "ui/telink/TelinkWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace fw::ui {

using fw::telink::TelinkIdentify;

TelinkBatteryPage::TelinkBatteryPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_levelLabel = new QLabel(this);
    m_gauge = new QProgressBar(this);
    m_gauge->setRange(0, 100);
    m_gauge->setMinimumWidth(260);
    m_gauge->setTextVisible(true);
    m_levelLabel->setBuddy(m_gauge);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel);
    levelRow->addWidget(m_gauge, 1);
    levelRow->addStretch(1);
    m_advice = makeNote(this, NoteKind::Info);
    m_readAgain = new QPushButton(this);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_readAgain);
    readRow->addStretch(1);
    m_job = new WizardJobView(owner, false, this);
    m_confirmRow = new WrapCheckBox(this);
    m_confirm = m_confirmRow->box();
    m_overrideRow = new WrapCheckBox(this);
    m_override = m_overrideRow->box();

    // The confirmation first; reading again is for a battery just replaced, or a low one.
    content()->addLayout(levelRow);
    content()->addWidget(m_advice);
    content()->addWidget(m_confirmRow);
    content()->addLayout(readRow);
    content()->addWidget(m_job);
    content()->addWidget(m_overrideRow);

    connect(m_confirm, &QCheckBox::toggled, this, &TelinkBatteryPage::completeChanged);
    connect(m_override, &QCheckBox::toggled, this, &TelinkBatteryPage::completeChanged);
    connect(m_readAgain, &QPushButton::clicked, this, &TelinkBatteryPage::readAgain);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkBatteryPage::readAgain);
    retranslate();
}

QString TelinkBatteryPage::stepTitle() const
{
    return tr("Battery check");
}

void TelinkBatteryPage::retranslate()
{
    setHeading(tr("Check the battery"),
               tr("An update writes the thermometer's whole memory, and that draws more current than "
                  "measuring does. A weak coin cell is the most common reason an update stops after a few "
                  "blocks."));
    m_levelLabel->setText(tr("Battery now:"));
    m_gauge->setAccessibleName(tr("Battery level"));
    m_readAgain->setText(tr("&Read the battery again"));
    m_readAgain->setToolTip(tr("Connect again and read the battery, after you put in a new one"));
    m_confirmRow->setText(tr("The battery is fresh, or at least at 40 %. (A new CR2032 is best.)"));
    m_overrideRow->setText(tr("Flash on this battery anyway. I know the update may stop part-way and "
                              "then has to be started again; that does no harm."));
    render();
}

bool TelinkBatteryPage::isLow() const
{
    return state().identity.batteryLow();
}

void TelinkBatteryPage::render()
{
    const fw::telink::TelinkIdentity &id = state().identity;
    const bool known = id.batteryPercent || id.batteryMv;
    const bool low = isLow();
    const int percent = id.batteryPercent.value_or(
        id.batteryMv ? fw::telink::TelinkAdvert::batteryPercentFromMv(*id.batteryMv) : 0);
    m_gauge->setValue(known ? percent : 0);
    m_gauge->setFormat(known ? TelinkTexts::battery(id) : tr("not reported"));
    QPalette pal = palette();
    if (low)
        pal.setColor(QPalette::Highlight, QColor(0xd0, 0x30, 0x20));
    m_gauge->setPalette(pal);

    if (low) {
        setNoteKind(m_advice, NoteKind::Danger);
        m_advice->setText(tr("<b>The battery is low: %1.</b> Below %2 % an update usually stops after a few "
                             "blocks, often at block 7, when writing the memory pulls the battery down. Nothing "
                             "breaks then, but the update has to start over. Put in a fresh CR2032, wait until "
                             "the display shows a reading, then click <b>Read the battery again</b>.")
                              .arg(TelinkTexts::battery(id).toHtmlEscaped())
                              .arg(TelinkIdentify::LowBatteryPercent));
    } else if (!known) {
        setNoteKind(m_advice, NoteKind::Warning);
        m_advice->setText(tr("This firmware does not report its battery. If the battery is not new, or the "
                             "display looks faint, put in a fresh CR2032 before you go on."));
    } else {
        setNoteKind(m_advice, NoteKind::Info);
        m_advice->setText(tr("The thermometer reports enough charge. If the battery is old anyway, a fresh "
                             "CR2032 now saves a failed update later."));
    }
    // A low reading is not overruled by a tick that says the battery is fine: replace it and read
    // again, or decide deliberately to flash on it.
    m_confirmRow->setVisible(!low);
    m_overrideRow->setVisible(low);
    m_readAgain->setEnabled(!wizard()->isJobRunning());
}

bool TelinkBatteryPage::readAgain()
{
    if (wizard()->isJobRunning())
        return false;
    m_job->started();
    core::Diagnosis error;
    if (!wizard()->identify(m_job->hooks([this](const core::JobResult &r) { onRead(r); }), &error)) {
        m_job->hideProgress();
        m_job->showFailure(error);
        return false;
    }
    m_readAgain->setEnabled(false);
    return true;
}

void TelinkBatteryPage::onRead(const core::JobResult &result)
{
    m_job->hideProgress();
    if (result.status == core::JobResult::Status::Failed)
        m_job->showFailure(result.diagnosis);
    render();
    Q_EMIT completeChanged();
}

QString TelinkBatteryPage::adviceText() const
{
    return m_advice->text();
}

bool TelinkBatteryPage::isComplete() const
{
    if (!state().identified || wizard()->isJobRunning())
        return false;
    return isLow() ? m_override->isChecked() : m_confirm->isChecked();
}

QString TelinkBatteryPage::blockedReason() const
{
    if (!state().identified)
        return tr("Read the thermometer first (click Read the battery again).");
    if (isLow())
        return tr("The battery is low: put in a fresh one and read it again, or tick that you flash on it anyway.");
    return tr("Confirm that the battery is fresh.");
}

void TelinkBatteryPage::enter()
{
    render();
}

void TelinkBatteryPage::commit()
{
    state().batteryConfirmed = m_confirm->isChecked();
    state().batteryOverride = isLow() && m_override->isChecked();
}

void TelinkBatteryPage::reset()
{
    m_confirm->setChecked(false);
    m_override->setChecked(false);
    m_job->clear();
    render();
}

DiagnosisBanner *TelinkBatteryPage::banner() const
{
    return m_job->banner();
}

QWidget *TelinkBatteryPage::mainAction() const
{
    return isLow() ? static_cast<QWidget *>(m_readAgain) : m_confirm;
}

}  // namespace fw::ui
