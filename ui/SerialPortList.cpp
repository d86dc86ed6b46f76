#include "ui/SerialPortList.h"

#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"
#include "ui/TwoLineItemDelegate.h"
#include "ui/WizardPage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

namespace {
constexpr int kPortRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
}  // namespace

SerialPortList::SerialPortList(core::PortDiscovery *discovery, QString family, QWidget *parent)
    : QWidget(parent), m_discovery(discovery), m_family(std::move(family))
{
    m_ports = new QListWidget(this);
    m_ports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ports->setItemDelegate(new TwoLineItemDelegate(m_ports));
    m_empty = WizardPage::makeNote(this, WizardPage::NoteKind::Info);
    m_details = WizardPage::makeNote(this, WizardPage::NoteKind::Info);
    m_baudLabel = new QLabel(this);
    m_baud = new QComboBox(this);
    m_baudLabel->setBuddy(m_baud);
    m_baudHint = WizardPage::makeHint(this);
    auto *baudRow = new QHBoxLayout;
    baudRow->addWidget(m_baudLabel);
    baudRow->addWidget(m_baud, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_ports);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addLayout(baudRow);
    layout->addWidget(m_baudHint);
    setBauds({}, 0);
    setFocusProxy(m_ports);

    connect(m_ports, &QListWidget::currentItemChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_ports, &QListWidget::itemActivated, this, &SerialPortList::activated);
    if (m_discovery)
        connect(m_discovery, &core::PortDiscovery::changed, this, &SerialPortList::refresh);
    retranslate();
}

void SerialPortList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The page re-tints its notes before this widget has its new palette: do it again here.
    if (event->type() == QEvent::PaletteChange)
        WizardPage::retintNotes(this);
    QWidget::changeEvent(event);
}

void SerialPortList::retranslate()
{
    m_ports->setAccessibleName(tr("Adapters and demo devices"));
    m_empty->setText(tr("No USB-serial adapter found. Plug it in and wait a moment. If it still "
                        "does not show up, try another cable: some USB cables only charge."));
    refresh();
}

void SerialPortList::refresh()
{
    const QString keep = m_wanted.isEmpty() ? selectedPort() : m_wanted;
    {
        const QSignalBlocker block(m_ports);
        m_ports->clear();
    }
    int adapters = 0;
    if (m_discovery) {
        core::PortList ports = m_discovery->ports();
        // Adapters known to work for this family first, then other USB adapters, then built-in
        // ports: in that order they are what the user most likely plugged in.
        const auto rank = [this](const core::PortInfo &p) {
            if (p.identity && p.identity->families.contains(m_family))
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
            const QSignalBlocker block(m_ports);
            auto *item = new QListWidgetItem(p.displayName() + QLatin1Char('\n') + line2, m_ports);
            item->setData(kPortRole, p.systemLocation);
            item->setData(kTitleRole, p.displayName());
            item->setToolTip(p.systemLocation);
            adapters += p.vid ? 1 : 0;  // a built-in port is not the adapter the user plugged in
        }
    }
    for (const DemoDevice &demo : DemoRegistry::instance().all()) {
        if (demo.transport != DemoDevice::Transport::Serial || demo.family != m_family)
            continue;
        const QString title = tr("Demo: %1").arg(demo.title());
        const QSignalBlocker block(m_ports);
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + tr("simulated, no hardware needed"), m_ports);
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
    Q_EMIT selectionChanged();
}

void SerialPortList::reset(qint32 baud)
{
    m_ports->setCurrentRow(-1);
    m_wanted.clear();
    setBaud(baud);
    refresh();
}

void SerialPortList::selectPort(const QString &port)
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

QString SerialPortList::selectedPort() const
{
    const QListWidgetItem *item = m_ports->currentItem();
    return item ? item->data(kPortRole).toString() : QString();
}

QString SerialPortList::selectedTitle() const
{
    const QListWidgetItem *item = m_ports->currentItem();
    return item ? item->data(kTitleRole).toString() : QString();
}

void SerialPortList::setBauds(const QList<qint32> &bauds, qint32 preferred)
{
    m_baud->clear();
    for (qint32 b : bauds)
        m_baud->addItem(QString::number(b), b);
    setBaud(preferred);
    for (QWidget *w : {static_cast<QWidget *>(m_baudLabel), static_cast<QWidget *>(m_baud),
                       static_cast<QWidget *>(m_baudHint)})
        w->setVisible(!bauds.isEmpty());
}

void SerialPortList::setBaudTexts(const QString &label, const QStringList &names, const QString &hint)
{
    m_baudLabel->setText(label);
    m_baud->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (int i = 0; i < m_baud->count() && i < names.size(); ++i)
        m_baud->setItemText(i, names[i]);
    m_baudHint->setText(hint);
}

void SerialPortList::setBaud(qint32 baud)
{
    const int i = m_baud->findData(baud);
    if (i >= 0)
        m_baud->setCurrentIndex(i);
}

qint32 SerialPortList::selectedBaud() const
{
    return m_baud->currentData().toInt();
}

QString SerialPortList::detailsText() const
{
    return m_details->isHidden() ? QString() : m_details->text();
}

void SerialPortList::updateDetails()
{
    const QString port = selectedPort();
    QStringList parts;
    WizardPage::NoteKind kind = WizardPage::NoteKind::Info;
    if (DemoRegistry::isDemoPort(port)) {
        parts << tr("A simulated device: it answers like the real one, needs no hardware and "
                    "cannot be damaged. A good way to try every step first.");
        if (const DemoDevice *demo = DemoRegistry::instance().find(DemoRegistry::demoName(port));
            demo && !demo->description().isEmpty())
            parts.prepend(demo->description().toHtmlEscaped());
    } else if (m_discovery) {
        for (const core::PortInfo &p : m_discovery->ports()) {
            if (p.systemLocation != port)
                continue;
            if (p.identity && !p.identity->notes.isEmpty())
                parts << p.identity->notes.toHtmlEscaped();
            if (const core::Diagnosis access = core::PortDiscovery::checkAccess(port); !access.isEmpty()) {
                kind = WizardPage::NoteKind::Warning;
                parts << QStringLiteral("<b>%1</b> %2").arg(access.summary.toHtmlEscaped(),
                                                           access.nextStep.toHtmlEscaped());
            }
        }
    }
    WizardPage::setNoteKind(m_details, kind);
    m_details->setText(parts.join(QStringLiteral("<br>")));
    m_details->setVisible(!parts.isEmpty());
}

}  // namespace fw::ui
