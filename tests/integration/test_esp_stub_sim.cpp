// The simulated flasher stub (EspStubModel) behind both ROM models, driven over a pty with
// requests built by hand from esp.md §1 and §4, not with the flasher's codec.
#include <catch2/catch.hpp>

#include "core/Diagnosis.h"
#include "core/SerialLink.h"
#include "core/sim/PtySimHost.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "esp/sim/EspStubModel.h"
#include "support/EspSimTestLink.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <zlib.h>

#include <chrono>
#include <future>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::esp::sim;
using namespace fw::test;

namespace {

QByteArray pattern(int n, int seed)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(char((i * 13 + seed + i / 509) & 0xFF));
    return b;
}

QByteArray zlibCompress(const QByteArray &in)
{
    uLongf n = compressBound(uLong(in.size()));
    QByteArray z(int(n), '\0');
    REQUIRE(compress2(reinterpret_cast<Bytef *>(z.data()), &n, reinterpret_cast<const Bytef *>(in.constData()),
                      uLong(in.size()), 9)
            == Z_OK);
    z.truncate(int(n));
    return z;
}

// Bytes that do not compress (a linear congruential sequence).
QByteArray noise(int n, quint32 seed)
{
    QByteArray b;
    for (int i = 0; i < n; ++i) {
        seed = seed * 1664525u + 1013904223u;
        b.append(char(seed >> 24));
    }
    return b;
}

QByteArray md5(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); }

// A host on the pty: keeps every complete SLIP frame, replies and raw data alike.
using Rig = EspSimTestLink;
using Reply = SlipReply;

Esp8266RomModel::Options opts8266(bool stub = false)
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = stub;
    return o;
}

Esp32RomModel::Options opts32(bool stub = false)
{
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = stub;
    return o;
}

const QByteArray kOk2 = QByteArray(2, '\0');

// MEM_BEGIN/MEM_DATA/MEM_END(0, entry) as esptool uploads its stub (esp.md §4.1).
void uploadStub(Rig &rig, quint32 address, const QByteArray &code, quint32 entry, int status)
{
    const quint32 block = 0x1800;
    const quint32 blocks = quint32((code.size() + block - 1) / block);
    rig.send(request(0x05, words({quint32(code.size()), blocks, block, address})));
    REQUIRE(rig.waitReply(0x05).data == QByteArray(status, '\0'));
    for (quint32 seq = 0; seq < blocks; ++seq) {
        rig.send(dataRequest(0x07, seq, code.mid(seq * block, block)));
        REQUIRE(rig.waitReply(0x07).data == QByteArray(status, '\0'));
    }
    rig.send(request(0x06, words({0, entry})));
}

// The stub must be running; writes `image` at `offset` with FLASH_BEGIN/DATA (0x4000 blocks).
void stubWrite(Rig &rig, quint32 offset, const QByteArray &image)
{
    const quint32 block = 0x4000;
    const quint32 blocks = quint32((image.size() + block - 1) / block);
    rig.send(request(0x02, words({quint32(image.size()), blocks, block, offset})));
    REQUIRE(rig.waitReply(0x02).data == kOk2);
    for (quint32 seq = 0; seq < blocks; ++seq) {
        QByteArray chunk = image.mid(seq * block, block);
        chunk.append(QByteArray(block - chunk.size(), char(0xFF)));
        rig.send(dataRequest(0x03, seq, chunk));
        REQUIRE(rig.waitReply(0x03).data == kOk2);
    }
}

}  // namespace

