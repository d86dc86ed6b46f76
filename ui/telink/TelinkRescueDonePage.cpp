#include "ui/telink/TelinkRescueDonePage.h"

#include "ui/FactsForm.h"
#include "ui/telink/TelinkWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QPushButton>

namespace fw::ui {

TelinkRescueDonePage::TelinkRescueDonePage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_facts = new FactsForm(this);
    m_nextTitle = makeSubheading(this);
    m_next = makeText(this);
    m_bluetooth = new QPushButton(this);
    m_another = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bluetooth);
    buttons->addWidget(m_another);
    buttons->addStretch(1);

    content()->addWidget(m_facts);
    content()->addSpacing(6);
    content()->addWidget(m_nextTitle);
    content()->addWidget(m_next);
    content()->addLayout(buttons);

    connect(m_bluetooth, &QPushButton::clicked, this, [this] { wizard()->startWith({}); });
    connect(m_another, &QPushButton::clicked, this, [this] { wizard()->startRescue(state().port); });
    retranslate();
}

QString TelinkRescueDonePage::stepTitle() const
{
    return tr("Done");
}

void TelinkRescueDonePage::retranslate()
{
    setHeading(tr("The thermometer has new firmware"),
               tr("It was written through the wires, read back and restarted."));
    m_nextTitle->setText(tr("What to do now"));
    m_bluetooth->setText(tr("Update it over &Bluetooth…"));
    m_bluetooth->setToolTip(tr("Go to the Bluetooth wizard, for later updates or to go on to Zigbee"));
    m_another->setText(tr("Rescue &another thermometer"));
    m_facts->setAccessibleName(tr("What was written"));
    enter();
}

void TelinkRescueDonePage::enter()
{
    const TelinkWizardState &s = state();
    const QVariantMap &out = s.rescueOutput;
    m_facts->setRow(QStringLiteral("file"), tr("Written:"), QFileInfo(s.rescueFirmwarePath).fileName());
    m_facts->setRow(QStringLiteral("mac"), tr("Its Bluetooth address:"), out.value(QStringLiteral("mac")).toString());
    m_facts->setRow(QStringLiteral("backup"), tr("Backup of its own data:"), QDir::toNativeSeparators(s.backupPath));
    m_next->setText(nextText());
}

QString TelinkRescueDonePage::nextText() const
{
    return spacedList(
        {tr("<b>Take the wires off</b>, put the battery back in (a fresh one is best) and close the case."),
         tr("<b>The display</b> shows readings within a few seconds. If it stays blank, the firmware may not suit "
            "this board's display: 2025 boards that report B1.1 need pvvx 5.6 or newer."),
         tr("<b>Over Bluetooth</b> pvvx firmware appears as ATC_ followed by the last six digits of its address. "
            "From now on update it over Bluetooth, no wires needed; Zigbee comes the same way, as a .zigbee file."),
         tr("<b>Keep the backup</b>: it holds this thermometer's own address, calibration and keys. Should they ever "
            "be overwritten, a wired restore puts them back.")});
}

QString TelinkRescueDonePage::factsText() const
{
    return m_facts->text();
}

}  // namespace fw::ui
