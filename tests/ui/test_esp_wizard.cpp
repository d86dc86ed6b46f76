#include <catch2/catch.hpp>

#include "core/JobRunner.h"
#include "core/LogBus.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/sim/Esp32RomModel.h"
#include "support/EspTestImage.h"
#include "support/TestUtil.h"
#include "support/UiTestUtil.h"
#include "ui/DeviceDetailsPane.h"
#include "ui/DiagnosisBanner.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/ProgressPanel.h"
#include "ui/esp/EspBackupPage.h"
#include "ui/esp/EspConnectPage.h"
#include "ui/esp/EspAfterPage.h"
#include "ui/esp/EspFirmwarePage.h"
#include "ui/esp/EspIdentifyPage.h"
#include "ui/esp/EspPortPage.h"
#include "ui/esp/EspRestorePage.h"
#include "ui/WizardStepList.h"
#include "ui/esp/EspWiringPage.h"
#include "ui/esp/EspWizard.h"
#include "ui/esp/EspWritePage.h"
#include "ui/esp/WiringDiagram.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QToolButton>

using fw::esp::ChipKind;
using fw::esp::LoaderKind;
using fw::ui::EspModule;
using fw::ui::EspWizard;
using Step = fw::ui::EspWizard::Step;

namespace {

constexpr qint64 kMb = 1024 * 1024;
constexpr int kJobTimeoutMs = 100000;

// A one-segment application image; chipId adds the ESP32's extended header with its revision
// fields left at zero.
QByteArray appImage(quint32 loadAddress, quint32 entry, quint8 mode, quint8 sizeFreq, int dataSize,
                    std::optional<quint16> chipId = std::nullopt)
{
    QByteArray data(dataSize, Qt::Uninitialized);
    for (int i = 0; i < dataSize; ++i)
        data[i] = char((i * 7 + 3) & 0xFF);
    std::optional<fw::test::EspTestImage::ExtendedHeader> ext;
    if (chipId)
        ext = fw::test::EspTestImage::ExtendedHeader{.chipId = *chipId, .maxRev = 0};
    return fw::test::EspTestImage::build({{loadAddress, data}}, mode, sizeFreq, entry, ext);
}

// Tasmota-like ESP8266 image in DIO mode for 1 MB flash at 40 MHz.
QByteArray esp8266Image()
{
    return appImage(0x40100000, 0x40100004, 2, 0x20, 6000);
}

// An ESP32 "factory" image as written at 0x0: 4 KB of 0xFF, then the boot loader image at 0x1000.
QByteArray esp32FactoryImage()
{
    return QByteArray(0x1000, char(0xFF)) + appImage(0x3FFF0000, 0x40080400, 2, 0x20, 9000, quint16(0));
}

using fw::test::writeFile;

struct Rig {
    fw::core::JobRunner runner{fw::core::LogBus::global()};
    EspWizard wizard{&runner, nullptr};
    Rig()
    {
        wizard.resize(1000, 720);
        wizard.show();
    }
    // A device that seems connected, for the pages that only read the identity.
    void fakeConnected(ChipKind chip, qint64 flash, bool canRead, const QString &module = {})
    {
        fw::ui::EspWizardState &s = wizard.state();
        s.connected = true;
        s.identity.chip = chip;
        s.identity.chipDescription = fw::esp::chipKindName(chip);
        s.identity.mac = QStringLiteral("84:F3:EB:C2:42:D5");
        s.identity.flashSize = flash;
        s.identity.loader = canRead ? LoaderKind::Esp32Rom : LoaderKind::Esp8266Rom;
        s.identity.caps.readFlash = canRead;
        s.identity.caps.md5 = canRead;
        s.identity.moduleGuess = module;
    }
    int timeoutMs = kJobTimeoutMs;
    bool runAndWait() { return runner.waitForFinished(timeoutMs); }
};

}  // namespace

