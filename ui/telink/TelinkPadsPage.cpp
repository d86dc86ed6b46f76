#include "ui/telink/TelinkPadsPage.h"

#include "ui/telink/TelinkPadsDiagram.h"
#include "ui/telink/TelinkWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

TelinkPadsPage::TelinkPadsPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_open = makeNote(this, NoteKind::Info);
    m_diagram = new TelinkPadsDiagram(this);
    m_power = makeNote(this, NoteKind::Danger);
    m_resistor = makeNote(this, NoteKind::Info);
    m_powerCycle = makeNote(this, NoteKind::Warning);
    content()->addWidget(m_open);
    content()->addWidget(m_diagram);
    content()->addWidget(m_power);
    content()->addWidget(m_powerCycle);
    content()->addWidget(m_resistor);
    retranslate();
}

QString TelinkPadsPage::stepTitle() const
{
    return tr("Wiring");
}

void TelinkPadsPage::retranslate()
{
    setHeading(tr("Wire the thermometer to the adapter"),
               tr("Unplug the adapter first. Connect the wires as the picture shows, then go on. The pad names "
                  "are printed on the board."));
    m_open->setText(tr("<b>Open it:</b> take the battery out, unclip the back cover and lift the board out of the "
                       "case. The pads are on the back of the board; P14 is the one marked SWS in the picture."));
    m_power->setText(tr("<b>3.3 V, never 5 V.</b> Power the board from the adapter's 3.3 V on the battery "
                        "contacts, or from its own battery, never from both at once."));
    m_powerCycle->setText(powerCycleText());
    m_resistor->setText(tr("<b>Why the resistor:</b> TX goes through 1 kOhm (1 to 1.8 kOhm) and RX straight to P14, "
                           "so Flashwright can hear the chip answer on the same pad. Without the resistor the chip "
                           "cannot answer: no backup and no check of what was written."));
}

QString TelinkPadsPage::powerCycleText() const
{
    return tr("<b>Power-cycle when asked.</b> The chip can only be stopped right after it powers up. When "
              "Flashwright says \"Power-cycle the thermometer now\", take the battery out and put it back, or pull "
              "the 3.3 V wire off and on again, within %1 seconds.")
        .arg(state().activationMs / 1000);
}

}  // namespace fw::ui
