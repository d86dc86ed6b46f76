#include <catch2/catch.hpp>

#include "esp/sim/FlashChip.h"
#include "esp/sim/LoaderRequest.h"
#include "esp/sim/SimSlipFramer.h"

using namespace fw::esp::sim;

TEST_CASE("Flash chip: size from the JEDEC id, erased state and erase granularity", "[unit][esp][sim]")
{
    CHECK(FlashChip::sizeForJedecId(0xC84016) == 4 * 1024 * 1024);
    CHECK(FlashChip::sizeForJedecId(0xC84014) == 1024 * 1024);
    CHECK(FlashChip::sizeForJedecId(0xEF4018) == 16 * 1024 * 1024);
    CHECK(FlashChip::sizeForJedecId(0xC84099) == 0);
    CHECK(FlashChip::gigaDeviceIdForSize(2 * 1024 * 1024) == 0xC84015u);

    FlashChip chip(0xC84014);
    REQUIRE(chip.size() == 1024 * 1024);
    CHECK(chip.read(0, 16) == QByteArray(16, char(0xFF)));
    chip.program(0, QByteArray(0x20000, '\0'));
    chip.eraseSector(0x1234);
    CHECK(chip.read(0x1000, 0x1000) == QByteArray(0x1000, char(0xFF)));
    CHECK(chip.read(0x0FFF, 1) == QByteArray(1, '\0'));
    CHECK(chip.read(0x2000, 1) == QByteArray(1, '\0'));
    chip.eraseBlock(0x1FFFF);
    CHECK(chip.read(0x10000, 0x10000) == QByteArray(0x10000, char(0xFF)));
    CHECK(chip.read(0xFFFF, 1) == QByteArray(1, '\0'));
    chip.eraseChip();
    CHECK(chip.contents() == QByteArray(chip.size(), char(0xFF)));
    CHECK(chip.sectorErases() == 1);
    CHECK(chip.blockErases() == 1);
    CHECK(chip.chipErases() == 1);
}

TEST_CASE("Flash chip: programming only clears bits and wraps inside a page", "[unit][esp][sim]")
{
    FlashChip chip;
    chip.programPage(0x100, QByteArray::fromHex("F0F0"));
    chip.programPage(0x100, QByteArray::fromHex("3C0F"));
    CHECK(chip.read(0x100, 2) == QByteArray::fromHex("3000"));
    // 4 bytes from the last 2 of a page: the tail lands at the start of the same page.
    chip.programPage(0x2FE, QByteArray::fromHex("11223344"));
    CHECK(chip.read(0x2FE, 2) == QByteArray::fromHex("1122"));
    CHECK(chip.read(0x200, 2) == QByteArray::fromHex("3344"));
    CHECK(chip.read(0x300, 1) == QByteArray(1, char(0xFF)));
    // program() splits at page boundaries instead.
    chip.program(0x4FE, QByteArray::fromHex("55667788"));
    CHECK(chip.read(0x4FE, 4) == QByteArray::fromHex("55667788"));
    CHECK(chip.read(0x400, 2) == QByteArray(2, char(0xFF)));
}

TEST_CASE("Flash chip: timing figures scale and address errors cost nothing", "[unit][esp][sim]")
{
    FlashChip chip(0xC84014);
    CHECK(chip.eraseSector(0) == 45'000);
    CHECK(chip.programPage(0, QByteArray(256, '\0')) == 700);
    FlashChip::Timing t;
    t.scale = 0.5;
    chip.setTiming(t);
    CHECK(chip.eraseChip() == 5'000'000);
    CHECK(chip.eraseSector(chip.size()) == 0);
    CHECK(chip.programPage(-1, QByteArray(1, '\0')) == 0);
    CHECK(chip.read(chip.size() - 2, 4) == QByteArray(4, char(0xFF)));
}

TEST_CASE("Simulator SLIP framer ignores text between frames and undoes escapes", "[unit][esp][sim]")
{
    SimSlipFramer f;
    QList<QByteArray> frames = f.feed(QByteArray("ets Jan  8 2013\r\n") + QByteArray::fromHex("C00102DBDC03DBDDC0"));
    REQUIRE(frames.size() == 1);
    CHECK(frames[0] == QByteArray::fromHex("0102C003DB"));
    // Text after a frame never becomes a frame; C0 C0 resynchronises.
    frames = f.feed(QByteArray("noise") + QByteArray::fromHex("C0C0AABBC0"));
    REQUIRE(frames.size() == 1);
    CHECK(frames[0] == QByteArray::fromHex("AABB"));
    // Split across calls; a broken escape drops the frame.
    CHECK(f.feed(QByteArray::fromHex("C011")).isEmpty());
    CHECK(f.feed(QByteArray::fromHex("22C0")) == QList<QByteArray>{QByteArray::fromHex("1122")});
    CHECK(f.feed(QByteArray::fromHex("C011DB22C0")).isEmpty());
    CHECK(SimSlipFramer::encode(QByteArray::fromHex("C0DB01")) == QByteArray::fromHex("C0DBDCDBDD01C0"));
}

TEST_CASE("Loader request parsing and the data checksum", "[unit][esp][sim]")
{
    LoaderRequest r;
    CHECK(LoaderRequest::parse(QByteArray::fromHex("000A04000000000000100040"), &r) == LoaderRequest::Parse::Ok);
    CHECK(r.opcode == 0x0A);
    CHECK(r.word(0) == 0x40001000u);
    CHECK(LoaderRequest::parse(QByteArray::fromHex("000A050000000000001000"), &r)
          == LoaderRequest::Parse::LengthMismatch);
    CHECK(LoaderRequest::parse(QByteArray::fromHex("010A0400"), &r) == LoaderRequest::Parse::NotARequest);
    CHECK(LoaderRequest::dataChecksum({}) == 0xEF);
    CHECK(LoaderRequest::dataChecksum(QByteArray::fromHex("EF01")) == 0x01);
    CHECK(LoaderRequest::response(0x08, 0x20120707, QByteArray(2, '\0'))
          == QByteArray::fromHex("0108020007071220" "0000"));
}
