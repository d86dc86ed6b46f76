// Our flasher stub's portable core (backends/esp/stub/core), driven with byte vectors through
// the simulator's HAL glue on a flash model: every reply is checked on the wire, SLIP included.

#include "support/EspSlip.h"
#include "support/TestUtil.h"

#include "esp/sim/EspPortableStub.h"
#include "esp/sim/EspStubHost.h"
#include "esp/sim/FlashChip.h"

#include "fws_slip.h"
#include "fws_stub.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <catch2/catch.hpp>
#include <zlib.h>

#include <map>

using fw::esp::sim::EspPortableStub;
using fw::esp::sim::FlashChip;
using namespace fw::test;

namespace {

// What a simulated chip gives the stub, recording everything the stub does.
class FakeHost : public fw::esp::sim::EspStubHost {
public:
    FakeHost() : m_flash(0xC84016)
    {
        FlashChip::Timing t;
        t.scale = 0;
        m_flash.setTiming(t);
    }
    FlashChip &flash() override { return m_flash; }
    quint32 readRegister(quint32 address) override { return regs.count(address) ? regs[address] : 0; }
    void writeRegister(quint32 address, quint32 value) override { regs[address] = value; }
    void sendFrame(const QByteArray &payload, qint64, std::function<void()> after) override
    {
        wire += slip(payload);
        if (after)
            after();
    }
    void sendWire(const QByteArray &bytes, qint64, std::function<void()> after) override
    {
        wire += bytes;
        if (after)
            after();
    }
    void occupy(qint64) override {}
    void setUartBaud(qint32 b) override
    {
        baud = b;
        wireAtBaudChange = wire.size();
    }
    void softwareReset() override { ++resets; }
    void runApplication() override { ++applications; }
    void log(const QString &) override {}

    // The frames sent since the last call, SLIP removed.
    QList<QByteArray> frames()
    {
        QList<QByteArray> out = takeSlipFrames(wire);
        return out;
    }

    FlashChip m_flash;
    std::map<quint32, quint32> regs;
    QByteArray wire;
    qint32 baud = 0;
    qsizetype wireAtBaudChange = -1;
    int resets = 0;
    int applications = 0;
};

QByteArray unframed(const QByteArray &slipped)
{
    QByteArray raw = slipped;
    const QList<QByteArray> f = takeSlipFrames(raw);
    REQUIRE(f.size() == 1);
    return f.front();
}

QByteArray req(quint8 op, const QByteArray &data, quint32 checksum = 0)
{
    return unframed(request(op, data, checksum));
}

QByteArray dataReq(quint8 op, quint32 seq, const QByteArray &payload, int checksumDelta = 0)
{
    return unframed(dataRequest(op, seq, payload, checksumDelta));
}

// Status byte 0 of a 2-byte-status reply to `op`.
quint8 statusOf(const QByteArray &reply, quint8 op)
{
    REQUIRE(reply.size() >= 10);
    CHECK(quint8(reply[0]) == 0x01);
    CHECK(quint8(reply[1]) == op);
    const int len = quint8(reply[2]) | (quint8(reply[3]) << 8);
    REQUIRE(len == reply.size() - 8);
    return quint8(reply[reply.size() - 2]);
}

struct Rig {
    FakeHost host;
    EspPortableStub stub{host};
    Rig()
    {
        stub.start(true);
        const QList<QByteArray> hello = host.frames();
        REQUIRE(hello.size() == 1);
        REQUIRE(hello.front() == QByteArrayLiteral("OHAI"));
    }
    QByteArray one(const QByteArray &frame)
    {
        stub.onFrame(frame);
        const QList<QByteArray> f = host.frames();
        REQUIRE(f.size() == 1);
        return f.front();
    }
    quint8 status(quint8 op, const QByteArray &data, quint32 checksum = 0)
    {
        return statusOf(one(req(op, data, checksum)), op);
    }
};

QByteArray zlibCompress(const QByteArray &in)
{
    uLongf n = compressBound(uLong(in.size()));
    QByteArray out(int(n), Qt::Uninitialized);
    REQUIRE(compress2(reinterpret_cast<Bytef *>(out.data()), &n, reinterpret_cast<const Bytef *>(in.constData()),
                      uLong(in.size()), 9) == Z_OK);
    out.resize(int(n));
    return out;
}

}  // namespace

