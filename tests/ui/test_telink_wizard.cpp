// The "Flash a Xiaomi thermometer" wizard, offscreen, against the simulated thermometers: the
// Bluetooth path to a verified flash, the low-battery block, a refused file, a failure with its
// ranked diagnosis, the entry points, and the wired rescue against the SWire demo.
#include <catch2/catch.hpp>

#include "core/JobRunner.h"
#include "core/LogBus.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/GattPeripheralModel.h"
#include "core/sim/SimGattServiceCache.h"
#include "core/sim/SimulatedGattLink.h"
#include "support/DirectPtyHost.h"
#include "support/TestUtil.h"
#include "support/UiTestUtil.h"
#include "telink/TelinkUuids.h"
#include "telink/sim/TelinkDemoImages.h"
#include "telink/sim/Tlsr825xSwireModel.h"
#include "ui/DeviceDetailsPane.h"
#include "ui/DiagnosisBanner.h"
#include "ui/MainWindow.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"
#include "ui/WelcomePage.h"
#include "ui/WizardStepList.h"
#include "ui/telink/TelinkBatteryPage.h"
#include "ui/telink/TelinkChoosePage.h"
#include "ui/telink/TelinkDonePage.h"
#include "ui/telink/TelinkFindPage.h"
#include "ui/telink/TelinkFlashPage.h"
#include "ui/telink/TelinkIdentifyPage.h"
#include "ui/telink/TelinkMiLoginBox.h"
#include "ui/telink/TelinkPadsDiagram.h"
#include "ui/telink/TelinkPadsPage.h"
#include "ui/telink/TelinkPowerCyclePrompt.h"
#include "ui/telink/TelinkRescueBackupPage.h"
#include "ui/telink/TelinkRescueDonePage.h"
#include "ui/telink/TelinkRescuePortPage.h"
#include "ui/telink/TelinkRescueWritePage.h"
#include "ui/telink/TelinkWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using fw::core::sim::BleWireModel;
using fw::core::sim::DemoRegistry;
using fw::telink::sim::TelinkDemoImages;
using fw::ui::TelinkWizard;
using Step = fw::ui::TelinkWizard::Step;
using WiredStep = fw::ui::TelinkWizard::WiredStep;

namespace {

constexpr int kJobTimeoutMs = 60000;

// The demo thermometers on a fast link with a cache of their own, so each test starts clean.
std::unique_ptr<fw::core::GattLink> fastDemoLink(const QString &target, QString *error)
{
    const fw::core::sim::DemoDevice *demo = DemoRegistry::instance().find(DemoRegistry::demoName(target));
    if (!demo || !demo->makeGatt) {
        *error = QStringLiteral("no Bluetooth demo device %1").arg(target);
        return nullptr;
    }
    BleWireModel wire = BleWireModel::fast();
    wire.supervisionTimeoutMs = 600;
    auto link = std::make_unique<fw::core::sim::SimulatedGattLink>(
        std::shared_ptr<fw::core::sim::GattPeripheralModel>(demo->makeGatt()), wire);
    link->setServiceCache(std::make_shared<fw::core::sim::SimGattServiceCache>());
    return link;
}

using fw::test::writeFile;

struct Rig {
    fw::core::JobRunner runner{fw::core::LogBus::global()};
    TelinkWizard wizard{&runner, nullptr, nullptr};
    Rig()
    {
        REQUIRE(dir.isValid());
        wizard.setLinkFactory(fastDemoLink);
        // Quick retries: the simulated thermometer reboots within a second.
        wizard.state().ota.rebootWaitMs = 300;
        wizard.state().ota.connectTimeoutMs = 3000;
        wizard.state().ota.startDelayMs = 50;
        // The simulated owner power-cycles the board well inside this window.
        wizard.state().activationMs = 1500;
        wizard.resize(1000, 720);
        wizard.show();
    }
    bool waitForJob() { return runner.waitForFinished(kJobTimeoutMs); }
    // Picks a demo thermometer and reads it (step 2 starts reading by itself).
    void identify(const QString &demo)
    {
        wizard.startWith(demo);
        REQUIRE(wizard.findPage()->selectedTarget() == demo);
        REQUIRE(wizard.goNext());
        REQUIRE(wizard.currentStep() == Step::Identify);
        REQUIRE(wizard.isJobRunning());
        CHECK_FALSE(wizard.nextButton()->isEnabled());
        REQUIRE(waitForJob());
        INFO(wizard.identifyPage()->banner()->text().toStdString());
        REQUIRE(wizard.state().identified);
    }
    // From the identify step on to the battery check with a small pvvx image.
    void chooseSmallImage()
    {
        REQUIRE(wizard.goNext());
        REQUIRE(wizard.choosePage()->setFirmwareFile(
            writeFile(dir, QStringLiteral("ATC_v58.bin"), TelinkDemoImages::pvvxBle(0x58, 4 * 1024))));
        REQUIRE(wizard.goNext());
        REQUIRE(wizard.currentStep() == Step::Battery);
    }
    QTemporaryDir dir;  // for the files the tests choose
};

// The bricked thermometer on a pty with nothing pacing the bytes: the demo device runs at the
// wire's real pace, which is the benchmark's business, not this test's. Its owner power-cycles
// it shortly after the chip-stop writes begin.
std::unique_ptr<fw::test::DirectPtyHost> swireThermometer(
    fw::telink::sim::Tlsr825xSwireModel::ReplyPath path = fw::telink::sim::Tlsr825xSwireModel::ReplyPath::Wired)
{
    fw::telink::sim::Tlsr825xSwireModel::Options o;
    o.userPowerCycleDelayMs = 200;
    o.userPowerOffMs = 150;
    o.replyPath = path;
    return std::make_unique<fw::test::DirectPtyHost>(std::make_unique<fw::telink::sim::Tlsr825xSwireModel>(o));
}

}  // namespace

