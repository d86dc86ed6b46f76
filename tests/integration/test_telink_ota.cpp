// The Telink OTA engine (TelinkOta, TelinkFlashJob) against the simulated LYWSD03MMC: a clean
// flash, the known failures with their retries, and the ranked diagnosis when retries run out.
#include "core/sim/SimGattServiceCache.h"
#include "core/sim/SimulatedGattLink.h"
#include "support/TestJobContext.h"
#include "telink/TelinkJobs.h"
#include "telink/TelinkOta.h"
#include "telink/TelinkProbe.h"
#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/TelinkDemoImages.h"

#include <catch2/catch.hpp>

using namespace fw::telink;
using fw::core::sim::BleWireModel;
using fw::core::sim::SimGattServiceCache;
using fw::core::sim::SimulatedGattLink;
using fw::telink::sim::Lywsd03mmcModel;
using fw::telink::sim::Lywsd03mmcSetup;
using fw::telink::sim::TelinkDemoImages;
using fw::telink::sim::TelinkPersonality;

namespace {

BleWireModel quickWire()
{
    BleWireModel w = BleWireModel::fast();
    w.supervisionTimeoutMs = 600;
    return w;
}

struct Rig {
    std::shared_ptr<Lywsd03mmcModel> model;
    std::shared_ptr<SimulatedGattLink> link;
    fw::test::TestJobContext job;

    explicit Rig(Lywsd03mmcSetup setup = {})
        : model(std::make_shared<Lywsd03mmcModel>(setup)), link(std::make_shared<SimulatedGattLink>(model, quickWire()))
    {
        link->setServiceCache(std::make_shared<SimGattServiceCache>());
        link->setLogger(job.ctx.log());
        link->setCancelToken(&job.token);
    }

    TelinkIdentity connectAndIdentify()
    {
        link->connectTo(model->setup().address, 5000);
        return TelinkProbe(*link, job.ctx.log()).identify();
    }

    // Quick retries: the model reboots within a second.
    static TelinkOtaOptions options()
    {
        TelinkOtaOptions o;
        o.rebootWaitMs = 300;
        o.connectTimeoutMs = 3000;
        o.startDelayMs = 50;
        return o;
    }

    fw::core::Diagnosis failure(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const fw::core::JobError &e) {
            return e.diagnosis();
        }
        return {};
    }
};

}  // namespace

TEST_CASE("Telink OTA flashes pvvx firmware and confirms it after the reboot", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.pvvxVersion = 0x47;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    CHECK(before.firmware == TelinkFirmwareKind::Pvvx);
    CHECK(before.pvvxVersion == 0x47);
    CHECK(before.configLatencyMs.value_or(0) == 1000);

    const QByteArray image = TelinkDemoImages::pvvxBle(0x58, 6 * 1024);
    const TelinkOtaResult r = TelinkOta(*rig.link, rig.job.ctx).run(image, before, Rig::options());
    CHECK(r.verified);
    CHECK(r.attempts == 1);
    CHECK(r.after.firmware == TelinkFirmwareKind::Pvvx);
    CHECK(r.after.pvvxVersion == 0x58);
    CHECK(rig.model->otaSuccesses() == 1);
    CHECK(rig.model->runningImage() == image);
    CHECK(r.bytesPerSecond > 0);
}

TEST_CASE("Telink OTA restarts from packet 0 after a flaky start and succeeds", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.flakyStartAttempts = 2;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    const QByteArray image = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    const TelinkOtaResult r = TelinkOta(*rig.link, rig.job.ctx).run(image, before, Rig::options());
    CHECK(r.verified);
    CHECK(r.attempts == 3);
    REQUIRE(r.history.size() == 3);
    CHECK(r.history[0].linkLost);
    CHECK(r.history[0].framesConfirmed == 0);
    CHECK(rig.model->otaAttempts() == 3);
    CHECK(rig.job.text().contains(QStringLiteral("attempt 3 of 4")));
}

TEST_CASE("Telink OTA recovers from a CRC status and reports the status by name", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.forceStatus = 2;
    setup.forceStatusAtIndex = 20;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    const TelinkOtaResult r = TelinkOta(*rig.link, rig.job.ctx).run(TelinkDemoImages::pvvxBle(0x58, 4 * 1024), before, Rig::options());
    CHECK(r.verified);
    CHECK(r.attempts == 2);
    CHECK(r.history[0].status == 2);
    CHECK(r.history[0].code == QStringLiteral("telink.ota.status_2"));
    CHECK(rig.job.text().contains(QStringLiteral("OTA_DATA_CRC_ERR")));
}

TEST_CASE("Telink OTA lowers a long connection latency for the session", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.configLatencyMs = 3000;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    REQUIRE(before.configLatencyMs.value_or(0) == 3000);
    const TelinkOtaResult r = TelinkOta(*rig.link, rig.job.ctx).run(TelinkDemoImages::pvvxBle(0x58, 4 * 1024), before, Rig::options());
    CHECK(r.verified);
    CHECK(r.attempts == 1);
    CHECK(rig.job.text().contains(QStringLiteral("lowered from 3000 ms")));

    // Without the fix the same device loses every start.
    Rig plain(setup);
    const TelinkIdentity id = plain.connectAndIdentify();
    TelinkOtaOptions o = Rig::options();
    o.lowerLatency = false;
    o.maxAttempts = 2;
    const fw::core::Diagnosis d = plain.failure([&] {
        TelinkOta(*plain.link, plain.job.ctx).run(TelinkDemoImages::pvvxBle(0x58, 4 * 1024), id, o);
    });
    CHECK(d.code == QStringLiteral("telink.ota.failed"));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QStringLiteral("latency")));
}

