#include <catch2/catch.hpp>

#include "core/SerialLink.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "esp/sim/EspDemos.h"
#include "support/EspSimTestLink.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QThread>

#include <zlib.h>

#include <chrono>
#include <future>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::esp::sim;
using namespace fw::test;

namespace {

// Requests are built by hand from the protocol sheet (§1.1, §1.3), not with the flasher's codec.
using Rig = EspSimTestLink;
using Reply = SlipReply;

std::unique_ptr<Esp8266RomModel> strapped8266()
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    return std::make_unique<Esp8266RomModel>(o);
}

std::unique_ptr<Esp32RomModel> strapped32()
{
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    return std::make_unique<Esp32RomModel>(o);
}

QByteArray pattern(int n, int seed)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(char((i * 7 + seed + i / 251) & 0xFF));
    return b;
}

bool synced(Rig &rig)
{
    rig.drain();
    rig.send(syncRequest());
    return !rig.waitReplies(0x08, 1).isEmpty();
}

}  // namespace

TEST_CASE("ESP8266 ROM answers SYNC eight times with its 2-byte status", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    rig.drain();
    rig.send(syncRequest());
    const QList<Reply> replies = rig.waitReplies(0x08, 8);
    REQUIRE(replies.size() == 8);
    for (const Reply &r : replies) {
        CHECK(r.value == 0x20120707u);
        CHECK(r.data == QByteArray(2, '\0'));
    }
    // No ninth.
    rig.readFor(150);
    CHECK(rig.takeReplies().isEmpty());
}

TEST_CASE("ESP8266 ROM rejects opcodes outside 0x02-0x0A with error 0x05", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    rig.drain(100);  // the other seven SYNC replies
    for (quint8 op : {quint8(0x0D), quint8(0x0F), quint8(0x13), quint8(0xD0)}) {
        CAPTURE(op);
        rig.send(request(op, words({0, 0})));
        // Eight answers whose header is left over from the last command the ROM understood
        // (SYNC, value 0x20120707): a host knows them by the opcode that does not match.
        rig.readFor(150);
        const QList<Reply> replies = rig.takeReplies();
        CHECK(replies.size() == 8);
        for (const Reply &r : replies) {
            CHECK(r.op == 0x08);
            CHECK(r.value == 0x20120707u);
            CHECK(r.data == QByteArray::fromHex("0105"));
        }
    }
}

TEST_CASE("ESP8266 ROM: magic register, eFuse MAC and flash id through SPI registers", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    auto readReg = [&](quint32 addr) {
        rig.send(request(0x0A, words({addr})));
        const Reply r = rig.waitReply(0x0A);
        CHECK(r.data == QByteArray(2, '\0'));
        return r.value;
    };
    CHECK(readReg(0x40001000) == 0xFFF0C101u);
    // §1.8: OUI from MAC3, then MAC1 bits 15..0 and MAC0 bits 31..24.
    const quint32 mac0 = readReg(0x3FF00050), mac1 = readReg(0x3FF00054), mac3 = readReg(0x3FF0005C);
    CHECK(mac3 == 0x84F3EBu);
    CHECK(((mac1 >> 8) & 0xFF) == 0xC2);
    CHECK((mac1 & 0xFF) == 0x42);
    CHECK((mac0 >> 24) == 0xD5);
    CHECK((mac0 & 0x10) == 0);  // not an ESP8285

    // The JEDEC id as esptool reads it: USR = COMMAND|MISO, USR2 = 7<<28 | 0x9F, CMD bit 18.
    auto writeReg = [&](quint32 addr, quint32 v) {
        rig.send(request(0x09, words({addr, v, 0xFFFFFFFF, 0})));
        CHECK(rig.waitReply(0x09).data == QByteArray(2, '\0'));
    };
    const quint32 base = 0x60000200;
    writeReg(base + 0x20, (23u << 8));
    writeReg(base + 0x1C, (1u << 31) | (1u << 28));
    writeReg(base + 0x24, (7u << 28) | 0x9F);
    writeReg(base + 0x40, 0);
    writeReg(base + 0x00, 1u << 18);
    CHECK((readReg(base) & (1u << 18)) == 0);
    const quint32 w0 = readReg(base + 0x40);
    CHECK((w0 & 0xFF) == 0xC8);           // GigaDevice
    CHECK(((w0 >> 16) & 0xFF) == 0x14);   // 1 MB
}