TEST_CASE("ESP wizard: the steps follow one another and Next names the next one", "[ui][esp]")
{
    Rig rig;
    EspWizard &w = rig.wizard;
    REQUIRE(w.currentStep() == Step::Port);
    CHECK(w.windowTitle() == QStringLiteral("Flash a Tuya / ESP device"));
    CHECK(w.nextButton()->text().contains(QStringLiteral("Wiring")));
    CHECK_FALSE(w.backButton()->isEnabled());

    // Both ESP demos are offered; the speed defaults to 460800.
    w.portPage()->selectPort(QStringLiteral("demo:esp8266"));
    CHECK(w.portPage()->selectedPort() == QStringLiteral("demo:esp8266"));
    w.portPage()->selectPort(QStringLiteral("demo:esp32"));
    REQUIRE(w.portPage()->selectedPort() == QStringLiteral("demo:esp32"));
    CHECK(w.portPage()->selectedBaud() == 460800);

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Wiring);
    CHECK(w.state().port == QStringLiteral("demo:esp32"));
    CHECK(w.wiringPage()->selectedModule() == EspModule::Id::Esp32DevBoard);
    CHECK(w.wiringPage()->diagram()->module() == EspModule::Id::Esp32DevBoard);
    CHECK(w.nextButton()->text().contains(QStringLiteral("Connect")));
    CHECK(w.stepList()->itemText(0).startsWith(QStringLiteral("✓")));

    // A Tuya module is wired by hand: the picture says how, and the connect step asks for GPIO0.
    w.wiringPage()->setModule(EspModule::Id::Tywe3s);
    CHECK(w.wiringPage()->diagram()->connectionTexts().join(QLatin1Char('\n')).contains(QStringLiteral("GPIO0")));
    CHECK(w.wiringPage()->powerText().contains(QStringLiteral("never 5 V")));
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Connect);
    CHECK(w.connectPage()->manualButton()->isChecked());
    CHECK(w.connectPage()->instructionsText().contains(QStringLiteral("GPIO0")));

    // Not connected: Next is visible but refuses, and says why.
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.nextButton()->text().contains(QStringLiteral("Identify")));
    CHECK_FALSE(w.blockedText().isEmpty());
    CHECK_FALSE(w.goNext());
    CHECK(w.currentStep() == Step::Connect);

    w.goBack();
    CHECK(w.currentStep() == Step::Wiring);
    w.wiringPage()->setModule(EspModule::Id::Esp32DevBoard);
    REQUIRE(w.goNext());
    CHECK(w.connectPage()->autoButton()->isChecked());

    // The restore goal renames step 6.
    rig.fakeConnected(ChipKind::Esp32, 4 * kMb, true);
    w.setCurrentStep(Step::Identify);
    w.identifyPage()->restoreButton()->setChecked(true);
    CHECK(w.stepList()->itemText(5).contains(QStringLiteral("backup")));
    CHECK(w.page(Step::Firmware) == reinterpret_cast<fw::ui::EspWizardPage *>(w.restorePage()));
}

TEST_CASE("ESP wizard: going on without a backup needs a deliberate choice", "[ui][esp]")
{
    Rig rig;
    EspWizard &w = rig.wizard;
    fw::ui::EspBackupPage *page = w.backupPage();

    SECTION("a loader that can read: the backup is on, unticking it is not enough")
    {
        rig.fakeConnected(ChipKind::Esp32, 4 * kMb, true);
        w.setCurrentStep(Step::Backup);
        CHECK(page->backupCheck()->isChecked());
        CHECK(page->backupCheck()->isEnabled());
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(w.nextButton()->isEnabled());

        page->backupCheck()->setChecked(false);
        CHECK(page->understandCheck()->isVisibleTo(page));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(w.goNext());

        page->understandCheck()->setChecked(true);
        CHECK(page->isComplete());
        CHECK(w.nextButton()->isEnabled());

        // Changing one's mind resets the confirmation.
        page->backupCheck()->setChecked(true);
        CHECK_FALSE(page->understandCheck()->isChecked());
        CHECK_FALSE(page->isComplete());
    }
    SECTION("the ESP8266 ROM cannot read: say so, and still ask for the choice")
    {
        rig.fakeConnected(ChipKind::Esp8266, kMb, false, QStringLiteral("TYWE3S (ESP8266, 1 MB)"));
        w.setCurrentStep(Step::Backup);
        CHECK_FALSE(page->canRead());
        CHECK_FALSE(page->backupCheck()->isChecked());
        CHECK_FALSE(page->backupCheck()->isEnabled());
        CHECK(page->cannotReadText().contains(QStringLiteral("cannot read")));
        CHECK(page->cannotReadText().contains(QStringLiteral("What this means")));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(w.goNext());
        page->understandCheck()->setChecked(true);
        REQUIRE(w.goNext());
        CHECK(w.currentStep() == Step::Firmware);
        CHECK(w.state().backupSkipped);
    }
}

