#include "ui/esp/EspWiringPage.h"

#include "ui/esp/EspWizard.h"
#include "ui/esp/WiringDiagram.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace fw::ui {

EspWiringPage::EspWiringPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_moduleLabel = new QLabel(this);
    m_module = new QComboBox(this);
    for (EspModule::Id id : EspModule::all())
        m_module->addItem(QString(), int(id));
    m_moduleLabel->setBuddy(m_module);
    m_moduleHint = new QLabel(this);
    m_moduleHint->setWordWrap(true);
    m_moduleHint->setForegroundRole(QPalette::PlaceholderText);
    m_diagram = new WiringDiagram(this);
    m_power = makeNote(this, NoteKind::Danger);
    m_crossed = makeNote(this, NoteKind::Info);
    m_special = makeNote(this, NoteKind::Warning);
    m_tuyaMcu = makeNote(this, NoteKind::Info);

    auto *row = new QHBoxLayout;
    row->addWidget(m_moduleLabel);
    row->addWidget(m_module, 1);
    content()->addLayout(row);
    content()->addWidget(m_moduleHint);
    content()->addWidget(m_diagram);
    content()->addWidget(m_power);
    content()->addWidget(m_special);
    content()->addWidget(m_crossed);
    content()->addWidget(m_tuyaMcu);

    connect(m_module, &QComboBox::currentIndexChanged, this, &EspWiringPage::updateForModule);
    retranslate();
}

QString EspWiringPage::stepTitle() const
{
    return tr("Wiring");
}

void EspWiringPage::retranslate()
{
    for (int i = 0; i < m_module->count(); ++i) {
        const auto id = EspModule::Id(m_module->itemData(i).toInt());
        m_module->setItemText(i, EspModule::name(id));
    }
    m_moduleLabel->setText(tr("Board or &module:"));
    m_module->setAccessibleName(tr("Board or module"));
    m_power->setText(powerText());
    m_crossed->setText(tr("<b>TX and RX cross over:</b> the adapter's TX goes to the module's RX, "
                          "and the adapter's RX to the module's TX."));
    m_tuyaMcu->setText(
        tr("<b>Two chips on the board?</b> Dimmers, fans and some plugs have a second chip "
           "(TuyaMCU) on the same RX and TX pins. If connecting fails, hold that chip in reset or "
           "disconnect it while you flash. After flashing, its buttons do nothing until TuyaMCU "
           "is set up in the new firmware."));
    updateForModule();
}

QString EspWiringPage::powerText() const
{
    return tr("<b>Power with 3.3 V, never 5 V.</b> The module draws 150 to 300 mA in short peaks "
              "when its radio starts. The 3.3 V pin of most USB-serial adapters cannot give that, "
              "and flashing then stops half-way. Use a separate 3.3 V supply (300 mA or more) and "
              "connect its GND to the adapter's GND.");
}

void EspWiringPage::updateForModule()
{
    const EspModule::Id id = selectedModule();
    m_diagram->setModule(id);
    m_moduleHint->setText(EspModule::description(id));
    const bool devBoard = id == EspModule::Id::Esp32DevBoard;
    setHeading(devBoard ? tr("Connect the board") : tr("Wire the module to the adapter"),
               devBoard ? tr("This board has its own USB-serial chip: no wires needed. Plug it in "
                             "with a USB data cable.")
                        : tr("Unplug everything first. Connect the wires as the picture shows, "
                             "then go on. The pad names are printed next to the pads."));
    m_power->setVisible(!devBoard);
    m_crossed->setVisible(!devBoard);
    m_tuyaMcu->setVisible(id == EspModule::Id::Tywe3s || id == EspModule::Id::Tywe2s);
    if (id == EspModule::Id::Esp8266Generic) {
        m_special->setText(tr("<b>ESP-01:</b> also connect EN (marked CH_PD on some boards) to "
                              "3.3 V, or the module stays switched off. On ESP-12 boards, GPIO15 "
                              "must be at GND as well."));
    } else if (id == EspModule::Id::Tywe2s) {
        m_special->setText(tr("<b>TYWE2S:</b> the pads are small and their order differs between "
                              "board makers: go by the names printed next to them. The flash is "
                              "inside the chip, so it must be written in DOUT mode; Flashwright "
                              "offers that when you choose the file."));
    } else if (devBoard) {
        m_special->setText(tr("<b>Charge-only cables</b> carry no data: if no port shows up in "
                              "step 1, try another cable."));
    } else {
        m_special->clear();
    }
    m_special->setVisible(!m_special->text().isEmpty());
}

void EspWiringPage::setModule(EspModule::Id id)
{
    const int i = m_module->findData(int(id));
    if (i >= 0)
        m_module->setCurrentIndex(i);
    updateForModule();
}

EspModule::Id EspWiringPage::selectedModule() const
{
    return EspModule::Id(m_module->currentData().toInt());
}

void EspWiringPage::enter()
{
    const QSignalBlocker block(m_module);
    setModule(state().module);
}

void EspWiringPage::commit()
{
    EspWizardState &s = state();
    if (s.module != selectedModule())
        s.reset = EspModule::hasAutoReset(selectedModule()) ? fw::esp::ResetMode::Auto
                                                            : fw::esp::ResetMode::Manual;
    s.module = selectedModule();
}

QWidget *EspWiringPage::mainAction() const
{
    return m_module;
}

}  // namespace fw::ui
