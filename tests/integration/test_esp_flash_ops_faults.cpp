#include <catch2/catch.hpp>

#include "integration/EspFlashRig.h"

using namespace fw::test;

namespace {

// An ESP32 whose flash does not keep what it is given: write-protected (every data block is
// acknowledged and dropped) or with a weak cell (one bit of one block comes out wrong).
class FaultyFlashEsp32 : public Esp32RomModel {
public:
    enum class Fault { WriteProtected, WeakBit };
    FaultyFlashEsp32(const Options &o, Fault fault) : Esp32RomModel(o), m_fault(fault) {}

protected:
    void handle(const LoaderRequest &req) override
    {
        if (req.opcode != 0x03) {
            Esp32RomModel::handle(req);
            return;
        }
        if (m_fault == Fault::WriteProtected) {
            reply(req);
            return;
        }
        LoaderRequest damaged = req;
        if (!m_damaged && damaged.data.size() > 100) {
            damaged.data[100] = char(damaged.data[100] ^ 0x01);
            damaged.checksum = LoaderRequest::dataChecksum(damaged.data.mid(16));
            m_damaged = true;
        }
        Esp32RomModel::handle(damaged);
    }

private:
    Fault m_fault;
    bool m_damaged = false;
};

std::unique_ptr<FaultyFlashEsp32> faultyEsp32(FaultyFlashEsp32::Fault fault)
{
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    return std::make_unique<FaultyFlashEsp32>(o, fault);
}

}  // namespace

TEST_CASE("Lost reply bytes: the block is sent again and the write still verifies", "[integration][esp][flashops][faults]")
{
    SECTION("ESP32 ROM, compressed: a block whose answer was lost is not sent twice; the range starts over")
    {
        FlashRig rig(esp32(), LoaderKind::Esp32Rom, ChipKind::Esp32);
        const QByteArray image = randomBytes(6 * 1024, 41) + firmwareLike(40 * 1024, 42);
        FaultPlan plan;
        // Replies are 14 bytes (4 status bytes): FLASH_DEFL_BEGIN, then one per block. Byte 33
        // is inside the reply to block 1.
        plan.dropAtByte = 33;
        rig.host->setFaultPlan(plan);
        EspWriteOptions o;
        o.skipUnchanged = false;
        const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x20000, image, o);
        CHECK(r.verified);
        CHECK(diff(rig.flash(0x20000, image.size()), image) == "same");
        const QString warnings = rig.logText(LogLevel::Warning);
        CHECK(warnings.contains(QStringLiteral("from the start")));
        CHECK_FALSE(warnings.contains(QStringLiteral("sending it again")));
    }
    SECTION("ESP8266 ROM: the block is simply written again")
    {
        FlashRig rig(esp8266(), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
        const QByteArray image = firmwareLike(12 * 1024, 43);
        FaultPlan plan;
        plan.dropAtByte = 12 + 12 * 3 + 5;  // FLASH_BEGIN's reply, then 12 bytes per block
        rig.host->setFaultPlan(plan);
        const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x10000, image, {});
        CHECK_FALSE(r.verified);
        CHECK(diff(rig.flash(0x10000, image.size()), image) == "same");
        CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("sending it again")));
    }
}

TEST_CASE("A block corrupted on the way is refused by its checksum and sent again", "[integration][esp][flashops][faults]")
{
    FlashRig rig(esp8266(), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
    const QByteArray image = QByteArray(8 * 1024, char(0x42));  // no byte needs SLIP escaping
    FaultPlan plan;
    plan.applyToHostToDevice = true;
    // FLASH_BEGIN is a 26-byte frame; then C0, 8 header and 16 sub-header bytes of block 0.
    plan.corruptAtByte = 26 + 1 + 8 + 16 + 300;
    rig.host->setFaultPlan(plan);
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x30000, image, {});
    CHECK(diff(rig.flash(0x30000, image.size()), image) == "same");
    CHECK_FALSE(r.verified);
    const QString warnings = rig.logText(LogLevel::Warning);
    CHECK(warnings.contains(QStringLiteral("0107")));  // the ROM's "checksum error" status
    CHECK(warnings.contains(QStringLiteral("sending it again")));
}

TEST_CASE("Unplugged mid-write: a connection-lost diagnosis, no pointless retries", "[integration][esp][flashops][faults]")
{
    FlashRig rig(esp8266(), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
    FaultPlan plan;
    plan.applyToHostToDevice = true;
    plan.disconnectAfterBytes = 20000;
    rig.host->setFaultPlan(plan);
    Diagnosis d;
    try {
        rig.ops->writeFlash(rig.ctx, 0, firmwareLike(64 * 1024, 51), {});
    } catch (const JobError &e) {
        d = e.diagnosis();
    }
    CHECK(d.code == QStringLiteral("serial.unplugged"));
    CHECK(d.summary.contains(QStringLiteral("lost")));
    CHECK_FALSE(rig.logText(LogLevel::Warning).contains(QStringLiteral("sending it again")));
}

TEST_CASE("ESP8266 ROM: the simulator's damaged data block is refused (0107) and sent again", "[integration][esp][flashops][faults]")
{
    FlashRig rig(esp8266(false, 2), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
    const QByteArray image = firmwareLike(8 * 1024, 61);
    rig.ops->writeFlash(rig.ctx, 0x10000, image, {});
    CHECK(diff(rig.flash(0x10000, image.size()), image) == "same");
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("0107")));
}

TEST_CASE("Verification tells an empty region from wrong data", "[integration][esp][flashops][faults]")
{
    EspWriteOptions plain;
    plain.compress = false;
    const QByteArray image = firmwareLike(16 * 1024, 111);
    SECTION("write-protected flash: the written region is empty")
    {
        FlashRig rig(faultyEsp32(FaultyFlashEsp32::Fault::WriteProtected), LoaderKind::Esp32Rom, ChipKind::Esp32);
        try {
            rig.ops->writeFlash(rig.ctx, 0x10000, image, plain);
            FAIL("a write that never reached the flash was reported as good");
        } catch (const JobError &e) {
            CHECK(e.diagnosis().code == QStringLiteral("esp.write.verify_empty"));
            CHECK(e.diagnosis().summary.contains(QStringLiteral("empty")));
            CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
        }
    }
    SECTION("one wrong bit: the checksums differ")
    {
        FlashRig rig(faultyEsp32(FaultyFlashEsp32::Fault::WeakBit), LoaderKind::Esp32Rom, ChipKind::Esp32);
        try {
            rig.ops->writeFlash(rig.ctx, 0x10000, image, plain);
            FAIL("a damaged write was reported as good");
        } catch (const JobError &e) {
            CHECK(e.diagnosis().code == QStringLiteral("esp.write.verify_failed"));
            CHECK(e.diagnosis().summary.contains(QStringLiteral("MD5")));
        }
    }
}
