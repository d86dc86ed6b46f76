#include <catch2/catch.hpp>

#include "esp/Command.h"
#include "esp/Response.h"
#include "esp/ResponseMatcher.h"
#include "esp/SlipCodec.h"

using namespace fw::esp;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

}  // namespace

TEST_CASE("SYNC request matches the documented bytes", "[unit][esp]")
{
    const QByteArray expected = hex("0008240000000000" "07071220") + QByteArray(32, char(0x55));
    CHECK(Command::sync().encode() == expected);
    CHECK(Command::sync().frame() == QByteArray(hex("c0") + expected + hex("c0")));
}

TEST_CASE("Word commands encode their fields little-endian", "[unit][esp]")
{
    CHECK(Command::readReg(0x40001000).encode() == hex("000a040000000000" "00100040"));
    CHECK(Command::writeReg(0x60000200, 0x00040000).encode()
          == hex("0009100000000000" "00020060" "00000400" "ffffffff" "00000000"));
    CHECK(Command::flashBegin(0x67000, 475, 0x400, 0).encode()
          == hex("0002100000000000" "00700600" "db010000" "00040000" "00000000"));
    CHECK(Command::flashBegin(0x1000, 1, 0x4000, 0x1000, true).data.size() == 20);
    CHECK(Command::flashEnd(true).data == hex("00000000"));
    CHECK(Command::flashEnd(false).data == hex("01000000"));
    CHECK(Command::memBegin(0x2000, 2, 0x1800, 0x40108000).data
          == hex("00200000" "02000000" "00180000" "00801040"));
    CHECK(Command::memEnd(true, 0x4010E004).data == hex("00000000" "04e01040"));
    CHECK(Command::memEnd(false, 0).data == hex("01000000" "00000000"));
    CHECK(Command::spiAttach(true).data == hex("00000000" "00000000"));
    CHECK(Command::spiAttach(false).data == hex("00000000"));
    CHECK(Command::spiSetParams(0x400000).data
          == hex("00000000" "00004000" "00000100" "00100000" "00010000" "ffff0000"));
    CHECK(Command::changeBaudrate(460800, 0).encode() == hex("000f080000000000" "00080700" "00000000"));
    CHECK(Command::readFlashSlow(0x1000, 64).data == hex("00100000" "40000000"));
    CHECK(Command::flashDeflBegin(0x100000, 64, 0x4000, 0).encode().left(4) == hex("00101000"));
    CHECK(Command::flashDeflEnd(false).encode() == hex("0012040000000000" "01000000"));
    CHECK(Command::spiFlashMd5(0, 0x100000).data == hex("00000000" "00001000" "00000000" "00000000"));
    CHECK(Command::getSecurityInfo().encode() == hex("0014000000000000"));
    CHECK(Command::eraseFlash().encode() == hex("00d0000000000000"));
    CHECK(Command::eraseRegion(0x1000, 0x2000).data == hex("00100000" "00200000"));
    CHECK(Command::readFlash(0, 0x100000, 0x1000, 64).data
          == hex("00000000" "00001000" "00100000" "40000000"));
    CHECK(Command::runUserCode().encode() == hex("00d3000000000000"));
}

TEST_CASE("Data commands carry the sub-header and the 0xEF XOR checksum", "[unit][esp]")
{
    CHECK(Command::checksumOf(QByteArray()) == 0xEF);
    CHECK(Command::checksumOf(hex("ef")) == 0x00);
    CHECK(Command::checksumOf(hex("010203")) == (0xEF ^ 0x01 ^ 0x02 ^ 0x03));

    const QByteArray block = hex("c0dbff00");
    const Command c = Command::flashData(block, 7);
    CHECK(c.checksum == (0xEF ^ 0xC0 ^ 0xDB ^ 0xFF));
    // The checksum covers the block only, never the 16-byte sub-header.
    CHECK(c.encode() == hex("000314000b000000" "04000000" "07000000" "00000000" "00000000" "c0dbff00"));
    // Bytes that collide with SLIP delimiters are escaped on the wire.
    CHECK(c.frame().contains(hex("dbdcdbdd")));
    CHECK(Command::memData(block, 0).encode().mid(1, 1) == hex("07"));
    CHECK(Command::flashDeflData(block, 1).encode().mid(1, 1) == hex("11"));
    CHECK(Command::flashDeflData(block, 1).checksum == c.checksum);
}

