#include "support/TestUtil.h"
#include "telink/TelinkCrc16.h"
#include "telink/TelinkFileCheck.h"
#include "telink/TelinkImage.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace fw::telink;

namespace {

QByteArray readCorpus(const char *name)
{
    const QString path = fw::test::corpusFile(QString::fromLatin1(name));
    if (path.isEmpty())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void putU32(QByteArray &b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

// A small, correctly sealed image with the header fields a pvvx build carries.
QByteArray syntheticImage(int bodyBytes = 4000)
{
    QByteArray b(0x20, '\0');
    b[0] = '\x26';
    b[1] = '\x80';
    putU32(b, 2, 0x99993001);
    b[6] = '\x5D';
    b[7] = '\x02';
    b.replace(8, 4, "KNLT");
    b[0x12] = '\x41';
    b[0x13] = '\x11';
    b[0x14] = '\x0A';
    b[0x15] = '\x02';
    for (int i = 0; i < bodyBytes; ++i)
        b.append(char((i * 131 + 7) & 0xFF));
    return TelinkImage::sealed(b);
}

// The real ATC_v58.bin when the corpus is there, the synthetic image otherwise.
QByteArray baseImage()
{
    const QByteArray atc = readCorpus("ATC_v58.bin");
    return atc.isEmpty() ? syntheticImage() : atc;
}

QByteArray wrapInZigbee(const QByteArray &image)
{
    QByteArray z(62, '\0');
    putU32(z, 0, 0x0BEEF11E);
    z[4] = '\x00';
    z[5] = '\x01';
    z[6] = 56;
    z[0x0A] = '\x41';
    z[0x0B] = '\x11';
    z[0x0C] = '\x0A';
    z[0x0D] = '\x02';
    putU32(z, 0x0E, 0x99993001);
    z[0x12] = 2;
    z.replace(0x14, 16, "ZigbeeTLc to BLE");
    putU32(z, 0x34, quint32(image.size() + 62));
    putU32(z, 0x3A, quint32(image.size()));
    return z + image;
}

QByteArray withSignature(const QByteArray &image)
{
    QByteArray sig("\x00\x00\x00\x00\x4D\x49\xEF\x54\x46\x4F\x54\x41", 12);
    sig.append(QByteArray(1100, '\x5A'));
    return image + sig;
}

QStringList codes(const TelinkFileVerdict &v)
{
    QStringList out;
    for (const auto &d : v.refusals) {
        // Every refusal must tell the user what happened, why and what to do.
        CHECK_FALSE(d.summary.isEmpty());
        CHECK_FALSE(d.causes.isEmpty());
        CHECK_FALSE(d.nextStep.isEmpty());
        out << d.code;
    }
    return out;
}

QStringList codesFor(const QByteArray &file, TelinkTarget t = TelinkTarget::StandardOta,
                     TelinkDeviceFirmware dev = TelinkDeviceFirmware::Unknown)
{
    return codes(TelinkFileCheck::check(file, t, dev));
}

}  // namespace

TEST_CASE("Telink OTA CRC-16 matches the MODBUS check value and the sheet's frame", "[unit][telink]")
{
    CHECK(TelinkCrc16::compute("123456789") == 0x4B37);
    // Block 0 of ATC_v58.bin: index 0000 + 16 image bytes -> CRC bd b5 (LE).
    const QByteArray frame = QByteArray::fromHex("0000" "2680013099995d024b4e4c545b078800");
    CHECK(TelinkCrc16::compute(frame) == 0xB5BD);
    QByteArray other = frame;
    other[5] = char(other[5] ^ 1);
    CHECK(TelinkCrc16::compute(other) != 0xB5BD);
    // Feeding in pieces gives the same result as one call.
    const auto *p = reinterpret_cast<const std::uint8_t *>(frame.constData());
    CHECK(TelinkCrc16::update(TelinkCrc16::update(TelinkCrc16::Initial, p, 7), p + 7, 11) == 0xB5BD);
}

TEST_CASE("Telink image CRC-32 is JAMCRC", "[unit][telink]")
{
    CHECK(TelinkImage::imageCrc32("123456789", 9) == 0x340BC6D9u);
}

TEST_CASE("A sealed synthetic Telink image passes both OTA paths", "[unit][telink]")
{
    const QByteArray img = syntheticImage();
    CHECK(img.size() % 16 == 4);
    const TelinkBinInfo info = TelinkImage::parseBin(img);
    CHECK(info.signatureOk);
    CHECK(info.crcOk());
    CHECK(info.sizeField == quint32(img.size()));
    CHECK(codesFor(img).isEmpty());
    CHECK(codesFor(img, TelinkTarget::PvvxExtendedOta, TelinkDeviceFirmware::PvvxExtOta).isEmpty());
    CHECK(TelinkFileCheck::check(img, TelinkTarget::StandardOta).payload == img);
}

TEST_CASE("Corpus ATC_v58.bin is a pvvx BLE image", "[unit][telink]")
{
    const QByteArray atc = readCorpus("ATC_v58.bin");
    if (atc.isEmpty()) {
        WARN("corpus file ATC_v58.bin is absent; skipping");
        return;
    }
    const TelinkBinInfo i = TelinkImage::parseBin(atc);
    CHECK(TelinkImage::sniff(atc) == TelinkFileFormat::TelinkBin);
    CHECK(i.jump == 0x8026);
    CHECK(i.version == 0x99993001u);
    CHECK(i.firmwareCheckMarker);
    CHECK(i.signatureOk);
    CHECK(i.bootFlag == 0x4B);
    CHECK(i.manufacturerCode == 0x1141);
    CHECK(i.imageType == 0x020A);
    CHECK(i.sizeField == 86340u);
    CHECK(i.sizeField % 16 == 4);
    CHECK(i.storedCrc == 0x486BA072u);
    CHECK(i.crcOk());
    CHECK(i.trailingBytes == 0);
    CHECK_FALSE(i.hasXiaomiSignature);
    CHECK(i.kind == TelinkImageKind::PvvxBle);
    CHECK_FALSE(i.hasErrors());
    CHECK(codesFor(atc).isEmpty());
    CHECK(codesFor(atc, TelinkTarget::PvvxExtendedOta).isEmpty());
    CHECK(codesFor(atc, TelinkTarget::StandardOta, TelinkDeviceFirmware::StockSignedOnly)
          == QStringList{"telink.file.needs_signed_image"});
    CHECK(codesFor(atc, TelinkTarget::PvvxExtendedOta, TelinkDeviceFirmware::Custom)
          == QStringList{"telink.file.ext_ota_unavailable"});
}

TEST_CASE("Corpus signed stock image is recognised and kept off the extended path", "[unit][telink]")
{
    const QByteArray stock = readCorpus("Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin");
    if (stock.isEmpty()) {
        WARN("corpus stock image is absent; skipping");
        return;
    }
    const TelinkBinInfo i = TelinkImage::parseBin(stock);
    CHECK(i.fileSize == 105760);
    CHECK(i.version == 0u);
    CHECK(i.signatureOk);
    CHECK(i.sizeField == 104404u);
    CHECK(i.storedCrc == 0x12EDECF7u);
    CHECK(i.crcOk());
    CHECK(i.trailingBytes == 1356);
    CHECK(i.hasXiaomiSignature);
    CHECK(i.kind == TelinkImageKind::SignedStock);
    CHECK(codesFor(stock).isEmpty());
    CHECK(codesFor(stock, TelinkTarget::StandardOta, TelinkDeviceFirmware::StockSignedOnly).isEmpty());
    CHECK(TelinkFileCheck::check(stock, TelinkTarget::StandardOta).payload == stock);
    CHECK(codesFor(stock, TelinkTarget::PvvxExtendedOta, TelinkDeviceFirmware::PvvxExtOta)
          == QStringList{"telink.file.signed_stock_via_ext_ota"});
}

TEST_CASE("Corpus ATC_v58.zigbee wraps the ATC image", "[unit][telink]")
{
    const QByteArray zb = readCorpus("1141-020a-99993001-ATC_v58.zigbee");
    if (zb.isEmpty()) {
        WARN("corpus file 1141-020a-99993001-ATC_v58.zigbee is absent; skipping");
        return;
    }
    CHECK(TelinkImage::sniff(zb) == TelinkFileFormat::ZigbeeOta);
    const TelinkZigbeeInfo z = TelinkImage::parseZigbee(zb);
    CHECK(z.headerOffset == 0);
    CHECK(z.magic == 0x0BEEF11Eu);
    CHECK(z.headerVersion == 0x0100);
    CHECK(z.headerLength == 56);
    CHECK(z.fieldControl == 0);
    CHECK(z.manufacturerCode == 0x1141);
    CHECK(z.imageType == 0x020A);
    CHECK(z.fileVersion == 0x99993001u);
    CHECK(z.stackVersion == 2);
    CHECK(z.headerString == "ZigbeeTLc to BLE");
    CHECK(z.totalImageSize == 86402u);
    CHECK(z.suffixBytes == 0);
    CHECK(z.hasUpgradeImage);
    CHECK(z.upgradeImageOffset == 62);
    CHECK(z.upgradeImageLength == 86340u);
    REQUIRE(z.wrapsTelinkImage);
    CHECK(z.inner.crcOk());
    CHECK(z.inner.manufacturerCode == z.manufacturerCode);
    CHECK_FALSE(z.hasErrors());

    CHECK(codesFor(zb) == QStringList{"telink.file.zigbee_needs_ext_ota"});
    const TelinkFileVerdict v = TelinkFileCheck::check(zb, TelinkTarget::PvvxExtendedOta,
                                                       TelinkDeviceFirmware::PvvxExtOta);
    CHECK(v.ok());
    CHECK(v.payload == zb.mid(62));
    const QByteArray atc = readCorpus("ATC_v58.bin");
    if (!atc.isEmpty())
        CHECK(v.payload == atc);
}

TEST_CASE("Corpus Legrand .zigbee is parsed and refused as not Telink", "[unit][telink]")
{
    const QByteArray nll = readCorpus("1021-000f-004745ff-NLL.zigbee");
    if (nll.isEmpty()) {
        WARN("corpus file 1021-000f-004745ff-NLL.zigbee is absent; skipping");
        return;
    }
    const TelinkZigbeeInfo z = TelinkImage::parseZigbee(nll);
    CHECK(z.headerOffset == 4);
    CHECK(z.headerLength == 56);
    CHECK(z.manufacturerCode == 0x1021);
    CHECK(z.imageType == 0x000F);
    CHECK(z.fileVersion == 0x004745FFu);
    CHECK(z.stackVersion == 2);
    CHECK(z.totalImageSize == 255143u);
    CHECK(z.suffixBytes == 17);
    CHECK(z.hasUpgradeImage);
    CHECK_FALSE(z.wrapsTelinkImage);
    CHECK(codesFor(nll, TelinkTarget::PvvxExtendedOta) == QStringList{"telink.file.zigbee_not_telink"});
    CHECK(codesFor(nll).contains("telink.file.zigbee_not_telink"));
}

TEST_CASE("Mutated Telink images are refused with the matching code", "[unit][telink]")
{
    const QByteArray base = baseImage();
    REQUIRE(codesFor(base).isEmpty());
    const int size = base.size();

    SECTION("a flipped byte breaks the CRC")
    {
        QByteArray m = base;
        m[size / 2] = char(m[size / 2] ^ 0x40);
        CHECK(codesFor(m) == QStringList{"telink.file.bad_crc"});
    }
    SECTION("a truncated file")
    {
        CHECK(codesFor(base.left(size - 100)).contains("telink.file.truncated"));
        CHECK(codesFor(base.left(600)).contains("telink.file.too_small"));
        CHECK(codesFor(base.left(20)) == QStringList{"telink.file.too_small"});
    }
    SECTION("a size field larger than the file")
    {
        QByteArray m = base;
        putU32(m, 0x18, quint32(size + 16));
        CHECK(codesFor(m).contains("telink.file.truncated"));
    }
    SECTION("a size field smaller than the file")
    {
        QByteArray m = base;
        putU32(m, 0x18, quint32(size - 16));
        const QStringList c = codesFor(m);
        CHECK(c.contains("telink.file.size_mismatch"));
        CHECK(c.contains("telink.file.bad_crc"));
    }
    SECTION("a size field that is not 16n + 4")
    {
        QByteArray m = base;
        putU32(m, 0x18, quint32(size - 1));
        CHECK(codesFor(m).contains("telink.file.bad_size_alignment"));
    }
    SECTION("unexplained bytes after the image")
    {
        CHECK(codesFor(base + QByteArray(8, '\xFF')) == QStringList{"telink.file.size_mismatch"});
    }
    SECTION("a wrong signature, and a cleared boot mark")
    {
        QByteArray m = base;
        m[11] = 'X';
        CHECK(codesFor(m).contains("telink.file.bad_signature"));
        m = base;
        m[8] = '\0';
        CHECK(codesFor(m).contains("telink.file.boot_flag_cleared"));
    }
    SECTION("129 KiB is too big for the standard path only")
    {
        // Padding alone leaves the size field behind; only a resealed image gets to the limit.
        CHECK(codesFor(base + QByteArray(129 * 1024 - size, '\xFF')).contains("telink.file.size_mismatch"));
        QByteArray big = base.left(size - 4);
        big.append(QByteArray(129 * 1024 - big.size(), '\xFF'));
        big = TelinkImage::sealed(big);
        CHECK(big.size() == 129 * 1024 + 4);  // 16n + 4: blocks plus the CRC
        CHECK(codesFor(big) == QStringList{"telink.file.too_big_for_standard_ota"});
        CHECK(codesFor(big, TelinkTarget::PvvxExtendedOta).isEmpty());
        big = TelinkImage::sealed(big.left(big.size() - 4) + QByteArray(80 * 1024, '\xFF'));
        CHECK(codesFor(big, TelinkTarget::PvvxExtendedOta) == QStringList{"telink.file.too_big_for_ext_ota"});
    }
    SECTION("a signed image goes through the standard path only")
    {
        const QByteArray s = withSignature(base);
        CHECK(TelinkImage::parseBin(s).kind == TelinkImageKind::SignedStock);
        CHECK(codesFor(s, TelinkTarget::StandardOta, TelinkDeviceFirmware::StockSignedOnly).isEmpty());
        CHECK(codesFor(s, TelinkTarget::PvvxExtendedOta) == QStringList{"telink.file.signed_stock_via_ext_ota"});
    }
}

TEST_CASE("Mutated .zigbee files are refused", "[unit][telink]")
{
    const QByteArray zb = wrapInZigbee(baseImage());
    REQUIRE(codesFor(zb, TelinkTarget::PvvxExtendedOta).isEmpty());
    CHECK(codesFor(zb) == QStringList{"telink.file.zigbee_needs_ext_ota"});
    CHECK(codesFor(zb.left(zb.size() - 10), TelinkTarget::PvvxExtendedOta).contains("telink.file.truncated"));
    QByteArray m = zb;
    m[zb.size() - 500] = char(m[zb.size() - 500] ^ 1);
    CHECK(codesFor(m, TelinkTarget::PvvxExtendedOta) == QStringList{"telink.file.bad_crc"});
    m = zb;
    m[6] = 8;  // header length below 56
    CHECK(codesFor(m, TelinkTarget::PvvxExtendedOta) == QStringList{"telink.file.zigbee_bad_header"});
    CHECK(codesFor(zb, TelinkTarget::PvvxExtendedOta, TelinkDeviceFirmware::Stock)
          == QStringList{"telink.file.ext_ota_unavailable"});
}

TEST_CASE("Files that are not Telink images are named for what they are", "[unit][telink]")
{
    CHECK(codesFor(QByteArray()) == QStringList{"telink.file.empty"});
    QByteArray esp(4096, '\xFF');
    esp[0] = '\xE9';
    CHECK(codesFor(esp) == QStringList{"telink.file.esp_image"});
    const QByteArray tasmota = readCorpus("tasmota-lite.bin");
    if (!tasmota.isEmpty())
        CHECK(codesFor(tasmota) == QStringList{"telink.file.esp_image"});
    CHECK(codesFor(QByteArray("PK\x03\x04", 4) + QByteArray(3000, 'z')) == QStringList{"telink.file.archive"});
    CHECK(codesFor(QByteArray("<!DOCTYPE html><html>") + QByteArray(3000, ' '))
          == QStringList{"telink.file.not_telink"});
}