TEST_CASE("Telink wizard: the demo thermometers are listed and Next names the next step", "[ui][telink]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    REQUIRE(w.currentStep() == Step::Find);
    CHECK(w.windowTitle() == QStringLiteral("Flash a Xiaomi thermometer"));
    CHECK(w.nextButton()->text().contains(QStringLiteral("Identify")));
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK_FALSE(w.blockedText().isEmpty());

    const QStringList targets = w.findPage()->targets();
    CHECK(targets.contains(QStringLiteral("demo:lywsd03mmc-pvvx")));
    CHECK(targets.contains(QStringLiteral("demo:lywsd03mmc-stock")));
    CHECK(targets.contains(QStringLiteral("demo:lywsd03mmc-low-battery")));
    // Without Bluetooth the page says so and points at the demo devices.
    CHECK(w.findPage()->scanStatusText().contains(QStringLiteral("demo devices")));

    // The demo's entry shows what its advertisement says.
    w.findPage()->selectTarget(QStringLiteral("demo:lywsd03mmc-low-battery"));
    const QTreeWidgetItem *row = w.findPage()->deviceList()->currentItem();
    REQUIRE(row != nullptr);
    const QString entry = row->text(0);
    CHECK(entry == w.findPage()->entryText(QStringLiteral("demo:lywsd03mmc-low-battery")));
    CHECK(entry.startsWith(QStringLiteral("LYWSD03MMC with a weak battery\n")));
    CHECK(entry.contains(QStringLiteral("ATC_B477E2")));
    INFO(entry.toStdString());
    CHECK(entry.contains(QStringLiteral("% (low)")));
    CHECK(entry.contains(QStringLiteral("°C")));
    CHECK(entry.contains(QStringLiteral("simulated")));
    CHECK(w.findPage()->detailsText().contains(QStringLiteral("CR2032")));
    CHECK(w.nextButton()->isEnabled());
    CHECK(w.stepList()->itemText(5).contains(QStringLiteral("Done")));
}