TEST_CASE("Stub upload: MEM_END with an entry point answers, then OHAI, SYNC then carries value 0",
          "[integration][esp][sim][stub]")
{
    SECTION("ESP8266")
    {
        Rig rig(std::make_unique<Esp8266RomModel>(opts8266()));
        rig.drain();
        rig.send(syncRequest());
        REQUIRE(rig.waitReplies(0x08, 8).size() == 8);
        rig.drain();
        uploadStub(rig, 0x4010D000, pattern(0x2054, 1), 0x4010D004, 2);
        // The ROM's reply header still holds the value of the last SYNC.
        const QByteArray memEnd = rig.nextFrame();
        CHECK(memEnd == QByteArray::fromHex("0106020007071220" "0000"));
        CHECK(rig.nextFrame() == QByteArray("OHAI"));
        CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); })
              == EspRomModel::State::Stub);
        rig.send(syncRequest());
        const QList<Reply> syncs = rig.waitReplies(0x08, 8);
        REQUIRE(syncs.size() == 8);
        for (const Reply &r : syncs) {
            CHECK(r.value == 0u);
            CHECK(r.data == kOk2);
        }
    }
    SECTION("ESP32: the ROM's 4 status bytes become the stub's 2")
    {
        Rig rig(std::make_unique<Esp32RomModel>(opts32()));
        rig.drain();
        uploadStub(rig, 0x400BE000, pattern(3540, 2), 0x400BE658, 4);
        CHECK(rig.waitReply(0x06).data == QByteArray(4, '\0'));
        CHECK(rig.nextFrame() == QByteArray("OHAI"));
        rig.send(request(0x0A, words({0x40001000})));
        const Reply magic = rig.waitReply(0x0A);
        CHECK(magic.value == 0x00F01D83u);
        CHECK(magic.data == kOk2);
        // SPI_ATTACH takes one word in the stub; the ROM's two-word form is a wrong length.
        rig.send(request(0x0D, words({0})));
        CHECK(rig.waitReply(0x0D).data == kOk2);
        rig.send(request(0x0D, words({0, 0})));
        CHECK(rig.waitReply(0x0D).data == QByteArray::fromHex("0100"));
    }
}

TEST_CASE("MEM_END into RAM nobody loaded crashes the chip back into the ROM", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266()));
    rig.drain();
    uploadStub(rig, 0x4010D000, pattern(64, 3), 0x40100000, 2);
    CHECK(rig.waitReply(0x06).data == kOk2);
    rig.readFor(200);
    CHECK_FALSE(rig.frames.contains(QByteArray("OHAI")));
    // The restart prints its boot text (at 74880 baud, noise here) and waits in the loader.
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.bootCount(); }) == 2);
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); })
          == EspRomModel::State::Download);
}

TEST_CASE("A stub left running answers SYNC with value 0 and prints no boot text", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp32RomModel>(opts32(true)));
    CHECK(rig.readFor(100).isEmpty());
    rig.send(syncRequest());
    const QList<Reply> syncs = rig.waitReplies(0x08, 8);
    REQUIRE(syncs.size() == 8);
    CHECK(syncs.first().value == 0u);
    CHECK(syncs.first().data == kOk2);
    // A wrong SYNC length is the stub's "bad data length".
    rig.send(request(0x08, QByteArray(8, 0x55)));
    CHECK(rig.waitReply(0x08).data == QByteArray::fromHex("C000"));
}

TEST_CASE("Stub READ_FLASH: one 4 KiB packet per acknowledgement with a window of 1, then the raw MD5",
          "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
    const QByteArray stored = pattern(10000, 7) + QByteArray::fromHex("C0DBC0DB");
    rig.onSim<Esp8266RomModel>([&](Esp8266RomModel &m) { return m.flash().program(0x3000, stored); });
    rig.drain();

    // The ESP8266 simulator runs our stub, which counts max_in_flight in packets.
    rig.send(request(0xD2, words({0x3000, quint32(stored.size()), 0x1000, 1})));
    // Status first, byte for byte: 01 D2 0200 00000000 00 00.
    QByteArray first = rig.nextFrame();
    CHECK(first == QByteArray::fromHex("01D2020000000000" "0000"));
    // Then exactly one packet until it is acknowledged.
    QByteArray p0 = rig.nextFrame();
    CHECK(p0 == stored.left(0x1000));
    rig.readFor(200);
    CHECK(rig.frames.isEmpty());

    QByteArray got = p0;
    QByteArray ack;
    putU32(ack, quint32(got.size()));
    rig.send(slip(ack));
    while (got.size() < stored.size()) {
        const QByteArray p = rig.nextFrame();
        REQUIRE(!p.isEmpty());
        got += p;
        QByteArray a;
        putU32(a, quint32(got.size()));
        rig.send(slip(a));
    }
    CHECK(got == stored);
    const QByteArray digest = rig.nextFrame();
    CHECK(digest == md5(stored));
    // The last packet was the remainder, and the stub is back to taking commands.
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReply(0x0A).value == 0xFFF0C101u);
}

