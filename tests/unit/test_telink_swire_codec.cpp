#include <catch2/catch.hpp>

#include "telink/SwireCodec.h"

using fw::telink::SwireCodec;
using Status = SwireCodec::ReplyStatus;

namespace {

QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray b;
    for (int v : list)
        b.append(char(v));
    return b;
}

}  // namespace

TEST_CASE("SWire frames are ten UART bytes, one per bit, MSB first", "[unit][telink]")
{
    // telink.md §5.1/§5.2: cmd flag, 8 data bits MSB first, end unit; 0x80 = 1, 0xFE = 0.
    CHECK(SwireCodec::startFrame() == bytes({0x80, 0xFE, 0x80, 0xFE, 0x80, 0x80, 0xFE, 0x80, 0xFE, 0xFE}));
    CHECK(SwireCodec::endFrame() == bytes({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0xFE}));
    CHECK(SwireCodec::frame(0x05, false) == bytes({0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0x80, 0xFE, 0x80, 0xFE}));
}

TEST_CASE("SWire transactions carry START, a 24-bit address, RW_ID, data and END", "[unit][telink]")
{
    const QByteArray t = SwireCodec::writeTransaction(0x000602, QByteArray(1, char(0x05)));
    REQUIRE(t.size() == 70);
    CHECK(t.size() == SwireCodec::writeTransactionSize(1));
    CHECK(t.left(10) == SwireCodec::startFrame());
    CHECK(t.mid(10, 10) == SwireCodec::frame(0x00, false));
    CHECK(t.mid(20, 10) == SwireCodec::frame(0x06, false));
    CHECK(t.mid(30, 10) == SwireCodec::frame(0x02, false));
    CHECK(t.mid(40, 10) == SwireCodec::frame(0x00, false));  // RW_ID: write, id 0
    CHECK(t.mid(50, 10) == SwireCodec::frame(0x05, false));
    CHECK(t.right(10) == SwireCodec::endFrame());

    const QByteArray r = SwireCodec::readHeader(0x00B2);
    REQUIRE(r.size() == 50);
    CHECK(r.right(10) == SwireCodec::frame(0x80, false));  // RW_ID bit 7: read
    CHECK(SwireCodec::readPulse() == bytes({0xFE}));
}

TEST_CASE("SWire line bits: low longer than high is a 1", "[unit][telink]")
{
    CHECK(SwireCodec::lineBit(0x80));
    CHECK(SwireCodec::lineBit(0x00));
    CHECK(SwireCodec::lineBit(0xE0));   // 6 of 10 bit times low
    CHECK_FALSE(SwireCodec::lineBit(0xF0));  // 5 of 10: not longer
    CHECK_FALSE(SwireCodec::lineBit(0xFE));
    CHECK_FALSE(SwireCodec::lineBit(0xFF));
}

TEST_CASE("SWire read replies decode from what a UART sees on the shared wire", "[unit][telink]")
{
    // 0xA5 = 1010 0101, worked out by hand: byte 0 is our pulse (start and bit 0 low) with the
    // chip's first bit starting about 4 bit times in (a 1 holds bits 3..7 low: 0x06; a 0 only
    // bits 3..4: 0xE6); then one byte per bit (0x80 for 1, 0xFE for 0); then the end unit.
    const QByteArray a5 = bytes({0x06, 0xFE, 0x80, 0xFE, 0xFE, 0x80, 0xFE, 0x80, 0xFE});
    SwireCodec::Reply r = SwireCodec::decodeReply(a5);
    CHECK(r.status == Status::Ok);
    CHECK(r.value == 0xA5);

    const QByteArray x5a = bytes({0xE6, 0x80, 0xFE, 0x80, 0x80, 0xFE, 0x80, 0xFE, 0xFE});
    r = SwireCodec::decodeReply(x5a);
    CHECK(r.status == Status::Ok);
    CHECK(r.value == 0x5A);

    // A chip bit a little longer than a UART byte: the 1s run into the stop bit (0x00), the 0s
    // stay low a bit longer (0xFC). Still the same byte.
    r = SwireCodec::decodeReply(bytes({0x02, 0xFC, 0x00, 0xFC, 0xFC, 0x00, 0xFC, 0x00, 0xFC}));
    CHECK(r.status == Status::Ok);
    CHECK(r.value == 0xA5);

    CHECK(SwireCodec::decodeReply({}).status == Status::Silent);
    CHECK(SwireCodec::decodeReply(bytes({0xFE})).status == Status::EchoOnly);
    // A bit sampled at the edge (half low), a missing end unit, a short reply: garbled.
    CHECK(SwireCodec::decodeReply(bytes({0x06, 0xFE, 0xE0, 0xFE, 0xFE, 0x80, 0xFE, 0x80, 0xFE})).status
          == Status::Garbled);
    CHECK(SwireCodec::decodeReply(bytes({0x06, 0xFE, 0x80, 0xFE, 0xFE, 0x80, 0xFE, 0x80, 0x80})).status
          == Status::Garbled);
    CHECK(SwireCodec::decodeReply(bytes({0x00, 0x00, 0x00, 0x00})).status == Status::Garbled);
    CHECK(SwireCodec::decodeReply(bytes({0x86, 0xFE, 0x80, 0xFE, 0xFE, 0x80, 0xFE, 0x80, 0xFE})).status
          == Status::Garbled);
}
