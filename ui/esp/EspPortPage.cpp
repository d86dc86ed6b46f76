#include "ui/esp/EspPortPage.h"

#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"
#include "ui/esp/EspPortItemDelegate.h"
#include "ui/esp/EspWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

namespace {
constexpr int kPortRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
constexpr int kDefaultBaud = 460800;
}  // namespace

QList<qint32> EspPortPage::transferBauds()
{
    return {921600, 460800, 230400, 115200};
}

EspPortPage::EspPortPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_portsLabel = new QLabel(this);
    m_ports = new QListWidget(this);
    m_ports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ports->setItemDelegate(new EspPortItemDelegate(m_ports));
    m_portsLabel->setBuddy(m_ports);
    m_empty = makeNote(this, NoteKind::Info);
    m_details = makeNote(this, NoteKind::Info);

    m_baudLabel = new QLabel(this);
    m_baud = new QComboBox(this);
    for (qint32 b : transferBauds())
        m_baud->addItem(QString(), b);
    m_baud->setCurrentIndex(m_baud->findData(kDefaultBaud));
    m_baudLabel->setBuddy(m_baud);
    m_baudHint = new QLabel(this);
    m_baudHint->setWordWrap(true);
    m_baudHint->setForegroundRole(QPalette::PlaceholderText);

    auto *baudRow = new QHBoxLayout;
    baudRow->addWidget(m_baudLabel);
    baudRow->addWidget(m_baud, 1);

    content()->addWidget(m_portsLabel);
    content()->addWidget(m_ports);
    content()->addWidget(m_empty);
    content()->addWidget(m_details);
    content()->addSpacing(6);
    content()->addLayout(baudRow);
    content()->addWidget(m_baudHint);

    connect(m_ports, &QListWidget::currentItemChanged, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
    connect(m_ports, &QListWidget::itemActivated, this, [this] { wizard()->goNext(); });
    if (core::PortDiscovery *d = owner->discovery())
        connect(d, &core::PortDiscovery::changed, this, &EspPortPage::refresh);
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
    m_ports->setAccessibleName(tr("Adapters and demo devices"));
    m_empty->setText(tr("No USB-serial adapter found. Plug it in and wait a moment. If it still "
                        "does not show up, try another cable: some USB cables only charge."));
    m_baudLabel->setText(tr("Transfer &speed:"));
    m_baud->setAccessibleName(tr("Transfer speed"));
    const QStringList names{tr("921600 baud: fastest, some adapters cannot keep up"),
                            tr("460800 baud: fast (recommended)"),
                            tr("230400 baud"),
                            tr("115200 baud: slow but safe")};
    for (int i = 0; i < m_baud->count() && i < names.size(); ++i)
        m_baud->setItemText(i, names[i]);
    m_baudHint->setText(tr("Flashwright always connects at 115200 baud, then switches to this "
                           "speed where the chip can. If the device stops answering, it falls "
                           "back to a slower speed by itself."));
    refresh();
}

