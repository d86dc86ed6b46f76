#include "ui/telink/TelinkFindPage.h"

#include "core/sim/DemoRegistry.h"
#include "core/sim/GattPeripheralModel.h"
#include "ui/TwoLineItemDelegate.h"
#include "ui/telink/TelinkWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace fw::ui {

using core::BleDeviceInfo;
using core::BleScanner;
using core::sim::DemoDevice;
using core::sim::DemoRegistry;
using fw::telink::TelinkAdvert;

namespace {
constexpr int kTargetRole = Qt::UserRole + 1;
constexpr int kScanMs = 10000;
constexpr int kLowBatteryPercent = 40;
}  // namespace

TelinkFindPage::TelinkFindPage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_scanning = makeHint(this);
    m_rescan = new QPushButton(this);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanning, 1);
    scanRow->addWidget(m_rescan);
    m_status = makeNote(this, NoteKind::Warning);
    m_status->hide();

    // One column of three-line entries: the name, what it is, what it reports. Six columns would
    // not fit the wizard's width next to the step list.
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setIndentation(0);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setMinimumHeight(320);
    m_nearby = new QTreeWidgetItem(m_list);
    m_demos = new QTreeWidgetItem(m_list);
    for (QTreeWidgetItem *group : {m_nearby, m_demos}) {
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    m_othersHint = makeHint(this);
    m_details = makeNote(this, NoteKind::Info);
    m_details->hide();
    m_wiredHint = makeHint(this);
    m_wired = new QPushButton(this);
    auto *wiredRow = new QHBoxLayout;
    wiredRow->addWidget(m_wired);
    wiredRow->addStretch(1);

    content()->addLayout(scanRow);
    content()->addWidget(m_status);
    content()->addWidget(m_list);
    content()->addWidget(m_othersHint);
    content()->addWidget(m_details);
    content()->addSpacing(8);
    content()->addWidget(m_wiredHint);
    content()->addLayout(wiredRow);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kTargetRole).toString().isEmpty())
            wizard()->goNext();
    });
    connect(m_rescan, &QPushButton::clicked, this, &TelinkFindPage::rescan);
    connect(m_wired, &QPushButton::clicked, this, [this] { wizard()->startRescue(); });
    if (BleScanner *scanner = owner->scanner()) {
        connect(scanner, &BleScanner::deviceFound, this, &TelinkFindPage::onDevice);
        connect(scanner, &BleScanner::deviceUpdated, this, &TelinkFindPage::onDevice);
        connect(scanner, &BleScanner::stateChanged, this, &TelinkFindPage::updateScanStatus);
        connect(scanner, &BleScanner::finished, this, &TelinkFindPage::updateScanStatus);
    }
    loadDemos();
    retranslate();
}

QString TelinkFindPage::stepTitle() const
{
    return tr("Find");
}

void TelinkFindPage::retranslate()
{
    setHeading(tr("Find your thermometer"),
               tr("Put the thermometer within a metre or two of this computer. Thermometers nearby "
                  "appear here by themselves, with what they report. No thermometer at hand? Pick a "
                  "demo device."));
    m_list->setAccessibleName(tr("Thermometers and demo devices"));
    m_nearby->setText(0, tr("Nearby"));
    m_demos->setText(0, tr("Demo devices (simulated, no hardware needed)"));
    m_rescan->setText(tr("&Search again"));
    m_rescan->setToolTip(tr("Look for Bluetooth thermometers for another 10 seconds"));
    m_wiredHint->setText(tr("Not in the list at all, or it stopped working after an update? It can still be "
                            "flashed by wire, with a USB-serial adapter on its test pads."));
    m_wired->setText(tr("Flash it by &wire instead…"));
    loadDemos();  // their titles follow the language
    rebuild();
}

void TelinkFindPage::loadDemos()
{
    for (const DemoDevice &demo : DemoRegistry::instance().all()) {
        if (demo.transport != DemoDevice::Transport::Ble || demo.family != QLatin1String("telink") || !demo.makeGatt)
            continue;
        const auto model = demo.makeGatt();
        if (!model)
            continue;
        Row row;
        row.device = model->advertisement();
        row.device.isDemo = true;
        row.advert = TelinkAdvert::decode(row.device);
        row.title = demo.title();
        row.description = demo.description();
        row.demo = true;
        const QString target = QStringLiteral("demo:") + demo.name;
        if (!m_rows.contains(target))
            m_order << target;
        m_rows.insert(target, row);
    }
}

void TelinkFindPage::onDevice(const BleDeviceInfo &device)
{
    if (device.address.isEmpty() || device.isDemo)
        return;
    const fw::telink::TelinkAdvertInfo advert = TelinkAdvert::decode(device);
    if (!advert.isThermometer()) {
        // Counted once per address, so repeated updates of one device do not inflate it.
        if (!m_rows.contains(device.address) && !m_others.contains(device.address)) {
            m_others.insert(device.address);
            rebuild();
        }
        return;
    }
    Row row;
    row.device = device;
    row.advert = advert;
    row.title = device.name.isEmpty() ? device.address : device.name;
    if (!m_rows.contains(device.address))
        m_order << device.address;
    m_rows.insert(device.address, row);
    rebuild();
}