TEST_CASE("Stub READ_FLASH: a larger window keeps several packets in flight, a stray frame ends it",
          "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp32RomModel>(opts32(true)));
    const QByteArray stored = pattern(0x4000, 9);
    rig.onSim<Esp32RomModel>([&](Esp32RomModel &m) { return m.flash().program(0x10000, stored); });
    rig.drain();
    rig.send(request(0xD2, words({0x10000, 0x4000, 0x1000, 0x2000})));
    CHECK(rig.nextFrame() == QByteArray::fromHex("01D2020000000000" "0000"));
    CHECK(rig.nextFrame() == stored.left(0x1000));
    CHECK(rig.nextFrame() == stored.mid(0x1000, 0x1000));
    rig.readFor(150);
    CHECK(rig.frames.isEmpty());
    // A command instead of an acknowledgement: the stub stops and sends the MD5 of what it sent.
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.nextFrame() == md5(stored.left(0x2000)));
    rig.readFor(100);
    CHECK(rig.frames.isEmpty());  // that frame was consumed
    CHECK_FALSE(rig.onSim<Esp32RomModel>([](Esp32RomModel &m) {
        return static_cast<EspStubModel *>(m.stub())->readingFlash();
    }));
}

TEST_CASE("Stub compressed write: inflated across blocks, erased just in time, raw MD5", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
    // Data all around the target so that any over-erase shows.
    rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().program(0, QByteArray(0x40000, '\0')); });
    rig.drain();
    const quint32 offset = 0x11000;
    const QByteArray image = noise(50000, 5) + QByteArray(20000, char(0xFF)) + pattern(3001, 6);
    const QByteArray z = zlibCompress(image);
    const quint32 block = 0x4000;
    const quint32 blocks = quint32((z.size() + block - 1) / block);
    REQUIRE(blocks >= 2);
    // The stub takes the uncompressed size itself (not rounded to blocks).
    rig.send(request(0x10, words({quint32(image.size()), blocks, block, offset})));
    REQUIRE(rig.waitReply(0x10).data == kOk2);
    for (quint32 seq = 0; seq < blocks; ++seq) {
        rig.send(dataRequest(0x11, seq, z.mid(seq * block, block)));
        REQUIRE(rig.waitReply(0x11).data == kOk2);
    }
    rig.send(request(0x13, words({offset, quint32(image.size()), 0, 0})));
    const Reply digest = rig.waitReply(0x13);
    CHECK(digest.data == md5(image) + kOk2);
    rig.send(request(0x12, words({1})));  // stay in the stub
    CHECK(rig.waitReply(0x12).data == kOk2);
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); }) == EspRomModel::State::Stub);

    const QByteArray flash = rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().read(0, 0x40000); });
    CHECK(flash.mid(offset, image.size()) == image);
    // Exactly the sectors the data touches were erased: 0x11000 .. 0x23000.
    const qint64 end = offset + image.size();
    const qint64 erasedEnd = (end + 0xFFF) / 0x1000 * 0x1000;
    CHECK(flash.mid(end, erasedEnd - end) == QByteArray(erasedEnd - end, char(0xFF)));
    CHECK(flash.left(offset) == QByteArray(offset, '\0'));
    CHECK(flash.mid(erasedEnd, 0x1000) == QByteArray(0x1000, '\0'));
}

