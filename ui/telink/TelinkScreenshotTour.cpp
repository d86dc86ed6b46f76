#include "ui/telink/TelinkScreenshotTour.h"

#include "core/JobRunner.h"
#include "telink/sim/TelinkDemoImages.h"
#include "ui/MainWindow.h"
#include "ui/telink/TelinkBatteryPage.h"
#include "ui/telink/TelinkChoosePage.h"
#include "ui/telink/TelinkFindPage.h"
#include "ui/telink/TelinkFlashPage.h"
#include "ui/telink/TelinkIdentifyPage.h"
#include "ui/telink/TelinkPadsDiagram.h"
#include "ui/telink/TelinkRescueBackupPage.h"
#include "ui/telink/TelinkRescueWritePage.h"
#include "ui/telink/TelinkWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QStyle>

namespace fw::ui {

using fw::telink::sim::TelinkDemoImages;
using Step = TelinkWizard::Step;

void TelinkScreenshotTour::start(MainWindow &window, const QString &dir)
{
    auto *tour = new TelinkScreenshotTour(window, dir);
    tour->prepareFiles();
    tour->build();
    tour->begin();
}

TelinkScreenshotTour::TelinkScreenshotTour(MainWindow &window, QString dir)
    : ScreenshotTour(window, std::move(dir), QStringLiteral("thermometer")), m_window(window)
{
    m_work = QDir(this->dir()).filePath(QStringLiteral(".telink-tour"));
}

QString TelinkScreenshotTour::file(const QString &name) const
{
    return QDir(m_work).filePath(name);
}

void TelinkScreenshotTour::prepareFiles()
{
    QDir().mkpath(m_work);
    // Made-up images of each kind, small enough that a flash at the demo's real pace takes
    // seconds, not minutes.
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("ATC_v59.bin"), TelinkDemoImages::pvvxBle(0x59, 24 * 1024)},
        {QStringLiteral("ATC_v58.bin"), TelinkDemoImages::pvvxBle(0x58, 8 * 1024)},
        {QStringLiteral("1141-020a-01003001-ZigbeeTLc.zigbee"), TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 16 * 1024)},
        {QStringLiteral("Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin"), TelinkDemoImages::stockSigned()},
        {QStringLiteral("other-device.bin"), TelinkDemoImages::otherDevice()},
    };
    for (const auto &[name, bytes] : files) {
        QFile f(file(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }
}

void TelinkScreenshotTour::build()
{
    buildBluetooth();
    buildProblems();
    buildWired();
    add(0, [this] {
        QDir(m_work).removeRecursively();
        m_window.close();
        QApplication::quit();
    });
}

void TelinkScreenshotTour::buildBluetooth()
{
    MainWindow *w = &m_window;
    auto wiz = [w] { return w->telinkWizard(); };
    auto idle = [w] { return !w->jobRunner()->isRunning(); };

    // The user story: a pvvx thermometer gets a newer pvvx, then goes to Zigbee.
    add(0, [w] { w->openTelinkWizard(); });
    add(800, snap(QStringLiteral("telink-1-find.png")));
    add(0, [wiz] { wiz()->findPage()->selectTarget(QStringLiteral("demo:lywsd03mmc-pvvx")); });
    add(300, snap(QStringLiteral("telink-1-find-selected.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(150, snap(QStringLiteral("telink-2-identify-reading.png")));
    add(0, {}, idle);
    add(300, snap(QStringLiteral("telink-2-identify.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(300, snap(QStringLiteral("telink-3-choose.png")));
    add(0, [this, wiz] { wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("ATC_v59.bin"))); });
    add(300, snap(QStringLiteral("telink-3-choose-fits.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(300, snap(QStringLiteral("telink-4-battery.png")));
    add(0, [wiz] {
        wiz()->batteryPage()->confirmCheck()->setChecked(true);
        wiz()->goNext();
    });
    add(300, snap(QStringLiteral("telink-5-ready.png")));
    add(0, [wiz] { wiz()->flashPage()->startFlash(); });
    add(9000, snap(QStringLiteral("telink-5-flashing.png")));
    add(0, {}, idle);
    add(500, snap(QStringLiteral("telink-5-flashed.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(300, snap(QStringLiteral("telink-6-done.png")));
    add(0, [] { QApplication::setPalette(darkPalette()); });
    add(500, snap(QStringLiteral("telink-6-done-dark.png")));
    add(0, [] { QApplication::setPalette(QApplication::style()->standardPalette()); });

    // The same thermometer, now on 5.9, goes to Zigbee and leaves Bluetooth.
    add(0, [wiz] {
        wiz()->startWith(QStringLiteral("demo:lywsd03mmc-pvvx"));
        wiz()->goNext();
    });
    add(0, {}, idle);
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("1141-020a-01003001-ZigbeeTLc.zigbee")));
    });
    add(300, snap(QStringLiteral("telink-3-choose-zigbee.png")));
    add(0, [wiz] {
        wiz()->goNext();
        wiz()->batteryPage()->confirmCheck()->setChecked(true);
        wiz()->goNext();
        wiz()->flashPage()->startFlash();
    });
    add(6000, snap(QStringLiteral("telink-5-flashing-zigbee.png")));
    add(0, {}, idle);
    add(0, [wiz] { wiz()->goNext(); });
    add(300, snap(QStringLiteral("telink-6-done-zigbee.png")));
}

void TelinkScreenshotTour::buildProblems()
{
    MainWindow *w = &m_window;
    auto wiz = [w] { return w->telinkWizard(); };
    auto idle = [w] { return !w->jobRunner()->isRunning(); };
    auto identify = [this, wiz, idle](const QString &demo) {
        add(0, [wiz, demo] {
            wiz()->startWith(demo);
            wiz()->goNext();
        });
        add(0, {}, idle);
    };

    // A weak battery: the warning, the block, the deliberate override and the failure it leads to.
    identify(QStringLiteral("demo:lywsd03mmc-low-battery"));
    add(300, snap(QStringLiteral("telink-2-identify-low-battery.png")));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("ATC_v58.bin")));
        wiz()->goNext();
    });
    add(300, snap(QStringLiteral("telink-4-battery-low.png")));
    add(0, [wiz] { wiz()->batteryPage()->overrideCheck()->setChecked(true); });
    add(300, snap(QStringLiteral("telink-4-battery-low-override.png")));
    add(0, [wiz] {
        wiz()->state().ota.maxAttempts = 2;
        wiz()->goNext();
        wiz()->flashPage()->startFlash();
    });
    add(0, {}, idle);
    add(500, snap(QStringLiteral("telink-5-failed.png")));
    add(0, [wiz] { wiz()->state().ota = {}; });

    // Stock firmware: the Mi login, explained, with the wired rescue as the way out.
    identify(QStringLiteral("demo:lywsd03mmc-stock"));
    add(300, snap(QStringLiteral("telink-2-identify-stock.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(300, snap(QStringLiteral("telink-3-choose-stock.png")));

    // Xiaomi 2.1.1_0159: only signed files; a pvvx file is refused with its reasons.
    identify(QStringLiteral("demo:lywsd03mmc-stock-0159"));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("ATC_v58.bin")));
    });
    add(300, snap(QStringLiteral("telink-3-choose-0159-refused.png")));
    add(0, [this, wiz] {
        wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin")));
    });
    add(300, snap(QStringLiteral("telink-3-choose-0159-signed.png")));

    // Old pvvx on a B1.6: not ready for Zigbee; and a file for another device.
    identify(QStringLiteral("demo:lywsd03mmc-pvvx-b16-old"));
    add(300, snap(QStringLiteral("telink-2-identify-b16-old.png")));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("1141-020a-01003001-ZigbeeTLc.zigbee")));
    });
    add(300, snap(QStringLiteral("telink-3-choose-zigbee-refused.png")));
    add(0, [this, wiz] { wiz()->choosePage()->setFirmwareFile(file(QStringLiteral("other-device.bin"))); });
    add(300, snap(QStringLiteral("telink-3-choose-other-device.png")));
}