TEST_CASE("ESP wizard: a refused file needs an explicit override, the DOUT fix is offered", "[ui][esp]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Rig rig;
    EspWizard &w = rig.wizard;
    rig.fakeConnected(ChipKind::Esp8266, kMb, false, QStringLiteral("TYWE3S (ESP8266, 1 MB)"));
    w.state().module = EspModule::Id::Tywe3s;
    w.setCurrentStep(Step::Firmware);
    fw::ui::EspFirmwarePage *page = w.firmwarePage();

    SECTION("an ESP32 image on an ESP8266")
    {
        CHECK_FALSE(page->setFirmwareFile(writeFile(dir, QStringLiteral("tasmota32.factory.bin"),
                                                    esp32FactoryImage())));
        REQUIRE_FALSE(page->refusals().isEmpty());
        CHECK(page->refusalText().contains(QStringLiteral("ESP32")));
        CHECK(page->overrideCheck()->isVisibleTo(page));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(w.nextButton()->isEnabled());
        page->overrideCheck()->setChecked(true);
        CHECK(page->isComplete());
        REQUIRE(w.goNext());
        CHECK(w.state().checkOverridden);
    }
    SECTION("an ESP8266 image in DIO mode: DOUT is offered, ticked, and can be declined")
    {
        const QByteArray image = esp8266Image();
        REQUIRE(page->setFirmwareFile(writeFile(dir, QStringLiteral("tasmota.bin"), image)));
        CHECK(page->refusals().isEmpty());
        REQUIRE(page->flashModeCheck()->isVisibleTo(page));
        CHECK(page->flashModeCheck()->isChecked());
        CHECK(page->flashModeCheck()->accessibleName().contains(QStringLiteral("DOUT")));
        CHECK(quint8(page->bytesToWrite()[2]) == 3);  // DOUT
        CHECK(page->bytesToWrite().size() == image.size());
        page->flashModeCheck()->setChecked(false);
        CHECK(page->bytesToWrite() == image);
        page->flashModeCheck()->setChecked(true);
        REQUIRE(w.goNext());
        CHECK(quint8(w.state().firmwareBytes[2]) == 3);
        CHECK(w.state().flashModeText.contains(QStringLiteral("DOUT")));
    }
    SECTION("a file that is gone, empty or not an image")
    {
        CHECK_FALSE(page->setFirmwareFile(dir.filePath(QStringLiteral("missing.bin"))));
        CHECK(page->factsText().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(page->setFirmwareFile(writeFile(dir, QStringLiteral("empty.bin"), {})));
        CHECK_FALSE(page->isComplete());
        CHECK_FALSE(page->setFirmwareFile(writeFile(dir, QStringLiteral("page.html"),
                                                    QByteArray("<html><body>404</body></html>"))));
        CHECK_FALSE(page->refusals().isEmpty());
    }
}

TEST_CASE("ESP wizard: a backup of another device is refused until the user overrides", "[ui][esp]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Rig rig;
    EspWizard &w = rig.wizard;
    rig.fakeConnected(ChipKind::Esp32, 4 * kMb, true);
    w.state().goal = fw::ui::EspWizardState::Goal::Restore;
    w.setCurrentStep(Step::Firmware);
    fw::ui::EspRestorePage *page = w.restorePage();
    REQUIRE(w.page(Step::Firmware) == reinterpret_cast<fw::ui::EspWizardPage *>(page));

    const QString own = writeFile(dir, QStringLiteral("backup-84F3EBC242D5-20261121-101500.bin"),
                                  QByteArray(64 * 1024, char(0x5A)));
    CHECK(page->setBackupFile(own));
    CHECK(page->isComplete());
    CHECK(page->findingsText().contains(QStringLiteral("Made from this device")));

    const QString other = writeFile(dir, QStringLiteral("backup-A0B1C2D3E4F5-20261121-101500.bin"),
                                    QByteArray(64 * 1024, char(0x5A)));
    CHECK_FALSE(page->setBackupFile(other));
    CHECK_FALSE(page->isComplete());
    CHECK(page->findingsText().contains(QStringLiteral("A0B1C2D3E4F5")));
    page->overrideCheck()->setChecked(true);
    CHECK(page->isComplete());
    REQUIRE(w.goNext());
    CHECK(w.state().restoreForced);
    CHECK(w.state().restorePath == other);
}

namespace {

// The whole ESP32 flow through the wizard's own buttons and jobs, on a simulated ESP32 ROM loader.
void runEsp32Flow(const QString &port, const QString &flashText, bool withBackup,
                  int timeoutMs = kJobTimeoutMs)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Rig rig;
    rig.timeoutMs = timeoutMs;
    EspWizard &w = rig.wizard;
    w.startWith(port);
    REQUIRE(w.goNext());  // wiring
    REQUIRE(w.goNext());  // connect
    REQUIRE(w.connectPage()->startConnect());
    CHECK_FALSE(w.nextButton()->isEnabled());  // a job runs
    REQUIRE(rig.runAndWait());
    INFO(w.connectPage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().connected);
    CHECK(w.connectPage()->resultText().contains(QStringLiteral("ESP32")));
    REQUIRE(w.state().session->simulator());
    w.state().session->simulator()->setPaced(false);  // the wire model is not under test here

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Identify);
    CHECK(w.identifyPage()->rowText(QStringLiteral("mac")) == QStringLiteral("24:0A:C4:12:34:56"));
    CHECK(w.identifyPage()->rowText(QStringLiteral("flash")) == flashText);
    CHECK(w.identifyPage()->rowText(QStringLiteral("crystal")) == QStringLiteral("40 MHz"));

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Backup);
    REQUIRE(w.backupPage()->canRead());
    if (withBackup) {
        w.backupPage()->setBackupDir(dir.filePath(QStringLiteral("backups")));
        REQUIRE(w.backupPage()->startBackup());
        REQUIRE(rig.runAndWait());
        INFO(w.backupPage()->banner()->diagnosis().toText().toStdString());
        REQUIRE(w.state().hasBackup());
        CHECK(QFileInfo(w.state().backupPath).size() == w.state().identity.flashSize);
        CHECK(w.backupPage()->resultText().contains(w.state().backupMd5));
        CHECK(w.state().backupMd5.size() == 32);
    } else {
        w.backupPage()->backupCheck()->setChecked(false);
        w.backupPage()->understandCheck()->setChecked(true);
    }
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Firmware);
    const QByteArray image = esp32FactoryImage();
    REQUIRE(w.firmwarePage()->setFirmwareFile(writeFile(dir, QStringLiteral("app.factory.bin"), image)));
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Write);
    CHECK(w.writePage()->summaryText().contains(QStringLiteral("app.factory.bin")));
    REQUIRE(w.writePage()->startWrite());
    CHECK(w.writePage()->progressPanel()->cancelButton()->isHidden());  // Stop asks first
    REQUIRE(rig.runAndWait());
    INFO(w.writePage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().written);
    CHECK(w.state().writeOutput.value(QStringLiteral("verified")).toBool());
    const QByteArray written = w.state().firmwareBytes;
    CHECK(w.state().writeOutput.value(QStringLiteral("md5")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(written, QCryptographicHash::Md5).toHex()));
    CHECK(w.writePage()->resultText().contains(QStringLiteral("verified")));

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::After);
    CHECK(w.afterPage()->expectText().contains(QStringLiteral("192.168.4.1")));
    CHECK(w.afterPage()->expectText().contains(QStringLiteral("3 minutes")));
    CHECK_FALSE(w.nextButton()->isEnabled());
    REQUIRE(w.afterPage()->finish());
    REQUIRE(rig.runAndWait());
    REQUIRE(w.state().finished);
    CHECK_FALSE(w.afterPage()->resultText().isEmpty());
    CHECK(w.nextButton()->isEnabled());
    CHECK(w.nextButton()->text().contains(QStringLiteral("Close")));
}


