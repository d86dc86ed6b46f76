#include <catch2/catch.hpp>

#include "core/PortDiscovery.h"
#include "support/PtyPair.h"
#include "ui/DeviceDetailsPane.h"
#include "ui/DiscoveryPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/SerialMonitorWidget.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using fw::ui::DiscoveryPanel;
using fw::ui::MainWindow;

namespace {

// Puts English back even when a check fails half-way, so later tests see English texts.
struct EnglishAfterwards {
    ~EnglishAfterwards() { fw::ui::LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
};

QStringList childKeys(QTreeWidgetItem *group, DiscoveryPanel::ItemKind kind)
{
    QStringList keys;
    for (int i = 0; i < group->childCount(); ++i)
        if (group->child(i)->data(0, DiscoveryPanel::KindRole).toInt() == int(kind))
            keys << group->child(i)->data(0, DiscoveryPanel::KeyRole).toString();
    return keys;
}

QTreeWidgetItem *firstHint(QTreeWidgetItem *group)
{
    for (int i = 0; i < group->childCount(); ++i)
        if (group->child(i)->data(0, DiscoveryPanel::KindRole).toInt() == int(DiscoveryPanel::ItemKind::Hint))
            return group->child(i);
    return nullptr;
}

}  // namespace

TEST_CASE("main window builds offscreen with its panes and menus", "[ui]")
{
    MainWindow window;
    window.show();
    REQUIRE(window.windowTitle() == QStringLiteral("Flashwright"));
    REQUIRE_FALSE(window.windowIcon().isNull());
    REQUIRE(window.discoveryPanel() != nullptr);
    REQUIRE(window.detailsPane() != nullptr);
    REQUIRE(window.serialMonitor() != nullptr);
    REQUIRE(window.currentWorkspacePage() == reinterpret_cast<QWidget *>(window.welcomePage()));
    REQUIRE(window.menuTitles() == QStringList{"&File", "&View", "&Tools", "&Help"});
    REQUIRE(window.statusSummary().contains(QStringLiteral("demo devices")));

    // A page added for a wizard shows up in the workspace with its title.
    auto *page = new QWidget;
    window.addWorkspacePage(page, QStringLiteral("ESP flashing"));
    window.showWorkspacePage(page);
    REQUIRE(window.currentWorkspacePage() == page);
    window.showStartPage();
    REQUIRE(window.currentWorkspacePage() != page);
}

TEST_CASE("the Demo group lists the serial monitor demo", "[ui]")
{
    DiscoveryPanel panel;
    const QStringList demos =
        childKeys(panel.groupItem(DiscoveryPanel::Group::Demo), DiscoveryPanel::ItemKind::Demo);
    REQUIRE(demos.contains(QStringLiteral("esp8266-boot")));

    QString selected;
    QObject::connect(&panel, &DiscoveryPanel::demoSelected, [&](const QString &n) { selected = n; });
    QTreeWidgetItem *group = panel.groupItem(DiscoveryPanel::Group::Demo);
    panel.tree()->setCurrentItem(group->child(int(demos.indexOf(QStringLiteral("esp8266-boot")))));
    REQUIRE(selected == QStringLiteral("esp8266-boot"));
}

TEST_CASE("serial group follows an injected port and its removal", "[ui]")
{
    fw::test::PtyPair pty;
    auto present = std::make_shared<bool>(true);
    DiscoveryPanel panel;
    panel.portDiscovery()->setSystemLister([present, path = pty.slavePath()] {
        fw::core::PortList list;
        if (*present) {
            fw::core::PortInfo p;
            p.portName = path.mid(5);
            p.systemLocation = path;
            p.description = QStringLiteral("Test adapter");
            list << p;
        }
        return list;
    });
    panel.refreshPorts();
    QTreeWidgetItem *serial = panel.groupItem(DiscoveryPanel::Group::Serial);
    REQUIRE(childKeys(serial, DiscoveryPanel::ItemKind::SerialPort) == QStringList{pty.slavePath()});
    REQUIRE(firstHint(serial) == nullptr);

    fw::core::PortInfo chosen;
    QObject::connect(&panel, &DiscoveryPanel::serialPortSelected,
                     [&](const fw::core::PortInfo &p) { chosen = p; });
    panel.tree()->setCurrentItem(serial->child(0));
    REQUIRE(chosen.systemLocation == pty.slavePath());

    int cleared = 0;
    QObject::connect(&panel, &DiscoveryPanel::nothingSelected, [&] { ++cleared; });
    *present = false;  // unplugged
    panel.refreshPorts();
    REQUIRE(childKeys(serial, DiscoveryPanel::ItemKind::SerialPort).isEmpty());
    QTreeWidgetItem *hint = firstHint(serial);
    REQUIRE(hint != nullptr);
    REQUIRE(hint->text(0).contains(QStringLiteral("Plug in")));
    REQUIRE(cleared >= 1);

    // Hot-plug through the watcher brings it back without a manual refresh.
    *present = true;
    panel.startWatching(50);
    REQUIRE(QTest::qWaitFor(
        [&] { return childKeys(serial, DiscoveryPanel::ItemKind::SerialPort).size() == 1; }, 3000));
}

TEST_CASE("missing Bluetooth shows a hint item instead of failing", "[ui]")
{
    DiscoveryPanel panel;
    QTreeWidgetItem *ble = panel.groupItem(DiscoveryPanel::Group::Ble);
    REQUIRE(firstHint(ble) != nullptr);  // "Press Scan..." before the first scan
    panel.startBleScan();
    const auto state = panel.bleScanner()->state();
    if (state == fw::core::BleScanner::State::Scanning) {
        panel.bleScanner()->stop();
        WARN("a Bluetooth adapter is present; the no-adapter hint was not exercised");
        return;
    }
    QTreeWidgetItem *hint = firstHint(ble);
    REQUIRE(hint != nullptr);
    REQUIRE(hint->text(0) == panel.bleScanner()->stateText());
    REQUIRE_FALSE(hint->text(0).isEmpty());
    REQUIRE_FALSE(hint->flags().testFlag(Qt::ItemIsSelectable));
    REQUIRE(panel.summaryText().contains(QStringLiteral("Bluetooth: ")));
}

TEST_CASE("details pane describes a port and offers the monitor", "[ui]")
{
    fw::ui::DeviceDetailsPane pane;
    fw::core::PortInfo p;
    p.portName = QStringLiteral("ttyUSB7");
    p.systemLocation = QStringLiteral("/dev/ttyUSB7-not-here");
    p.vid = 0x10c4;
    p.pid = 0xea60;
    fw::core::UsbIdentity id;
    id.adapter = QStringLiteral("Silicon Labs CP210x");
    id.chip = QStringLiteral("CP2102");
    id.defaultBaud = 115200;
    p.identity = id;
    pane.showSerialPort(p);
    REQUIRE(pane.titleText() == QStringLiteral("Silicon Labs CP210x"));
    // Why the port cannot be opened, and what to do, in the words of the access check.
    const fw::core::Diagnosis access = fw::core::PortDiscovery::checkAccess(p.systemLocation);
    REQUIRE(access.code == QStringLiteral("serial.not_found"));
    const auto *warning = pane.findChild<QLabel *>(QStringLiteral("warning"));
    REQUIRE(warning != nullptr);
    CHECK(warning->text() == access.summary);
    const auto labels = pane.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [&](const QLabel *l) { return l->text() == access.nextStep; }));

    QString port;
    QObject::connect(&pane, &fw::ui::DeviceDetailsPane::openMonitorRequested,
                     [&](const QString &name, qint32) { port = name; });
    const auto buttons = pane.findChildren<QPushButton *>();
    QPushButton *open = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("Open serial monitor"))
            open = b;
    REQUIRE(open != nullptr);
    open->click();
    REQUIRE(port == p.systemLocation);
}

TEST_CASE("switching the language retranslates the main window", "[ui]")
{
    EnglishAfterwards restore;
    auto *languages = fw::ui::LanguageManager::instance();
    REQUIRE(fw::ui::LanguageManager::availableCatalogues().contains(QStringLiteral("de")));
    MainWindow window;
    window.show();
    REQUIRE(window.menuTitles().first() == QStringLiteral("&File"));

    REQUIRE(languages->setLanguage(QStringLiteral("de")));
    REQUIRE(languages->effectiveLanguage() == QStringLiteral("de"));
    REQUIRE(window.menuTitles() == QStringList{"&Datei", "&Ansicht", "&Werkzeuge", "&Hilfe"});
    REQUIRE(window.statusSummary().contains(QStringLiteral("Demo-Geräte")));

    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    REQUIRE(window.menuTitles() == QStringList{"&File", "&View", "&Tools", "&Help"});
}