TEST_CASE("Stub uncompressed write: 16 KiB blocks, padding cut off, no over-erase", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp32RomModel>(opts32(true)));
    rig.onSim<Esp32RomModel>([](Esp32RomModel &m) { return m.flash().program(0, QByteArray(0x30000, '\0')); });
    rig.drain();
    const QByteArray image = pattern(0x4000 + 1000, 11);
    stubWrite(rig, 0x1000, image);
    rig.send(request(0x04, words({1})));
    CHECK(rig.waitReply(0x04).data == kOk2);
    const QByteArray flash = rig.onSim<Esp32RomModel>([](Esp32RomModel &m) { return m.flash().read(0, 0x30000); });
    CHECK(flash.mid(0x1000, image.size()) == image);
    CHECK(flash.left(0x1000) == QByteArray(0x1000, '\0'));
    const qint64 end = 0x1000 + image.size();
    CHECK(flash.mid(end, 0x6000 - end) == QByteArray(0x6000 - end, char(0xFF)));
    CHECK(flash.mid(0x6000, 0x1000) == QByteArray(0x1000, '\0'));  // the padding went nowhere
}

TEST_CASE("Stub erase: ERASE_REGION wants whole sectors, ERASE_FLASH takes everything", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
    rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().program(0, QByteArray(0x100000, '\0')); });
    rig.drain();
    auto erased = [&](quint32 at, quint32 n) {
        return rig.onSim<Esp8266RomModel>(
            [at, n](Esp8266RomModel &m) { return m.flash().read(at, n) == QByteArray(n, char(0xFF)); });
    };
    rig.send(request(0xD1, words({0x1800, 0x1000})));
    CHECK(rig.waitReply(0xD1).data == QByteArray::fromHex("0100"));
    rig.send(request(0xD1, words({0x2000, 0x1800})));
    CHECK(rig.waitReply(0xD1).data == QByteArray::fromHex("0100"));
    rig.send(request(0xD1, words({0x2000})));
    CHECK(rig.waitReply(0xD1).data == QByteArray::fromHex("0100"));
    CHECK_FALSE(erased(0x1000, 0x1000));
    CHECK_FALSE(erased(0x2000, 0x1000));

    rig.send(request(0xD1, words({0xE000, 0x13000})));
    CHECK(rig.waitReply(0xD1).data == kOk2);
    CHECK(erased(0xE000, 0x13000));
    CHECK_FALSE(erased(0xD000, 0x1000));
    CHECK_FALSE(erased(0x21000, 0x1000));
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().blockErases(); }) == 1);

    rig.send(request(0xD0, {}));
    CHECK(rig.waitReply(0xD0).data == kOk2);
    CHECK(erased(0, 0x100000));
}

TEST_CASE("Stub status codes: not in flash mode, block size, length, unknown command, inflate",
          "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp32RomModel>(opts32(true)));
    rig.drain();
    rig.send(dataRequest(0x03, 0, QByteArray(16, 'x')));
    CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("C600"));
    rig.send(request(0x04, words({1})));
    CHECK(rig.waitReply(0x04).data == QByteArray::fromHex("C600"));
    rig.send(request(0x02, words({0x1000, 1, 0x8000, 0})));
    CHECK(rig.waitReply(0x02).data == QByteArray::fromHex("C200"));
    rig.send(request(0x0E, words({0, 64})));  // READ_FLASH_SLOW is a ROM command
    CHECK(rig.waitReply(0x0E).data == QByteArray::fromHex("FF00"));
    rig.send(request(0x14, {}));
    CHECK(rig.waitReply(0x14).data == QByteArray::fromHex("FF00"));
    rig.send(request(0x0A, words({0x40001000, 0})));
    CHECK(rig.waitReply(0x0A).data == QByteArray::fromHex("C000"));
    rig.send(request(0x03, QByteArray(0x4000 + 17, 'x')));
    CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("C0EE"));

    // The length word must match the payload.
    rig.send(request(0x02, words({0x100, 1, 0x4000, 0x8000})));
    REQUIRE(rig.waitReply(0x02).data == kOk2);
    rig.send(request(0x03, words({99, 0, 0, 0}) + QByteArray(0x100, 'x'), xorSum(QByteArray(0x100, 'x'))));
    CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("C000"));
    // FLASH_END before all bytes arrived.
    rig.send(request(0x04, words({1})));
    CHECK(rig.waitReply(0x04).data == QByteArray::fromHex("C800"));

    // A broken zlib stream: acknowledged, then reported with the next block and at the end.
    rig.send(request(0x10, words({0x8000, 2, 0x4000, 0x20000})));
    REQUIRE(rig.waitReply(0x10).data == kOk2);
    rig.send(dataRequest(0x11, 0, QByteArray::fromHex("789c") + QByteArray(100, char(0xFF))));
    CHECK(rig.waitReply(0x11).data == kOk2);
    rig.send(dataRequest(0x11, 1, QByteArray(100, 'z')));
    CHECK(rig.waitReply(0x11).data == QByteArray::fromHex("C700"));
    rig.send(request(0x12, words({1})));
    CHECK(rig.waitReply(0x12).data == QByteArray::fromHex("C800"));
}

