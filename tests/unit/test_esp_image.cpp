#include <catch2/catch.hpp>

#include "esp/ImageInfo.h"
#include "support/EspTestImage.h"
#include "support/TestUtil.h"

#include <QFile>

using namespace fw::esp;

namespace {

using fw::test::EspTestImage;

// The image this file's tests were written against: the ESP32 extended header carries revisions
// 0.3 .. 1.99.
QByteArray buildImage(const QList<EspTestImage::Segment> &segs, quint8 mode, quint8 sizeFreq, quint32 entry,
                      bool esp32 = false, quint16 chipId = 0, bool withHash = false)
{
    std::optional<EspTestImage::ExtendedHeader> ext;
    if (esp32)
        ext = EspTestImage::ExtendedHeader{chipId, 3, 199, withHash};
    return EspTestImage::build(segs, mode, sizeFreq, entry, ext);
}

QByteArray esp8266Image()
{
    return buildImage({{0x40100000, QByteArray::fromHex("0102030405060708")},
                       {0x3FFE8000, QByteArray::fromHex("a0b0c0d0")}},
                      ImageInfo::Qio, 0x20, 0x40100004);
}

}  // namespace

TEST_CASE("A constructed ESP8266 image parses with its header, segments and checksum", "[unit][esp]")
{
    const QByteArray img = esp8266Image();
    const ImageInfo info = ImageInfo::parse(img);
    CHECK(info.findings.isEmpty());
    CHECK(info.family == ImageFamily::Esp8266);
    CHECK(info.segmentCount == 2);
    REQUIRE(info.segments.size() == 2);
    CHECK(info.segments[0].loadAddress == 0x40100000u);
    CHECK(info.segments[0].length == 8u);
    CHECK(info.segments[0].dataOffset == 16);
    CHECK(info.segments[1].loadAddress == 0x3FFE8000u);
    CHECK(info.entryPoint == 0x40100004u);
    CHECK(info.flashModeName() == QStringLiteral("QIO"));
    CHECK(info.flashSizeName() == QStringLiteral("1MB"));
    CHECK(info.flashFreqName() == QStringLiteral("40m"));
    CHECK(info.checksumValid());
    CHECK(info.checksumOffset == img.size() - 1);
    CHECK(info.imageSize == img.size());
    CHECK(info.trailingBytes == 0);
    CHECK(info.chipName() == QStringLiteral("ESP8266"));
}

TEST_CASE("Damaged images are reported as findings", "[unit][esp]")
{
    const QByteArray img = esp8266Image();
    SECTION("bad checksum")
    {
        QByteArray bad = img;
        bad[17] = char(bad[17] ^ 0x40);
        const ImageInfo info = ImageInfo::parse(bad);
        CHECK(info.hasErrors());
        CHECK(info.hasFinding(QStringLiteral("image.bad_checksum")));
        CHECK_FALSE(info.checksumValid());
    }
    SECTION("truncated inside a segment, and before the checksum")
    {
        CHECK(ImageInfo::parse(img.left(20)).hasFinding(QStringLiteral("image.truncated")));
        CHECK(ImageInfo::parse(img.left(img.size() - 1)).hasFinding(QStringLiteral("image.truncated")));
        CHECK(ImageInfo::parse(img.left(4)).hasFinding(QStringLiteral("image.truncated")));
    }
    SECTION("wrong magic")
    {
        QByteArray bad = img;
        bad[0] = char(0x00);
        const ImageInfo info = ImageInfo::parse(bad);
        CHECK(info.hasFinding(QStringLiteral("image.bad_magic")));
        CHECK_FALSE(info.findings.first().message.isEmpty());
    }
    SECTION("impossible segment count")
    {
        QByteArray bad = img;
        bad[1] = char(40);
        CHECK(ImageInfo::parse(bad).hasFinding(QStringLiteral("image.bad_segment_count")));
    }
}

TEST_CASE("An ESP32 image gives its chip, revision range and appended SHA-256", "[unit][esp]")
{
    const QByteArray img = buildImage({{0x3FC88000, QByteArray(64, 'a')}, {0x40380000, QByteArray(36, 'b')}},
                                      ImageInfo::Dio, 0x2F, 0x40380080, true, 5, true);
    const ImageInfo info = ImageInfo::parse(img);
    CHECK(info.findings.isEmpty());
    CHECK(info.family == ImageFamily::Esp32);
    CHECK(info.hasExtendedHeader);
    CHECK(info.chipId == 5);
    CHECK(info.chipName() == QStringLiteral("ESP32-C3"));
    CHECK(info.minRevision == 3);
    CHECK(info.maxRevision == 199);
    CHECK(info.hashAppended);
    CHECK(info.sha256Valid());
    CHECK(info.flashSizeName() == QStringLiteral("4MB"));
    CHECK(info.flashFreqName() == QStringLiteral("80m"));
    CHECK(info.imageSize == img.size());

    QByteArray bad = img;
    bad[bad.size() - 3] = char(bad[bad.size() - 3] ^ 1);
    CHECK(ImageInfo::parse(bad).hasFinding(QStringLiteral("image.bad_sha256")));
    CHECK(ImageInfo::parse(img.left(img.size() - 10)).hasFinding(QStringLiteral("image.truncated")));
}

TEST_CASE("An ESP32 factory image is found behind its 0xFF padding", "[unit][esp]")
{
    const QByteArray app = buildImage({{0x3FFB0000, QByteArray(32, 'c')}}, ImageInfo::Dio, 0x20,
                                      0x40080000, true, 0, false);
    CHECK(ImageInfo::locateHeader(app) == 0);
    CHECK(ImageInfo::locateHeader(QByteArray(QByteArray(0x1000, char(0xFF)) + app)) == 0x1000);
    CHECK(ImageInfo::locateHeader(QByteArray(QByteArray(0x1000, '\0') + app)) == -1);
}

