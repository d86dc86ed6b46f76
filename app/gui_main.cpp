// Flashwright's GUI entry point: application identity, language, session log, main window,
// and the --screenshot mode that renders the window in typical states for the docs and review.

#include "core/AppInfo.h"
#include "core/LogBus.h"
#include "core/SessionLog.h"
#include "core/sim/DemoRegistry.h"
#include "esp/sim/EspDemos.h"
#include "telink/sim/TelinkDemos.h"
#include "telink/sim/TelinkSwireDemos.h"
#include "ui/AboutDialog.h"
#include "ui/DiscoveryPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/SerialMonitorWidget.h"
#include "ui/SettingsDialog.h"
#include "ui/UiSettings.h"
#include "ui/esp/EspScreenshotTour.h"
#include "ui/telink/TelinkScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

namespace {

struct Step {
    int delayMs;
    std::function<void()> action;
};

// Runs the steps one after another on the event loop, so the window paints between them.
void runSteps(QList<Step> steps)
{
    if (steps.isEmpty())
        return;
    const Step first = steps.takeFirst();
    QTimer::singleShot(first.delayMs, qApp, [first, steps] {
        first.action();
        runSteps(steps);
    });
}

bool savePng(QWidget *w, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    const bool ok = w->grab().save(path, "PNG");
    QTextStream(stdout) << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
    return ok;
}

void selectDemo(fw::ui::MainWindow &window, const QString &name)
{
    QTreeWidgetItem *group = window.discoveryPanel()->groupItem(fw::ui::DiscoveryPanel::Group::Demo);
    for (int i = 0; i < group->childCount(); ++i)
        if (group->child(i)->data(0, fw::ui::DiscoveryPanel::KeyRole).toString() == name)
            window.discoveryPanel()->tree()->setCurrentItem(group->child(i));
}

void scheduleScreenshots(fw::ui::MainWindow &window, const QString &dir, const QString &lang)
{
    auto *w = &window;
    auto dialogShot = [dir](QDialog *d, const QString &name) {
        d->show();
        QApplication::processEvents();
        savePng(d, dir, name);
        d->close();
        d->deleteLater();
    };
    runSteps({
        {1500, [=] { savePng(w, dir, QStringLiteral("main-empty.png")); }},
        {0, [=] {
             selectDemo(*w, QStringLiteral("esp8266-boot"));
             w->openSerialMonitor(QStringLiteral("demo:esp8266-boot"), 115200);
         }},
        {4000, [=] { savePng(w, dir, QStringLiteral("main-monitor.png")); }},
        {0, [=] {
             w->serialMonitor()->setHexMode(true);
             w->serialMonitor()->setTimestampsShown(true);
         }},
        {500, [=] { savePng(w, dir, QStringLiteral("main-monitor-hex.png")); }},
        {0, [=] {
             w->serialMonitor()->setHexMode(false);
             w->serialMonitor()->setTimestampsShown(false);
             fw::ui::LanguageManager::instance()->setLanguage(QStringLiteral("de"));
         }},
        {500, [=] { savePng(w, dir, QStringLiteral("main-monitor-de.png")); }},
        {0, [=] { dialogShot(new fw::ui::SettingsDialog(fw::ui::LanguageManager::instance(), w),
                             QStringLiteral("settings-de.png")); }},
        {0, [=] { fw::ui::LanguageManager::instance()->setLanguage(lang); }},
        {0, [=] { w->serialMonitor()->openPort(QStringLiteral("/dev/ttyUSB-missing"), 115200); }},
        {1500, [=] { savePng(w, dir, QStringLiteral("main-monitor-error.png")); }},
        {0, [=] { dialogShot(new fw::ui::AboutDialog(w), QStringLiteral("about.png")); }},
        {0, [=] { dialogShot(new fw::ui::SettingsDialog(fw::ui::LanguageManager::instance(), w),
                             QStringLiteral("settings.png")); }},
        {0, [=] { w->close(); QApplication::quit(); }},
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Flashwright"));
    QApplication::setApplicationName(QStringLiteral("Flashwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Flashwright"));
    QApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.flashwright.Flashwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/fw/icons/flashwright.svg")));
    fw::esp::sim::registerEspDemos(fw::core::sim::DemoRegistry::instance());
    fw::telink::sim::registerTelinkDemos(fw::core::sim::DemoRegistry::instance());
    fw::telink::sim::registerTelinkSwireDemos(fw::core::sim::DemoRegistry::instance());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Flash, back up and check IoT device firmware."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save PNGs of the window in typical states into DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the serial monitor on demo device NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Use this language (en, de) for this run."),
        QStringLiteral("CODE"));
    const QCommandLineOption espShotOption(
        QStringLiteral("screenshot-esp"),
        QStringLiteral("Save PNGs of every step of the ESP wizard, run against the demo devices, into DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption espFirmwareOption(
        QStringLiteral("esp-firmware"),
        QStringLiteral("A real ESP8266 image the --screenshot-esp run shows as well (it writes a made-up one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption telinkShotOption(
        QStringLiteral("screenshot-telink"),
        QStringLiteral("Save PNGs of every step of the thermometer wizard (Bluetooth and wired rescue), run "
                       "against the demo devices, into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({screenshotOption, demoOption, langOption, espShotOption, espFirmwareOption, telinkShotOption});
    parser.process(app);

    const QString lang =
        parser.isSet(langOption) ? parser.value(langOption) : fw::ui::UiSettings::language();
    fw::ui::LanguageManager::instance()->setLanguage(lang);

    fw::core::LogBus *bus = fw::core::LogBus::global();
    fw::core::SessionLog::Options logOptions;
    logOptions.keepSessions = fw::ui::UiSettings::keepSessionLogs();
    fw::core::SessionLog session(bus, logOptions);
    session.start();
    bus->post(fw::core::LogLevel::Info, QStringLiteral("app"),
              QStringLiteral("Flashwright %1 started").arg(fw::core::AppInfo::appVersion()));
    if (!session.isActive() && !session.lastError().isEmpty())
        bus->post(fw::core::LogLevel::Warning, QStringLiteral("app"), session.lastError().toText());

    fw::ui::MainWindow window;
    window.show();
    window.startDiscovery();

    if (parser.isSet(screenshotOption)) {
        const QString dir = parser.value(screenshotOption);
        if (!QDir().mkpath(dir)) {
            QTextStream(stderr) << "Cannot create " << dir << Qt::endl;
            return 2;
        }
        scheduleScreenshots(window, dir, lang);
    } else if (parser.isSet(espShotOption)) {
        const QString dir = parser.value(espShotOption);
        if (!QDir().mkpath(dir)) {
            QTextStream(stderr) << "Cannot create " << dir << Qt::endl;
            return 2;
        }
        fw::ui::EspScreenshotTour::start(window, dir, parser.value(espFirmwareOption));
    } else if (parser.isSet(telinkShotOption)) {
        const QString dir = parser.value(telinkShotOption);
        if (!QDir().mkpath(dir)) {
            QTextStream(stderr) << "Cannot create " << dir << Qt::endl;
            return 2;
        }
        fw::ui::TelinkScreenshotTour::start(window, dir);
    } else if (parser.isSet(demoOption)) {
        const QString name = parser.value(demoOption);
        QTimer::singleShot(0, &window, [&window, name] {
            selectDemo(window, name);
            window.openSerialMonitor(QStringLiteral("demo:") + name, 0);
        });
    }

    const int rc = app.exec();
    bus->post(fw::core::LogLevel::Info, QStringLiteral("app"), QStringLiteral("Flashwright closed"));
    bus->flush();
    session.stop();
    return rc;
}
