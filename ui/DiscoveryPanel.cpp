#include "ui/DiscoveryPanel.h"

#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {

// Wraps long item texts (hints, demo titles) to the width the item really has, which the
// default delegate gets wrong for indented rows in a narrow dock.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
        const int width = qMax(80, m_view->viewport()->width() - indent);
        opt.rect = QRect(0, 0, width, 1);  // a valid rect, or the style ignores the width
        opt.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(opt, index).boundedTo(QSize(width, 10000));
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideNone;
    }

private:
    QTreeView *m_view;
};

// Re-measures the rows when the dock changes width, so wrapped rows get their new height.
class RelayoutOnResize : public QObject {
public:
    explicit RelayoutOnResize(QTreeView *view) : QObject(view), m_view(view) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            QMetaObject::invokeMethod(m_view, [v = m_view] { v->doItemsLayout(); }, Qt::QueuedConnection);
        return false;
    }

private:
    QTreeView *m_view;
};

}  // namespace

using core::BleScanner;
using core::sim::DemoDevice;
using core::sim::DemoRegistry;

DiscoveryPanel::DiscoveryPanel(QWidget *parent) : QWidget(parent)
{
    m_discovery = new core::PortDiscovery(this);
    m_scanner = new BleScanner(this);

    m_refreshButton = new QToolButton(this);
    m_refreshButton->setAutoRaise(true);
    m_scanButton = new QToolButton(this);
    m_scanButton->setAutoRaise(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);  // indeterminate: a moving bar while scanning
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_refreshButton);
    head->addWidget(m_scanButton);
    head->addStretch(1);

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->viewport()->installEventFilter(new RelayoutOnResize(m_tree));

    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    auto makeGroup = [&](Group g) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, KindRole, int(ItemKind::Group));
        item->setData(0, KeyRole, int(g));
        item->setFont(0, groupFont);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        return item;
    };
    m_serialGroup = makeGroup(Group::Serial);
    m_bleGroup = makeGroup(Group::Ble);
    m_demoGroup = makeGroup(Group::Demo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_busy);
    layout->addWidget(m_tree, 1);

    connect(m_refreshButton, &QToolButton::clicked, this, &DiscoveryPanel::refreshPorts);
    connect(m_scanButton, &QToolButton::clicked, this, &DiscoveryPanel::toggleScan);
    connect(m_discovery, &core::PortDiscovery::changed, this, &DiscoveryPanel::onPortsChanged);
    connect(m_scanner, &BleScanner::stateChanged, this, &DiscoveryPanel::onBleState);
    connect(m_scanner, &BleScanner::deviceFound, this, &DiscoveryPanel::onBleDevice);
    connect(m_scanner, &BleScanner::deviceUpdated, this, &DiscoveryPanel::onBleDevice);
    connect(m_scanner, &BleScanner::finished, this,
            [this] { onBleState(m_scanner->state()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onActivated(item); });

    retranslate();
}

DiscoveryPanel::~DiscoveryPanel()
{
    // The tree signals selection changes while it is torn down; nobody should hear them.
    m_tree->blockSignals(true);
}

QTreeWidgetItem *DiscoveryPanel::groupItem(Group g) const
{
    switch (g) {
    case Group::Serial:
        return m_serialGroup;
    case Group::Ble:
        return m_bleGroup;
    case Group::Demo:
        return m_demoGroup;
    }
    return nullptr;
}

void DiscoveryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiscoveryPanel::retranslate()
{
    m_tree->setAccessibleName(tr("Devices"));
    m_tree->setAccessibleDescription(
        tr("Serial ports, Bluetooth devices and demo devices. Press Enter to open one."));
    m_refreshButton->setText(tr("R&efresh"));
    m_refreshButton->setToolTip(tr("Look for serial ports again (F5)"));
    m_refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_busy->setAccessibleName(tr("Scanning for Bluetooth devices"));
    m_serialGroup->setText(0, tr("Serial ports"));
    m_demoGroup->setText(0, tr("Demo devices"));
    m_demoGroup->setToolTip(0, tr("Simulated devices: try every tool without hardware."));
    rebuildSerial();
    rebuildDemos();
    onBleState(m_scanner->state());
}

void DiscoveryPanel::startWatching(int intervalMs)
{
    refreshPorts();
    m_discovery->startWatching(intervalMs);
}

void DiscoveryPanel::refreshPorts()
{
    const core::PortList now = m_discovery->refresh();
    // refresh() only signals differences; the first listing must show up as well.
    if (m_ports.isEmpty() && !now.isEmpty())
        onPortsChanged(now);
}

void DiscoveryPanel::onPortsChanged(const core::PortList &ports)
{
    m_ports = ports;
    rebuildSerial();
    emitSummary();
}