TEST_CASE("Header patch sets DOUT and the flash size without breaking the checksum", "[unit][esp]")
{
    const QByteArray img = esp8266Image();
    const auto out = ImageInfo::patchFlashParams(img, 0, {ImageInfo::Dout, quint8(4), std::nullopt});
    CHECK(out.changed);
    CHECK(out.findings.isEmpty());
    REQUIRE(out.bytes.size() == img.size());
    CHECK(quint8(out.bytes[2]) == 0x03);
    CHECK(quint8(out.bytes[3]) == 0x40);  // 4 MB, frequency kept at 40 MHz
    CHECK(out.bytes.mid(4) == img.mid(4));
    const ImageInfo info = ImageInfo::parse(out.bytes);
    CHECK(info.checksumValid());
    CHECK(info.flashModeName() == QStringLiteral("DOUT"));

    // Patching to what is already there changes nothing.
    CHECK_FALSE(ImageInfo::patchFlashParams(out.bytes, 0, {ImageInfo::Dout, std::nullopt, std::nullopt}).changed);
}

TEST_CASE("Header patch recomputes an appended SHA-256 at the boot loader offset", "[unit][esp]")
{
    const QByteArray app = buildImage({{0x3FFB0000, QByteArray(48, 'd')}}, ImageInfo::Qio, 0x20,
                                      0x40080000, true, 0, true);
    const QByteArray factory = QByteArray(0x1000, char(0xFF)) + app;
    const auto out = ImageInfo::patchFlashParams(factory, 0x1000, {ImageInfo::Dio, quint8(3), std::nullopt});
    REQUIRE(out.changed);
    CHECK(quint8(out.bytes[0x1002]) == ImageInfo::Dio);
    CHECK(quint8(out.bytes[0x1003]) == 0x30);  // ESP32 code 3 = 8 MB, 40 MHz kept
    const ImageInfo info = ImageInfo::parse(out.bytes, 0x1000);
    CHECK(info.sha256Valid());
    CHECK(info.storedSha256 != ImageInfo::parse(factory, 0x1000).storedSha256);
    CHECK(out.bytes.left(0x1000) == factory.left(0x1000));
}

TEST_CASE("Header patch leaves unverifiable images alone and says why", "[unit][esp]")
{
    QByteArray bad = esp8266Image();
    bad[17] = char(bad[17] ^ 0x40);
    const auto out = ImageInfo::patchFlashParams(bad, 0, {ImageInfo::Dout, std::nullopt, std::nullopt});
    CHECK_FALSE(out.changed);
    CHECK(out.bytes == bad);
    REQUIRE_FALSE(out.findings.isEmpty());
    CHECK(out.findings.first().code == QStringLiteral("image.patch_unverified"));

    const auto none = ImageInfo::patchFlashParams(QByteArray(64, char(0xFF)), 0, {ImageInfo::Dout, std::nullopt, std::nullopt});
    CHECK_FALSE(none.changed);
    REQUIRE_FALSE(none.findings.isEmpty());
    CHECK(none.findings.first().code == QStringLiteral("image.patch_no_header"));
}

TEST_CASE("Flash names and codes convert both ways", "[unit][esp]")
{
    CHECK(ImageInfo::flashModeFromName(QStringLiteral("dout")) == std::optional<quint8>(ImageInfo::Dout));
    CHECK_FALSE(ImageInfo::flashModeFromName(QStringLiteral("fast")));
    CHECK(ImageInfo::flashSizeCodeFor(ImageFamily::Esp8266, 1024 * 1024) == std::optional<quint8>(2));
    CHECK(ImageInfo::flashSizeCodeFor(ImageFamily::Esp8266, 512 * 1024) == std::optional<quint8>(0));
    CHECK(ImageInfo::flashSizeCodeFor(ImageFamily::Esp32, 4 * 1024 * 1024) == std::optional<quint8>(2));
    CHECK_FALSE(ImageInfo::flashSizeCodeFor(ImageFamily::Esp32, 3 * 1024 * 1024));
}

TEST_CASE("tasmota-lite.bin from the corpus is a valid DOUT 1 MB ESP8266 image", "[unit][esp]")
{
    const QString path = fw::test::corpusFile(QStringLiteral("tasmota-lite.bin"));
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("corpus file tasmota-lite.bin is absent; skipping");
        return;
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.size() == 486256);
    const ImageInfo info = ImageInfo::parse(bytes);
    CHECK_FALSE(info.hasErrors());
    CHECK(info.family == ImageFamily::Esp8266);
    CHECK(info.magic == 0xE9);
    CHECK(info.flashMode == ImageInfo::Dout);
    CHECK(info.flashSizeName() == QStringLiteral("1MB"));
    CHECK(info.flashFreqName() == QStringLiteral("40m"));
    CHECK(info.entryPoint == 0x4010F45Cu);
    CHECK(info.checksumValid());
    CHECK(info.storedChecksum == 0xB0);
    // The boot image is followed by the application image at 0x1000.
    CHECK(info.trailingBytes == bytes.size() - 0xE20);
    const ImageInfo app = ImageInfo::parse(bytes, 0x1000);
    CHECK_FALSE(app.hasErrors());
    CHECK(app.family == ImageFamily::Esp8266);
    CHECK(app.segmentCount == 5);
    CHECK(app.checksumValid());
    CHECK(app.trailingBytes == 0);

    const auto patched = ImageInfo::patchFlashParams(bytes, 0, {ImageInfo::Dio, std::nullopt, std::nullopt});
    CHECK(patched.changed);
    CHECK(ImageInfo::parse(patched.bytes).checksumValid());
}