TEST_CASE("Telink wizard: thermometers a scan finds are listed with their readings, others are counted",
          "[ui][telink]")
{
    fw::core::JobRunner runner{fw::core::LogBus::global()};
    fw::core::BleScanner scanner;
    TelinkWizard w(&runner, &scanner, nullptr);
    w.show();

    // A pvvx thermometer: 21.50 °C, 48.20 %, 2950 mV, 93 %, in its 0x181A service data.
    fw::core::BleDeviceInfo near;
    near.name = QStringLiteral("ATC_1A2B3C");
    near.address = QStringLiteral("A4:C1:38:1A:2B:3C");
    near.rssi = -58;
    const QByteArray frame = QByteArray::fromHex("3c2b1a38c1a4" "6608" "d412" "860b" "5d" "07" "04");
    near.serviceData.insert(fw::telink::uuids::environmentalSensing(), frame);
    fw::core::BleDeviceInfo far = near;
    far.address = QStringLiteral("A4:C1:38:00:00:01");
    far.name = QStringLiteral("ATC_000001");
    far.rssi = -90;
    fw::core::BleDeviceInfo headphones;
    headphones.name = QStringLiteral("Headphones");
    headphones.address = QStringLiteral("11:22:33:44:55:66");
    Q_EMIT scanner.deviceFound(far);
    Q_EMIT scanner.deviceFound(near);
    Q_EMIT scanner.deviceFound(headphones);
    Q_EMIT scanner.deviceUpdated(headphones);

    const QStringList targets = w.findPage()->targets();
    REQUIRE(targets.size() >= 3);
    // The strongest signal first, then the demo devices.
    CHECK(targets.at(0) == near.address);
    CHECK(targets.at(1) == far.address);
    CHECK_FALSE(targets.contains(headphones.address));
    const QString entry = w.findPage()->entryText(near.address);
    INFO(entry.toStdString());
    CHECK(entry.startsWith(QStringLiteral("ATC_1A2B3C\n")));
    CHECK(entry.contains(QStringLiteral("21.5 °C")));
    CHECK(entry.contains(QStringLiteral("battery 93 %")));
    CHECK(entry.contains(QStringLiteral("signal -58 dBm")));
    CHECK(w.findPage()->othersText().contains(QStringLiteral("1 other Bluetooth device")));

    w.findPage()->selectTarget(near.address);
    REQUIRE(w.goNext());
    CHECK(w.state().target == near.address);
    CHECK(w.state().address == near.address);
    CHECK(w.state().advert.batteryPercent.value_or(0) == 93);
}

TEST_CASE("Telink wizard end to end on the pvvx demo: identify, choose, battery, flash, verify, done",
          "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    const QTemporaryDir &dir = rig.dir;
    rig.identify(QStringLiteral("demo:lywsd03mmc-pvvx"));
    CHECK(w.identifyPage()->rowText(QStringLiteral("model")) == QStringLiteral("LYWSD03MMC"));
    CHECK(w.identifyPage()->rowText(QStringLiteral("hardware")) == QStringLiteral("B1.4"));
    CHECK(w.identifyPage()->rowText(QStringLiteral("firmware")).contains(QStringLiteral("pvvx")));
    CHECK(w.identifyPage()->rowText(QStringLiteral("battery")).contains(QStringLiteral("%")));
    CHECK(w.identifyPage()->rowText(QStringLiteral("update")).contains(QStringLiteral("Zigbee")));
    CHECK(w.identifyPage()->batteryWarningText().isEmpty());

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Choose);
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.choosePage()->situationText().isEmpty());
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 8 * 1024);
    REQUIRE(w.choosePage()->setFirmwareFile(writeFile(dir, QStringLiteral("ATC_v59.bin"), image)));
    CHECK(w.choosePage()->verdictText().contains(QStringLiteral("fits")));
    CHECK(w.nextButton()->isEnabled());

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Battery);
    CHECK_FALSE(w.batteryPage()->isLow());
    CHECK(w.batteryPage()->confirmCheck()->isVisibleTo(w.batteryPage()));
    CHECK_FALSE(w.nextButton()->isEnabled());  // the fresh battery is confirmed, not assumed
    w.batteryPage()->confirmCheck()->setChecked(true);
    REQUIRE(w.goNext());

    REQUIRE(w.currentStep() == Step::Flash);
    CHECK(w.flashPage()->summaryText().contains(QStringLiteral("ATC_v59.bin")));
    CHECK(w.flashPage()->summaryText().contains(QStringLiteral("standard Bluetooth update")));
    REQUIRE(w.flashPage()->startFlash());
    CHECK(w.flashPage()->progressPanel()->isVisibleTo(w.flashPage()));
    CHECK(w.flashPage()->plot()->isVisibleTo(w.flashPage()));
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.blockedText().contains(QStringLiteral("Wait")));
    REQUIRE(rig.waitForJob());
    INFO(w.flashPage()->banner()->text().toStdString());
    REQUIRE(w.state().flashed);
    CHECK(w.state().flashOutput.value(QStringLiteral("verified")).toBool());
    CHECK(w.flashPage()->resultText().contains(QStringLiteral("verified")));
    CHECK(w.flashPage()->resultText().contains(QStringLiteral("pvvx custom 5.9")));
    CHECK(w.flashPage()->plot()->pointCount() > 0);

    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Done);
    CHECK(w.donePage()->factsText().contains(QStringLiteral("pvvx custom 5.9")));
    CHECK(w.donePage()->factsText().contains(QStringLiteral("B1.4")));
    CHECK(w.donePage()->expectText().contains(QStringLiteral("ATC_")));
    CHECK_FALSE(w.backButton()->isEnabled());
    CHECK(w.nextButton()->text().contains(QStringLiteral("Close")));
    REQUIRE(w.goNext());  // Close starts over
    CHECK(w.currentStep() == Step::Find);
    CHECK_FALSE(w.state().flashed);
}

