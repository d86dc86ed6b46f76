// The real OTA failures of telink.md §1.7 on the simulated LYWSD03MMC: the silent drop within
// the first 8 frames (weak battery, long latency, flaky adapter), the >128 KiB brick, and the
// firmwares without Bluetooth that no connection reaches.

#include "test_telink_sim_rig.h"

#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/PvvxControlChannel.h"
#include "telink/sim/TelinkDemoImages.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::telink;
using namespace fw::telink::sim;
using namespace telinksimtest;

namespace {

struct Rig {
    explicit Rig(Lywsd03mmcSetup setup = {}, BleWireModel wire = quickWire())
        : model(std::make_shared<Lywsd03mmcModel>(setup)), link(model, wire)
    {
    }
    void connect() { link.connectTo(model->setup().address, 3000); }
    std::shared_ptr<Lywsd03mmcModel> model;
    SimulatedGattLink link;
};

// Sends an OTA like TelinkMiFlasher and returns the error code of the first failing operation.
QString otaError(SimulatedGattLink &link, const QByteArray &image, int *framesSent = nullptr)
{
    OtaRun run;
    const QString code = errorCode([&] {
        writeOta(link, QByteArray("\x01\xFF", 2));
        const QList<QByteArray> frames = framesOf(image);
        for (int i = 0; i < frames.size(); ++i) {
            writeOta(link, frames[i]);
            ++run.framesSent;
            if (i % 8 == 7 && readStatus(link) != 0)
                return;
        }
        writeOta(link, endFrame(int(frames.size()) - 1));
    });
    if (framesSent)
        *framesSent = run.framesSent;
    return code;
}

}  // namespace

TEST_CASE("Telink sim faults: a weak battery drops the link before block 8", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.batteryMv = 2350;
    Rig rig(s);
    CHECK(rig.model->isAdvertising());
    rig.connect();
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 4096);
    int sent = 0;
    QElapsedTimer t;
    t.start();
    CHECK(otaError(rig.link, image, &sent) == QStringLiteral("ble.disconnected"));
    CHECK(sent == 8);  // the status read after block 7 is what fails
    CHECK(t.elapsed() >= 600);  // noticed only after the supervision timeout
    CHECK_FALSE(rig.link.isConnected());
    CHECK(rig.model->otaAttempts() == 1);
    CHECK(rig.model->otaSuccesses() == 0);
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.8"));  // the old firmware runs

    rig.model->setBatteryMv(3000);  // a fresh CR2032
    rig.connect();
    CHECK(sendOta(rig.link, image).status == 0);
    CHECK(waitForReboot(rig.link));
    CHECK(rig.model->softwareRevision() == QStringLiteral("V5.9"));
}

TEST_CASE("Telink sim faults: a connection latency over 1 s drops the OTA until it is lowered", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.configLatencyMs = 2000;
    Rig rig(s);
    rig.connect();
    CHECK(rig.model->configLatencyMs() == 2000);
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 4096);
    CHECK(otaError(rig.link, image) == QStringLiteral("ble.disconnected"));
    CHECK(rig.model->otaSuccesses() == 0);

    // Lower the latency for this session only (0x5A: set without saving): 49 -> 1000 ms.
    rig.connect();
    rig.link.subscribe(uuids::pvvxControl(), true);
    writeCommand(rig.link, uuids::pvvxControl(), QByteArray::fromHex("55"));
    const auto config = rig.link.waitNotification(uuids::pvvxControl(), 500);
    REQUIRE(config.has_value());
    QByteArray set = config->value;
    set.remove(1, 1);  // the version byte: the rest is what a host writes back
    set[0] = char(PvvxControlChannel::CmdConfigNoSave);
    set[8] = char(49);
    writeCommand(rig.link, uuids::pvvxControl(), set);
    REQUIRE(rig.link.waitNotification(uuids::pvvxControl(), 500).has_value());
    CHECK(rig.model->configLatencyMs() == 1000);
    CHECK(sendOta(rig.link, image).status == 0);
    CHECK(waitForReboot(rig.link));
    CHECK(rig.model->otaSuccesses() == 1);
    CHECK(rig.model->configLatencyMs() == 2000);  // not saved: the reboot restored it
}

TEST_CASE("Telink sim faults: a flaky adapter loses the first attempt, the retry works", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.flakyStartAttempts = 1;
    Rig rig(s);
    rig.connect();
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 2048);
    CHECK(otaError(rig.link, image) == QStringLiteral("ble.disconnected"));
    // The device wiped the bank it had started to write.
    CHECK(rig.model->flash().mid(TelinkFlashMap::Bank1, 2048) == QByteArray(2048, '\xFF'));
    rig.connect();
    CHECK(sendOta(rig.link, image).status == 0);
    CHECK(waitForReboot(rig.link));
    CHECK(rig.model->otaAttempts() == 2);
    CHECK(rig.model->otaSuccesses() == 1);
}

TEST_CASE("Telink sim faults: a standard OTA over 128 KiB overwrites the running bank and bricks", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.runningBank = TelinkFlashMap::Bank1;  // the second bank runs: the first one is written
    Rig rig(s, turboWire());
    rig.connect();
    const QByteArray zigbee = TelinkDemoImages::zigbeeImage(0x1141, 0x020A, 130 * 1024);
    REQUIRE(zigbee.size() > 128 * 1024);
    CHECK(errorCode([&] { sendOta(rig.link, zigbee, false); readStatus(rig.link); })
          == QStringLiteral("ble.disconnected"));
    CHECK(rig.model->personality() == TelinkPersonality::Unknown);
    CHECK_FALSE(rig.model->isAdvertising());
    CHECK(errorCode([&] { rig.connect(); }) == QStringLiteral("ble.timeout"));
}

TEST_CASE("Telink sim faults: a Zigbee build sent by standard OTA to the second bank never starts", "[integration][telink]")
{
    Rig rig({}, turboWire());
    rig.connect();
    const QByteArray zigbee = TelinkDemoImages::zigbeeImage(0x1141, 0x020A, 130 * 1024);
    const OtaRun run = sendOta(rig.link, zigbee, false);
    REQUIRE(run.endSent);
    CHECK(waitForReboot(rig.link));
    CHECK(rig.model->lastOtaStatus() == 0);  // the transfer itself was fine
    CHECK(rig.model->runningBank() == TelinkFlashMap::Bank1);
    CHECK(rig.model->personality() == TelinkPersonality::Unknown);
    CHECK_FALSE(rig.model->isAdvertising());
}

TEST_CASE("Telink sim faults: pure Zigbee and unknown firmware are not connectable", "[integration][telink]")
{
    for (TelinkPersonality p : {TelinkPersonality::Zigbee, TelinkPersonality::Unknown}) {
        Lywsd03mmcSetup s;
        s.personality = p;
        Rig rig(s);
        INFO(personalityToken(p).toStdString());
        CHECK(rig.model->personality() == p);
        CHECK_FALSE(rig.model->isAdvertising());
        CHECK_FALSE(rig.model->isConnectable());
        CHECK(rig.model->gattTable().isEmpty());
        CHECK(rig.model->advertisement().name.isEmpty());
        QElapsedTimer t;
        t.start();
        CHECK(errorCode([&] { rig.link.connectTo(s.address, 300); }) == QStringLiteral("ble.timeout"));
        CHECK(t.elapsed() >= 300);
        CHECK_FALSE(rig.link.isConnected());
    }
}