// The ESP32 demo's own flash chip (4 MB) takes two minutes to back up through the ROM's 64-byte
// reads; the same simulator with a 256 KB chip walks the same path in seconds.
void registerSmallEsp32Demo()
{
    fw::core::sim::DemoDevice d;
    d.name = QStringLiteral("test-esp32-256k");
    d.family = QStringLiteral("esp");
    d.makeSerial = [] {
        fw::esp::sim::Esp32RomModel::Options o;
        o.jedecId = 0xC84012;  // 256 KB
        o.wiring = fw::esp::sim::EspRomModel::Wiring::Strapped;
        return std::make_unique<fw::esp::sim::Esp32RomModel>(o);
    };
    fw::core::sim::DemoRegistry::instance().add(d);
}

}  // namespace

TEST_CASE("ESP wizard end to end on an ESP32 ROM loader: identify, back up, write, verify, finish",
          "[ui][esp][integration]")
{
    registerSmallEsp32Demo();
    runEsp32Flow(QStringLiteral("demo:test-esp32-256k"), QStringLiteral("256 KB"), true);
}

TEST_CASE("ESP wizard end to end on the ESP32 demo: identify, write, verify, finish",
          "[ui][esp][integration]")
{
    runEsp32Flow(QStringLiteral("demo:esp32"), QStringLiteral("4 MB"), false);
}

