#include "ui/esp/EspPortPage.h"

#include "core/sim/DemoRegistry.h"
#include "ui/SerialPortList.h"
#include "ui/esp/EspWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace fw::ui {

using core::sim::DemoRegistry;

namespace {
constexpr int kDefaultBaud = 460800;
}  // namespace

QList<qint32> EspPortPage::transferBauds()
{
    return {921600, 460800, 230400, 115200};
}

EspPortPage::EspPortPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_portsLabel = new QLabel(this);
    m_ports = new SerialPortList(owner->discovery(), QStringLiteral("esp"), this);
    m_portsLabel->setBuddy(m_ports->list());
    m_ports->setBauds(transferBauds(), kDefaultBaud);
    content()->addWidget(m_portsLabel);
    content()->addWidget(m_ports);

    connect(m_ports, &SerialPortList::selectionChanged, this, &EspPortPage::completeChanged);
    connect(m_ports, &SerialPortList::activated, this, [this] { wizard()->goNext(); });
    retranslate();
}

QString EspPortPage::stepTitle() const
{
    return tr("Adapter and port");
}

void EspPortPage::retranslate()
{
    setHeading(tr("Choose the adapter"),
               tr("Plug the USB-serial adapter (or the board's USB cable) into this computer: it "
                  "appears here by itself. No hardware at hand? Pick a demo device."));
    m_portsLabel->setText(tr("&Connected adapters and demo devices:"));
    m_ports->setBaudTexts(tr("Transfer &speed:"),
                          {tr("921600 baud: fastest, some adapters cannot keep up"),
                           tr("460800 baud: fast (recommended)"), tr("230400 baud"),
                           tr("115200 baud: slow but safe")},
                          tr("Flashwright always connects at 115200 baud, then switches to this "
                             "speed where the chip can. If the device stops answering, it falls "
                             "back to a slower speed by itself."));
}

void EspPortPage::selectPort(const QString &port)
{
    m_ports->selectPort(port);
}

QString EspPortPage::selectedPort() const
{
    return m_ports->selectedPort();
}

QString EspPortPage::selectedTitle() const
{
    return m_ports->selectedTitle();
}

QListWidget *EspPortPage::portList() const
{
    return m_ports->list();
}

void EspPortPage::setBaud(qint32 baud)
{
    m_ports->setBaud(baud);
}

qint32 EspPortPage::selectedBaud() const
{
    return m_ports->selectedBaud();
}

QComboBox *EspPortPage::baudCombo() const
{
    return m_ports->baudCombo();
}

bool EspPortPage::isComplete() const
{
    return !selectedPort().isEmpty();
}

QString EspPortPage::blockedReason() const
{
    return tr("Pick an adapter or a demo device.");
}

void EspPortPage::enter()
{
    if (!state().port.isEmpty() && selectedPort().isEmpty())
        selectPort(state().port);
    setBaud(state().transferBaud);
}

void EspPortPage::commit()
{
    EspWizardState &s = state();
    const QString port = selectedPort();
    const qint32 baud = selectedBaud();
    if (port != s.port || baud != s.transferBaud)
        wizard()->dropSession();  // a new port or speed needs a new connection
    if (port != s.port) {
        s.module = DemoRegistry::isDemoPort(port) ? EspModule::forDemo(DemoRegistry::demoName(port))
                                                  : EspModule::Id::Tywe3s;
        s.reset = EspModule::hasAutoReset(s.module) ? fw::esp::ResetMode::Auto
                                                    : fw::esp::ResetMode::Manual;
    }
    s.port = port;
    s.portTitle = selectedTitle();
    s.transferBaud = baud;
}

void EspPortPage::reset()
{
    m_ports->reset(kDefaultBaud);
}

QWidget *EspPortPage::mainAction() const
{
    return m_ports->list();
}

}  // namespace fw::ui
