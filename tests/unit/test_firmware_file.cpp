#include <catch2/catch.hpp>

#include "core/FirmwareFile.h"
#include "support/TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace fw::core;

namespace {

void putU16(QByteArray &b, int off, quint16 v)
{
    b[off] = char(v & 0xFF);
    b[off + 1] = char(v >> 8);
}

void putU32(QByteArray &b, int off, quint32 v)
{
    putU16(b, off, quint16(v & 0xFFFF));
    putU16(b, off + 2, quint16(v >> 16));
}

QByteArray espImage(quint8 segments = 3, quint8 mode = 2, quint8 sizeFreq = 0x20,
                    quint32 entry = 0x4010F45C)
{
    QByteArray b(64, '\0');
    b[0] = char(0xE9);
    b[1] = char(segments);
    b[2] = char(mode);
    b[3] = char(sizeFreq);
    putU32(b, 4, entry);
    return b;
}

QByteArray zigbeeHeader(quint16 mfr, quint16 type, quint32 version, quint32 total)
{
    QByteArray b(56, '\0');
    b[0] = char(0x1E);
    b[1] = char(0xF1);
    b[2] = char(0xEE);
    b[3] = char(0x0B);
    putU16(b, 4, 0x0100);
    putU16(b, 6, 56);
    putU16(b, 8, 0);
    putU16(b, 10, mfr);
    putU16(b, 12, type);
    putU32(b, 14, version);
    putU16(b, 18, 2);
    const QByteArray label = QByteArrayLiteral("test image");
    b.replace(20, label.size(), label);
    putU32(b, 52, total);
    return b;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString p = dir.filePath(name);
    QFile f(p);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(data) == data.size());
    return p;
}

QString codeOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const JobError &e) {
        CHECK_FALSE(e.diagnosis().summary.isEmpty());
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
        return e.diagnosis().code;
    }
    return QStringLiteral("no error");
}

}  // namespace

TEST_CASE("ESP images are recognised with their header facts", "[unit]")
{
    QVariantMap d;
    qint64 off = -1;
    REQUIRE(sniffFormat(espImage(), &off, &d) == FirmwareFormat::EspImage);
    CHECK(off == 0);
    CHECK(d.value("segments").toInt() == 3);
    CHECK(d.value("flashMode").toString() == "DIO");
    CHECK(d.value("flashSize").toString() == "1MB");
    CHECK(d.value("flashFreq").toString() == "40m");
    CHECK(d.value("entry").toULongLong() == 0x4010F45Cu);
    CHECK(d.value("chipFamily").toString() == "esp8266");

    d.clear();
    REQUIRE(sniffFormat(espImage(4, 0, 0x2F, 0x40080000), nullptr, &d) == FirmwareFormat::EspImage);
    CHECK(d.value("flashMode").toString() == "QIO");
    CHECK(d.value("flashSize").toString() == "4MB");
    CHECK(d.value("flashFreq").toString() == "80m");
    CHECK(d.value("chipFamily").toString() == "esp32");
    CHECK(formatId(FirmwareFormat::EspImage) == "esp-image");
    CHECK(formatName(FirmwareFormat::EspImage) == "ESP image");
}

TEST_CASE("A lone 0xE9 byte is not taken for an ESP image", "[unit]")
{
    CHECK(sniffFormat(espImage(0, 2)) == FirmwareFormat::Unknown);  // no segments
    CHECK(sniffFormat(espImage(17, 2)) == FirmwareFormat::Unknown);  // too many segments
    CHECK(sniffFormat(espImage(3, 4)) == FirmwareFormat::Unknown);  // no such flash mode
    CHECK(sniffFormat(espImage(0xFF, 0xFF)) == FirmwareFormat::Unknown);
    CHECK(sniffFormat(QByteArray("\xE9", 1)) == FirmwareFormat::Unknown);  // truncated header
    CHECK(sniffFormat(QByteArray("\xE9\x03\x02", 3)) == FirmwareFormat::Unknown);
    CHECK(sniffFormat(QByteArray()) == FirmwareFormat::Unknown);
    CHECK(sniffFormat(QByteArray(512, '\xFF')) == FirmwareFormat::Unknown);
}

TEST_CASE("Telink images are recognised by KNLT at offset 8", "[unit]")
{
    QByteArray b(64, '\0');
    b.replace(8, 4, "KNLT");
    putU32(b, 0x18, 86340);
    QVariantMap d;
    REQUIRE(sniffFormat(b, nullptr, &d) == FirmwareFormat::TelinkBin);
    CHECK(d.value("declaredSize").toLongLong() == 86340);
    // The declared size is compared with the real one when the whole file is known.
    const FirmwareInfo info = FirmwareFile::fromBytes(b, "t.bin");
    CHECK(info.details.value("truncated").toBool());
    CHECK(sniffFormat(QByteArray(8, '\0') + "KNL") == FirmwareFormat::Unknown);
}