TEST_CASE("ESP wizard on the ESP32 demo with its whole 4 MB backup (about two minutes)",
          "[.slow][ui][esp][integration]")
{
    runEsp32Flow(QStringLiteral("demo:esp32"), QStringLiteral("4 MB"), true, 600000);
}

TEST_CASE("ESP wizard on the ESP8266 demo loads our stub: loader line, then a backup",
          "[ui][esp][integration][stub]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Rig rig;
    EspWizard &w = rig.wizard;
    w.startWith(QStringLiteral("demo:esp8266"));
    REQUIRE(w.goNext());
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Connect);
    // The ROM-only choice is off and folded away under Advanced.
    CHECK_FALSE(w.connectPage()->advancedButton()->isChecked());
    CHECK_FALSE(w.connectPage()->romOnlyCheck()->isChecked());
    CHECK_FALSE(w.connectPage()->romOnlyCheck()->isVisibleTo(w.connectPage()));
    w.connectPage()->advancedButton()->click();
    CHECK(w.connectPage()->romOnlyCheck()->isVisibleTo(w.connectPage()));
    REQUIRE(w.connectPage()->startConnect());
    REQUIRE(rig.runAndWait());
    INFO(w.connectPage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().connected);
    w.state().session->simulator()->setPaced(false);
    CHECK(w.state().identity.loader == LoaderKind::Stub);

    REQUIRE(w.goNext());
    CHECK(w.identifyPage()->rowText(QStringLiteral("loader"))
          == QStringLiteral("Flashwright stub (build %1)").arg(w.state().identity.stubBuild.left(8)));
    CHECK(w.identifyPage()->rowText(QStringLiteral("abilities")).contains(QStringLiteral("✓ read the flash")));
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Backup);
    REQUIRE(w.backupPage()->canRead());
    w.backupPage()->setBackupDir(dir.filePath(QStringLiteral("backups")));
    REQUIRE(w.backupPage()->startBackup());
    REQUIRE(rig.runAndWait());
    INFO(w.backupPage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().hasBackup());
    CHECK(QFileInfo(w.state().backupPath).size() == kMb);
}

