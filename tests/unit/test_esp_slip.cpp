#include <catch2/catch.hpp>

#include "esp/SlipCodec.h"

using fw::esp::SlipCodec;
using fw::esp::SlipFrame;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

}  // namespace

TEST_CASE("SLIP encode escapes C0 and DB and adds delimiters", "[unit][esp]")
{
    CHECK(SlipCodec::encode(hex("01c002db03")) == hex("c001dbdc02dbdd03c0"));
    CHECK(SlipCodec::encode(QByteArray()) == hex("c0c0"));
    CHECK(SlipCodec::encode(hex("0102")) == hex("c00102c0"));
}

TEST_CASE("SLIP decoder rebuilds escaped frames split across every chunk size", "[unit][esp]")
{
    const QByteArray payload = hex("0108020007071220c0dbdbc0000000");
    const QByteArray wire = SlipCodec::encode(payload) + SlipCodec::encode(hex("010a0200"));
    for (int chunk = 1; chunk <= wire.size(); ++chunk) {
        SlipCodec codec;
        for (qsizetype at = 0; at < wire.size(); at += chunk)
            codec.feed(QByteArrayView(wire).sliced(at, std::min<qsizetype>(chunk, wire.size() - at)));
        INFO("chunk size " << chunk);
        const QList<SlipFrame> frames = codec.takeFrames();
        REQUIRE(frames.size() == 2);
        CHECK(frames[0].data == payload);
        CHECK_FALSE(frames[0].badEscape);
        CHECK(frames[1].data == hex("010a0200"));
        CHECK(codec.takeOutside().isEmpty());
        CHECK_FALSE(codec.inFrame());
    }
}

TEST_CASE("SLIP decoder keeps ROM boot text between frames apart from the frames", "[unit][esp]")
{
    const QByteArray boot = "ets Jan  8 2013,rst cause:2, boot mode:(1,7)\r\n\r\nwaiting for download\r\n";
    SlipCodec codec;
    codec.feed(boot.left(20));
    CHECK_FALSE(codec.hasFrame());
    codec.feed(QByteArray(boot.mid(20) + SlipCodec::encode(hex("0108020007071220")).left(5)));
    CHECK_FALSE(codec.hasFrame());
    CHECK(codec.inFrame());
    codec.feed(QByteArray(SlipCodec::encode(hex("0108020007071220")).mid(5) + "\r\nmore text"));
    REQUIRE(codec.hasFrame());
    CHECK(codec.takeFrame().data == hex("0108020007071220"));
    const QByteArray outside = codec.takeOutside();
    CHECK(outside == QByteArray(boot + "\r\nmore text"));
    CHECK(outside.contains("waiting for download"));
    CHECK(codec.outsideTotal() == outside.size());
    CHECK(codec.takeOutside().isEmpty());
}

TEST_CASE("SLIP decoder flags an invalid escape and still delimits the frame", "[unit][esp]")
{
    SlipCodec codec;
    codec.feed(hex("c001db11c0c0020304c0"));
    REQUIRE(codec.hasFrame());
    const SlipFrame bad = codec.takeFrame();
    CHECK(bad.badEscape);
    const SlipFrame good = codec.takeFrame();
    CHECK_FALSE(good.badEscape);
    CHECK(good.data == hex("020304"));

    // An escape byte right before the closing delimiter is just as invalid.
    codec.feed(hex("c005dbc0"));
    REQUIRE(codec.hasFrame());
    CHECK(codec.takeFrame().badEscape);
}

TEST_CASE("SLIP decoder caps oversized frames instead of growing without bound", "[unit][esp]")
{
    SlipCodec codec;
    codec.setMaxFrameSize(16);
    codec.feed(QByteArray(hex("c0") + QByteArray(40, 'x') + hex("c0")));
    REQUIRE(codec.hasFrame());
    const SlipFrame f = codec.takeFrame();
    CHECK(f.overflow);
    CHECK(f.data.size() == 16);
}
