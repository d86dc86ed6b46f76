#include <catch2/catch.hpp>

#include "integration/EspFlashRig.h"
#include "esp/Esp8266RomWritePlan.h"
#include "esp/EspDeflate.h"
#include "esp/EspTimeouts.h"

using namespace fw::test;

TEST_CASE("ESP8266 ROM write plan erases exactly the sectors written", "[unit][esp]")
{
    for (qint64 start : {0, 1, 5, 14, 15, 16, 33, 255}) {
        for (qint64 n : {1, 2, 3, 4, 5, 7, 15, 16, 17, 29, 30, 31, 32, 33, 100, 256}) {
            CAPTURE(start, n);
            const qint64 offset = start * 4096;
            const qint64 length = n * 4096 - 100;  // the last sector only partly used
            qint64 erasedFrom = -1, erasedTo = -1, dataEnd = offset;
            for (const Esp8266RomWritePlan::Step &s : Esp8266RomWritePlan::plan(offset, length)) {
                CHECK(s.offset == dataEnd);  // steps follow each other without gaps
                dataEnd = s.offset + s.length;
                // What the simulated ROM erases for this FLASH_BEGIN.
                const qint64 erased = Esp8266RomModel::romEraseLength(s.offset, s.eraseSize);
                erasedFrom = erasedFrom < 0 ? s.offset : std::min(erasedFrom, s.offset);
                erasedTo = std::max(erasedTo, s.offset + erased);
            }
            CHECK(dataEnd == offset + length);
            CHECK(erasedFrom == offset);
            if (n == 1) {
                CHECK(erasedTo == offset + 2 * 4096);
                CHECK(Esp8266RomWritePlan::overErases(offset, length));
            } else {
                CHECK(erasedTo == offset + n * 4096);
                CHECK_FALSE(Esp8266RomWritePlan::overErases(offset, length));
            }
        }
    }
}

TEST_CASE("ESP timeouts scale with size, deflate blocks account for every byte", "[unit][esp]")
{
    CHECK(EspTimeouts::eraseRegion(4096) == EspTimeouts::DefaultMs);
    CHECK(EspTimeouts::eraseRegion(1024 * 1024) == 40000);
    CHECK(EspTimeouts::md5(4 * 1024 * 1024) == 32000);
    CHECK(EspTimeouts::eraseRegion(qint64(16) * 1024 * 1024) == EspTimeouts::MaxMs);
    CHECK(EspTimeouts::compressedBlock(1024 * 1024, false) == 40000);
    CHECK(EspTimeouts::compressedBlock(1024 * 1024, true) > 40000);

    const QByteArray data = firmwareLike(300 * 1024, 7) + QByteArray(200 * 1024, char(0xFF));
    const std::optional<QByteArray> z = EspDeflate::compress(data);
    REQUIRE(z);
    CHECK(z->size() < data.size() / 2);
    const QList<qint64> sizes = EspDeflate::inflatedSizes(*z, 0x400);
    CHECK(sizes.size() == (z->size() + 0x3FF) / 0x400);
    qint64 sum = 0;
    for (qint64 s : sizes)
        sum += s;
    CHECK(sum == data.size());
    CHECK(EspDeflate::inflatedSizes(QByteArray(200, 'x'), 0x400).isEmpty());  // not a zlib header
}

TEST_CASE("EspFlashOps merges changed 64 KiB regions into runs", "[unit][esp]")
{
    using R = EspFlashOps::Range;
    const qint64 K = 0x10000;
    CHECK(EspFlashOps::mergeChanged({false, true, true, false, true}, K, 5 * K - 10)
          == QList<R>{{K, 2 * K}, {4 * K, K - 10}});
    CHECK(EspFlashOps::mergeChanged({false, false}, K, 2 * K).isEmpty());
    CHECK(EspFlashOps::mergeChanged({true, true, true}, K, 3 * K) == QList<R>{{0, 3 * K}});
}