QString TelinkFindPage::describe(const Row &row) const
{
    const fw::telink::TelinkAdvertInfo &a = row.advert;
    const QLocale locale;
    // Line 2: what it is; line 3: what it reports. A demo's title says what it simulates, so its
    // advertised name comes first underneath.
    const QString name = row.device.name.isEmpty() ? row.device.address : row.device.name;
    QStringList what;
    if (row.demo)
        what << name;
    if (!a.deviceKind.isEmpty() && a.deviceKind != name)
        what << a.deviceKind;
    what << (a.firmwareHint.isEmpty() ? tr("unknown firmware") : tr("%1 firmware").arg(a.firmwareHint));
    QStringList reports;
    if (a.temperatureC)
        reports << tr("%1 °C").arg(locale.toString(*a.temperatureC, 'f', 1));
    else if (a.format == fw::telink::TelinkAdvertFormat::MiBeacon)
        reports << tr("readings encrypted");
    if (a.batteryPercent)
        reports << (*a.batteryPercent < kLowBatteryPercent ? tr("battery %1 % (low)").arg(*a.batteryPercent)
                                                           : tr("battery %1 %").arg(*a.batteryPercent));
    reports << (row.demo ? tr("simulated") : tr("signal %1 dBm").arg(row.device.rssi));
    return QStringList{row.demo ? row.title : name, what.join(QStringLiteral(" · ")),
                       reports.join(QStringLiteral(" · "))}
        .join(QLatin1Char('\n'));
}

QString TelinkFindPage::entryText(const QString &target) const
{
    return m_rows.contains(target) ? describe(m_rows[target]) : QString();
}

void TelinkFindPage::rebuild()
{
    const QString keep = m_wanted.isEmpty() ? selectedTarget() : m_wanted;
    const QSignalBlocker block(m_list);
    qDeleteAll(m_nearby->takeChildren());
    qDeleteAll(m_demos->takeChildren());
    QStringList nearby;
    for (const QString &target : m_order)
        if (m_rows.contains(target) && !m_rows[target].demo)
            nearby << target;
    // Strongest signal first: the thermometer next to the computer is most likely the one.
    std::stable_sort(nearby.begin(), nearby.end(), [this](const QString &a, const QString &b) {
        return m_rows[a].device.rssi > m_rows[b].device.rssi;
    });
    const auto addItem = [this](QTreeWidgetItem *group, const QString &target) {
        auto *item = new QTreeWidgetItem(group);
        const QString text = describe(m_rows[target]);
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setData(0, kTargetRole, target);
    };
    for (const QString &target : nearby)
        addItem(m_nearby, target);
    for (const QString &target : m_order)
        if (m_rows.contains(target) && m_rows[target].demo)
            addItem(m_demos, target);
    m_nearby->setHidden(nearby.isEmpty());
    m_demos->setHidden(m_demos->childCount() == 0);
    m_nearby->setExpanded(true);
    m_demos->setExpanded(true);
    m_othersHint->setText(tr("%n other Bluetooth device(s) nearby are not thermometers and are not listed.",
                             nullptr, int(m_others.size())));
    m_othersHint->setVisible(!m_others.isEmpty());
    selectTarget(keep);
    updateScanStatus();
    updateDetails();
    Q_EMIT completeChanged();
}

void TelinkFindPage::updateScanStatus()
{
    BleScanner *scanner = wizard()->scanner();
    const int found = m_nearby->childCount();
    m_rescan->setVisible(scanner != nullptr);
    m_rescan->setEnabled(scanner && scanner->state() != BleScanner::State::Scanning);
    if (scanner && scanner->state() == BleScanner::State::Scanning) {
        m_scanning->setText(tr("Looking for thermometers nearby…"));
    } else if (found > 0) {
        m_scanning->setText(tr("%n thermometer(s) found nearby.", nullptr, found));
    } else {
        m_scanning->clear();
    }
    QString problem;
    NoteKind kind = NoteKind::Warning;
    if (!scanner) {
        problem = tr("Bluetooth is not used in this window, so only the demo devices are listed.");
        kind = NoteKind::Info;
    } else {
        switch (scanner->state()) {
        case BleScanner::State::NoAdapter:
        case BleScanner::State::BluezUnavailable:
        case BleScanner::State::PoweredOff:
        case BleScanner::State::PermissionDenied:
        case BleScanner::State::Error:
            problem = QStringLiteral("%1<br><b>%2</b>")
                          .arg(scanner->stateText().toHtmlEscaped(),
                               tr("The demo devices below work without Bluetooth.").toHtmlEscaped());
            break;
        case BleScanner::State::Idle:
            if (m_scanStarted && found == 0) {
                problem = tr("No thermometer found nearby. Bring it closer and click Search again. If its "
                             "display is blank or faint, put in a fresh CR2032 battery first; if it still does "
                             "not appear, take the battery out for a few seconds.");
                kind = NoteKind::Info;
            }
            break;
        case BleScanner::State::Scanning:
            break;
        }
    }
    setNoteKind(m_status, kind);
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
}