TEST_CASE("stub core greets with exactly one OHAI frame on the wire", "[unit][stub]")
{
    FakeHost host;
    EspPortableStub stub(host);
    stub.start(true);
    CHECK(host.wire == QByteArray::fromHex("c04f484149c0"));
    FakeHost quiet;
    EspPortableStub left(quiet);
    left.start(false);
    CHECK(quiet.wire.isEmpty());
}

TEST_CASE("stub core answers SYNC eight times with value 0 and READ_REG with the register", "[unit][stub]")
{
    Rig r;
    r.stub.onFrame(unframed(syncRequest()));
    CHECK(r.host.wire == QByteArray::fromHex("c001080200000000000000c0").repeated(8));
    r.host.wire.clear();
    r.host.regs[0x3FF00050] = 0xA1B2C3D4;
    // READ_REG 0x3FF00050: the value comes back in the header, status 00 00.
    r.stub.onFrame(QByteArray::fromHex("000a040000000000" "5000f03f"));
    CHECK(r.host.wire == QByteArray::fromHex("c0010a0200d4c3b2a10000c0"));
}

TEST_CASE("stub core refuses malformed requests with the stub's status codes", "[unit][stub]")
{
    Rig r;
    SECTION("length field disagrees with the frame")
    {
        QByteArray f = req(0x0A, words({0x40001000}));
        f[2] = 8;
        CHECK(statusOf(r.one(f), 0x0A) == FWS_BAD_DATA_LEN);
    }
    SECTION("unknown opcode")
    {
        CHECK(r.status(0x5A, {}) == FWS_CMD_NOT_IMPLEMENTED);
    }
    SECTION("data without FLASH_BEGIN")
    {
        CHECK(statusOf(r.one(dataReq(0x03, 0, QByteArray(1024, 'x'))), 0x03) == FWS_NOT_IN_FLASH_MODE);
    }
    SECTION("block size above 16 KiB")
    {
        CHECK(r.status(0x02, words({0x1000, 1, 0x8000, 0})) == FWS_BAD_BLOCKSIZE);
    }
    SECTION("a write past the chip's set size")
    {
        CHECK(r.status(0x0B, words({0, 0x100000, 0x10000, 0x1000, 0x100, 0xFFFF})) == FWS_OK);
        CHECK(r.status(0x02, words({0x2000, 2, 0x1000, 0xFF000})) == FWS_FAILED);
    }
    SECTION("frames that are not requests are ignored")
    {
        r.stub.onFrame(QByteArray::fromHex("01080200"));
        r.stub.onFrame(QByteArray::fromHex("00"));
        CHECK(r.host.wire.isEmpty());
    }
    SECTION("an oversized frame gets C0 EE")
    {
        QByteArray big = req(0x03, QByteArray(0x4000 + 16 + 100, 'a'));
        r.stub.onFrame(big);
        const QList<QByteArray> f = r.host.frames();
        REQUIRE(f.size() == 1);
        CHECK(f.front().right(2) == QByteArray::fromHex("c0ee"));
    }
}