void EspPortPage::refresh()
{
    const QString keep = m_wanted.isEmpty() ? selectedPort() : m_wanted;
    const QSignalBlocker block(m_ports);
    m_ports->clear();
    int adapters = 0;
    if (core::PortDiscovery *d = wizard()->discovery()) {
        core::PortList ports = d->ports();
        // Adapters known to flash ESPs first, then other USB adapters, then built-in ports:
        // in that order they are what the user most likely plugged in.
        const auto rank = [](const core::PortInfo &p) {
            if (p.identity && p.identity->families.contains(QStringLiteral("esp")))
                return 0;
            return p.vid ? 1 : 2;
        };
        std::stable_sort(ports.begin(), ports.end(),
                         [&rank](const core::PortInfo &a, const core::PortInfo &b) { return rank(a) < rank(b); });
        for (const core::PortInfo &p : ports) {
            if (p.isDemo)
                continue;
            QString line2;
            if (p.identity)
                line2 = p.identity->chip.isEmpty() ? p.identity->adapter : p.identity->chip;
            else if (p.vid)
                line2 = tr("USB adapter that is not in Flashwright's list (it will most likely work)");
            else
                line2 = tr("built-in serial port");
            auto *item = new QListWidgetItem(p.displayName() + QLatin1Char('\n') + line2, m_ports);
            item->setData(kPortRole, p.systemLocation);
            item->setData(kTitleRole, p.displayName());
            item->setToolTip(p.systemLocation);
            adapters += p.vid ? 1 : 0;  // a built-in port is not the adapter the user plugged in
        }
    }
    for (const DemoDevice &demo : DemoRegistry::instance().all()) {
        if (demo.transport != DemoDevice::Transport::Serial || demo.family != QLatin1String("esp"))
            continue;
        const QString title = tr("Demo: %1").arg(demo.title());
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + tr("simulated, no hardware needed"),
                                         m_ports);
        item->setData(kPortRole, QString(QStringLiteral("demo:") + demo.name));
        item->setData(kTitleRole, title);
        item->setToolTip(QStringLiteral("demo:") + demo.name);
    }
    m_empty->setVisible(adapters == 0);
    // As tall as its entries (two to five of them), so the page does not scroll for nothing.
    if (m_ports->count() > 0) {
        const int row = m_ports->sizeHintForRow(0);
        const int rows = std::clamp(int(m_ports->count()), 2, 5);
        m_ports->setFixedHeight(rows * row + 2 * m_ports->frameWidth() + 4);
    }
    selectPort(keep);
    updateDetails();
    Q_EMIT completeChanged();
}

void EspPortPage::selectPort(const QString &port)
{
    m_wanted = port;
    for (int i = 0; i < m_ports->count(); ++i) {
        if (m_ports->item(i)->data(kPortRole).toString() == port) {
            m_ports->setCurrentRow(i);
            m_wanted.clear();
            return;
        }
    }
    if (port.isEmpty() && m_ports->count() > 0 && !m_ports->currentItem())
        m_ports->setCurrentRow(0);
}

QString EspPortPage::selectedPort() const
{
    const QListWidgetItem *item = m_ports->currentItem();
    return item ? item->data(kPortRole).toString() : QString();
}

QString EspPortPage::selectedTitle() const
{
    const QListWidgetItem *item = m_ports->currentItem();
    return item ? item->data(kTitleRole).toString() : QString();
}

void EspPortPage::setBaud(qint32 baud)
{
    const int i = m_baud->findData(baud);
    if (i >= 0)
        m_baud->setCurrentIndex(i);
}

qint32 EspPortPage::selectedBaud() const
{
    return m_baud->currentData().toInt();
}

void EspPortPage::updateDetails()
{
    const QString port = selectedPort();
    QStringList parts;
    NoteKind kind = NoteKind::Info;
    if (DemoRegistry::isDemoPort(port)) {
        parts << tr("A simulated device: it answers like the real one, needs no hardware and "
                    "cannot be damaged. A good way to try every step first.");
    } else if (core::PortDiscovery *disc = wizard()->discovery()) {
        for (const core::PortInfo &p : disc->ports()) {
            if (p.systemLocation != port)
                continue;
            if (p.identity && !p.identity->notes.isEmpty())
                parts << p.identity->notes.toHtmlEscaped();
            if (const core::Diagnosis access = core::PortDiscovery::checkAccess(port); !access.isEmpty()) {
                kind = NoteKind::Warning;
                parts << QStringLiteral("<b>%1</b> %2").arg(access.summary.toHtmlEscaped(),
                                                           access.nextStep.toHtmlEscaped());
            }
        }
    }
    setNoteKind(m_details, kind);
    m_details->setText(parts.join(QStringLiteral("<br>")));
    m_details->setVisible(!parts.isEmpty());
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
    m_ports->setCurrentRow(-1);
    m_wanted.clear();
    setBaud(kDefaultBaud);
    refresh();
}

QWidget *EspPortPage::mainAction() const
{
    return m_ports;
}

}  // namespace fw::ui