TEST_CASE("Replies decode with the status layout of each loader", "[unit][esp]")
{
    SECTION("ESP8266 ROM SYNC reply (2 status bytes, ROM value)")
    {
        auto r = Response::decode(hex("01080200" "07071220" "0000"), LoaderKind::Esp8266Rom);
        REQUIRE(r);
        CHECK(r->isSync());
        CHECK(r->value == Command::RomSyncValue);
        CHECK(r->ok());
        CHECK(r->payload.isEmpty());
    }
    SECTION("ESP8266 ROM READ_REG reply with the chip magic")
    {
        auto r = Response::decode(hex("010a0200" "01c1f0ff" "0000"), LoaderKind::Esp8266Rom);
        REQUIRE(r);
        CHECK(r->opcode == 0x0A);
        CHECK(r->value == 0xFFF0C101u);
        CHECK(r->ok());
    }
    SECTION("ESP32 ROM READ_REG reply (4 status bytes)")
    {
        auto r = Response::decode(hex("010a0400" "831df000" "00000000"), LoaderKind::Esp32Rom);
        REQUIRE(r);
        CHECK(r->value == 0x00F01D83u);
        CHECK(r->status.size() == 4);
        CHECK(r->ok());
    }
    SECTION("ESP32 ROM failure: byte 0 = 1, byte 1 = code")
    {
        const QByteArray frame = hex("01030400" "00000000" "01070000");
        auto r = Response::decode(frame, LoaderKind::Esp32Rom);
        REQUIRE(r);
        CHECK(r->failed);
        CHECK(r->errorCode == 0x07);
        CHECK(r->statusHex() == QStringLiteral("0107"));
        // Read with the 2-byte layout, the same frame would look like success.
        auto wrong = Response::decode(frame, LoaderKind::Esp8266Rom);
        REQUIRE(wrong);
        CHECK(wrong->ok());
        CHECK(wrong->payload == hex("0107"));
    }
    SECTION("ESP32 ROM MD5 reply keeps the 32 hex characters as payload")
    {
        const QByteArray md5 = "0123456789abcdef0123456789abcdef";
        const QByteArray frame = hex("01132400" "00000000") + md5 + hex("00000000");
        auto r = Response::decode(frame, LoaderKind::Esp32Rom);
        REQUIRE(r);
        CHECK(r->payload == md5);
    }
    SECTION("Stub failure: byte 0 is the code, as in \"result was C100\"")
    {
        auto r = Response::decode(hex("01030200" "00000000" "c100"), LoaderKind::Stub);
        REQUIRE(r);
        CHECK(r->failed);
        CHECK(r->errorCode == 0xC1);
        CHECK(r->statusHex() == QStringLiteral("C100"));
    }
    SECTION("ESP8266 ROM failure with code 0x05 for an unknown command")
    {
        auto r = Response::decode(hex("01100200" "00000000" "0105"), LoaderKind::Esp8266Rom);
        REQUIRE(r);
        CHECK(r->failed);
        CHECK(r->errorCode == 0x05);
    }
    SECTION("Malformed replies are refused with a reason")
    {
        QString why;
        CHECK_FALSE(Response::decode(hex("010802"), LoaderKind::Esp8266Rom, &why));
        CHECK_FALSE(why.isEmpty());
        CHECK_FALSE(Response::decode(hex("00080200" "07071220" "0000"), LoaderKind::Esp8266Rom));
        CHECK_FALSE(Response::decode(hex("01080200" "07071220" "0000"), LoaderKind::Esp32Rom));
    }
}