TEST_CASE("stub core writes blocks, erases only the sectors touched, and reports errors late", "[unit][stub]")
{
    Rig r;
    FlashChip &flash = r.host.flash();
    flash.program(0x22000, QByteArray(0x1000, '\x11'));  // a neighbour that must survive
    const QByteArray image = randomBytes(0x10000 + 0x1800, 7);  // 16 sectors + 1.5
    const quint32 offset = 0x10000;
    REQUIRE(r.status(0x02, words({quint32(image.size()), 5, 0x4000, offset})) == FWS_OK);
    for (int i = 0; i < 5; ++i) {
        QByteArray block = image.mid(i * 0x4000, 0x4000);
        block.append(QByteArray(0x4000 - block.size(), '\xFF'));
        CHECK(statusOf(r.one(dataReq(0x03, quint32(i), block)), 0x03) == FWS_OK);
    }
    CHECK(r.status(0x04, words({1})) == FWS_OK);
    CHECK(flash.read(offset, image.size()) == image);
    CHECK(flash.read(0x22000, 0x1000) == QByteArray(0x1000, '\x11'));
    CHECK(flash.blockErases() == 1);
    CHECK(flash.sectorErases() == 2);
    CHECK(r.host.resets == 0);

    SECTION("a damaged block is refused and not written")
    {
        const QByteArray before = flash.read(0x40000, 0x4000);
        REQUIRE(r.status(0x02, words({0x4000, 1, 0x4000, 0x40000})) == FWS_OK);
        CHECK(statusOf(r.one(dataReq(0x03, 0, QByteArray(0x4000, 'z'), 1)), 0x03) == FWS_BAD_DATA_CHECKSUM);
        CHECK(flash.read(0x40000, 0x4000) == before);
        CHECK(r.status(0x04, words({1})) == FWS_NOT_ENOUGH_DATA);
    }
    SECTION("either END closes either write, as esptool leaves a stub (FLASH_BEGIN(0, 0), DEFL_END)")
    {
        CHECK(r.status(0x02, words({0, 0, 0x4000, 0})) == FWS_OK);
        CHECK(r.status(0x12, words({1})) == FWS_OK);
        CHECK(r.status(0x04, words({1})) == FWS_NOT_IN_FLASH_MODE);
    }
    SECTION("FLASH_END with word 0 = 0 reboots after its answer")
    {
        REQUIRE(r.status(0x02, words({0x1000, 1, 0x1000, 0x50000})) == FWS_OK);
        CHECK(statusOf(r.one(dataReq(0x03, 0, QByteArray(0x1000, 'q'))), 0x03) == FWS_OK);
        CHECK(r.status(0x04, words({0})) == FWS_OK);
        CHECK(r.host.resets == 1);
        r.stub.onFrame(unframed(syncRequest()));
        CHECK(r.host.wire.isEmpty());  // gone: the chip rebooted
    }
}

TEST_CASE("stub core inflates compressed writes and refuses bad streams without writing past them", "[unit][stub]")
{
    Rig r;
    FlashChip &flash = r.host.flash();
    QByteArray image = randomBytes(40000, 3);
    image += QByteArray(60000, '\0');
    image += image.left(30000);
    const QByteArray z = zlibCompress(image);
    const quint32 offset = 0x100000;
    auto send = [&](const QByteArray &stream, int blockSize) {
        const int blocks = int((stream.size() + blockSize - 1) / blockSize);
        REQUIRE(r.status(0x10, words({quint32(image.size()), quint32(blocks), quint32(blockSize), offset}))
                == FWS_OK);
        QList<quint8> st;
        for (int i = 0; i < blocks; ++i)
            st << statusOf(r.one(dataReq(0x11, quint32(i), stream.mid(i * blockSize, blockSize))), 0x11);
        st << r.status(0x12, words({1}));
        return st;
    };

    SECTION("a good stream in any block size lands byte-exact")
    {
        const int blockSize = GENERATE(1024, 4096, 0x4000, 333);
        const QList<quint8> st = send(z, blockSize);
        for (quint8 s : st)
            CHECK(s == FWS_OK);
        CHECK(flash.read(offset, image.size()) == image);
    }
    SECTION("a corrupted stream ends in an inflate error and no write after it")
    {
        QByteArray bad = z;
        bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0x55);
        const QList<quint8> st = send(bad, 0x4000);
        CHECK(st.back() != FWS_OK);
        CHECK((st.contains(FWS_INFLATE_ERROR)));
        CHECK(flash.read(offset, image.size()) != image);
    }
    SECTION("a stream that inflates to more than announced stops at the window")
    {
        const QByteArray more = zlibCompress(image + QByteArray(8192, 'm'));
        const QList<quint8> st = send(more, 0x4000);
        CHECK(st.back() == FWS_TOO_MUCH_DATA);
        CHECK(flash.read(offset + image.size(), 0x2000) == QByteArray(0x2000, '\xFF'));
    }
    SECTION("a stream that ends early says not enough data")
    {
        const QByteArray less = zlibCompress(image.left(image.size() - 5000));
        const QList<quint8> st = send(less, 0x4000);
        CHECK(st.back() == FWS_NOT_ENOUGH_DATA);
    }
    SECTION("a truncated stream says not enough data at the end")
    {
        const QList<quint8> st = send(z.left(z.size() - 100), 0x4000);
        CHECK(st.back() == FWS_NOT_ENOUGH_DATA);
    }
}

