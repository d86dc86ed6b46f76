// The simulated LYWSD03MMC driven over a SimulatedGattLink with raw OTA bytes: a complete update
// ending in a reboot into the new firmware, and each OTA status code by its natural cause.

#include "test_telink_sim_rig.h"

#include "telink/TelinkImage.h"
#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/TelinkDemoImages.h"

#include <QBluetoothUuid>

#include <catch2/catch.hpp>

#include <memory>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::telink;
using namespace fw::telink::sim;
using namespace telinksimtest;

namespace {

QString readText(SimulatedGattLink &link, const QBluetoothUuid &c)
{
    return QString::fromUtf8(link.read(c));
}

struct Rig {
    explicit Rig(Lywsd03mmcSetup setup = {}, BleWireModel wire = quickWire())
        : model(std::make_shared<Lywsd03mmcModel>(setup)), link(model, wire)
    {
        link.connectTo(setup.address, 3000);
    }
    std::shared_ptr<Lywsd03mmcModel> model;
    SimulatedGattLink link;
};

}  // namespace

TEST_CASE("Telink sim OTA: pvvx update at the fast wire ends in a reboot with new DIS strings", "[integration][telink]")
{
    Rig rig;
    CHECK(readText(rig.link, uuids::firmwareRevision()) == QStringLiteral("github.com/pvvx"));
    CHECK(readText(rig.link, uuids::softwareRevision()) == QStringLiteral("V5.8"));
    CHECK(readText(rig.link, uuids::hardwareRevision()) == QStringLiteral("B1.4"));
    CHECK(rig.link.findCharacteristic(uuids::otaCharacteristic())->properties
          == (GattRead | GattWriteNoResponse));
    CHECK(readStatus(rig.link) == 0);

    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 8 * 1024);
    const OtaRun run = sendOta(rig.link, image);
    CHECK(run.status == 0);
    REQUIRE(run.endSent);
    CHECK(readStatus(rig.link) == 0);  // verified; the reboot follows shortly
    CHECK(waitForReboot(rig.link, 1000));
    CHECK_FALSE(rig.link.isConnected());

    CHECK(rig.model->otaAttempts() == 1);
    CHECK(rig.model->otaSuccesses() == 1);
    CHECK(rig.model->lastOtaStatus() == 0);
    CHECK(rig.model->runningBank() == TelinkFlashMap::Bank1);
    CHECK(rig.model->runningImage() == image);
    CHECK(quint8(rig.model->flash().at(8)) == 0x00);  // the old bank is marked replaced
    CHECK(rig.model->personality() == TelinkPersonality::Pvvx);
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.9"));

    rig.link.connectTo(rig.model->setup().address, 3000);
    CHECK(readText(rig.link, uuids::softwareRevision()) == QStringLiteral("V5.9"));

    // The next update goes back to the first bank.
    const QByteArray again = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    CHECK(sendOta(rig.link, again).status == 0);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->runningBank() == TelinkFlashMap::Bank0);
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.8"));
}

TEST_CASE("Telink sim OTA: a stock device becomes pvvx after the update", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.personality = TelinkPersonality::Stock;
    s.loggedIn = true;
    Rig rig(s);
    CHECK(rig.model->advertisement().name == QStringLiteral("LYWSD03MMC"));
    CHECK(readText(rig.link, uuids::firmwareRevision()) == QStringLiteral("1.0.0_0130"));
    CHECK(readText(rig.link, uuids::softwareRevision()) == QStringLiteral("0130"));
    CHECK(readText(rig.link, uuids::manufacturerName()) == QStringLiteral("miaomiaoce.com"));
    CHECK(rig.link.findCharacteristic(uuids::xiaomiSpeed()).has_value());
    writeCommand(rig.link, uuids::xiaomiSpeed(), QByteArray::fromHex("1e0000"));

    CHECK(sendOta(rig.link, TelinkDemoImages::pvvxBle(0x58, 4 * 1024)).status == 0);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->personality() == TelinkPersonality::Pvvx);
    CHECK(rig.model->firmwareRevision() == QStringLiteral("github.com/pvvx"));
    CHECK(rig.model->advertisement().name == QStringLiteral("ATC_1A2B3C"));
    CHECK(rig.model->advertisement().serviceData.value(uuids::environmentalSensing()).size() == 15);
}

TEST_CASE("Telink sim OTA: status 1 when a frame is skipped, then the old firmware reboots", "[integration][telink]")
{
    Rig rig;
    const QByteArray before = rig.model->runningImage();
    const OtaRun run = sendOta(rig.link, TelinkDemoImages::pvvxBle(0x59, 4096), true,
                               [](int i, const QByteArray &f) { return i == 4 ? QByteArray() : f; });
    CHECK(run.status == 1);
    CHECK(run.framesSent == 8);
    CHECK(rig.model->lastOtaStatus() == 1);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->runningImage() == before);
    CHECK(rig.model->otaSuccesses() == 0);
    // The bank that was being written is wiped again.
    CHECK(rig.model->flash().mid(TelinkFlashMap::Bank1, 4096) == QByteArray(4096, '\xFF'));
}

TEST_CASE("Telink sim OTA: status 2 on a frame with a bad CRC", "[integration][telink]")
{
    Rig rig;
    const OtaRun run = sendOta(rig.link, TelinkDemoImages::pvvxBle(0x59, 4096), true,
                               [](int i, const QByteArray &f) {
                                   QByteArray g = f;
                                   if (i == 10)
                                       g[19] = char(g[19] ^ 0x40);
                                   return g;
                               });
    CHECK(run.status == 2);
    CHECK(run.framesSent == 16);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.8"));
}