QTreeWidgetItem *DiscoveryPanel::addHint(QTreeWidgetItem *group, const QString &text)
{
    auto *hint = new QTreeWidgetItem(group);
    hint->setText(0, text);
    hint->setToolTip(0, text);
    hint->setData(0, KindRole, int(ItemKind::Hint));
    // Not selectable and drawn greyed: it explains, it is not a device.
    hint->setFlags(Qt::NoItemFlags);
    QFont f = hint->font(0);
    f.setItalic(true);
    hint->setFont(0, f);
    return hint;
}

bool DiscoveryPanel::restoreCurrent(QTreeWidgetItem *group, ItemKind kind, const QString &key)
{
    if (key.isEmpty())
        return false;
    const QSignalBlocker block(m_tree);
    for (int i = 0; i < group->childCount(); ++i) {
        QTreeWidgetItem *child = group->child(i);
        if (child->data(0, KindRole).toInt() == int(kind) && child->data(0, KeyRole).toString() == key) {
            m_tree->setCurrentItem(child);
            return true;
        }
    }
    // The selected device is gone: select nothing rather than whatever the tree picks.
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
    return false;
}

void DiscoveryPanel::rebuildSerial()
{
    QString currentKey;
    QTreeWidgetItem *current = m_tree->currentItem();
    const bool currentWasHere = current && current->parent() == m_serialGroup;
    if (currentWasHere)
        currentKey = current->data(0, KeyRole).toString();

    {
        const QSignalBlocker block(m_tree);
        qDeleteAll(m_serialGroup->takeChildren());
    }
    for (const core::PortInfo &p : std::as_const(m_ports)) {
        if (p.isDemo)
            continue;
        auto *item = new QTreeWidgetItem(m_serialGroup);
        item->setText(0, p.displayName());
        item->setData(0, KindRole, int(ItemKind::SerialPort));
        item->setData(0, KeyRole, p.systemLocation);
        QStringList tip{p.systemLocation};
        if (!p.description.isEmpty())
            tip << p.description;
        if (!p.vidPidText().isEmpty())
            tip << tr("USB ID (VID:PID): %1").arg(p.vidPidText());
        if (p.identity && !p.identity->chip.isEmpty())
            tip << tr("Chip: %1").arg(p.identity->chip);
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
    }
    if (m_serialGroup->childCount() == 0)
        addHint(m_serialGroup, tr("No serial ports. Plug in your USB-serial adapter."));
    m_serialGroup->setText(0, tr("Serial ports"));
    if (currentWasHere && !restoreCurrent(m_serialGroup, ItemKind::SerialPort, currentKey))
        Q_EMIT nothingSelected();  // the selected port was unplugged
}

void DiscoveryPanel::rebuildBle()
{
    QString currentKey;
    QTreeWidgetItem *current = m_tree->currentItem();
    if (current && current->parent() == m_bleGroup)
        currentKey = current->data(0, KeyRole).toString();
    {
        const QSignalBlocker block(m_tree);
        qDeleteAll(m_bleGroup->takeChildren());
    }
    QList<core::BleDeviceInfo> devices = m_ble.values();
    std::sort(devices.begin(), devices.end(),
              [](const core::BleDeviceInfo &a, const core::BleDeviceInfo &b) { return a.rssi > b.rssi; });
    for (const core::BleDeviceInfo &d : std::as_const(devices)) {
        auto *item = new QTreeWidgetItem(m_bleGroup);
        const QString name = d.name.isEmpty() ? tr("(no name)") : d.name;
        item->setText(0, tr("%1 (%2 dBm)").arg(name).arg(d.rssi));
        item->setToolTip(0, d.address);
        item->setData(0, KindRole, int(ItemKind::BleDevice));
        item->setData(0, KeyRole, d.address);
    }
    const BleScanner::State st = m_scanner->state();
    if (m_bleGroup->childCount() == 0) {
        switch (st) {
        case BleScanner::State::Idle:
            addHint(m_bleGroup, m_bleScanned
                                    ? tr("No Bluetooth devices found. Wake the device (press its "
                                         "button or take out and put back the battery), keep it "
                                         "close, then scan again.")
                                    : tr("Press Scan to look for Bluetooth devices nearby."));
            break;
        case BleScanner::State::Scanning:
            addHint(m_bleGroup, tr("Scanning…"));
            break;
        default:
            addHint(m_bleGroup, m_scanner->stateText());
            break;
        }
    }
    restoreCurrent(m_bleGroup, ItemKind::BleDevice, currentKey);
}

void DiscoveryPanel::rebuildDemos()
{
    QString currentKey;
    QTreeWidgetItem *current = m_tree->currentItem();
    if (current && current->parent() == m_demoGroup)
        currentKey = current->data(0, KeyRole).toString();
    {
        const QSignalBlocker block(m_tree);
        qDeleteAll(m_demoGroup->takeChildren());
    }
    const QList<DemoDevice> demos = DemoRegistry::instance().all();
    for (const DemoDevice &d : demos) {
        auto *item = new QTreeWidgetItem(m_demoGroup);
        item->setText(0, d.title());
        const QString description = d.description();
        item->setToolTip(0, description.isEmpty() ? d.name : description);
        item->setData(0, KindRole, int(ItemKind::Demo));
        item->setData(0, KeyRole, d.name);
    }
    if (demos.isEmpty())
        addHint(m_demoGroup, tr("No demo devices in this build."));
    restoreCurrent(m_demoGroup, ItemKind::Demo, currentKey);
}