TEST_CASE("Telink wizard: a low battery blocks the way on unless the user deliberately overrides",
          "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    rig.identify(QStringLiteral("demo:lywsd03mmc-low-battery"));
    CHECK(w.identifyPage()->batteryWarningText().contains(QStringLiteral("low")));
    CHECK(w.identifyPage()->adviceText().contains(QStringLiteral("CR2032")));
    rig.chooseSmallImage();

    fw::ui::TelinkBatteryPage *page = w.batteryPage();
    CHECK(page->isLow());
    CHECK(page->adviceText().contains(QStringLiteral("The battery is low")));
    CHECK(page->gauge()->value() < 40);
    // Confirming a fresh battery is not offered against a low reading: only the override is.
    CHECK_FALSE(page->confirmCheck()->isVisibleTo(page));
    CHECK(page->overrideCheck()->isVisibleTo(page));
    CHECK_FALSE(page->isComplete());
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.blockedText().contains(QStringLiteral("low")));
    CHECK_FALSE(w.goNext());

    page->overrideCheck()->setChecked(true);
    CHECK(page->isComplete());
    REQUIRE(w.goNext());
    CHECK(w.state().batteryOverride);
    CHECK(w.flashPage()->summaryText().contains(QStringLiteral("flashing anyway")));

    // Reading the battery again keeps the block while it is still low.
    w.setCurrentStep(Step::Battery);
    page->overrideCheck()->setChecked(false);
    REQUIRE(page->readAgain());
    REQUIRE(rig.waitForJob());
    CHECK(page->isLow());
    CHECK_FALSE(w.nextButton()->isEnabled());
}