TEST_CASE("ESP8266 ROM writes flash through FLASH_BEGIN, FLASH_DATA and FLASH_END", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    const QByteArray image = pattern(3000, 3);
    const quint32 block = 0x400, offset = 0x10000;
    const quint32 blocks = (image.size() + block - 1) / block;
    rig.send(request(0x02, words({blocks * block, blocks, block, offset})));
    REQUIRE(rig.waitReply(0x02).data == QByteArray(2, '\0'));
    for (quint32 seq = 0; seq < blocks; ++seq) {
        QByteArray chunk = image.mid(seq * block, block);
        chunk.append(QByteArray(block - chunk.size(), char(0xFF)));  // padded like esptool
        rig.send(dataRequest(0x03, seq, chunk));
        REQUIRE(rig.waitReply(0x03).data == QByteArray(2, '\0'));
    }
    rig.send(request(0x04, words({1})));
    CHECK(rig.waitReply(0x04).data == QByteArray(2, '\0'));
    const QByteArray stored = rig.onSim<Esp8266RomModel>(
        [&](Esp8266RomModel &m) { return m.flash().read(offset, image.size() + 16); });
    CHECK(stored.left(image.size()) == image);
    CHECK(stored.mid(image.size()) == QByteArray(16, char(0xFF)));
    // After FLASH_END the ROM has left the loader.
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.state(); })
          == EspRomModel::State::Application);
}

TEST_CASE("ESP8266 ROM FLASH_BEGIN over-erases unless the host corrects the size", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    // Fill 0x20000..0x30000 with data, then ask for one sector at 0x21000 (15 head sectors).
    rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) {
        return m.flash().program(0x20000, QByteArray(0x10000, char(0x00)));
    });
    auto sectorErased = [&](quint32 at) {
        return rig.onSim<Esp8266RomModel>([at](Esp8266RomModel &m) {
            return m.flash().read(at, 4096) == QByteArray(4096, char(0xFF));
        });
    };
    SECTION("uncorrected size: two sectors go")
    {
        rig.send(request(0x02, words({0x1000, 4, 0x400, 0x21000})));
        REQUIRE(rig.waitReply(0x02).data == QByteArray(2, '\0'));
        CHECK(sectorErased(0x21000));
        CHECK(sectorErased(0x22000));  // erased although nobody asked
        CHECK_FALSE(sectorErased(0x23000));
    }
    SECTION("the sheet's correction (§1.7) erases exactly what is wanted")
    {
        // n = 4 sectors from sector 0x21: head = min(15, 4) = 4, n < 2*head, so send
        // (n+1)/2 = 2 sectors, which the ROM doubles.
        rig.send(request(0x02, words({2 * 0x1000, 16, 0x400, 0x21000})));
        REQUIRE(rig.waitReply(0x02).data == QByteArray(2, '\0'));
        for (quint32 at : {0x21000, 0x22000, 0x23000, 0x24000})
            CHECK(sectorErased(at));
        CHECK_FALSE(sectorErased(0x25000));
        CHECK_FALSE(sectorErased(0x20000));
    }
}

TEST_CASE("ESP8266 ROM erase length against the sheet's correction", "[unit][esp][sim]")
{
    // For any start sector and length, the corrected size of §1.7 makes the ROM erase what was
    // wanted, or one sector more for an odd count inside the first 64 KiB.
    for (qint64 start : {0, 1, 5, 15, 16, 33, 255}) {
        for (qint64 n : {1, 2, 3, 4, 7, 15, 16, 17, 30, 31, 32, 100, 256}) {
            CAPTURE(start, n);
            const qint64 head = std::min<qint64>(16 - start % 16, n);
            const qint64 sent = n < 2 * head ? (n + 1) / 2 : n - head;
            const qint64 erased = Esp8266RomModel::romEraseLength(start * 4096, sent * 4096) / 4096;
            CHECK(erased >= n);
            CHECK(erased <= n + 1);
            // Uncorrected, the ROM erases more whenever the start is not 64 KiB aligned or n > 0.
            CHECK(Esp8266RomModel::romEraseLength(start * 4096, n * 4096) / 4096 > n);
        }
    }
}