TEST_CASE("ResponseMatcher skips the ROM's extra SYNC replies and stray frames", "[unit][esp]")
{
    ResponseMatcher m(Opcode::ReadReg, LoaderKind::Esp8266Rom);
    const QByteArray syncReply = hex("01080200" "07071220" "0000");
    for (int i = 0; i < 7; ++i)
        CHECK(m.offer(syncReply) == ResponseMatcher::Outcome::Skipped);
    CHECK(m.offer(hex("0102")) == ResponseMatcher::Outcome::Malformed);
    CHECK(m.offer(SlipFrame{hex("010a0200"), true, false}) == ResponseMatcher::Outcome::Malformed);
    CHECK(m.offer(hex("01090200" "00000000" "0000")) == ResponseMatcher::Outcome::Skipped);
    CHECK_FALSE(m.matched());
    CHECK(m.offer(hex("010a0200" "01c1f0ff" "0000")) == ResponseMatcher::Outcome::Matched);
    REQUIRE(m.matched());
    CHECK(m.response()->value == 0xFFF0C101u);
    CHECK(m.skippedSyncReplies() == 7);
    CHECK(m.skippedOther() == 1);
    CHECK(m.malformed() == 2);
}

TEST_CASE("ResponseMatcher gives up after its frame limit", "[unit][esp]")
{
    ResponseMatcher m(Opcode::FlashBegin, LoaderKind::Esp8266Rom, 3);
    const QByteArray syncReply = hex("01080200" "07071220" "0000");
    CHECK(m.offer(syncReply) == ResponseMatcher::Outcome::Skipped);
    CHECK(m.offer(syncReply) == ResponseMatcher::Outcome::Skipped);
    CHECK(m.offer(syncReply) == ResponseMatcher::Outcome::Exhausted);
    CHECK(m.exhausted());
    CHECK(m.offer(hex("01020200" "00000000" "0000")) == ResponseMatcher::Outcome::Exhausted);
    CHECK_FALSE(m.matched());
}

TEST_CASE("ResponseMatcher takes a ROM's invalid-message reply under another opcode as the answer",
          "[unit][esp]")
{
    // GET_SECURITY_INFO to an ESP32 ROM that lacks it: the ROM answers "failed, 0x05" under the
    // opcode of the previous request (READ_REG here), eight times.
    const QByteArray unknown = hex("010a0400" "00000000" "01050000");
    ResponseMatcher rom(Opcode::GetSecurityInfo, LoaderKind::Esp32Rom);
    CHECK(rom.offer(hex("01080400" "07071220" "00000000")) == ResponseMatcher::Outcome::Skipped);
    CHECK(rom.offer(unknown) == ResponseMatcher::Outcome::Matched);
    CHECK(rom.unsupported());
    REQUIRE(rom.response());
    CHECK(rom.response()->failed);
    CHECK(rom.response()->errorCode == 0x05);

    // A successful stray reply is still skipped, and a stub never answers that way.
    ResponseMatcher ok(Opcode::GetSecurityInfo, LoaderKind::Esp32Rom);
    CHECK(ok.offer(hex("010a0400" "00000000" "00000000")) == ResponseMatcher::Outcome::Skipped);
    CHECK_FALSE(ok.unsupported());
    ResponseMatcher stub(Opcode::GetSecurityInfo, LoaderKind::Stub);
    CHECK(stub.offer(hex("010a0200" "00000000" "0105")) == ResponseMatcher::Outcome::Skipped);
    CHECK_FALSE(stub.matched());
}

TEST_CASE("Opcode names follow the protocol documentation", "[unit][esp]")
{
    CHECK(opcodeName(Opcode::FlashDeflData) == QStringLiteral("FLASH_DEFL_DATA"));
    CHECK(opcodeName(Opcode::SpiFlashMd5) == QStringLiteral("SPI_FLASH_MD5"));
    CHECK(opcodeName(quint8(0x42)) == QStringLiteral("0x42"));
}
