#include "telink/TelinkExtOta.h"
#include "telink/TelinkOtaFrames.h"

#include <catch2/catch.hpp>

using namespace fw::telink;

TEST_CASE("Telink OTA data frame matches the ATC_v58 block 0 vector", "[unit][telink]")
{
    // telink.md §1.2: block 0 of ATC_v58.bin is 0000 2680013099995d024b4e4c545b078800 bdb5.
    const QByteArray data = QByteArray::fromHex("2680013099995d024b4e4c545b078800");
    const QByteArray frame = TelinkOtaFrames::dataFrame(data, 0);
    CHECK(frame.toHex() == "00002680013099995d024b4e4c545b078800bdb5");
    CHECK(frame.size() == TelinkOtaFrames::FrameSize);

    int index = -1;
    QByteArray back;
    REQUIRE(TelinkOtaFrames::parseDataFrame(frame, &index, &back));
    CHECK(index == 0);
    CHECK(back == data);
}

TEST_CASE("Telink OTA end frame and frame count for an 86340-byte image", "[unit][telink]")
{
    CHECK(TelinkOtaFrames::frameCount(86340) == 5397);
    CHECK(TelinkOtaFrames::end(5396).toHex() == "02ff1415ebea");
    CHECK(TelinkOtaFrames::start().toHex() == "01ff");
    CHECK(TelinkOtaFrames::versionRequest().toHex() == "00ff");
    CHECK(TelinkOtaFrames::frameCount(0) == 0);
    CHECK(TelinkOtaFrames::frameCount(16) == 1);
    CHECK(TelinkOtaFrames::frameCount(17) == 2);
}

TEST_CASE("Telink OTA frames index by 16 bytes and pad the last with 0xFF", "[unit][telink]")
{
    QByteArray image;
    for (int i = 0; i < 40; ++i)
        image.append(char(i));
    const QByteArray f1 = TelinkOtaFrames::dataFrame(image, 1);
    CHECK(f1.left(2).toHex() == "0100");
    CHECK(f1.mid(2, 16) == image.mid(16, 16));
    const QByteArray f2 = TelinkOtaFrames::dataFrame(image, 2);
    CHECK(f2.mid(2, 8) == image.mid(32, 8));
    CHECK(f2.mid(10, 8) == QByteArray(8, '\xFF'));
    int index = -1;
    REQUIRE(TelinkOtaFrames::parseDataFrame(f2, &index, nullptr));
    CHECK(index == 2);

    // A frame with one flipped bit fails its CRC; a short one is not a frame.
    QByteArray bad = f2;
    bad[5] = char(bad[5] ^ 0x01);
    CHECK_FALSE(TelinkOtaFrames::parseDataFrame(bad, nullptr, nullptr));
    CHECK_FALSE(TelinkOtaFrames::parseDataFrame(f2.left(19), nullptr, nullptr));
    // Index above 0xFF goes little-endian.
    CHECK(TelinkOtaFrames::dataFrame(QByteArray(5000, 'x'), 0x123).left(2).toHex() == "2301");
}

TEST_CASE("Telink OTA status codes have names and texts", "[unit][telink]")
{
    CHECK(TelinkOtaFrames::statusName(2) == QStringLiteral("OTA_DATA_CRC_ERR"));
    CHECK(TelinkOtaFrames::statusName(6) == QStringLiteral("OTA_FW_CHECK_ERR"));
    for (int s = 0; s <= 6; ++s)
        CHECK_FALSE(TelinkOtaFrames::statusText(s).isEmpty());
    CHECK(TelinkOtaFrames::statusText(9).contains(QStringLiteral("9")));
}

TEST_CASE("pvvx extended OTA request carries address and size in KiB", "[unit][telink]")
{
    // §1.6: 73, start address u32 LE (0x40000), size in KiB u32 LE.
    CHECK(TelinkExtOta::request(150 * 1024, 0x58).toHex() == "730000040096000000");
    CHECK(TelinkExtOta::request(150 * 1024 + 1, 0x58).toHex() == "730000040097000000");
    // pvvx 5.3 and older need 129 for an image of exactly 128 KiB.
    CHECK(TelinkExtOta::request(128 * 1024, 0x53).toHex() == "730000040081000000");
    CHECK(TelinkExtOta::request(128 * 1024, 0x54).toHex() == "730000040080000000");
}
