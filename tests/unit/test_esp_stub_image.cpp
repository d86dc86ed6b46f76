#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// The ESP8266 stub image is embedded in fw_esp (a static library) as Qt resources; reading them
// from this executable also proves the resource object is linked into programs that use fw_esp.

namespace {

const QString kPrefix = QStringLiteral(":/esp/stub/esp8266/");

// The ESP8266's instruction RAM (including the cache area the ROM loader leaves free) and the
// user data RAM below the ROM's data and stack (esp.md §4.6).
constexpr qint64 kIramStart = 0x40100000;
constexpr qint64 kIramEnd = 0x40110000;
constexpr qint64 kDramStart = 0x3FFE8000;
constexpr qint64 kDramEnd = 0x3FFFC000;

QByteArray readResource(const QString &name)
{
    const QString path = kPrefix + name;
    QFile file(path);
    INFO("resource " << path.toStdString());
    REQUIRE(file.exists());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 number(const QJsonObject &layout, const char *key)
{
    INFO("layout.json key " << key);
    const QJsonValue value = layout.value(QLatin1String(key));
    REQUIRE(value.isDouble());
    const double d = value.toDouble();
    REQUIRE(d >= 0);
    REQUIRE(d == double(qint64(d)));
    return qint64(d);
}

}  // namespace

TEST_CASE("The embedded ESP8266 stub image is consistent with its layout", "[unit][stub]")
{
    const QByteArray text = readResource(QStringLiteral("text.bin"));
    const QByteArray data = readResource(QStringLiteral("data.bin"));
    const QByteArray json = readResource(QStringLiteral("layout.json"));

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO("layout.json: " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    const QJsonObject layout = doc.object();

    const qint64 entry = number(layout, "entry");
    const qint64 textStart = number(layout, "text_start");
    const qint64 textSize = number(layout, "text_size");
    const qint64 dataStart = number(layout, "data_start");
    const qint64 dataSize = number(layout, "data_size");
    const qint64 bssStart = number(layout, "bss_start");
    const qint64 bssEnd = number(layout, "bss_end");
    const qint64 iramLimit = number(layout, "iram_limit");
    const qint64 dramLimit = number(layout, "dram_limit");

    SECTION("the files have the sizes the layout gives")
    {
        CHECK(text.size() == textSize);
        CHECK(data.size() == dataSize);
        CHECK(textSize > 0);
    }

    SECTION("the entry point is the first word of the code")
    {
        CHECK(entry == textStart);
        CHECK(entry < textStart + textSize);
    }

    SECTION("the code lies in IRAM, whole words only")
    {
        CHECK(textStart % 4 == 0);
        CHECK(textSize % 4 == 0);
        CHECK(textStart >= kIramStart);
        CHECK(textStart + textSize <= iramLimit);
        CHECK(iramLimit <= kIramEnd);
    }

    SECTION("data and bss lie in DRAM without overlapping")
    {
        CHECK(dataStart % 4 == 0);
        CHECK(bssStart >= kDramStart);
        CHECK(bssStart <= bssEnd);
        // .bss lies below the uploaded .data, which sits where known stubs upload theirs.
        CHECK(bssEnd <= dataStart);
        CHECK(dataStart + dataSize <= dramLimit);
        CHECK(dramLimit <= kDramEnd);
        CHECK(bssEnd <= number(layout, "bss_limit"));
        // Neither DRAM part may reach into the code's address range.
        CHECK(dramLimit <= kIramStart);
    }

    SECTION("the build id is the SHA-256 of text and data")
    {
        const QJsonValue build = layout.value(QLatin1String("build"));
        REQUIRE(build.isString());
        QByteArray image = text;
        image.append(data);
        const QByteArray expected = QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex();
        CHECK(build.toString().toLatin1() == expected);
    }
}

TEST_CASE("A missing stub resource is reported as missing", "[unit][stub]")
{
    // The lookup the test above relies on must be able to fail.
    CHECK_FALSE(QFile::exists(kPrefix + QStringLiteral("no-such-image.bin")));
    CHECK(QFile::exists(kPrefix + QStringLiteral("layout.json")));
}