TEST_CASE("ESP8266 ROM rejects a block with a bad checksum with error 0x07", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    rig.send(request(0x02, words({0x1000, 4, 0x400, 0})));
    REQUIRE(rig.waitReply(0x02).data == QByteArray(2, '\0'));
    const QByteArray chunk = pattern(0x400, 9);
    rig.send(dataRequest(0x03, 0, chunk, 1));
    CHECK(rig.waitReply(0x03).data == QByteArray::fromHex("0107"));
    // The same block with the right checksum goes through.
    rig.send(dataRequest(0x03, 0, chunk));
    CHECK(rig.waitReply(0x03).data == QByteArray(2, '\0'));
}

TEST_CASE("ESP8266 ROM stores MEM_DATA in RAM and records the MEM_END entry point", "[integration][esp][sim]")
{
    Rig rig(strapped8266());
    REQUIRE(synced(rig));
    const QByteArray code = pattern(0x1900, 5);
    rig.send(request(0x05, words({quint32(code.size()), 2, 0x1800, 0x4010D000})));
    REQUIRE(rig.waitReply(0x05).data == QByteArray(2, '\0'));
    rig.send(dataRequest(0x07, 0, code.left(0x1800)));
    REQUIRE(rig.waitReply(0x07).data == QByteArray(2, '\0'));
    rig.send(dataRequest(0x07, 1, code.mid(0x1800)));
    REQUIRE(rig.waitReply(0x07).data == QByteArray(2, '\0'));
    rig.send(request(0x06, words({0, 0x4010D004})));
    CHECK(rig.waitReply(0x06).data == QByteArray(2, '\0'));
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.entryPoint(); }) == 0x4010D004u);
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.ramSegments().at(0x4010D000); })
          == code);
}

TEST_CASE("ESP8266 auto-reset: boot text at 74880, then the loader at the host's baud", "[integration][esp][sim]")
{
    Esp8266RomModel::Options o;
    o.timeScale = 0;
    Rig rig(std::make_unique<Esp8266RomModel>(o), 74880);
    rig.readFor(100);  // the power-on boot into the application
    rig.classicReset();
    const QByteArray text = rig.readFor(200);
    CHECK(text.contains("ets Jan  8 2013,rst cause:2, boot mode:(1,7)"));
    rig.link.setBaudRate(115200);
    rig.readFor(50);
    CHECK(synced(rig));
}

TEST_CASE("ESP8266 that never enters download mode boots its application and ignores SYNC", "[integration][esp][sim]")
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::NoDownloadMode;
    o.timeScale = 0;
    Rig rig(std::make_unique<Esp8266RomModel>(o), 74880);
    rig.readFor(50);
    rig.classicReset();
    const QByteArray text = rig.readFor(200);
    CHECK(text.contains("boot mode:(3,6)"));
    rig.send(syncRequest());
    CHECK(rig.waitReplies(0x08, 1, 300).isEmpty());
}