TEST_CASE("ESP wizard end to end on the ESP8266 ROM (advanced choice): no backup, a deliberate skip, a write",
          "[ui][esp][integration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Rig rig;
    EspWizard &w = rig.wizard;
    w.startWith(QStringLiteral("demo:esp8266"));
    REQUIRE(w.goNext());
    CHECK(w.wiringPage()->selectedModule() == EspModule::Id::Tywe3s);
    REQUIRE(w.goNext());
    CHECK(w.connectPage()->manualButton()->isChecked());
    w.connectPage()->romOnlyCheck()->setChecked(true);
    CHECK(w.state().romOnly);
    REQUIRE(w.connectPage()->startConnect());
    REQUIRE(rig.runAndWait());
    INFO(w.connectPage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().connected);
    w.state().session->simulator()->setPaced(false);

    REQUIRE(w.goNext());
    CHECK(w.identifyPage()->rowText(QStringLiteral("loader")) == QStringLiteral("ROM (ESP8266 boot ROM)"));
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Backup);
    CHECK_FALSE(w.backupPage()->canRead());
    CHECK(w.backupPage()->cannotReadText().contains(QStringLiteral("ROM loader only")));
    CHECK_FALSE(w.backupPage()->startBackup());
    CHECK_FALSE(w.goNext());
    w.backupPage()->understandCheck()->setChecked(true);
    REQUIRE(w.goNext());

    REQUIRE(w.firmwarePage()->setFirmwareFile(writeFile(dir, QStringLiteral("tasmota.bin"), esp8266Image())));
    CHECK(w.firmwarePage()->flashModeCheck()->isChecked());
    REQUIRE(w.goNext());
    CHECK(w.writePage()->summaryText().contains(QStringLiteral("DOUT")));
    REQUIRE(w.writePage()->startWrite());

    // Stop asks first, and Keep writing carries on.
    w.writePage()->requestStop();
    CHECK(w.writePage()->isStopConfirmationShown());
    CHECK(w.writePage()->stopWarningText().contains(QStringLiteral("recoverable")));
    w.writePage()->keepWritingButton()->click();
    CHECK_FALSE(w.writePage()->isStopConfirmationShown());

    REQUIRE(rig.runAndWait());
    INFO(w.writePage()->banner()->diagnosis().toText().toStdString());
    REQUIRE(w.state().written);
    CHECK_FALSE(w.state().writeOutput.value(QStringLiteral("verified")).toBool());
    CHECK(w.writePage()->resultText().contains(QStringLiteral("not verified")));

    REQUIRE(w.goNext());
    REQUIRE(w.afterPage()->finish());
    REQUIRE(rig.runAndWait());
    REQUIRE(w.state().finished);
    // The strapped demo cannot be restarted over the adapter: the user is asked to power-cycle.
    CHECK(w.afterPage()->resultText().contains(QStringLiteral("Unplug")));
}


TEST_CASE("ESP wizard: reachable from the start page and from the details of a port or demo",
          "[ui][esp]")
{
    fw::ui::MainWindow window;
    window.show();
    REQUIRE(window.espWizard() == nullptr);

    window.welcomePage()->espWizardButton()->click();
    REQUIRE(window.espWizard() != nullptr);
    CHECK(window.currentWorkspacePage() == static_cast<QWidget *>(window.espWizard()));

    window.showStartPage();
    window.detailsPane()->showDemo(QStringLiteral("esp32"));
    QPushButton *flash = fw::test::findButton(window.detailsPane(), QStringLiteral("Tuya / ESP"));
    REQUIRE(flash != nullptr);
    flash->click();
    CHECK(window.currentWorkspacePage() == static_cast<QWidget *>(window.espWizard()));
    CHECK(window.espWizard()->portPage()->selectedPort() == QStringLiteral("demo:esp32"));

    // A serial port's details offer the wizard too, with that port.
    fw::core::PortInfo port;
    port.portName = QStringLiteral("ttyUSB7");
    port.systemLocation = QStringLiteral("/dev/ttyUSB7");
    window.detailsPane()->showSerialPort(port);
    QString asked;
    QObject::connect(window.detailsPane(), &fw::ui::DeviceDetailsPane::espWizardRequested,
                     [&](const QString &p) { asked = p; });
    REQUIRE(fw::test::findButton(window.detailsPane(), QStringLiteral("Tuya / ESP")) != nullptr);
    fw::test::findButton(window.detailsPane(), QStringLiteral("Tuya / ESP"))->click();
    CHECK(asked == QStringLiteral("/dev/ttyUSB7"));
}
