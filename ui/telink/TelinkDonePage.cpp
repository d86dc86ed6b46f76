#include "ui/telink/TelinkDonePage.h"

#include "ui/FactsForm.h"
#include "ui/telink/TelinkWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

namespace fw::ui {

using fw::telink::TelinkGoal;

TelinkDonePage::TelinkDonePage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_result = makeNote(this, NoteKind::Success);
    m_facts = new FactsForm(this);
    m_expectTitle = makeSubheading(this);
    m_expect = makeText(this);
    m_another = new QPushButton(this);
    auto *anotherRow = new QHBoxLayout;
    anotherRow->addWidget(m_another);
    anotherRow->addStretch(1);

    content()->addWidget(m_result);
    content()->addWidget(m_facts);
    content()->addSpacing(6);
    content()->addWidget(m_expectTitle);
    content()->addWidget(m_expect);
    content()->addLayout(anotherRow);

    connect(m_another, &QPushButton::clicked, this, [this] { wizard()->startWith({}); });
    retranslate();
}

QString TelinkDonePage::stepTitle() const
{
    return tr("Done");
}

void TelinkDonePage::retranslate()
{
    m_another->setText(tr("Flash &another thermometer"));
    m_another->setToolTip(tr("Start over at step 1"));
    m_expectTitle->setText(tr("What to expect"));
    m_facts->setAccessibleName(tr("What the thermometer runs now"));
    render();
}

void TelinkDonePage::render()
{
    const TelinkWizardState &s = state();
    const QVariantMap &out = s.flashOutput;
    const QVariantMap after = out.value(QStringLiteral("after")).toMap();
    const bool leftBluetooth = out.value(QStringLiteral("leftBluetooth")).toBool();
    const bool verified = out.value(QStringLiteral("verified")).toBool();
    if (leftBluetooth) {
        setHeading(tr("The thermometer now speaks Zigbee"),
                   tr("The update went through and the thermometer restarted into its Zigbee firmware."));
        setNoteKind(m_result, NoteKind::Success);
        m_result->setText(tr("<b>It left Bluetooth: pair it with your coordinator.</b> Open pairing in Zigbee2MQTT, "
                             "ZHA or deCONZ (\"permit join\"); the thermometer joins by itself within a minute or "
                             "two. If it does not show up, take its battery out for a few seconds and put it back "
                             "while pairing is open."));
    } else {
        setHeading(tr("The thermometer runs its new firmware"),
                   verified ? tr("It restarted and told Flashwright what it runs now.")
                            : tr("The file was sent; the thermometer did not confirm it over Bluetooth."));
        setNoteKind(m_result, verified ? NoteKind::Success : NoteKind::Warning);
        m_result->setText(verified ? tr("<b>Verified.</b> Flashwright connected again after the restart and read "
                                        "the new firmware.")
                                   : tr("<b>Not confirmed.</b> If the display shows readings, it works. If it "
                                        "stays blank, take the battery out for a few seconds; if it still stays "
                                        "blank, flash it by wire."));
    }
    m_facts->setVisible(!after.isEmpty() && !leftBluetooth);
    m_facts->setRow(QStringLiteral("firmware"), tr("Firmware now:"), after.value(QStringLiteral("firmware")).toString());
    m_facts->setRow(QStringLiteral("hardware"), tr("Hardware revision:"),
                    after.value(QStringLiteral("hardwareRevision")).toString());
    m_facts->setRow(QStringLiteral("name"), tr("It appears as:"), after.value(QStringLiteral("name")).toString());
    m_expect->setText(expectText());
}

QString TelinkDonePage::expectText() const
{
    const TelinkWizardState &s = state();
    const bool leftBluetooth = s.flashOutput.value(QStringLiteral("leftBluetooth")).toBool();
    if (leftBluetooth || s.goal == TelinkGoal::Zigbee)
        return spacedList(
            {tr("<b>No more Bluetooth:</b> it no longer appears in Bluetooth lists, Flashwright's included. "
                "Updates now come from your coordinator (Zigbee OTA)."),
             tr("<b>Readings</b> arrive in your Zigbee software after pairing: temperature, humidity and "
                "battery."),
             tr("<b>Back to Bluetooth</b> later: through your coordinator with a Bluetooth build packed as a "
                ".zigbee file whose manufacturer and image type match the installed firmware, or by wire.")});
    if (s.goal == TelinkGoal::Stock)
        return spacedList(
            {tr("<b>Mi Home</b> finds it again: add it in the app as a new device."),
             tr("<b>Custom firmware later</b> needs the Mi login again, as before the first flash.")});
    return spacedList(
        {tr("<b>A new name:</b> it advertises as ATC_ followed by the last six digits of its address, and sends "
            "temperature, humidity and battery every few seconds. Home Assistant picks them up without "
            "pairing."),
         tr("<b>Settings</b> (display, units, how often it reports, comfort smiley) can be changed in "
            "TelinkMiFlasher at pvvx.github.io."),
         tr("<b>Mi Home</b> no longer shows it. To go back, flash Xiaomi's original firmware."),
         tr("<b>Later updates</b> work the same way, without any login.")});
}

QString TelinkDonePage::factsText() const
{
    return m_facts->isHidden() ? QString() : m_facts->text();
}

QString TelinkDonePage::resultText() const
{
    return m_result->text();
}

void TelinkDonePage::enter()
{
    render();
}

QWidget *TelinkDonePage::mainAction() const
{
    return nullptr;
}

}  // namespace fw::ui
