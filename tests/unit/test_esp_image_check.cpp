#include <catch2/catch.hpp>

#include "esp/EspImageCheck.h"
#include "support/EspTestImage.h"

using namespace fw::esp;

namespace {

constexpr qint64 MB = 1024 * 1024;

using fw::test::EspTestImage;
using Esp32Ext = EspTestImage::ExtendedHeader;

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 31 + seed) & 0xFF);
    return b;
}

// A Tasmota-like ESP8266 image: IRAM code, DRAM data, QIO, 4 MB at 40 MHz.
QByteArray esp8266Image(quint8 mode = ImageInfo::Qio, quint8 sizeFreq = 0x40)
{
    return EspTestImage::build({{0x40100000, pattern(1024, 1)}, {0x3FFE8000, pattern(256, 2)}}, mode, sizeFreq, 0x40100004);
}

// An ESP32-family boot loader image with the extended header.
QByteArray esp32Image(Esp32Ext ext = {}, quint8 sizeFreq = 0x20, int payload = 512)
{
    return EspTestImage::build({{0x3FFF0030, pattern(payload, 3)}, {0x40078000, pattern(payload, 4)}}, ImageInfo::Dio,
                               sizeFreq, 0x40080400, ext);
}

EspIdentity identity(ChipKind chip, qint64 flash, const QString &module = {}, const QString &description = {})
{
    EspIdentity id;
    id.chip = chip;
    id.flashSize = flash;
    id.moduleGuess = module;
    id.chipDescription = description;
    return id;
}

QStringList codes(const QList<ImageFinding> &findings)
{
    QStringList out;
    for (const ImageFinding &f : findings)
        out << f.code;
    return out;
}

void checkMessages(const EspImageVerdict &v)
{
    for (const ImageFinding &f : v.refusals + v.warnings)
        CHECK_FALSE(f.message.isEmpty());
}

}  // namespace

TEST_CASE("a matching ESP8266 image at 0x0 passes without warnings or patch", "[unit][esp]")
{
    const EspImageVerdict v = checkImageForDevice(esp8266Image(), 0, identity(ChipKind::Esp8266, 4 * MB));
    CHECK(v.ok());
    CHECK(v.warnings.isEmpty());
    CHECK_FALSE(v.suggestedPatch);
    CHECK(v.info.family == ImageFamily::Esp8266);
    CHECK(v.info.checksumValid());
}

TEST_CASE("ESP8285 and TYWE2S get a DOUT and flash-size patch, with warnings", "[unit][esp]")
{
    const QByteArray img = esp8266Image(ImageInfo::Qio, 0x40);
    for (const EspIdentity &id : {identity(ChipKind::Esp8285, 1 * MB), identity(ChipKind::Esp8266, 1 * MB, QStringLiteral("TYWE2S (ESP8285, 1 MB)"))}) {
        const EspImageVerdict v = checkImageForDevice(img, 0, id);
        checkMessages(v);
        CHECK(v.ok());
        CHECK(codes(v.warnings).contains(QStringLiteral("image.flash_size_larger")));
        CHECK(codes(v.warnings).contains(QStringLiteral("image.flash_mode")));
        REQUIRE(v.suggestedPatch);
        CHECK(v.suggestedPatch->mode == std::optional<quint8>(ImageInfo::Dout));
        CHECK(v.suggestedPatch->sizeCode == std::optional<quint8>(2));  // 1 MB on the ESP8266
        CHECK(v.patchHeaderOffset == 0);
        CHECK(v.patchReason.contains(QLatin1String("DOUT")));

        // After applying the suggested patch the image is clean and keeps its checksum.
        const ImageInfo::PatchResult p = ImageInfo::patchFlashParams(img, v.patchHeaderOffset, *v.suggestedPatch);
        REQUIRE(p.changed);
        CHECK(quint8(p.bytes[2]) == ImageInfo::Dout);
        CHECK(quint8(p.bytes[3]) == 0x20);
        const EspImageVerdict again = checkImageForDevice(p.bytes, 0, id);
        CHECK(again.ok());
        CHECK(again.warnings.isEmpty());
        CHECK_FALSE(again.suggestedPatch);
    }
}

TEST_CASE("an ESP8266 Tuya module gets DOUT suggested, as Tasmota recommends", "[unit][esp]")
{
    const EspIdentity tywe3s = identity(ChipKind::Esp8266, 1 * MB, QStringLiteral("TYWE3S (ESP8266, 1 MB)"));
    const EspImageVerdict v = checkImageForDevice(esp8266Image(ImageInfo::Dio, 0x20), 0, tywe3s);
    CHECK(v.ok());
    CHECK(v.warnings.isEmpty());  // DIO is not wrong on an ESP8266, only less safe
    REQUIRE(v.suggestedPatch);
    CHECK(v.suggestedPatch->mode == std::optional<quint8>(ImageInfo::Dout));
    CHECK_FALSE(v.suggestedPatch->sizeCode);
    // Not at the boot loader offset: nothing is patched.
    CHECK_FALSE(checkImageForDevice(esp8266Image(ImageInfo::Dio, 0x20), 0x10000, tywe3s).suggestedPatch);
}