TEST_CASE("Telink OTA on a weak battery ends in a ranked diagnosis with the battery first", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.batteryMv = 2400;
    Rig rig(setup);
    TelinkIdentity before = rig.connectAndIdentify();
    before.batteryMv = 2400;  // as the advert reports it
    TelinkOtaOptions o = Rig::options();
    o.maxAttempts = 2;
    const fw::core::Diagnosis d = rig.failure([&] {
        TelinkOta(*rig.link, rig.job.ctx).run(TelinkDemoImages::pvvxBle(0x58, 4 * 1024), before, o);
    });
    CHECK(d.code == QStringLiteral("telink.ota.failed"));
    CHECK(d.summary.contains(QStringLiteral("safe to try again")));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QStringLiteral("battery")));
    CHECK(d.nextStep.contains(QStringLiteral("CR2032")));
    CHECK(rig.model->otaSuccesses() == 0);
    CHECK(rig.model->personality() == TelinkPersonality::Pvvx);  // still the old firmware
}

TEST_CASE("Telink OTA of a file the device rejects ranks the file first", "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.forceStatus = 6;
    setup.forceStatusAttempts = 100;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    TelinkOtaOptions o = Rig::options();
    o.maxAttempts = 2;
    const fw::core::Diagnosis d = rig.failure([&] {
        TelinkOta(*rig.link, rig.job.ctx).run(TelinkDemoImages::pvvxBle(0x58, 4 * 1024), before, o);
    });
    CHECK(d.code == QStringLiteral("telink.ota.failed"));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QStringLiteral("rejected the file")));
}

TEST_CASE("Telink flash of stock firmware needs the Mi login, then moves to pvvx past a stale cache",
          "[integration][telink]")
{
    Lywsd03mmcSetup setup;
    setup.personality = TelinkPersonality::Stock;
    Rig rig(setup);
    const TelinkIdentity before = rig.connectAndIdentify();
    CHECK(before.firmware == TelinkFirmwareKind::Stock);
    const QByteArray image = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    const fw::core::Diagnosis d = rig.failure([&] { TelinkOta(*rig.link, rig.job.ctx).run(image, before, Rig::options()); });
    CHECK(d.code == QStringLiteral("telink.ota.login_required"));

    rig.model->setLoggedIn(true);
    TelinkOtaOptions o = Rig::options();
    o.miLoggedIn = true;
    const TelinkOtaResult r = TelinkOta(*rig.link, rig.job.ctx).run(image, before, o);
    CHECK(r.verified);
    CHECK(r.after.firmware == TelinkFirmwareKind::Pvvx);
    CHECK_FALSE(r.after.servicesLookStale);  // the cache was dropped before reconnecting
}

TEST_CASE("Telink flash job sends a .zigbee file by extended OTA and the device leaves Bluetooth",
          "[integration][telink]")
{
    Rig rig;
    TelinkFlashRequest req;
    req.path = QStringLiteral("1141-020a-01003001-demo.zigbee");
    req.file = TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 20 * 1024);
    req.ota = Rig::options();
    TelinkFlashJob job(rig.link, rig.model->setup().address, req);
    job.run(rig.job.ctx);
    const QVariantMap out = rig.job.ctx.output();
    CHECK(out.value(QStringLiteral("extended")).toBool());
    CHECK(out.value(QStringLiteral("leftBluetooth")).toBool());
    CHECK(rig.model->personality() == TelinkPersonality::Zigbee);
    CHECK(rig.job.text().contains(QStringLiteral("extended update area ready")));
}

TEST_CASE("Telink flash job refuses a .zigbee file for pvvx before 4.6 and a low battery", "[integration][telink]")
{
    Lywsd03mmcSetup old;
    old.pvvxVersion = 0x44;
    Rig rig(old);
    TelinkFlashRequest req;
    req.path = QStringLiteral("z.zigbee");
    req.file = TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 20 * 1024);
    req.ota = Rig::options();
    TelinkFlashJob job(rig.link, old.address, req);
    const fw::core::Diagnosis d = rig.failure([&] { job.run(rig.job.ctx); });
    CHECK(d.code.startsWith(QStringLiteral("telink.file.")));
    CHECK(rig.model->otaAttempts() == 0);

    Lywsd03mmcSetup weak;
    weak.batteryMv = 2450;
    Rig low(weak);
    TelinkFlashRequest bin;
    bin.path = QStringLiteral("pvvx.bin");
    bin.file = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    bin.ota = Rig::options();
    TelinkFlashJob lowJob(low.link, weak.address, bin);
    const fw::core::Diagnosis b = low.failure([&] { lowJob.run(low.job.ctx); });
    CHECK(b.code == QStringLiteral("telink.battery_low"));
    CHECK(low.model->otaAttempts() == 0);
}