TEST_CASE("ESP32 ROM: compressed write, MD5 verify, neighbours untouched", "[integration][esp][flashops]")
{
    FlashRig rig(esp32(), LoaderKind::Esp32Rom, ChipKind::Esp32);
    const QByteArray before = randomBytes(0x1000, 1);
    const QByteArray after = randomBytes(0x1000, 2);
    rig.preload(0xF000, before);
    rig.preload(0x10000 + 0x19000, after);
    const QByteArray image = firmwareLike(100 * 1024, 3);  // 0x19000 bytes
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0x10000, image, {});
    CHECK(r.bytes == image.size());
    CHECK(r.verified);
    CHECK(r.md5 == md5(image));
    CHECK(r.bytesOnWire > 0);
    CHECK(r.bytesOnWire < image.size() * 3 / 4);  // compressed
    CHECK(diff(rig.flash(0x10000, image.size()), image) == "same");
    CHECK(diff(rig.flash(0xF000, 0x1000), before) == "same");
    CHECK(diff(rig.flash(0x29000, 0x1000), after) == "same");
    const JobProgress p = rig.ctx.snapshot();
    CHECK(p.total == image.size());
    CHECK(p.done == image.size());

    SECTION("without compression the same bytes arrive")
    {
        const QByteArray other = firmwareLike(20 * 1024, 4);
        EspWriteOptions o;
        o.compress = false;
        const EspWriteReport u = rig.ops->writeFlash(rig.ctx, 0x40000, other, o);
        CHECK(u.verified);
        CHECK(u.bytesOnWire == 20 * 1024);
        CHECK(diff(rig.flash(0x40000, other.size()), other) == "same");
    }
    SECTION("random data is sent uncompressed because zlib would only grow it")
    {
        const QByteArray noise = randomBytes(8 * 1024, 9);
        const EspWriteReport u = rig.ops->writeFlash(rig.ctx, 0x50000, noise, {});
        CHECK(u.bytesOnWire == noise.size());
        CHECK(diff(rig.flash(0x50000, noise.size()), noise) == "same");
    }
}

TEST_CASE("ESP32 ROM: a second write of the same image sends nothing, a change sends one region",
          "[integration][esp][flashops]")
{
    FlashRig rig(esp32(), LoaderKind::Esp32Rom, ChipKind::Esp32);
    QByteArray image = firmwareLike(256 * 1024, 5);
    const EspWriteReport first = rig.ops->writeFlash(rig.ctx, 0, image, {});
    REQUIRE(first.verified);

    const quint64 sentBefore = rig.host->bytesReceived();
    const EspWriteReport again = rig.ops->writeFlash(rig.ctx, 0, image, {});
    CHECK(again.verified);
    CHECK(again.bytesOnWire == 0);
    CHECK(again.bytesSkipped == image.size());
    // One MD5 request (about 26 bytes) per 64 KiB region, and nothing else.
    CHECK(rig.host->bytesReceived() - sentBefore < quint64(image.size() / 0x10000) * 40);

    image.replace(0x21000, 0x800, randomBytes(0x800, 6));  // inside the third 64 KiB region
    const EspWriteReport changed = rig.ops->writeFlash(rig.ctx, 0, image, {});
    CHECK(changed.verified);
    CHECK(changed.bytesSkipped == image.size() - 0x10000);
    CHECK(diff(rig.flash(0, image.size()), image) == "same");

    EspWriteOptions all;
    all.skipUnchanged = false;
    const EspWriteReport full = rig.ops->writeFlash(rig.ctx, 0, image, all);
    CHECK(full.bytesSkipped == 0);
    CHECK(full.verified);
}