TEST_CASE("Telink wizard: a file that does not fit is refused with its reasons", "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    const QTemporaryDir &dir = rig.dir;

    SECTION("a Zigbee file for pvvx 4.4, which has no extended update")
    {
        rig.identify(QStringLiteral("demo:lywsd03mmc-pvvx-b16-old"));
        REQUIRE(w.goNext());
        CHECK_FALSE(w.choosePage()->setFirmwareFile(writeFile(
            dir, QStringLiteral("1141-020a-01003001-z.zigbee"), TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 20 * 1024))));
        // The file named its goal; the thermometer is not ready for it.
        CHECK(w.choosePage()->goal() == fw::telink::TelinkGoal::Zigbee);
        CHECK(w.choosePage()->situationText().contains(QStringLiteral("Not yet ready for Zigbee")));
        const QString verdict = w.choosePage()->verdictText();
        CHECK(verdict.contains(QStringLiteral("will not send")));
        CHECK(verdict.contains(QStringLiteral("Likely causes")));
        CHECK(verdict.contains(QStringLiteral("What to do")));
        CHECK_FALSE(w.nextButton()->isEnabled());
        CHECK_FALSE(w.goNext());
    }
    SECTION("an ESP image, an empty file and a missing one")
    {
        rig.identify(QStringLiteral("demo:lywsd03mmc-pvvx"));
        REQUIRE(w.goNext());
        QByteArray esp(4096, char(0xFF));
        esp[0] = char(0xE9);
        CHECK_FALSE(w.choosePage()->setFirmwareFile(writeFile(dir, QStringLiteral("tasmota.bin"), esp)));
        CHECK(w.choosePage()->verdictText().contains(QStringLiteral("ESP")));
        CHECK_FALSE(w.choosePage()->setFirmwareFile(writeFile(dir, QStringLiteral("empty.bin"), {})));
        CHECK(w.choosePage()->verdictText().contains(QStringLiteral("empty")));
        CHECK_FALSE(w.choosePage()->setFirmwareFile(dir.filePath(QStringLiteral("missing.bin"))));
        CHECK(w.choosePage()->verdictText().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(w.nextButton()->isEnabled());
    }
    SECTION("stock firmware: the Mi login is explained, with the wired rescue as the way out")
    {
        rig.identify(QStringLiteral("demo:lywsd03mmc-stock"));
        CHECK(w.identifyPage()->adviceText().contains(QStringLiteral("Mi login")));
        REQUIRE(w.goNext());
        CHECK(w.choosePage()->situationText().contains(QStringLiteral("Mi login")));
        CHECK(w.choosePage()->wiredButton()->isVisibleTo(w.choosePage()));
    }
    SECTION("Xiaomi 2.1.1_0159 takes only signed files: the signed original first")
    {
        rig.identify(QStringLiteral("demo:lywsd03mmc-stock-0159"));
        REQUIRE(w.goNext());
        CHECK(w.choosePage()->situationText().contains(QStringLiteral("2.1.1_0159c")));
        // Its registration hangs: the token must come from Mi Home, typed in here.
        fw::ui::TelinkMiLoginBox *mi = w.choosePage()->miLoginBox();
        CHECK(mi->isVisibleTo(w.choosePage()));
        CHECK_FALSE(mi->activateButton()->isVisibleTo(mi));
        CHECK(mi->explanationText().contains(QStringLiteral("tokens extractor")));
        CHECK_FALSE(w.choosePage()->setFirmwareFile(
            writeFile(dir, QStringLiteral("ATC_v58.bin"), TelinkDemoImages::pvvxBle(0x58, 4 * 1024))));
        CHECK(w.choosePage()->verdictText().contains(QStringLiteral("will not send")));
        CHECK(w.choosePage()->setFirmwareFile(
            writeFile(dir, QStringLiteral("Original_OTA_0159c.bin"), TelinkDemoImages::stockSigned())));
    }
}

TEST_CASE("Telink wizard: stock Xiaomi firmware is registered here, then flashed to pvvx with the Mi login",
          "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    rig.identify(QStringLiteral("demo:lywsd03mmc-stock"));
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Choose);
    fw::ui::TelinkMiLoginBox *mi = w.choosePage()->miLoginBox();
    REQUIRE(mi->isVisibleTo(w.choosePage()));
    CHECK(mi->activateButton()->isVisibleTo(mi));
    CHECK(mi->explanationText().contains(QStringLiteral("token")));

    // The file fits, but without a token Next stays shut and says why.
    REQUIRE(w.choosePage()->setFirmwareFile(
        writeFile(rig.dir, QStringLiteral("ATC_v58.bin"), TelinkDemoImages::pvvxBle(0x58, 4 * 1024))));
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.choosePage()->blockedReason().contains(QStringLiteral("Mi token")));

    // A malformed token is named in plain words and does not open the way.
    mi->tokenField()->setText(QStringLiteral("12345"));
    CHECK(mi->tokenErrorText().contains(QStringLiteral("24 hexadecimal digits")));
    CHECK_FALSE(w.nextButton()->isEnabled());
    mi->tokenField()->clear();
    CHECK(mi->tokenErrorText().isEmpty());

    // The registration fills in the token and shows the keys with the Mi Home warning.
    REQUIRE(mi->startActivation());
    REQUIRE(rig.waitForJob());
    INFO(mi->findChild<fw::ui::DiagnosisBanner *>()->text().toStdString());
    const QString token = w.state().miKeys.value(QStringLiteral("token")).toString();
    REQUIRE(token.size() == 24);
    CHECK(mi->tokenField()->text() == token);
    CHECK(w.state().miToken == QByteArray::fromHex(token.toLatin1()));
    CHECK(w.state().miToken != QByteArray::fromHex("a4c1385e0130a4c1385e0130"));  // a new registration
    const QString keys = mi->keysText();
    CHECK(keys.contains(token));
    CHECK(keys.contains(w.state().miKeys.value(QStringLiteral("bindKey")).toString()));
    CHECK(keys.contains(QStringLiteral("Mi Home")));
    CHECK(mi->saveButton()->isVisibleTo(mi));
    CHECK(w.nextButton()->isEnabled());

    // The saved keys are JSON readable by the owner only.
    const QString keyFile = rig.dir.filePath(QStringLiteral("mi-keys.json"));
    QString error;
    REQUIRE(mi->saveKeys(keyFile, &error));
    QFile saved(keyFile);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    CHECK(json.value(QStringLiteral("token")).toString() == token);
    CHECK(json.value(QStringLiteral("bindKey")).toString().size() == 32);
    CHECK(saved.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Battery, then the flash logs in with the token and verifies pvvx.
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Battery);
    w.batteryPage()->confirmCheck()->setChecked(true);
    REQUIRE(w.goNext());
    REQUIRE(w.currentStep() == Step::Flash);
    CHECK(w.flashPage()->summaryText().contains(QStringLiteral("Mi login")));
    REQUIRE(w.flashPage()->startFlash());
    REQUIRE(rig.waitForJob());
    INFO(w.flashPage()->banner()->text().toStdString());
    REQUIRE(w.state().flashed);
    CHECK(w.state().flashOutput.value(QStringLiteral("verified")).toBool());
    CHECK(w.flashPage()->resultText().contains(QStringLiteral("pvvx custom 5.8")));
}