TEST_CASE("stub core hashes any flash range and answers 16 raw bytes", "[unit][stub]")
{
    Rig r;
    FlashChip &flash = r.host.flash();
    flash.program(0x3000, randomBytes(0x5000, 11));
    const quint32 addr = GENERATE(0x3000u, 0x3001u, 0x3003u, 0u);
    const quint32 len = GENERATE(0u, 1u, 4095u, 4096u, 0x5000u, 0x4FFFu);
    const QByteArray reply = r.one(req(0x13, words({addr, len, 0, 0})));
    REQUIRE(statusOf(reply, 0x13) == FWS_OK);
    CHECK(reply.mid(8, 16) == QCryptographicHash::hash(flash.read(addr, len), QCryptographicHash::Md5));
    CHECK(reply.size() == 8 + 16 + 2);
}

TEST_CASE("stub core READ_FLASH keeps the window, follows the acks and ends with the MD5", "[unit][stub]")
{
    Rig r;
    FlashChip &flash = r.host.flash();
    const QByteArray content = randomBytes(0x2800, 5);
    flash.program(0x8000, content);
    r.stub.onFrame(req(0xD2, words({0x8000, quint32(content.size()), 0x1000, 2})));
    QList<QByteArray> f = r.host.frames();
    REQUIRE(f.size() == 3);  // status, then two packets: the window is full
    CHECK(statusOf(f[0], 0xD2) == FWS_OK);
    CHECK(f[1] == content.left(0x1000));
    CHECK(f[2] == content.mid(0x1000, 0x1000));
    r.stub.onFrame(words({0x1000}));
    f = r.host.frames();
    REQUIRE(f.size() == 1);
    CHECK(f[0] == content.mid(0x2000));
    r.stub.onFrame(words({0x2000}));
    CHECK(r.host.frames().isEmpty());
    r.stub.onFrame(words({quint32(content.size())}));
    f = r.host.frames();
    REQUIRE(f.size() == 1);
    CHECK(f[0] == QCryptographicHash::hash(content, QCryptographicHash::Md5));
    // Back to requests.
    CHECK(r.status(0x0A, words({0x40001000})) == FWS_OK);

    SECTION("a packet larger than the stub's buffer is refused up front")
    {
        CHECK(r.status(0xD2, words({0, 0x2000, 0x2000, 1})) == FWS_BAD_BLOCKSIZE);
    }
    SECTION("a read past the set flash size is refused up front")
    {
        CHECK(r.status(0x0B, words({0, 0x100000, 0x10000, 0x1000, 0x100, 0xFFFF})) == FWS_OK);
        CHECK(r.status(0xD2, words({0xFF000, 0x2000, 0x1000, 1})) == FWS_FAILED_SPI_OP);
    }
    SECTION("a request instead of an ack abandons the read and is answered")
    {
        r.stub.onFrame(req(0xD2, words({0, 0x3000, 0x1000, 1})));
        REQUIRE(r.host.frames().size() == 2);
        CHECK(r.status(0x0A, words({0x40001000})) == FWS_OK);
    }
}