TEST_CASE("a header that names less flash than the chip has is a warning and a size patch", "[unit][esp]")
{
    const EspImageVerdict v = checkImageForDevice(esp32Image({}, 0x20), 0x1000, identity(ChipKind::Esp32, 16 * MB));
    CHECK(v.ok());
    CHECK(codes(v.warnings) == QStringList{QStringLiteral("image.flash_size_smaller")});
    REQUIRE(v.suggestedPatch);
    CHECK(v.suggestedPatch->sizeCode == std::optional<quint8>(4));  // 16 MB on the ESP32
    CHECK_FALSE(v.suggestedPatch->mode);
}

TEST_CASE("a patched ESP32 image with an appended SHA-256 still verifies", "[unit][esp]")
{
    Esp32Ext ext;
    ext.hash = true;
    const QByteArray img = esp32Image(ext, 0x10);  // says 2 MB
    const EspImageVerdict v = checkImageForDevice(img, 0x1000, identity(ChipKind::Esp32, 4 * MB));
    REQUIRE(v.suggestedPatch);
    const ImageInfo::PatchResult p = ImageInfo::patchFlashParams(img, 0, *v.suggestedPatch);
    REQUIRE(p.changed);
    const ImageInfo patched = ImageInfo::parse(p.bytes);
    CHECK(patched.sha256Valid());
    CHECK(patched.flashSizeBytes() == std::optional<qint64>(4 * MB));
}

TEST_CASE("images built for another chip are refused", "[unit][esp]")
{
    SECTION("ESP32 image on an ESP8266")
    {
        const EspImageVerdict v = checkImageForDevice(esp32Image(), 0, identity(ChipKind::Esp8266, 4 * MB));
        CHECK_FALSE(v.ok());
        CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.wrong_chip")});
        CHECK(v.refusals[0].message.contains(QLatin1String("ESP32")));
        CHECK_FALSE(v.suggestedPatch);
    }
    SECTION("ESP8266 image on an ESP32, at the boot loader offset and at 0x0")
    {
        for (qint64 offset : {qint64(0x1000), qint64(0)}) {
            const EspImageVerdict v = checkImageForDevice(esp8266Image(), offset, identity(ChipKind::Esp32, 4 * MB));
            CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.wrong_chip")});
            CHECK(v.refusals[0].message.contains(QLatin1String("ESP8266")));
        }
    }
    SECTION("ESP32-S3 image (chip id 9) on an ESP32")
    {
        Esp32Ext s3;
        s3.chipId = 9;
        const EspImageVerdict v = checkImageForDevice(esp32Image(s3), 0x1000, identity(ChipKind::Esp32, 4 * MB));
        CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.wrong_chip")});
        CHECK(v.refusals[0].message.contains(QLatin1String("ESP32-S3")));
        // And on the S3 itself, at its boot loader offset 0x0, it is fine.
        CHECK(checkImageForDevice(esp32Image(s3), 0, identity(ChipKind::Esp32S3, 8 * MB)).ok());
    }
    SECTION("an ESP32 factory image (0xFF up to 0x1000) on an ESP8266")
    {
        const QByteArray factory = QByteArray(0x1000, char(0xFF)) + esp32Image();
        const EspImageVerdict v = checkImageForDevice(factory, 0, identity(ChipKind::Esp8266, 4 * MB));
        CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.wrong_chip")});
    }
}

TEST_CASE("chip revision limits: warnings when close, refusals when clearly out of range", "[unit][esp]")
{
    Esp32Ext needsV3;
    needsV3.minRev = 300;
    const EspIdentity rev1 = identity(ChipKind::Esp32, 4 * MB, {}, QStringLiteral("ESP32-D0WDQ6 (revision v1.0)"));
    CHECK(codes(checkImageForDevice(esp32Image(needsV3), 0x1000, rev1).refusals) == QStringList{QStringLiteral("image.revision")});

    Esp32Ext needsV11;
    needsV11.minRev = 101;
    const EspImageVerdict close = checkImageForDevice(esp32Image(needsV11), 0x1000, rev1);
    CHECK(close.ok());
    CHECK(codes(close.warnings).contains(QStringLiteral("image.revision")));

    const EspImageVerdict unknown = checkImageForDevice(esp32Image(needsV3), 0x1000, identity(ChipKind::Esp32, 4 * MB));
    CHECK(unknown.ok());
    CHECK(codes(unknown.warnings).contains(QStringLiteral("image.revision")));

    Esp32Ext upToV1;
    upToV1.maxRev = 99;
    const EspIdentity rev3 = identity(ChipKind::Esp32, 4 * MB, {}, QStringLiteral("ESP32-D0WD-V3 (revision v3.1)"));
    CHECK(codes(checkImageForDevice(esp32Image(upToV1), 0x1000, rev3).refusals) == QStringList{QStringLiteral("image.revision")});

    Esp32Ext impossible;
    impossible.minRev = 300;
    impossible.maxRev = 199;
    CHECK_FALSE(checkImageForDevice(esp32Image(impossible), 0x1000, identity(ChipKind::Esp32, 4 * MB)).ok());
}