TEST_CASE("Zigbee OTA files are found at offset 0 and after a prefix", "[unit]")
{
    const QByteArray body =
        zigbeeHeader(0x1021, 0x000F, 0x004745FF, 56 + 100) + QByteArray(100, 'x');
    QVariantMap d;
    qint64 off = -1;
    REQUIRE(sniffFormat(body, &off, &d) == FirmwareFormat::ZigbeeOta);
    CHECK(off == 0);
    CHECK(d.value("manufacturerCode").toInt() == 0x1021);
    CHECK(d.value("imageType").toInt() == 0x000F);
    CHECK(d.value("fileVersion").toULongLong() == 0x004745FFu);
    CHECK(d.value("headerLength").toInt() == 56);
    CHECK(d.value("totalImageSize").toLongLong() == 156);
    CHECK(d.value("headerString").toString() == "test image");

    QByteArray prefixed(4, '\0');
    putU32(prefixed, 0, quint32(body.size()));
    prefixed += body;
    prefixed += QByteArray(17, 's');
    d.clear();
    REQUIRE(sniffFormat(prefixed, &off, &d) == FirmwareFormat::ZigbeeOta);
    CHECK(off == 4);
    CHECK(d.value("manufacturerCode").toInt() == 0x1021);
    const FirmwareInfo info = FirmwareFile::fromBytes(prefixed);
    CHECK(info.headerOffset == 4);
    CHECK_FALSE(info.details.value("truncated").toBool());
    CHECK(info.details.value("trailingBytes").toInt() == 17);

    // A size prefix whose bytes look like a sane ESP header still yields the OTA file.
    QByteArray espLike = espImage().left(4) + body;
    REQUIRE(sniffFormat(espLike, &off) == FirmwareFormat::ZigbeeOta);
    CHECK(off == 4);

    // Cut short: the header says more than the file has.
    const FirmwareInfo cut = FirmwareFile::fromBytes(body.left(80));
    CHECK(cut.format == FirmwareFormat::ZigbeeOta);
    CHECK(cut.details.value("truncated").toBool());

    // Beyond the 64-byte window it is not searched for.
    CHECK(sniffFormat(QByteArray(100, '\0') + body) == FirmwareFormat::Unknown);
}

TEST_CASE("Zip, Intel HEX and ELF are recognised", "[unit]")
{
    CHECK(sniffFormat(QByteArray("PK\x03\x04\x14\x00", 6)) == FirmwareFormat::ZipPackage);

    QVariantMap d;
    CHECK(sniffFormat(":020000040800F2\n:00000001FF\n", nullptr, &d) == FirmwareFormat::IntelHex);
    CHECK(d.value("firstRecordType").toInt() == 4);
    CHECK(sniffFormat("\r\n:00000001FF\r\n") == FirmwareFormat::IntelHex);
    CHECK(sniffFormat(":020000040800F3\n") == FirmwareFormat::Unknown);  // bad checksum
    CHECK(sniffFormat(":02000004080\n") == FirmwareFormat::Unknown);  // cut record
    CHECK(sniffFormat(":hello world\n") == FirmwareFormat::Unknown);

    QByteArray elf(64, '\0');
    elf.replace(0, 4,
                "\x7F"
                "ELF");
    elf[4] = 1;
    elf[5] = 1;
    putU16(elf, 18, 94);
    d.clear();
    REQUIRE(sniffFormat(elf, nullptr, &d) == FirmwareFormat::Elf);
    CHECK(d.value("class").toString() == "ELF32");
    CHECK(d.value("endianness").toString() == "little");
    CHECK(d.value("machineName").toString() == "Xtensa");
    elf[5] = 2;  // big-endian: machine 40 stored as 00 28
    elf[18] = 0;
    elf[19] = 40;
    d.clear();
    REQUIRE(sniffFormat(elf, nullptr, &d) == FirmwareFormat::Elf);
    CHECK(d.value("machineName").toString() == "ARM");
    elf[5] = 1;
    putU16(elf, 18, 243);
    elf[4] = 2;
    d.clear();
    sniffFormat(elf, nullptr, &d);
    CHECK(d.value("machineName").toString() == "RISC-V");
    CHECK(d.value("class").toString() == "ELF64");

    for (FirmwareFormat f :
         {FirmwareFormat::Unknown, FirmwareFormat::TelinkBin, FirmwareFormat::ZigbeeOta,
          FirmwareFormat::ZipPackage, FirmwareFormat::IntelHex, FirmwareFormat::Elf}) {
        CHECK_FALSE(formatName(f).isEmpty());
        CHECK_FALSE(formatId(f).isEmpty());
    }
}