TEST_CASE("ESP32 ROM needs SPI_ATTACH before flash commands and has a 4-byte status", "[integration][esp][sim]")
{
    Rig rig(strapped32());
    rig.drain();
    rig.send(syncRequest());
    const QList<Reply> syncs = rig.waitReplies(0x08, 8);
    REQUIRE(syncs.size() == 8);
    CHECK(syncs.first().data == QByteArray(4, '\0'));
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReply(0x0A).value == 0x00F01D83u);

    rig.send(request(0x02, words({0x1000, 4, 0x400, 0x1000})));
    const Reply refused = rig.waitReply(0x02);
    CHECK(refused.data == QByteArray::fromHex("01090000"));
    rig.send(request(0x0D, words({0, 0})));
    CHECK(rig.waitReply(0x0D).data == QByteArray(4, '\0'));
    rig.send(request(0x0B, words({0, 0x400000, 0x10000, 0x1000, 0x100, 0xFFFF})));
    CHECK(rig.waitReply(0x0B).data == QByteArray(4, '\0'));
    rig.send(request(0x02, words({0x1000, 4, 0x400, 0x1000})));
    CHECK(rig.waitReply(0x02).data == QByteArray(4, '\0'));
    // GET_SECURITY_INFO is not in the ESP32 ROM: "invalid message" under the previous header.
    rig.send(request(0x14, {}));
    CHECK(rig.waitReplies(0x14, 1, 300).isEmpty());
    rig.send(request(0x14, {}));
    CHECK(rig.waitReply(0x02).data == QByteArray::fromHex("01050000"));
}

TEST_CASE("ESP32 ROM inflates a compressed write and reports MD5 as hex text", "[integration][esp][sim]")
{
    Rig rig(strapped32());
    REQUIRE(synced(rig));
    rig.send(request(0x0D, words({0, 0})));
    REQUIRE(rig.waitReply(0x0D).data == QByteArray(4, '\0'));

    QByteArray image = pattern(20000, 1) + QByteArray(30000, char(0x11));
    uLongf zlen = compressBound(uLong(image.size()));
    QByteArray z(int(zlen), '\0');
    REQUIRE(compress2(reinterpret_cast<Bytef *>(z.data()), &zlen,
                      reinterpret_cast<const Bytef *>(image.constData()), uLong(image.size()), 9) == Z_OK);
    z.truncate(int(zlen));
    const quint32 block = 0x400, offset = 0x8000;
    const quint32 blocks = (z.size() + block - 1) / block;
    const quint32 rounded = (image.size() + block - 1) / block * block;
    rig.send(request(0x10, words({rounded, blocks, block, offset})));
    REQUIRE(rig.waitReply(0x10).data == QByteArray(4, '\0'));
    for (quint32 seq = 0; seq < blocks; ++seq) {
        rig.send(dataRequest(0x11, seq, z.mid(seq * block, block)));
        REQUIRE(rig.waitReply(0x11).data == QByteArray(4, '\0'));
    }
    rig.send(request(0x13, words({offset, quint32(image.size()), 0, 0})));
    const Reply md5 = rig.waitReply(0x13);
    REQUIRE(md5.data.size() == 32 + 4);
    CHECK(md5.data.left(32) == QCryptographicHash::hash(image, QCryptographicHash::Md5).toHex());
    CHECK(md5.data.mid(32) == QByteArray(4, '\0'));

    // A corrupted stream is refused with a deflate error.
    rig.send(request(0x10, words({0x1000, 1, block, 0x20000})));
    REQUIRE(rig.waitReply(0x10).data == QByteArray(4, '\0'));
    rig.send(dataRequest(0x11, 0, QByteArray(64, char(0xFF))));
    CHECK(rig.waitReply(0x11).data == QByteArray::fromHex("010B0000"));
}

TEST_CASE("ESP32 ROM reads flash 64 bytes per READ_FLASH_SLOW", "[integration][esp][sim]")
{
    Rig rig(strapped32());
    REQUIRE(synced(rig));
    const QByteArray stored = pattern(200, 77);
    rig.onSim<Esp32RomModel>([&](Esp32RomModel &m) { return m.flash().program(0x3000, stored); });
    rig.send(request(0x0E, words({0x3000, 64})));
    CHECK(rig.waitReply(0x0E).data == QByteArray::fromHex("01090000"));  // not attached yet
    rig.send(request(0x0D, words({0, 0})));
    REQUIRE(rig.waitReply(0x0D).data == QByteArray(4, '\0'));
    QByteArray read;
    for (int at = 0; at < stored.size(); at += 64) {
        const quint32 n = quint32(std::min<qsizetype>(64, stored.size() - at));
        rig.send(request(0x0E, words({quint32(0x3000 + at), n})));
        const Reply r = rig.waitReply(0x0E);
        REQUIRE(r.data.size() == 64 + 4);  // always the full buffer
        read += r.data.left(n);
    }
    CHECK(read == stored);
    rig.send(request(0x0E, words({0x3000, 65})));
    CHECK(rig.waitReply(0x0E).data == QByteArray::fromHex("010A0000"));
}

