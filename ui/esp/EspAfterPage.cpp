#include "ui/esp/EspAfterPage.h"

#include "ui/DiagnosisBanner.h"
#include "ui/esp/EspWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fw::ui {

EspAfterPage::EspAfterPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_before = makeNote(this, NoteKind::Info);
    m_finish = makeMainButton(this);
    m_result = makeNote(this, NoteKind::Success);
    m_result->hide();
    m_banner = new DiagnosisBanner(this);
    m_expectTitle = makeSubheading(this);
    m_expect = makeText(this);
    m_another = new QPushButton(this);

    auto *finishRow = new QHBoxLayout;
    finishRow->addWidget(m_finish);
    finishRow->addStretch(1);
    auto *anotherRow = new QHBoxLayout;
    anotherRow->addWidget(m_another);
    anotherRow->addStretch(1);

    content()->addWidget(m_before);
    content()->addLayout(finishRow);
    content()->addWidget(m_result);
    content()->addWidget(m_banner);
    content()->addSpacing(6);
    content()->addWidget(m_expectTitle);
    content()->addWidget(m_expect);
    content()->addLayout(anotherRow);

    connect(m_finish, &QPushButton::clicked, this, &EspAfterPage::finish);
    connect(m_another, &QPushButton::clicked, this, [this] { wizard()->startWith(state().port); });
    connect(m_banner, &DiagnosisBanner::retryRequested, this, &EspAfterPage::finish);
    owner->attachBanner(m_banner);
    retranslate();
}

QString EspAfterPage::stepTitle() const
{
    return tr("After the flash");
}

void EspAfterPage::retranslate()
{
    const EspWizardState &s = state();
    const bool restore = s.goal == EspWizardState::Goal::Restore;
    const bool devBoard = s.module == EspModule::Id::Esp32DevBoard;
    setHeading(restore ? tr("The backup is back on the device") : tr("The firmware is on the device"),
               tr("One last step: start the new firmware."));
    m_before->setText(devBoard
                          ? tr("Click <b>Finish</b>: Flashwright restarts the board into its new "
                               "firmware and closes the port.")
                          : tr("First remove the wire from <b>GPIO0</b> to GND, or the device "
                               "starts its loader again. Then click <b>Finish</b>."));
    m_finish->setText(tr("&Finish"));
    m_finish->setToolTip(tr("Restart the device once and close the port"));
    m_another->setText(tr("Flash &another device"));
    m_another->setToolTip(tr("Start over at step 1 with the same adapter"));
    m_expectTitle->setText(restore ? tr("What to expect") : tr("What to expect with Tasmota"));
    m_expect->setText(expectText());
}

QString EspAfterPage::expectText() const
{
    if (state().goal == EspWizardState::Goal::Restore)
        return tr("The device starts the firmware it had when you made the backup and behaves as "
                  "it did then, with the same settings.");
    return spacedList(
        {tr("<b>A new Wi-Fi network appears</b>, named like tasmota_XXXXXX-#### "
            "(older versions: tasmota-XXXX). Connect to it and open "
            "<b>http://192.168.4.1</b> to enter your own Wi-Fi. It stays open for "
            "<b>3 minutes</b> after each start: if you miss it, switch the device off "
            "and on again."),
         tr("<b>A relay that clicks about once a second</b>, or an LED that blinks, "
            "does not mean the flash failed. The firmware does not know this device "
            "yet: apply its template (Configuration, then Template) and it stops."),
         tr("<b>Buttons that do nothing</b> on dimmers, fans and some plugs: these "
            "have a second chip (TuyaMCU), which works once TuyaMCU is set up."),
         tr("<b>Back to factory settings</b> without wires: switch the power off for "
            "30 seconds, then switch it on and off 6 times, each time within 10 "
            "seconds, and leave it on at the 7th.")});
}

bool EspAfterPage::finish()
{
    EspWizardState &s = state();
    if (s.finished || !s.session || wizard()->isJobRunning())
        return false;
    EspWizard::JobHooks hooks;
    hooks.finished = [this](const core::JobResult &r) { onFinished(r); };
    m_banner->hide();
    if (!wizard()->runJob(std::make_unique<fw::esp::EspFinishJob>(s.session), std::move(hooks))) {
        m_banner->showDiagnosis(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    m_finish->setEnabled(false);
    return true;
}

void EspAfterPage::onFinished(const core::JobResult &result)
{
    m_running = false;
    EspWizardState &s = state();
    if (result.status != core::JobResult::Status::Succeeded) {
        m_finish->setEnabled(true);
        if (result.status == core::JobResult::Status::Failed)
            m_banner->showDiagnosis(result.diagnosis);
        Q_EMIT completeChanged();
        return;
    }
    s.finished = true;
    wizard()->dropSession();
    const bool powerCycle = result.output.value(QStringLiteral("powerCycleNeeded")).toBool();
    const bool devBoard = s.module == EspModule::Id::Esp32DevBoard;
    if (!powerCycle) {
        setNoteKind(m_result, NoteKind::Success);
        m_result->setText(tr("<b>Done.</b> The device was restarted and runs its new firmware. "
                             "The port is closed; you can unplug the adapter."));
    } else {
        setNoteKind(m_result, NoteKind::Warning);
        m_result->setText(devBoard ? tr("<b>One more thing:</b> press the board's EN button (or "
                                        "unplug it and plug it in again) to start the new "
                                        "firmware.")
                                   : tr("<b>One more thing:</b> this adapter cannot restart the "
                                        "device. Unplug its power, make sure GPIO0 is no longer "
                                        "on GND, and plug it in again."));
    }
    m_result->show();
    m_finish->hide();
    m_before->hide();  // its "then click Finish" is done
    Q_EMIT completeChanged();
    wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
}

QString EspAfterPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

bool EspAfterPage::isComplete() const
{
    return state().finished;
}

QString EspAfterPage::blockedReason() const
{
    return tr("Click Finish to start the new firmware.");
}

void EspAfterPage::enter()
{
    retranslate();
    m_finish->setVisible(!state().finished);
    m_before->setVisible(!state().finished);
    m_finish->setEnabled(!m_running && state().session != nullptr);
}

void EspAfterPage::reset()
{
    m_before->show();
    m_result->hide();
    m_banner->hide();
    m_finish->show();
    m_finish->setEnabled(true);
}

QWidget *EspAfterPage::mainAction() const
{
    return state().finished ? nullptr : m_finish;
}

}  // namespace fw::ui