TEST_CASE("ESP8266 ROM: uncompressed write erases exactly what it needs", "[integration][esp][flashops]")
{
    FlashRig rig(esp8266(), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
    // Old data everywhere around the writes; the ROM over-erases unless the sizes are corrected.
    const QByteArray old = randomBytes(0x40000, 11);
    rig.preload(0x20000, old);
    QByteArray expected = old;  // what 0x20000..0x60000 should hold after each write
    struct Case {
        qint64 offset;
        qint64 length;
    };
    const Case cases[] = {
        {0x21000, 3 * 4096 - 100},   // odd count inside the first 64 KiB: two steps
        {0x2E000, 4 * 4096},         // crosses the 64 KiB boundary
        {0x30000, 17 * 4096 + 10},   // more than twice the head
        {0x45000, 2 * 4096},
    };
    for (const Case &c : cases) {
        CAPTURE(c.offset, c.length);
        const QByteArray image = firmwareLike(int(c.length), quint32(c.offset));
        const EspWriteReport r = rig.ops->writeFlash(rig.ctx, c.offset, image, {});
        CHECK_FALSE(r.verified);
        CHECK(r.bytesOnWire == (c.length + 0x3FF) / 0x400 * 0x400);  // never compressed
        CHECK(diff(rig.flash(c.offset, c.length), image) == "same");
        const qint64 end = (c.offset + c.length + 4095) / 4096 * 4096;
        // The rest of the last sector is erased; everything around it keeps its bytes.
        expected.replace(c.offset - 0x20000, end - c.offset, QByteArray(image + QByteArray(end - c.offset - c.length, char(0xFF))));
        CHECK(diff(rig.flash(0x20000, expected.size()), expected) == "same");
    }
    CHECK(rig.logText(LogLevel::Warning).contains(QStringLiteral("could not be verified")));
}

TEST_CASE("ESP8266 ROM cannot read, hash or erase: clear refusals", "[integration][esp][flashops]")
{
    FlashRig rig(esp8266(), LoaderKind::Esp8266Rom, ChipKind::Esp8266);
    auto codeOf = [](const std::function<void()> &fn) {
        try {
            fn();
        } catch (const JobError &e) {
            CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
            return e.diagnosis();
        }
        return Diagnosis{};
    };
    const Diagnosis read = codeOf([&] { rig.ops->readFlash(rig.ctx, 0, 4096); });
    CHECK(read.code == QStringLiteral("esp.read.unsupported"));
    CHECK(read.summary.contains(QStringLiteral("cannot read flash")));
    CHECK(read.summary.contains(QStringLiteral("stub")));
    CHECK(codeOf([&] { rig.ops->flashMd5(rig.ctx, 0, 4096); }).code == QStringLiteral("esp.md5.unsupported"));
    CHECK(codeOf([&] { rig.ops->eraseFlash(rig.ctx); }).code == QStringLiteral("esp.erase.unsupported"));
    CHECK(codeOf([&] { rig.ops->eraseRegion(rig.ctx, 0, 4096); }).code == QStringLiteral("esp.erase.unsupported"));
    CHECK(codeOf([&] { rig.ops->writeFlash(rig.ctx, 0x800, QByteArray(16, 'x'), {}); }).code
          == QStringLiteral("esp.write.unaligned"));
    CHECK(codeOf([&] { rig.ops->writeFlash(rig.ctx, 0xFF000, QByteArray(0x2000, 'x'), {}); }).code
          == QStringLiteral("esp.range.invalid"));
    // Nothing was sent that changed the chip: still in its loader and answering.
    CHECK(rig.loader->tryCommand(Command::sync(), 500).has_value());
}

TEST_CASE("ESP32 ROM reads flash 64 bytes at a time and checks it by MD5", "[integration][esp][flashops]")
{
    FlashRig rig(esp32(0xC84012), LoaderKind::Esp32Rom, ChipKind::Esp32);  // 256 KB
    const QByteArray contents = randomBytes(int(rig.identity.flashSize), 21);
    rig.preload(0, contents);
    const QByteArray part = rig.ops->readFlash(rig.ctx, 0x10000, 0x10000 + 100);
    CHECK(diff(part, contents.mid(0x10000, 0x10000 + 100)) == "same");
    CHECK(rig.ops->flashMd5(rig.ctx, 0, contents.size()) == md5(contents));
    CHECK_THROWS_AS(rig.ops->eraseFlash(rig.ctx), JobError);
}

TEST_CASE("ESP32 ROM: a whole-flash backup restores byte-exact", "[integration][esp][flashops]")
{
    FlashRig rig(esp32(0xC84012), LoaderKind::Esp32Rom, ChipKind::Esp32);  // 256 KB keeps 64-byte reads short
    const QByteArray contents = firmwareLike(int(rig.identity.flashSize), 31);
    rig.preload(0, contents);
    const QByteArray backup = rig.ops->readFlash(rig.ctx, 0, rig.identity.flashSize);
    REQUIRE(diff(backup, contents) == "same");

    // The device gets other firmware, then the backup goes back.
    rig.ops->writeFlash(rig.ctx, 0, firmwareLike(100 * 1024, 32), {});
    REQUIRE(rig.flash(0, 100 * 1024) != contents.left(100 * 1024));
    const EspWriteReport r = rig.ops->writeFlash(rig.ctx, 0, backup, {});
    CHECK(r.verified);
    CHECK(r.bytesSkipped >= contents.size() - 2 * 0x10000);  // only the regions that changed
    CHECK(diff(rig.flash(0, contents.size()), contents) == "same");
}