void TelinkScreenshotTour::buildWired()
{
    MainWindow *w = &m_window;
    auto wiz = [w] { return w->telinkWizard(); };
    auto idle = [w] { return !w->jobRunner()->isRunning(); };
    // A bricked thermometer on the SWS pad: adapter, wiring, backup, write and verify, done.
    add(0, [w] { w->openTelinkRescue(QStringLiteral("demo:telink-swire")); });
    add(500, snap(QStringLiteral("telink-r1-adapter.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("telink-r2-wiring.png")));
    add(0, [] { QApplication::setPalette(darkPalette()); });
    add(500, snap(QStringLiteral("telink-r2-wiring-dark.png")));
    add(0, [this] {
        // The picture alone at its drawing size, in both palettes, for the docs.
        for (const bool dark : {true, false}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            TelinkPadsDiagram diagram;
            diagram.resize(TelinkPadsDiagram::kCanvasWidth, TelinkPadsDiagram::kCanvasHeight);
            diagram.grab().save(QDir(dir()).filePath(dark ? QStringLiteral("telink-pads-dark.png")
                                                          : QStringLiteral("telink-pads.png")),
                                "PNG");
        }
    });
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->rescueBackupPage()->setBackupDir(file(QStringLiteral("backups")));
    });
    add(400, snap(QStringLiteral("telink-r3-backup.png")));
    add(0, [wiz] { wiz()->rescueBackupPage()->startBackup(); });
    add(1200, snap(QStringLiteral("telink-r3-backup-power-cycle.png")));
    add(9000, snap(QStringLiteral("telink-r3-backup-reading.png")));
    add(0, {}, idle);
    add(400, snap(QStringLiteral("telink-r3-backup-saved.png")));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->rescueWritePage()->setFirmwareFile(file(QStringLiteral("ATC_v58.bin")));
    });
    add(400, snap(QStringLiteral("telink-r4-write-file.png")));
    add(0, [wiz] { wiz()->rescueWritePage()->startWrite(); });
    add(20000, snap(QStringLiteral("telink-r4-writing.png")));
    add(0, {}, idle);
    add(400, snap(QStringLiteral("telink-r4-written.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("telink-r5-done.png")));

    // The same board wired without the resistor: the chip cannot answer, and the wizard says why.
    add(0, [this, wiz] {
        wiz()->startRescue(QStringLiteral("demo:telink-swire-no-resistor"));
        wiz()->goNext();
        wiz()->goNext();
        wiz()->rescueBackupPage()->setBackupDir(file(QStringLiteral("backups")));
        wiz()->rescueBackupPage()->startBackup();
    });
    add(500, {}, idle);
    add(400, snap(QStringLiteral("telink-r3-no-resistor.png")));
}

}  // namespace fw::ui