TEST_CASE("Telink wizard: a failed flash shows the ranked diagnosis, Retry and the way out", "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    w.state().ota.maxAttempts = 2;
    rig.identify(QStringLiteral("demo:lywsd03mmc-low-battery"));
    rig.chooseSmallImage();
    w.batteryPage()->overrideCheck()->setChecked(true);
    REQUIRE(w.goNext());
    REQUIRE(w.flashPage()->startFlash());
    REQUIRE(rig.waitForJob());

    CHECK_FALSE(w.state().flashed);
    fw::ui::DiagnosisBanner *banner = w.flashPage()->banner();
    REQUIRE(banner->isVisibleTo(w.flashPage()));
    const fw::core::Diagnosis &d = banner->diagnosis();
    CHECK(d.code == QStringLiteral("telink.ota.failed"));
    REQUIRE(d.causes.size() >= 2);
    CHECK(d.causes.first().contains(QStringLiteral("battery")));  // the most likely cause first
    CHECK(banner->text().contains(QStringLiteral("Likely causes")));
    CHECK(banner->text().contains(QStringLiteral("CR2032")));
    CHECK(w.flashPage()->wiredButton()->isVisibleTo(w.flashPage()));
    CHECK_FALSE(w.nextButton()->isEnabled());
    CHECK(w.backButton()->isEnabled());

    // Retry, Show log and Export reach the window.
    int logs = 0;
    int bundles = 0;
    QObject::connect(&w, &fw::ui::WizardShell::showLogRequested, [&] { ++logs; });
    QObject::connect(&w, &fw::ui::WizardShell::exportBundleRequested, [&] { ++bundles; });
    for (QPushButton *b : banner->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("log")))
            b->click();
        if (b->text().contains(QStringLiteral("bundle")))
            b->click();
    }
    CHECK(logs == 1);
    CHECK(bundles == 1);

    // Cancelling a flash is safe and says so.
    w.state().ota.maxAttempts = 4;
    REQUIRE(w.flashPage()->startFlash());
    w.cancelJob();
    REQUIRE(rig.waitForJob());
    CHECK(w.flashPage()->resultText().contains(QStringLiteral("old firmware")));
}

TEST_CASE("Telink wizard: reachable from the start page and from the details of a demo", "[ui][telink]")
{
    fw::ui::MainWindow window;
    window.show();
    REQUIRE(window.telinkWizard() == nullptr);

    window.welcomePage()->telinkWizardButton()->click();
    REQUIRE(window.telinkWizard() != nullptr);
    CHECK(window.currentWorkspacePage() == static_cast<QWidget *>(window.telinkWizard()));

    window.showStartPage();
    window.detailsPane()->showDemo(QStringLiteral("lywsd03mmc-stock"));
    QPushButton *flash = fw::test::findButton(window.detailsPane(), QStringLiteral("thermometer"));
    REQUIRE(flash != nullptr);
    flash->click();
    CHECK(window.currentWorkspacePage() == static_cast<QWidget *>(window.telinkWizard()));
    CHECK(window.telinkWizard()->findPage()->selectedTarget() == QStringLiteral("demo:lywsd03mmc-stock"));

    // A thermometer found over Bluetooth offers the wizard too, with its address.
    fw::core::BleDeviceInfo ble;
    ble.name = QStringLiteral("ATC_1A2B3C");
    ble.address = QStringLiteral("A4:C1:38:1A:2B:3C");
    ble.rssi = -60;
    window.detailsPane()->showBleDevice(ble);
    QString asked;
    QObject::connect(window.detailsPane(), &fw::ui::DeviceDetailsPane::telinkWizardRequested,
                     [&](const QString &t) { asked = t; });
    QPushButton *bleFlash = fw::test::findButton(window.detailsPane(), QStringLiteral("thermometer"));
    REQUIRE(bleFlash != nullptr);
    bleFlash->click();
    CHECK(asked == QStringLiteral("A4:C1:38:1A:2B:3C"));
}