TEST_CASE("an image larger than the flash is refused", "[unit][esp]")
{
    const QByteArray img = esp8266Image(ImageInfo::Dout, 0x20);
    const EspIdentity oneMb = identity(ChipKind::Esp8266, 1 * MB);
    CHECK(checkImageForDevice(img, 0, oneMb).ok());
    const QByteArray oversize = img + QByteArray(int(MB), char(0xFF));
    const EspImageVerdict v = checkImageForDevice(oversize, 0, oneMb);
    CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.too_big")});
    CHECK(v.refusals[0].message.contains(QLatin1String("1 MB")));
    // Small enough, but written too close to the end.
    CHECK(codes(checkImageForDevice(QByteArray(128 * 1024, 'd'), 0xF0000, oneMb).refusals)
          == QStringList{QStringLiteral("image.too_big")});
}

TEST_CASE("truncated or damaged images are refused and never patched", "[unit][esp]")
{
    const QByteArray img = esp8266Image(ImageInfo::Qio, 0x40);
    const EspIdentity tuya = identity(ChipKind::Esp8285, 1 * MB, QStringLiteral("TYWE2S (ESP8285, 1 MB)"));
    for (int cut : {4, 12, 600, int(img.size()) - 1}) {
        INFO("cut at " << cut);
        const EspImageVerdict v = checkImageForDevice(img.first(cut), 0, tuya);
        CHECK(codes(v.refusals).contains(QStringLiteral("image.truncated")));
        CHECK_FALSE(v.suggestedPatch);
    }
    QByteArray damaged = img;
    damaged[100] = char(damaged[100] ^ 0x01);
    const EspImageVerdict v = checkImageForDevice(damaged, 0, tuya);
    CHECK(codes(v.refusals) == QStringList{QStringLiteral("image.bad_checksum")});
    CHECK_FALSE(v.suggestedPatch);
    CHECK(v.refusal().code == QLatin1String("esp.image_refused"));
    CHECK(v.refusal().causes.size() == 1);
    CHECK(v.refusal().nextStep.contains(QLatin1String("--force")));
}

TEST_CASE("the boot loader offset must hold a start-up image", "[unit][esp]")
{
    const EspIdentity esp8266 = identity(ChipKind::Esp8266, 4 * MB);
    CHECK(codes(checkImageForDevice(QByteArray(8192, char(0xFF)), 0, esp8266).refusals)
          == QStringList{QStringLiteral("image.no_boot_header")});
    // Data elsewhere (a file system image) is not an image and is fine.
    const EspImageVerdict data = checkImageForDevice(QByteArray(64 * 1024, char(0xFF)), 0x300000, esp8266);
    CHECK(data.ok());
    CHECK(data.warnings.isEmpty());

    const EspIdentity esp32 = identity(ChipKind::Esp32, 4 * MB);
    // A factory image written at 0x0: 0xFF padding, then the boot loader at 0x1000.
    const QByteArray factory = QByteArray(0x1000, char(0xFF)) + esp32Image();
    const EspImageVerdict f = checkImageForDevice(factory, 0, esp32);
    CHECK(f.ok());
    CHECK(f.info.headerOffset == 0x1000);
    // An application image (bigger than 4 KB) written at 0x0 would cover 0x1000 with app data.
    const EspImageVerdict app = checkImageForDevice(esp32Image({}, 0x20, 4096), 0, esp32);
    CHECK(codes(app.refusals) == QStringList{QStringLiteral("image.no_boot_header")});
    CHECK(app.refusals[0].message.contains(QLatin1String("0x10000")));
    // The same application at 0x10000 is fine.
    CHECK(checkImageForDevice(esp32Image({}, 0x20, 4096), 0x10000, esp32).ok());
    CHECK(bootloaderOffsetFor(ChipKind::Esp32) == 0x1000);
    CHECK(bootloaderOffsetFor(ChipKind::Esp8285) == 0);
    CHECK(bootloaderOffsetFor(ChipKind::Unknown) == -1);
}

TEST_CASE("odd requests: empty file, unaligned address, unknown chip", "[unit][esp]")
{
    CHECK(codes(checkImageForDevice({}, 0, identity(ChipKind::Esp8266, MB)).refusals) == QStringList{QStringLiteral("image.empty")});
    CHECK(codes(checkImageForDevice(QByteArray("x"), -4, identity(ChipKind::Esp8266, MB)).refusals) == QStringList{QStringLiteral("image.bad_offset")});
    const EspImageVerdict unaligned = checkImageForDevice(QByteArray(100, 'd'), 0x10010, identity(ChipKind::Esp8266, MB));
    CHECK(unaligned.ok());
    CHECK(codes(unaligned.warnings) == QStringList{QStringLiteral("image.unaligned")});
    const EspImageVerdict unknown = checkImageForDevice(esp8266Image(), 0, EspIdentity{});
    CHECK(unknown.ok());
    CHECK(codes(unknown.warnings).contains(QStringLiteral("image.chip_unknown")));
    CHECK(codes(unknown.warnings).contains(QStringLiteral("image.flash_size_unknown")));
    CHECK(unknown.refusal().isEmpty());
}