TEST_CASE("Stub CHANGE_BAUDRATE answers at the old rate, then switches", "[integration][esp][sim][stub]")
{
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
    rig.drain();
    rig.send(request(0x0F, words({460800, 115200})));
    CHECK(rig.waitReply(0x0F).data == kOk2);
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.deviceBaud(); }) == 460800);
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReplies(0x0A, 1, 300).isEmpty());  // the host is still at 115200
    rig.link.setBaudRate(460800);
    rig.drain();
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReply(0x0A).value == 0xFFF0C101u);
}

TEST_CASE("Stub leaves: FLASH_END(reboot) back to the ROM loader, RUN_USER_CODE to the application",
          "[integration][esp][sim][stub]")
{
    SECTION("reboot")
    {
        Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
        rig.drain();
        rig.send(request(0x02, words({0, 0, 0x4000, 0})));
        REQUIRE(rig.waitReply(0x02).data == kOk2);
        rig.send(request(0x04, words({0})));
        CHECK(rig.waitReply(0x04).data == kOk2);
        rig.readFor(100);
        CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); })
              == EspRomModel::State::Download);
        rig.drain();
        rig.send(syncRequest());
        const QList<Reply> syncs = rig.waitReplies(0x08, 1);
        REQUIRE(syncs.size() == 1);
        CHECK(syncs.first().value == 0x20120707u);  // the ROM again
    }
    SECTION("run user code: no answer, the application boots")
    {
        Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)));
        rig.drain();
        rig.send(request(0xD3, {}));
        // The application's text comes at 74880 baud: noise at 115200, and no reply frame.
        CHECK_FALSE(rig.readFor(200).isEmpty());
        CHECK(rig.waitReplies(0xD3, 1, 100).isEmpty());
        CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); })
              == EspRomModel::State::Application);
    }
}

TEST_CASE("Fault: a damaged data block is refused (ROM 0x07, stub 0xC1) and its retry goes through",
          "[integration][esp][sim][stub][fault]")
{
    SECTION("ESP8266 ROM")
    {
        Esp8266RomModel::Options o = opts8266();
        o.corruptDataBlock = 1;
        Rig rig(std::make_unique<Esp8266RomModel>(o));
        rig.drain();
        rig.send(syncRequest());
        REQUIRE(rig.waitReplies(0x08, 8).size() == 8);
        const QByteArray image = pattern(0x800, 4);
        rig.send(request(0x02, words({0x1000, 2, 0x400, 0})));
        REQUIRE(rig.waitReply(0x02).data == kOk2);
        rig.send(dataRequest(0x03, 0, image.left(0x400)));
        CHECK(rig.waitReply(0x03).data == kOk2);
        rig.send(dataRequest(0x03, 1, image.mid(0x400)));
        CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("0107"));
        rig.send(dataRequest(0x03, 1, image.mid(0x400)));
        CHECK(rig.waitReply(0x03).data == kOk2);
        CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().read(0, 0x800); }) == image);
        CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.corruptedBlocks(); }) == 1);
    }
    SECTION("ESP32 ROM")
    {
        Esp32RomModel::Options o = opts32();
        o.corruptDataBlock = 0;
        Rig rig(std::make_unique<Esp32RomModel>(o));
        rig.drain();
        rig.send(request(0x0D, words({0, 0})));
        REQUIRE(rig.waitReply(0x0D).data == QByteArray(4, '\0'));
        rig.send(request(0x02, words({0x400, 1, 0x400, 0})));
        REQUIRE(rig.waitReply(0x02).data == QByteArray(4, '\0'));
        rig.send(dataRequest(0x03, 0, pattern(0x400, 1)));
        CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("01070000"));
    }
    SECTION("stub")
    {
        Esp32RomModel::Options o = opts32(true);
        o.corruptDataBlock = 1;
        Rig rig(std::make_unique<Esp32RomModel>(o));
        rig.drain();
        const QByteArray image = pattern(0x8000, 8);
        rig.send(request(0x02, words({0x8000, 2, 0x4000, 0x40000})));
        REQUIRE(rig.waitReply(0x02).data == kOk2);
        rig.send(dataRequest(0x03, 0, image.left(0x4000)));
        CHECK(rig.waitReply(0x03).data == kOk2);
        rig.send(dataRequest(0x03, 1, image.mid(0x4000)));
        CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("C100"));
        // The stub writes in arrival order, so the retry lands where the damaged block would have.
        rig.send(dataRequest(0x03, 1, image.mid(0x4000)));
        CHECK(rig.waitReply(0x03).data == kOk2);
        rig.send(request(0x13, words({0x40000, 0x8000, 0, 0})));
        CHECK(rig.waitReply(0x13).data == md5(image) + kOk2);
    }
}