TEST_CASE("Telink wizard: the wired rescue backs up the device data, then writes and verifies",
          "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    w.startRescue(QStringLiteral("demo:telink-swire"));
    REQUIRE(w.path() == fw::ui::TelinkWizardState::Path::Wired);
    REQUIRE(w.currentWiredStep() == WiredStep::Port);
    CHECK(w.rescuePortPage()->selectedPort() == QStringLiteral("demo:telink-swire"));
    CHECK(w.rescuePortPage()->selectedBaud() == 921600);
    CHECK(w.stepList()->itemText(2).contains(QStringLiteral("Back up")));
    CHECK(w.nextButton()->text().contains(QStringLiteral("Wiring")));

    REQUIRE(w.goNext());
    REQUIRE(w.currentWiredStep() == WiredStep::Pads);
    const QString wiring = w.padsPage()->diagram()->connectionTexts().join(QLatin1Char('\n'));
    CHECK(wiring.contains(QStringLiteral("1 kOhm")));
    CHECK(wiring.contains(QStringLiteral("P14")));
    CHECK(w.padsPage()->powerCycleText().contains(QStringLiteral("Power-cycle")));

    REQUIRE(w.goNext());
    REQUIRE(w.currentWiredStep() == WiredStep::Backup);
    CHECK_FALSE(w.nextButton()->isEnabled());  // the backup comes first, always
    const auto thermometer = swireThermometer();
    w.state().port = thermometer->slavePath();
    w.rescueBackupPage()->setBackupDir(rig.dir.filePath(QStringLiteral("backups")));
    REQUIRE(w.rescueBackupPage()->startBackup());
    // While the chip-stop writes run, the page calls for the power-cycle in big words.
    fw::ui::TelinkPowerCyclePrompt *prompt = w.rescueBackupPage()->powerCyclePrompt();
    CHECK(QTest::qWaitFor([prompt] { return prompt->isShown(); }, 5000));
    CHECK(prompt->label()->text().contains(QStringLiteral("Power-cycle the thermometer now")));
    REQUIRE(rig.waitForJob());
    CHECK_FALSE(prompt->isShown());
    INFO(w.rescueBackupPage()->banner()->text().toStdString());
    REQUIRE(w.state().hasBackup());
    CHECK(QFileInfo(w.state().backupPath).size() == 0xC000);  // 0x74000 to the end
    CHECK(w.rescueBackupPage()->factsText().contains(QStringLiteral("A4:C1:38:")));
    CHECK(w.rescueBackupPage()->resultText().contains(QStringLiteral("Saved")));

    REQUIRE(w.goNext());
    REQUIRE(w.currentWiredStep() == WiredStep::Write);
    QByteArray esp(4096, char(0xFF));
    esp[0] = char(0xE9);
    CHECK_FALSE(w.rescueWritePage()->setFirmwareFile(writeFile(rig.dir, QStringLiteral("tasmota.bin"), esp)));
    CHECK(w.rescueWritePage()->verdictText().contains(QStringLiteral("will not write")));
    CHECK_FALSE(w.rescueWritePage()->writeButton()->isEnabled());
    REQUIRE(w.rescueWritePage()->setFirmwareFile(
        writeFile(rig.dir, QStringLiteral("ATC_v58.bin"), TelinkDemoImages::pvvxBle(0x58, 8 * 1024))));
    CHECK(w.rescueWritePage()->verdictText().contains(QStringLiteral("can be written")));
    REQUIRE(w.rescueWritePage()->startWrite());
    CHECK(w.rescueWritePage()->plot()->isVisibleTo(w.rescueWritePage()));
    REQUIRE(rig.waitForJob());
    INFO(w.rescueWritePage()->banner()->text().toStdString());
    REQUIRE(w.state().rescued);
    CHECK(w.state().rescueOutput.value(QStringLiteral("verified")).toBool());
    CHECK(w.rescueWritePage()->resultText().contains(QStringLiteral("verified")));
    // The device data was saved once more before the erase, next to the first backup.
    CHECK(QDir(rig.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 2);

    REQUIRE(w.goNext());
    REQUIRE(w.currentWiredStep() == WiredStep::Done);
    CHECK(w.rescueDonePage()->factsText().contains(QStringLiteral("ATC_v58.bin")));
    CHECK(w.rescueDonePage()->nextText().contains(QStringLiteral("Take the wires off")));
    CHECK_FALSE(w.backButton()->isEnabled());
    w.rescueDonePage()->bluetoothButton()->click();
    CHECK(w.path() == fw::ui::TelinkWizardState::Path::Bluetooth);
    CHECK(w.currentStep() == Step::Find);
}

TEST_CASE("Telink wizard: a rescue wired without the resistor explains the wiring", "[ui][telink][integration]")
{
    Rig rig;
    TelinkWizard &w = rig.wizard;
    w.startRescue(QStringLiteral("demo:telink-swire-no-resistor"));
    REQUIRE(w.goNext());
    REQUIRE(w.goNext());
    const auto thermometer = swireThermometer(fw::telink::sim::Tlsr825xSwireModel::ReplyPath::NoResistor);
    w.state().port = thermometer->slavePath();
    w.rescueBackupPage()->setBackupDir(rig.dir.filePath(QStringLiteral("backups")));
    REQUIRE(w.rescueBackupPage()->startBackup());
    REQUIRE(rig.waitForJob());
    CHECK_FALSE(w.state().hasBackup());
    fw::ui::DiagnosisBanner *banner = w.rescueBackupPage()->banner();
    REQUIRE(banner->isVisibleTo(w.rescueBackupPage()));
    CHECK_FALSE(banner->diagnosis().causes.isEmpty());
    CHECK(banner->text().contains(QStringLiteral("resistor")));
    CHECK_FALSE(w.nextButton()->isEnabled());
}

TEST_CASE("Telink wizard: the wired rescue is reachable from its demo, a port and the Bluetooth steps", "[ui][telink]")
{
    fw::ui::MainWindow window;
    window.show();
    window.detailsPane()->showDemo(QStringLiteral("telink-swire"));
    QPushButton *rescue = fw::test::findButton(window.detailsPane(), QStringLiteral("by wire"));
    REQUIRE(rescue != nullptr);
    rescue->click();
    REQUIRE(window.telinkWizard() != nullptr);
    CHECK(window.currentWorkspacePage() == static_cast<QWidget *>(window.telinkWizard()));
    CHECK(window.telinkWizard()->path() == fw::ui::TelinkWizardState::Path::Wired);
    CHECK(window.telinkWizard()->rescuePortPage()->selectedPort() == QStringLiteral("demo:telink-swire"));

    // Back to Bluetooth, then out again through the find step's way out.
    window.telinkWizard()->startWith({});
    CHECK(window.telinkWizard()->path() == fw::ui::TelinkWizardState::Path::Bluetooth);
    QPushButton *wired = fw::test::findButton(window.telinkWizard()->findPage(), QStringLiteral("wire instead"));
    REQUIRE(wired != nullptr);
    wired->click();
    CHECK(window.telinkWizard()->currentWiredStep() == WiredStep::Port);

    // A serial port's details offer the rescue on that port.
    fw::core::PortInfo port;
    port.portName = QStringLiteral("ttyUSB3");
    port.systemLocation = QStringLiteral("/dev/ttyUSB3");
    window.detailsPane()->showSerialPort(port);
    QString asked;
    QObject::connect(window.detailsPane(), &fw::ui::DeviceDetailsPane::telinkRescueRequested,
                     [&](const QString &p) { asked = p; });
    QPushButton *portRescue = fw::test::findButton(window.detailsPane(), QStringLiteral("by wire"));
    REQUIRE(portRescue != nullptr);
    portRescue->click();
    CHECK(asked == QStringLiteral("/dev/ttyUSB3"));
}
