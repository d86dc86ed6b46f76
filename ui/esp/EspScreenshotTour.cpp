#include "ui/esp/EspScreenshotTour.h"

#include "core/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/esp/EspBackupPage.h"
#include "ui/esp/EspConnectPage.h"
#include "ui/esp/EspAfterPage.h"
#include "ui/esp/EspFirmwarePage.h"
#include "ui/esp/EspIdentifyPage.h"
#include "ui/esp/EspRestorePage.h"
#include "ui/esp/EspWiringPage.h"
#include "ui/esp/EspWizard.h"
#include "ui/esp/EspWritePage.h"
#include "ui/esp/WiringDiagram.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QStyle>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

namespace fw::ui {

namespace {

void putLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

// A valid ESP8266 application image (DIO, 1 MB, one IRAM segment) big enough to watch it go:
// 160 KB take about 15 s through the plug's boot ROM at 115200 baud.
QByteArray tourImage()
{
    QByteArray out;
    out.append(char(0xE9));
    out.append(char(1));
    out.append(char(2));     // DIO: the wizard offers DOUT for the plug's module
    out.append(char(0x20));  // 1 MB, 40 MHz
    putLe32(out, 0x40100004);
    QByteArray data(160 * 1024, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char((i * 13 + (i >> 9)) & 0xFF);
    putLe32(out, 0x40100000);
    putLe32(out, quint32(data.size()));
    out.append(data);
    quint8 sum = 0xEF;
    for (char c : data)
        sum ^= quint8(c);
    while (out.size() % 16 != 15)
        out.append('\0');
    out.append(char(sum));
    return out;
}

}  // namespace

void EspScreenshotTour::start(MainWindow &window, const QString &dir, const QString &firmwarePath)
{
    auto *tour = new EspScreenshotTour(window, dir, firmwarePath);
    tour->prepareFiles();
    tour->build();
    tour->begin();
}

EspScreenshotTour::EspScreenshotTour(MainWindow &window, QString dir, QString firmwarePath)
    : ScreenshotTour(window, std::move(dir), QStringLiteral("ESP")), m_window(window),
      m_firmware(std::move(firmwarePath))
{
}

void EspScreenshotTour::prepareFiles()
{
    const QString work = QDir(dir()).filePath(QStringLiteral(".esp-tour"));
    QDir().mkpath(work);
    // The made-up image asks for DIO, so the wizard shows its DOUT offer; a real one may not.
    m_dioImage = QDir(work).filePath(QStringLiteral("tasmota-dio.bin"));
    QFile f(m_dioImage);
    if (f.open(QIODevice::WriteOnly))
        f.write(tourImage());
    // A backup of some other plug, for the restore check.
    m_otherBackup = QDir(work).filePath(QStringLiteral("backup-A0B1C2D3E4F5-20260301-120000.bin"));
    QFile b(m_otherBackup);
    if (b.open(QIODevice::WriteOnly))
        b.write(QByteArray(512 * 1024, char(0xFF)));
}

void EspScreenshotTour::diagramShots(const QString &suffix)
{
    // Each picture at its drawing size, for the docs and for checking the small print.
    WiringDiagram diagram;
    diagram.resize(WiringDiagram::kCanvasWidth, WiringDiagram::kCanvasHeight);
    for (EspModule::Id id : EspModule::all()) {
        diagram.setModule(id);
        const QString path = QDir(dir()).filePath(
            QStringLiteral("esp-wiring-%1%2.png").arg(EspModule::key(id), suffix));
        const bool ok = diagram.grab().save(path, "PNG");
        QTextStream(stdout) << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
    }
}

void EspScreenshotTour::build()
{
    MainWindow *w = &m_window;
    auto wiz = [w] { return w->espWizard(); };
    auto idle = [w] { return !w->jobRunner()->isRunning(); };

    // The Tuya plug (TYWE3S, ESP8266): the user story from start to end.
    add(0, [w] { w->openEspWizard(QStringLiteral("demo:esp8266")); });
    add(600, snap(QStringLiteral("esp-1-port.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-2-wiring-tywe3s.png")));
    add(0, [wiz] { wiz()->wiringPage()->setModule(EspModule::Id::Tywe2s); });
    add(300, snap(QStringLiteral("esp-2-wiring-tywe2s.png")));
    add(0, [wiz] { wiz()->wiringPage()->setModule(EspModule::Id::Esp8266Generic); });
    add(300, snap(QStringLiteral("esp-2-wiring-esp01.png")));
    add(0, [wiz] { wiz()->wiringPage()->setModule(EspModule::Id::Esp32DevBoard); });
    add(300, snap(QStringLiteral("esp-2-wiring-esp32.png")));
    add(0, [wiz] { QApplication::setPalette(darkPalette()); wiz()->wiringPage()->setModule(EspModule::Id::Tywe3s); });
    add(500, snap(QStringLiteral("esp-2-wiring-dark.png")));
    add(0, [this] {
        diagramShots(QStringLiteral("-dark"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        diagramShots({});
    });
    add(300, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-3-connect.png")));

    // A port that is not there: the diagnosis with Retry, Show log and Export.
    add(0, [wiz] {
        wiz()->state().port = QStringLiteral("/dev/ttyUSB-missing");
        wiz()->connectPage()->startConnect();
    });
    add(200, {}, idle);
    add(300, snap(QStringLiteral("esp-3-connect-failed.png")));
    // A plug that is not in its loader (the monitor demo runs its firmware): the wizard waits
    // for the user to power it up with GPIO0 on GND, counting, until cancelled.
    add(0, [wiz] {
        wiz()->state().port = QStringLiteral("demo:esp8266-boot");
        wiz()->connectPage()->startConnect();
    });
    add(3000, snap(QStringLiteral("esp-3-connect-waiting.png")));
    add(0, [wiz] { wiz()->connectPage()->cancelButton()->click(); });
    add(200, {}, idle);
    add(300, snap(QStringLiteral("esp-3-connect-cancelled.png")));
    add(0, [wiz] {
        wiz()->state().port = QStringLiteral("demo:esp8266");
        wiz()->connectPage()->startConnect();
    });
    add(200, {}, idle);
    add(300, snap(QStringLiteral("esp-3-connected.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-4-identify.png")));
    // The same plug through its boot ROM only (the advanced choice): no backup is possible.
    add(0, [wiz] {
        wiz()->setCurrentStep(EspWizard::Step::Connect);
        wiz()->connectPage()->advancedButton()->setChecked(true);
        wiz()->connectPage()->romOnlyCheck()->setChecked(true);
    });
    add(400, snap(QStringLiteral("esp-3-connect-rom-only.png")));
    add(0, [wiz] { wiz()->connectPage()->startConnect(); });
    add(200, {}, idle);
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-4-identify-rom.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-5-backup-unavailable.png")));
    add(0, [] { QApplication::setPalette(darkPalette()); });
    add(500, snap(QStringLiteral("esp-5-backup-unavailable-dark.png")));
    add(0, [] { QApplication::setPalette(QApplication::style()->standardPalette()); });
    add(0, [wiz] { wiz()->backupPage()->understandCheck()->setChecked(true); });
    add(300, snap(QStringLiteral("esp-5-backup-skip-confirmed.png")));
    add(0, [wiz] { wiz()->goNext(); });
    if (!m_firmware.isEmpty()) {
        add(300, [this, wiz] { wiz()->firmwarePage()->setFirmwareFile(m_firmware); });
        add(400, snap(QStringLiteral("esp-6-firmware-tasmota.png")));
    }
    add(300, [this, wiz] { wiz()->firmwarePage()->setFirmwareFile(m_dioImage); });
    add(400, snap(QStringLiteral("esp-6-firmware-dout.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-7-ready.png")));
    add(0, [wiz] { wiz()->writePage()->startWrite(); });
    add(5000, snap(QStringLiteral("esp-7-writing.png")));
    add(0, [wiz] { wiz()->writePage()->requestStop(); });
    add(300, snap(QStringLiteral("esp-7-stop-confirm.png")));
    add(0, [wiz] { wiz()->writePage()->keepWritingButton()->click(); });
    add(200, {}, idle);
    add(500, snap(QStringLiteral("esp-7-written.png")));
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-8-after.png")));
    add(0, [wiz] { wiz()->afterPage()->finish(); });
    add(200, {}, idle);
    add(400, snap(QStringLiteral("esp-8-finished.png")));

    // The ESP32 board: a ROM that can read, so a real backup, and a file for the wrong chip.
    add(0, [w] { w->openEspWizard(QStringLiteral("demo:esp32")); });
    add(300, [wiz] { wiz()->goNext(); wiz()->goNext(); wiz()->connectPage()->startConnect(); });
    add(300, {}, idle);
    add(0, [wiz] { wiz()->goNext(); });
    add(400, snap(QStringLiteral("esp-4-identify-esp32.png")));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->backupPage()->setBackupDir(QDir(dir()).filePath(QStringLiteral(".esp-tour/backups")));
    });
    add(400, snap(QStringLiteral("esp-5-backup.png")));
    add(0, [wiz] { wiz()->backupPage()->startBackup(); });
    add(4000, snap(QStringLiteral("esp-5-backup-running.png")));
    add(0, [wiz] { wiz()->cancelJob(); });
    add(200, {}, idle);
    add(0, [wiz] {
        wiz()->backupPage()->backupCheck()->setChecked(false);
        wiz()->backupPage()->understandCheck()->setChecked(true);
    });
    add(300, snap(QStringLiteral("esp-5-backup-skip.png")));
    add(0, [this, wiz] {
        wiz()->goNext();
        wiz()->firmwarePage()->setFirmwareFile(m_firmware.isEmpty() ? m_dioImage : m_firmware);
    });
    add(400, snap(QStringLiteral("esp-6-firmware-refused.png")));
    add(0, [this, wiz] {
        wiz()->setCurrentStep(EspWizard::Step::Identify);
        wiz()->identifyPage()->restoreButton()->setChecked(true);
        wiz()->goNext();
        wiz()->goNext();
        wiz()->restorePage()->setBackupFile(m_otherBackup);
    });
    add(400, snap(QStringLiteral("esp-6-restore-refused.png")));
    add(0, [w] {
        w->close();
        QApplication::quit();
    });
}

}  // namespace fw::ui