TEST_CASE("stub core erases regions in sectors and blocks and refuses partial sectors", "[unit][stub]")
{
    Rig r;
    FlashChip &flash = r.host.flash();
    flash.program(0xF000, QByteArray(0x22000, 'a'));
    CHECK(r.status(0xD1, words({0xF000, 0x21000})) == FWS_OK);
    CHECK(flash.read(0xF000, 0x21000) == QByteArray(0x21000, '\xFF'));
    CHECK(flash.read(0x30000, 0x1000) == QByteArray(0x1000, 'a'));
    CHECK(flash.blockErases() == 2);
    CHECK(flash.sectorErases() == 1);
    CHECK(r.status(0xD1, words({0x1001, 0x1000})) == FWS_FAILED);
    CHECK(r.status(0xD1, words({0x1000, 0x800})) == FWS_FAILED);
    CHECK(r.status(0xD0, {}) == FWS_OK);
    CHECK(flash.chipErases() == 1);
}

TEST_CASE("stub core changes the baud only after its answer left, and writes registers with masks",
          "[unit][stub]")
{
    Rig r;
    r.stub.onFrame(req(0x0F, words({460800, 115200})));
    CHECK(r.host.baud == 460800);
    CHECK(r.host.wireAtBaudChange == r.host.wire.size());  // the answer went out first
    CHECK(statusOf(r.host.frames().front(), 0x0F) == FWS_OK);

    r.host.regs[0x60000200] = 0xFFFF0000;
    CHECK(r.status(0x09, words({0x60000200, 0x1234, 0x0000FFFF, 0, 0x60000204, 7, 0xFFFFFFFF, 10})) == FWS_OK);
    CHECK(r.host.regs[0x60000200] == 0xFFFF1234);
    CHECK(r.host.regs[0x60000204] == 7);
    CHECK(r.status(0x09, words({1, 2, 3})) == FWS_BAD_DATA_LEN);
}

TEST_CASE("stub core hands over to the application on RUN_USER_CODE without an answer", "[unit][stub]")
{
    Rig r;
    r.stub.onFrame(req(0xD3, {}));
    CHECK(r.host.wire.isEmpty());
    CHECK(r.host.applications == 1);
    r.stub.onFrame(unframed(syncRequest()));
    CHECK(r.host.wire.isEmpty());
}

TEST_CASE("stub SLIP receiver takes bytes one at a time and flags bad and oversized frames", "[unit][stub]")
{
    uint8_t buf[8];
    fws_slip_rx rx;
    fws_slip_rx_init(&rx, buf, sizeof(buf));
    auto feed = [&](const QByteArray &bytes) {
        QList<int> results;
        for (char c : bytes) {
            const int rc = fws_slip_rx_byte(&rx, uint8_t(c));
            if (rc != FWS_SLIP_NONE)
                results << rc;
        }
        return results;
    };
    // Noise before the frame, an escaped C0 and DB inside it.
    CHECK(feed(QByteArray::fromHex("55aa" "c0" "01dbdc02dbdd03" "c0")) == QList<int>{FWS_SLIP_FRAME});
    CHECK(QByteArray(reinterpret_cast<char *>(buf), int(rx.len)) == QByteArray::fromHex("01c002db03"));
    // Two frames back to back, and empty frames in between are skipped.
    CHECK(feed(QByteArray::fromHex("c0c0" "11" "c0c0" "22" "c0")) == (QList<int>{FWS_SLIP_FRAME, FWS_SLIP_FRAME}));
    CHECK(rx.len == 1);
    CHECK(buf[0] == 0x22);
    CHECK(feed(QByteArray::fromHex("c0" "01db0502" "c0")) == QList<int>{FWS_SLIP_BAD});
    CHECK(feed(QByteArray::fromHex("c0" "000102030405060708090a" "c0")) == QList<int>{FWS_SLIP_OVERSIZE});
    CHECK(rx.total == 11);
    CHECK(rx.len == 8);
}