void TelinkFindPage::updateDetails()
{
    const QString target = selectedTarget();
    if (target.isEmpty() || !m_rows.contains(target)) {
        m_details->hide();
        return;
    }
    const Row &row = m_rows[target];
    QStringList parts;
    if (row.demo) {
        parts << QStringLiteral("<b>%1</b>").arg(row.title.toHtmlEscaped());
        if (!row.description.isEmpty())
            parts << row.description.toHtmlEscaped();
        parts << tr("A simulated thermometer: it answers like the real one, needs no hardware and cannot be "
                    "damaged.")
                     .toHtmlEscaped();
    } else {
        parts << tr("Bluetooth address %1.").arg(row.device.address).toHtmlEscaped();
        if (const QString summary = row.advert.summary(); !summary.isEmpty())
            parts << tr("It reports: %1.").arg(summary).toHtmlEscaped();
        if (row.device.rssi < -85)
            parts << tr("The signal is weak: move the thermometer closer before flashing.").toHtmlEscaped();
    }
    const bool lowBattery = row.advert.batteryPercent && *row.advert.batteryPercent < kLowBatteryPercent;
    if (lowBattery)
        parts << QStringLiteral("<b>%1</b>")
                     .arg(tr("Its battery reads %1 %: put in a fresh CR2032 before flashing.")
                              .arg(*row.advert.batteryPercent)
                              .toHtmlEscaped());
    setNoteKind(m_details, lowBattery ? NoteKind::Warning : NoteKind::Info);
    m_details->setText(parts.join(QStringLiteral("<br>")));
    m_details->show();
}

QString TelinkFindPage::scanStatusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString TelinkFindPage::detailsText() const
{
    return m_details->isHidden() ? QString() : m_details->text();
}

QString TelinkFindPage::othersText() const
{
    return m_othersHint->isHidden() ? QString() : m_othersHint->text();
}

QStringList TelinkFindPage::targets() const
{
    QStringList out;
    for (QTreeWidgetItem *group : {m_nearby, m_demos})
        for (int i = 0; i < group->childCount(); ++i)
            out << group->child(i)->data(0, kTargetRole).toString();
    return out;
}

void TelinkFindPage::selectTarget(const QString &target)
{
    m_wanted = target;
    for (QTreeWidgetItem *group : {m_nearby, m_demos}) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kTargetRole).toString().compare(target, Qt::CaseInsensitive) == 0) {
                m_list->setCurrentItem(group->child(i));
                m_wanted.clear();
                return;
            }
        }
    }
}

QString TelinkFindPage::selectedTarget() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kTargetRole).toString() : QString();
}

void TelinkFindPage::rescan()
{
    BleScanner *scanner = wizard()->scanner();
    if (!scanner || scanner->state() == BleScanner::State::Scanning)
        return;
    m_scanStarted = true;
    scanner->start(kScanMs);
    updateScanStatus();
}

bool TelinkFindPage::isComplete() const
{
    return !selectedTarget().isEmpty();
}

QString TelinkFindPage::blockedReason() const
{
    return tr("Pick a thermometer or a demo device.");
}

void TelinkFindPage::enter()
{
    // Devices the window's own scan has already found.
    if (BleScanner *scanner = wizard()->scanner()) {
        for (const BleDeviceInfo &d : scanner->devices())
            onDevice(d);
        if (!m_scanStarted && scanner->state() != BleScanner::State::Scanning)
            rescan();
    }
    if (!state().target.isEmpty() && selectedTarget().isEmpty())
        selectTarget(state().target);
    updateScanStatus();
}

void TelinkFindPage::commit()
{
    const QString target = selectedTarget();
    TelinkWizardState &s = state();
    if (target != s.target)
        wizard()->dropLink();  // another thermometer needs its own connection
    const Row row = m_rows.value(target);
    s.target = target;
    s.targetTitle = row.demo ? row.title : (row.device.name.isEmpty() ? row.device.address : row.device.name);
    s.address = row.device.address;
    s.advert = row.advert;
}

void TelinkFindPage::reset()
{
    m_list->setCurrentItem(nullptr);
    m_wanted.clear();
    m_scanStarted = false;
    rebuild();
}

QWidget *TelinkFindPage::mainAction() const
{
    return m_list;
}

}  // namespace fw::ui