void DiscoveryPanel::startBleScan()
{
    m_ble.clear();
    m_bleScanned = true;
    m_scanner->start();
    onBleState(m_scanner->state());
}

void DiscoveryPanel::toggleScan()
{
    if (m_scanner->state() == BleScanner::State::Scanning)
        m_scanner->stop();
    else
        startBleScan();
    onBleState(m_scanner->state());
}

void DiscoveryPanel::onBleState(BleScanner::State state)
{
    const bool scanning = state == BleScanner::State::Scanning;
    m_busy->setVisible(scanning);
    m_scanButton->setText(scanning ? tr("Stop") : tr("Sc&an"));
    m_scanButton->setToolTip(scanning ? tr("Stop looking for Bluetooth devices")
                                      : tr("Look for Bluetooth LE devices nearby"));
    m_bleGroup->setText(0, scanning ? tr("Bluetooth LE — scanning…") : tr("Bluetooth LE"));
    rebuildBle();
    emitSummary();
}

void DiscoveryPanel::onBleDevice(const core::BleDeviceInfo &device)
{
    m_ble.insert(device.address, device);
    rebuildBle();
    emitSummary();
}

void DiscoveryPanel::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item) {
        Q_EMIT nothingSelected();
        return;
    }
    const auto kind = ItemKind(item->data(0, KindRole).toInt());
    const QString key = item->data(0, KeyRole).toString();
    switch (kind) {
    case ItemKind::SerialPort:
        for (const core::PortInfo &p : std::as_const(m_ports))
            if (p.systemLocation == key) {
                Q_EMIT serialPortSelected(p);
                return;
            }
        break;
    case ItemKind::BleDevice:
        if (m_ble.contains(key)) {
            Q_EMIT bleDeviceSelected(m_ble.value(key));
            return;
        }
        break;
    case ItemKind::Demo:
        Q_EMIT demoSelected(key);
        return;
    default:
        break;
    }
    Q_EMIT nothingSelected();
}

void DiscoveryPanel::onActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const auto kind = ItemKind(item->data(0, KindRole).toInt());
    const QString key = item->data(0, KeyRole).toString();
    if (kind == ItemKind::SerialPort) {
        for (const core::PortInfo &p : std::as_const(m_ports))
            if (p.systemLocation == key)
                Q_EMIT serialPortActivated(p);
    } else if (kind == ItemKind::BleDevice && m_ble.contains(key)) {
        Q_EMIT bleDeviceActivated(m_ble.value(key));
    } else if (kind == ItemKind::Demo) {
        Q_EMIT demoActivated(key);
    }
}

int DiscoveryPanel::serialDemoCount() const
{
    int n = 0;
    for (const DemoDevice &d : DemoRegistry::instance().all())
        n += d.transport == DemoDevice::Transport::Serial ? 1 : 0;
    return n;
}

QString DiscoveryPanel::bleShortState() const
{
    switch (m_scanner->state()) {
    case BleScanner::State::Idle:
        if (!m_bleScanned)
            return tr("not scanned yet");
        return m_ble.size() == 1 ? tr("1 device") : tr("%1 devices").arg(m_ble.size());
    case BleScanner::State::Scanning:
        return tr("scanning…");
    case BleScanner::State::NoAdapter:
        return tr("no adapter");
    case BleScanner::State::BluezUnavailable:
        return tr("service not running");
    case BleScanner::State::PoweredOff:
        return tr("turned off");
    case BleScanner::State::PermissionDenied:
        return tr("no permission");
    case BleScanner::State::Error:
        return tr("error");
    }
    return {};
}

QString DiscoveryPanel::summaryText() const
{
    int serial = 0;
    for (const core::PortInfo &p : m_ports)
        serial += p.isDemo ? 0 : 1;
    const int demos = int(DemoRegistry::instance().all().size());
    // Spelled out per count rather than with %n plurals: English has no catalogue of its own.
    const QString ports = serial == 0   ? tr("No serial ports")
                          : serial == 1 ? tr("1 serial port")
                                        : tr("%1 serial ports").arg(serial);
    const QString demoText = demos == 1 ? tr("1 demo device") : tr("%1 demo devices").arg(demos);
    return ports + QStringLiteral(", ") + tr("Bluetooth: %1").arg(bleShortState())
           + QStringLiteral(", ") + demoText;
}

void DiscoveryPanel::emitSummary()
{
    Q_EMIT summaryChanged(summaryText());
}

}  // namespace fw::ui