TEST_CASE("ESP32 ROM CHANGE_BAUDRATE answers at the old rate, then switches", "[integration][esp][sim]")
{
    Rig rig(strapped32());
    REQUIRE(synced(rig));
    rig.drain(50);
    rig.send(request(0x0F, words({460800, 0})));
    CHECK(rig.waitReply(0x0F).data == QByteArray(4, '\0'));
    CHECK(rig.onSim<Esp32RomModel>([](Esp32RomModel &m) { return m.changedBaud(); }) == 460800);

    // Still at 115200 the host cannot read the device any more.
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReplies(0x0A, 1, 300).isEmpty());

    rig.link.setBaudRate(460800);
    rig.drain(50);
    rig.send(request(0x0A, words({0x40001000})));
    CHECK(rig.waitReply(0x0A).value == 0x00F01D83u);
}

TEST_CASE("ESP demos register esp8266 and esp32", "[integration][esp][sim]")
{
    DemoRegistry registry;
    registerEspDemos(registry);
    const DemoDevice *plug = registry.find(QStringLiteral("esp8266"));
    REQUIRE(plug);
    CHECK(plug->title() == QStringLiteral("ESP8266 Tuya plug (TYWE3S) in download mode"));
    CHECK(plug->family == QStringLiteral("esp"));
    REQUIRE(plug->makeSerial);
    CHECK(dynamic_cast<Esp8266RomModel *>(plug->makeSerial().get()) != nullptr);
    const DemoDevice *board = registry.find(QStringLiteral("esp32"));
    REQUIRE(board);
    REQUIRE(board->makeSerial);
    CHECK(dynamic_cast<Esp32RomModel *>(board->makeSerial().get()) != nullptr);

    // Both demos are strapped: they answer at once, without a reset sequence.
    Rig plugRig(plug->makeSerial());
    CHECK(synced(plugRig));
    Rig boardRig(board->makeSerial());
    CHECK(synced(boardRig));
}

TEST_CASE("ESP32 auto-reset prints the download boot text and then answers", "[integration][esp][sim]")
{
    Esp32RomModel::Options o;
    o.timeScale = 0;
    Rig rig(std::make_unique<Esp32RomModel>(o));
    const QByteArray app = rig.readFor(100);
    CHECK(app.contains("SPI_FAST_FLASH_BOOT"));
    rig.send(syncRequest());
    CHECK(rig.waitReplies(0x08, 1, 300).isEmpty());  // the application does not speak SLIP
    rig.classicReset();
    const QByteArray text = rig.readFor(200);
    CHECK(text.contains("boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))"));
    CHECK(text.contains("waiting for download"));
    CHECK(synced(rig));
}

TEST_CASE("ESP8266 ROM answers FLASH_BEGIN after the erase with real flash timing", "[integration][esp][sim]")
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;  // timeScale stays 1: replies wait for the flash
    Rig rig(std::make_unique<Esp8266RomModel>(o));
    REQUIRE(synced(rig));
    rig.send(request(0x02, words({0x1000, 4, 0x400, 0x10000})));
    CHECK(rig.waitReply(0x02).data == QByteArray(2, '\0'));
    rig.send(dataRequest(0x03, 0, QByteArray(0x400, char(0x5A))));
    CHECK(rig.waitReply(0x03).data == QByteArray(2, '\0'));
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.flash().sectorErases(); }) == 2);
    CHECK(rig.onSim<Esp8266RomModel>([](Esp8266RomModel &m) { return m.lastEraseLength(); }) == 0x2000);
}
