// Fault runs through our own flasher stub (the ESP8266 simulator runs its portable core): every
// run ends with the flash verified by the stub's MD5, or with a clear diagnosis.

#include <catch2/catch.hpp>

#include "integration/EspFlashRig.h"
#include "esp/sim/EspPortableStub.h"

#include "fws_stub.h"

using namespace fw::test;

namespace {

bool stubInFlashMode(FlashRig &rig)
{
    return rig.onSim([](EspRomModel &r) {
        auto *stub = dynamic_cast<fw::esp::sim::EspPortableStub *>(r.stub());
        return stub && stub->core().write.active;
    });
}

}  // namespace

TEST_CASE("Our stub: a compressed block damaged on the line is refused (C1), sent again and verified",
          "[integration][esp][stub][faults]")
{
    FlashRig rig(esp8266(true, 1), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray image = firmwareLike(160 * 1024, 81);
    EspWriteOptions o;
    o.skipUnchanged = false;
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x20000, image, o);
    CHECK(r.verified);
    CHECK(diff(rig.flash(0x20000, image.size()), image) == "same");
    CHECK(rig.onSim([](EspRomModel &m) { return m.corruptedBlocks(); }) == 1);
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("C1")));
    CHECK_FALSE(stubInFlashMode(rig));
}

TEST_CASE("Our stub: a byte lost on the way to the chip is caught and the write still verifies",
          "[integration][esp][stub][faults]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray image = randomBytes(20 * 1024, 82) + firmwareLike(60 * 1024, 83);
    FaultPlan plan;
    plan.applyToHostToDevice = true;
    plan.dropAtByte = 40 + 9000;  // inside the first 16 KiB data block
    rig.host->setFaultPlan(plan);
    EspWriteOptions o;
    o.skipUnchanged = false;
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x40000, image, o);
    CHECK(r.verified);
    CHECK(diff(rig.flash(0x40000, image.size()), image) == "same");
    CHECK_FALSE(rig.logText(LogLevel::Warning).isEmpty());
}

TEST_CASE("Our stub: a lost answer restarts the compressed range, never feeding the stream twice",
          "[integration][esp][stub][faults]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray image = randomBytes(30 * 1024, 84) + firmwareLike(90 * 1024, 85);
    FaultPlan plan;
    // Answers are 12 bytes: FLASH_DEFL_BEGIN's, then one per block; byte 30 is in block 1's.
    plan.dropAtByte = 30;
    rig.host->setFaultPlan(plan);
    EspWriteOptions o;
    o.skipUnchanged = false;
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x80000, image, o);
    CHECK(r.verified);
    CHECK(diff(rig.flash(0x80000, image.size()), image) == "same");
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("from the start")));
}

TEST_CASE("Our stub: a backup survives a damaged packet and comes back byte-exact",
          "[integration][esp][stub][faults]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray content = firmwareLike(64 * 1024, 86);
    rig.onSim([&](EspRomModel &m) { return m.flash().program(0x10000, content); });
    FaultPlan plan;
    plan.corruptAtByte = 20 + 5000;  // inside the second packet of the read
    rig.host->setFaultPlan(plan);
    const QByteArray back = rig.ops->readFlash(rig.ctx, 0x10000, content.size());
    CHECK(diff(back, content) == "same");
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("again")));  // the piece was asked for again
}

TEST_CASE("Our stub: unplugged mid compressed write gives the connection-lost diagnosis",
          "[integration][esp][stub][faults]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    FaultPlan plan;
    plan.applyToHostToDevice = true;
    plan.disconnectAfterBytes = 30000;
    rig.host->setFaultPlan(plan);
    Diagnosis d;
    try {
        EspWriteOptions o;
        o.skipUnchanged = false;
        rig.ops->writeFlash(rig.ctx, 0, randomBytes(128 * 1024, 87), o);
    } catch (const JobError &e) {
        d = e.diagnosis();
    }
    CHECK(d.code == QStringLiteral("serial.unplugged"));
}