TEST_CASE("Loading hashes the file with SHA-256 and reports progress", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString abc = writeFile(dir, "abc.bin", "abc");
    const FirmwareInfo a = FirmwareFile::load(abc);
    CHECK(a.sha256Hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(a.size == 3);

    QByteArray big(3 * 1024 * 1024 + 123, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 3);
    big.replace(0, 64, espImage());
    const QString p = writeFile(dir, "big.bin", big);
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    const FirmwareInfo info = FirmwareFile::load(p, [&](qint64 done, qint64 total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    });
    CHECK(info.sha256 == QCryptographicHash::hash(big, QCryptographicHash::Sha256));
    CHECK(info.format == FirmwareFormat::EspImage);
    CHECK(info.path == p);
    CHECK(lastDone == big.size());
    CHECK(lastTotal == big.size());
    CHECK(calls >= 4);
    CHECK(FirmwareFile::readAll(p) == big);
    CHECK(FirmwareFile::fromBytes(big).sha256 == info.sha256);
}

TEST_CASE("Unusable files give a diagnosis naming the cause", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(codeOf([&] { FirmwareFile::load(dir.filePath("missing.bin")); }) == "file.not_found");
    CHECK(codeOf([&] { FirmwareFile::load(QString()); }) == "file.not_found");
    CHECK(codeOf([&] { FirmwareFile::load(dir.path()); }) == "file.is_directory");
    if (QFileInfo::exists("/dev/zero"))
        CHECK(codeOf([&] { FirmwareFile::load("/dev/zero"); }) == "file.not_regular");
    const QString empty = writeFile(dir, "empty.bin", {});
    CHECK(codeOf([&] { FirmwareFile::load(empty); }) == "file.empty");
    CHECK(codeOf([&] { FirmwareFile::readAll(empty); }) == "file.empty");

    // Sparse, so it costs no disk space.
    const QString huge = dir.filePath("huge.bin");
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(FirmwareFile::kMaxSize + 1));
    }
    CHECK(codeOf([&] { FirmwareFile::load(huge); }) == "file.too_large");

    const QString locked = writeFile(dir, "locked.bin", "secret");
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    if (::geteuid() == 0) {
        WARN("running as root: file permissions are not enforced, permission case skipped");
    } else {
        CHECK(codeOf([&] { FirmwareFile::load(locked); }) == "file.permission");
    }
}

TEST_CASE("Real firmware samples are recognised", "[unit]")
{
    const QString tasmota = fw::test::corpusFile("tasmota-lite.bin");
    const QString atc = fw::test::corpusFile("ATC_v58.bin");
    const QString nll = fw::test::corpusFile("1021-000f-004745ff-NLL.zigbee");
    const QString atcZigbee = fw::test::corpusFile("1141-020a-99993001-ATC_v58.zigbee");
    if (tasmota.isEmpty() || atc.isEmpty() || nll.isEmpty()) {
        WARN("shared/corpus is absent; real-sample checks skipped");
        return;
    }
    const FirmwareInfo t = FirmwareFile::load(tasmota);
    CHECK(t.format == FirmwareFormat::EspImage);
    CHECK(t.details.value("flashMode").toString() == "DOUT");
    CHECK(t.details.value("flashSize").toString() == "1MB");
    CHECK(t.details.value("entry").toULongLong() == 0x4010F45Cu);
    CHECK(t.size == 486256);

    const FirmwareInfo a = FirmwareFile::load(atc);
    CHECK(a.format == FirmwareFormat::TelinkBin);
    CHECK(a.details.value("declaredSize").toLongLong() == 86340);
    CHECK_FALSE(a.details.value("truncated").toBool());

    const FirmwareInfo z = FirmwareFile::load(nll);
    CHECK(z.format == FirmwareFormat::ZigbeeOta);
    CHECK(z.headerOffset == 4);
    CHECK(z.details.value("manufacturerCode").toInt() == 0x1021);
    CHECK(z.details.value("imageType").toInt() == 0x000F);
    CHECK(z.details.value("fileVersion").toULongLong() == 0x004745FFu);
    CHECK(z.details.value("totalImageSize").toLongLong() == 255143);
    CHECK(z.details.value("trailingBytes").toInt() == 17);

    if (!atcZigbee.isEmpty()) {
        const FirmwareInfo z2 = FirmwareFile::load(atcZigbee);
        CHECK(z2.format == FirmwareFormat::ZigbeeOta);
        CHECK(z2.headerOffset == 0);
        CHECK(z2.details.value("manufacturerCode").toInt() == 0x1141);
        CHECK(z2.details.value("imageType").toInt() == 0x020A);
        CHECK(z2.details.value("fileVersion").toULongLong() == 0x99993001u);
    }
}
