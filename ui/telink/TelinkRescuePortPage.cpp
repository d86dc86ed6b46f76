#include "ui/telink/TelinkRescuePortPage.h"

#include "ui/SerialPortList.h"
#include "ui/telink/TelinkWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QListWidget>

namespace fw::ui {

namespace {
constexpr qint32 kDefaultBaud = 921600;
}  // namespace

QList<qint32> TelinkRescuePortPage::bauds()
{
    return {921600, 460800, 340000, 230400};
}

TelinkRescuePortPage::TelinkRescuePortPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_portsLabel = new QLabel(this);
    m_ports = new SerialPortList(owner->discovery(), QStringLiteral("telink"), this);
    m_portsLabel->setBuddy(m_ports->list());
    m_ports->setBauds(bauds(), kDefaultBaud);
    m_adapterNote = makeNote(this, NoteKind::Warning);
    content()->addWidget(m_portsLabel);
    content()->addWidget(m_ports);
    content()->addWidget(m_adapterNote);

    connect(m_ports, &SerialPortList::selectionChanged, this, &TelinkRescuePortPage::completeChanged);
    connect(m_ports, &SerialPortList::activated, this, [this] { wizard()->goNext(); });
    retranslate();
}

QString TelinkRescuePortPage::stepTitle() const
{
    return tr("Adapter");
}

void TelinkRescuePortPage::retranslate()
{
    setHeading(tr("Rescue the thermometer by wire"),
               tr("When a thermometer no longer answers over Bluetooth, it can still be flashed through the "
                  "test pads on its board with a USB-serial adapter. Plug the adapter into this computer: it "
                  "appears here by itself. No hardware at hand? Pick the demo device."));
    m_portsLabel->setText(tr("&Connected adapters and demo devices:"));
    m_ports->setBaudTexts(tr("&Speed to try first:"),
                          {tr("921600 baud (recommended)"), tr("460800 baud"), tr("340000 baud"),
                           tr("230400 baud: for adapters that cannot keep up")},
                          tr("If the adapter cannot keep up, Flashwright tries the slower speeds by itself."));
    m_adapterNote->setText(tr("<b>Not every adapter works for this.</b> Adapters with an LED on the RX line, and "
                              "adapters with an FTDI chip, do not; CH340 and CP2102 adapters do. The adapter must "
                              "be able to give 3.3 V."));
}

void TelinkRescuePortPage::selectPort(const QString &port)
{
    m_ports->selectPort(port);
}

QString TelinkRescuePortPage::selectedPort() const
{
    return m_ports->selectedPort();
}

qint32 TelinkRescuePortPage::selectedBaud() const
{
    return m_ports->selectedBaud();
}

bool TelinkRescuePortPage::isComplete() const
{
    return !selectedPort().isEmpty();
}

QString TelinkRescuePortPage::blockedReason() const
{
    return tr("Pick an adapter or the demo device.");
}

void TelinkRescuePortPage::enter()
{
    if (!state().port.isEmpty() && selectedPort() != state().port)
        selectPort(state().port);
    m_ports->setBaud(state().baud);
}

void TelinkRescuePortPage::commit()
{
    TelinkWizardState &s = state();
    if (selectedPort() != s.port) {
        // Another adapter may be another thermometer: its backup is its own.
        s.backupPath.clear();
        s.backupOutput.clear();
    }
    s.port = selectedPort();
    s.portTitle = m_ports->selectedTitle();
    s.baud = selectedBaud();
}

void TelinkRescuePortPage::reset()
{
    m_ports->reset(kDefaultBaud);
}

QWidget *TelinkRescuePortPage::mainAction() const
{
    return m_ports->list();
}

}  // namespace fw::ui