TEST_CASE("Fault: lost and corrupted bytes on the way to the host break a READ_FLASH packet",
          "[integration][esp][sim][stub][fault]")
{
    // No 0xC0/0xDB in the data, so that one lost byte is one byte fewer in the frame.
    QByteArray stored;
    for (int i = 0; i < 0x1000; ++i)
        stored.append(char((i * 7) % 0xB0));
    auto readOnce = [&](const FaultPlan &plan) {
        Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)), 115200, plan);
        rig.onSim<Esp8266RomModel>([&](Esp8266RomModel &m) { return m.flash().program(0, stored); });
        rig.drain();
        rig.send(request(0xD2, words({0, 0x1000, 0x1000, 64})));
        rig.nextFrame();  // status
        const QByteArray packet = rig.nextFrame();
        rig.send(slip(words({0x1000})));
        return std::make_pair(packet, rig.nextFrame());
    };
    // Counting starts with the stub's first byte: the 12-byte status frame, then the packet.
    FaultPlan lost;
    lost.dropAtByte = 12 + 100;
    const auto [shortPacket, digest1] = readOnce(lost);
    CHECK(shortPacket.size() == 0x1000 - 1);  // esptool: "Corrupt data, expected 0x1000 bytes"
    CHECK(digest1 == md5(stored));

    FaultPlan noisy;
    noisy.corruptAtByte = 12 + 200;
    const auto [badPacket, digest2] = readOnce(noisy);
    CHECK(badPacket != stored);
    CHECK(md5(badPacket) != digest2);  // the host's MD5 check catches it
    CHECK(digest2 == md5(stored));
}

TEST_CASE("Fault: the plug is pulled in the middle of a stub write", "[integration][esp][sim][stub][fault]")
{
    FaultPlan plan;
    plan.disconnectAfterBytes = 0x4000 + 5000;  // inside the second 16 KiB block
    plan.applyToHostToDevice = true;
    Rig rig(std::make_unique<Esp8266RomModel>(opts8266(true)), 115200, plan);
    rig.drain();
    rig.send(request(0x02, words({0x10000, 4, 0x4000, 0})));
    REQUIRE(rig.waitReply(0x02).data == kOk2);
    QString code;
    try {
        for (quint32 seq = 0; seq < 4; ++seq) {
            rig.send(dataRequest(0x03, seq, pattern(0x4000, int(seq))));
            if (rig.waitReply(0x03, 1000).data != kOk2)
                break;
        }
        rig.readFor(500);
    } catch (const JobError &e) {
        code = e.diagnosis().code;
    }
    CHECK(code == QLatin1String("serial.unplugged"));
    CHECK(rig.host->isDisconnected());
}
