#include <catch2/catch.hpp>

#include "integration/EspFlashRig.h"
#include "esp/sim/EspPortableStub.h"

#include "fws_stub.h"

using namespace fw::test;

TEST_CASE("Flasher stub: 16 KiB blocks, compressed writes, END commits, raw MD5", "[integration][esp][flashops][stub]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    auto inFlashMode = [&rig] {
        return rig.onSim([](EspRomModel &r) {
            // The ESP8266 simulator runs our stub's portable core.
            auto *stub = dynamic_cast<fw::esp::sim::EspPortableStub *>(r.stub());
            return stub && stub->core().write.active;
        });
    };
    const QByteArray image = firmwareLike(100 * 1024 + 6, 71);
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x10000, image, {});
    CHECK(r.verified);
    CHECK(r.md5 == md5(image + QByteArray(2, char(0xFF))));  // padded to whole words
    CHECK(r.bytesOnWire < image.size());
    CHECK(diff(rig.flash(0x10000, image.size()), image) == "same");
    CHECK_FALSE(inFlashMode());  // the final FLASH_DEFL_END (stay) closed the write

    EspWriteOptions plain;
    plain.compress = false;
    const QByteArray other = randomBytes(40 * 1024, 72);
    const EspWriteReport p = rig.ops->writeFlash(rig.ctx, 0x40000, other, plain);
    CHECK(p.verified);
    CHECK(p.bytesOnWire == 3 * 0x4000);  // three 16 KiB blocks, the last padded
    CHECK(diff(rig.flash(0x40000, other.size()), other) == "same");
    CHECK_FALSE(inFlashMode());

    const EspWriteReport again = rig.ops->writeFlash(rig.ctx, 0x10000, image, {});
    CHECK(again.bytesOnWire == 0);
    CHECK(again.verified);
}

TEST_CASE("Flasher stub: READ_FLASH with acknowledgements and its MD5 frame", "[integration][esp][flashops][stub]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray contents = randomBytes(int(rig.identity.flashSize), 81);
    rig.preload(0, contents);
    const QByteArray part = rig.ops->readFlash(rig.ctx, 0x1000, 300 * 1024 + 100);  // two READ_FLASH pieces
    CHECK(diff(part, contents.mid(0x1000, 300 * 1024 + 100)) == "same");
    const QByteArray all = rig.ops->readFlash(rig.ctx, 0, rig.identity.flashSize);
    CHECK(diff(all, contents) == "same");
}

TEST_CASE("Flasher stub: erase a region and the whole chip", "[integration][esp][flashops][stub]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray contents = randomBytes(0x40000, 91);
    rig.preload(0, contents);
    rig.ops->eraseRegion(rig.ctx, 0x10000, 0x2000);
    CHECK(diff(rig.flash(0x10000, 0x2000), QByteArray(0x2000, char(0xFF))) == "same");
    CHECK(diff(rig.flash(0xF000, 0x1000), contents.mid(0xF000, 0x1000)) == "same");
    CHECK(diff(rig.flash(0x12000, 0x1000), contents.mid(0x12000, 0x1000)) == "same");
    try {
        rig.ops->eraseRegion(rig.ctx, 0x10800, 0x1000);
        FAIL("an unaligned region was accepted");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QStringLiteral("esp.erase.unaligned"));
    }
    rig.ops->eraseFlash(rig.ctx);
    CHECK(diff(rig.flash(0, 0x40000), QByteArray(0x40000, char(0xFF))) == "same");
}

TEST_CASE("Flasher stub: a lost answer restarts the range instead of writing a block twice",
          "[integration][esp][flashops][stub][faults]")
{
    FlashRig rig(esp8266(true), LoaderKind::Stub, ChipKind::Esp8266);
    const QByteArray image = randomBytes(64 * 1024, 101);  // four uncompressed 16 KiB blocks
    FaultPlan plan;
    plan.dropAtByte = 12 + 12 + 5;  // FLASH_BEGIN's 12-byte answer, block 0's, then inside block 1's
    rig.host->setFaultPlan(plan);
    EspWriteOptions o;
    o.skipUnchanged = false;
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x20000, image, o);
    CHECK(r.verified);
    CHECK(diff(rig.flash(0x20000, image.size()), image) == "same");
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("from the start")));
}