TEST_CASE("Telink sim OTA: status 3 when the battery is below 2.0 V", "[integration][telink]")
{
    Rig rig;
    rig.model->setBatteryMv(1950);  // sagged under load after connecting
    const OtaRun run = sendOta(rig.link, TelinkDemoImages::pvvxBle(0x59, 4096));
    CHECK(run.status == 3);
    CHECK(run.framesSent == 8);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK_FALSE(rig.model->isAdvertising());  // below 2.2 V it sleeps instead of advertising
}

TEST_CASE("Telink sim OTA: status 4 when the last frames are missing", "[integration][telink]")
{
    Rig rig;
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 4096);
    const int count = int(framesOf(image).size());
    const OtaRun run = sendOta(rig.link, image, true,
                               [count](int i, const QByteArray &f) { return i >= count - 3 ? QByteArray() : f; });
    CHECK(run.status == 0);
    REQUIRE(run.endSent);
    CHECK(readStatus(rig.link) == 4);
    CHECK(rig.model->lastOtaStatus() == 4);
    CHECK(waitForReboot(rig.link, 1000));
}

TEST_CASE("Telink sim OTA: status 5 after the inactivity timeout", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.otaTimeoutMs = 400;  // 16 s on the device; shortened for the test
    Rig rig(s);
    writeOta(rig.link, QByteArray("\x01\xFF", 2));
    const QList<QByteArray> frames = framesOf(TelinkDemoImages::pvvxBle(0x59, 4096));
    for (int i = 0; i < 8; ++i)
        writeOta(rig.link, frames[i]);
    CHECK(readStatus(rig.link) == 0);
    CHECK_FALSE(rig.link.waitNotification({}, 150).has_value());
    CHECK(readStatus(rig.link) == 0);  // a status read is no OTA activity, but 150 ms is short
    CHECK_FALSE(rig.link.waitNotification({}, 400).has_value());
    CHECK(readStatus(rig.link) == 5);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->lastOtaStatus() == 5);
}

TEST_CASE("Telink sim OTA: status 6 when the image CRC-32 does not match", "[integration][telink]")
{
    Rig rig;
    QByteArray image = TelinkDemoImages::pvvxBle(0x59, 4096);
    image[0x200] = char(image[0x200] ^ 0x80);  // frames stay valid, the image does not
    REQUIRE_FALSE(TelinkImage::parseBin(image).crcOk());
    const OtaRun run = sendOta(rig.link, image);
    CHECK(run.status == 0);
    CHECK(readStatus(rig.link) == 6);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.8"));
}

TEST_CASE("Telink sim OTA: stock 2.1.1_0159 takes only Xiaomi-signed images", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.personality = TelinkPersonality::Stock;
    s.stockFirmware = QStringLiteral("2.1.1_0159");
    s.loggedIn = true;
    Rig rig(s);
    CHECK(rig.model->isSignedOnly());
    CHECK(readText(rig.link, uuids::firmwareRevision()) == QStringLiteral("2.1.1_0159"));

    CHECK(sendOta(rig.link, TelinkDemoImages::pvvxBle(0x58, 4096)).status == 0);
    CHECK(readStatus(rig.link) == 6);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->personality() == TelinkPersonality::Stock);

    // A small signed stock build (the signature block of the demo original appended).
    const QByteArray full = TelinkDemoImages::stockSigned();
    const QByteArray block = full.mid(qsizetype(TelinkImage::parseBin(full).sizeField));
    const QByteArray small = TelinkDemoImages::stock(QStringLiteral("2.1.1_0159"), 6 * 1024) + block;
    REQUIRE(TelinkImage::parseBin(small).hasXiaomiSignature);
    rig.link.connectTo(s.address, 3000);
    CHECK(sendOta(rig.link, small).status == 0);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->lastOtaStatus() == 0);
    CHECK(rig.model->personality() == TelinkPersonality::Stock);
    CHECK_FALSE(rig.model->isSignedOnly());  // the signed original accepts custom firmware next

    rig.link.connectTo(s.address, 3000);
    CHECK(sendOta(rig.link, TelinkDemoImages::pvvxBle(0x58, 4096)).status == 0);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->personality() == TelinkPersonality::Pvvx);
}

TEST_CASE("Telink sim OTA: stock without Mi login ignores frames and refuses the status read", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.personality = TelinkPersonality::Stock;
    Rig rig(s);
    const QString summary = errorSummary([&] { sendOta(rig.link, TelinkDemoImages::pvvxBle(0x58, 4096)); });
    CHECK(summary.contains(QStringLiteral("0x05")));
    CHECK(errorCode([&] { readStatus(rig.link); }) == QStringLiteral("ble.gatt_error"));
    CHECK(rig.model->otaAttempts() == 0);
    CHECK(rig.link.isConnected());

    rig.model->setLoggedIn(true);
    CHECK(readStatus(rig.link) == 0);
}

TEST_CASE("Telink sim OTA: forced status knobs fail the chosen attempts only", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.forceStatus = 4;
    s.forceStatusAtIndex = 5;
    s.forceStatusAttempts = 2;
    Rig rig(s);
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 2048);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        INFO("attempt " << attempt);
        CHECK(sendOta(rig.link, image).status == 4);
        CHECK(waitForReboot(rig.link, 1000));
        rig.link.connectTo(s.address, 3000);
    }
    CHECK(sendOta(rig.link, image).status == 0);
    CHECK(waitForReboot(rig.link, 1000));
    CHECK(rig.model->otaAttempts() == 3);
    CHECK(rig.model->otaSuccesses() == 1);

    Lywsd03mmcSetup atEnd;
    atEnd.forceStatus = 6;
    Rig end(atEnd);
    CHECK(sendOta(end.link, image).status == 0);
    CHECK(readStatus(end.link) == 6);
}
