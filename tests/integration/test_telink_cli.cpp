// `flashwright-cli telink scan|info|ota` against the Bluetooth demo thermometers, in-process.
#include "core/sim/DemoRegistry.h"
#include "support/CliRunner.h"
#include "telink/sim/TelinkDemoImages.h"
#include "telink/sim/TelinkDemos.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using fw::test::runCli;

namespace {

void registerDemos()
{
    static const bool once = [] {
        fw::telink::sim::registerTelinkDemos(fw::core::sim::DemoRegistry::instance());
        return true;
    }();
    Q_UNUSED(once);
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QJsonObject json(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

}  // namespace

TEST_CASE("telink scan --demo lists the demo thermometers with their advert readings", "[integration][telink][cli]")
{
    registerDemos();
    const auto r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("scan"), QStringLiteral("--demo")});
    REQUIRE(r.code == 0);
    const QJsonArray devices = json(r.out).value(QStringLiteral("devices")).toArray();
    REQUIRE(devices.size() >= 5);
    bool sawPvvx = false, sawStock = false;
    for (const auto &v : devices) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("demo")).toBool());
        if (o.value(QStringLiteral("target")).toString() == QLatin1String("demo:lywsd03mmc-pvvx")) {
            sawPvvx = true;
            CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("pvvx"));
            CHECK(o.contains(QStringLiteral("temperatureC")));
            CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("LYWSD03MMC"));
        }
        if (o.value(QStringLiteral("target")).toString() == QLatin1String("demo:lywsd03mmc-stock")) {
            sawStock = true;
            CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("MiBeacon"));
        }
    }
    CHECK(sawPvvx);
    CHECK(sawStock);

    const auto text = runCli({QStringLiteral("telink"), QStringLiteral("scan"), QStringLiteral("--demo")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("demo:lywsd03mmc-low-battery")));
}

TEST_CASE("telink info reads hardware, firmware and advice from a demo", "[integration][telink][cli]")
{
    registerDemos();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("info"), QStringLiteral("--ble"),
                     QStringLiteral("demo:lywsd03mmc-pvvx-b16-old"), QStringLiteral("--goal"), QStringLiteral("zigbee")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = json(r.out);
    CHECK(o.value(QStringLiteral("hardwareRevision")).toString() == QStringLiteral("B1.6"));
    CHECK(o.value(QStringLiteral("firmwareRevision")).toString() == QStringLiteral("github.com/pvvx"));
    CHECK(o.value(QStringLiteral("pvvxVersion")).toString() == QStringLiteral("4.4"));
    CHECK_FALSE(o.value(QStringLiteral("extendedOta")).toBool());
    const QString advice = o.value(QStringLiteral("advice")).toVariant().toStringList().join(QLatin1Char('\n'));
    CHECK(advice.contains(QStringLiteral("4.8")));

    r = runCli({QStringLiteral("telink"), QStringLiteral("info"), QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-stock")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Xiaomi stock")));
    CHECK(r.out.contains(QStringLiteral("Mi login")));

    r = runCli({QStringLiteral("telink"), QStringLiteral("info"), QStringLiteral("--ble"), QStringLiteral("demo:nothing-here")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("demo:lywsd03mmc-pvvx")));
    r = runCli({QStringLiteral("telink"), QStringLiteral("info")});
    CHECK(r.code == 2);
    r = runCli({QStringLiteral("telink"), QStringLiteral("fly")});
    CHECK(r.code == 2);
}

TEST_CASE("telink ota flashes a demo and confirms the new firmware", "[integration][telink][cli]")
{
    registerDemos();
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("pvvx_v58.bin"), fw::telink::sim::TelinkDemoImages::pvvxBle(0x58, 3 * 1024));
    const auto r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"),
                           QStringLiteral("demo:lywsd03mmc-atc"), QStringLiteral("--file"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = json(r.out);
    CHECK(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("verified")).toBool());
    CHECK(o.value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(o.value(QStringLiteral("after")).toObject().value(QStringLiteral("firmwareRevision")).toString()
          == QStringLiteral("github.com/pvvx"));
}

TEST_CASE("telink ota refuses wrong files and low batteries with a diagnosis", "[integration][telink][cli]")
{
    registerDemos();
    QTemporaryDir dir;
    const QString other = writeFile(dir, QStringLiteral("other.bin"), fw::telink::sim::TelinkDemoImages::otherDevice());
    const QString pvvx = writeFile(dir, QStringLiteral("pvvx.bin"), fw::telink::sim::TelinkDemoImages::pvvxBle(0x58, 3 * 1024));
    const QString zigbee = writeFile(dir, QStringLiteral("z.zigbee"), fw::telink::sim::TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 20 * 1024));
    const QString esp = writeFile(dir, QStringLiteral("tasmota.bin"), QByteArray(2048, '\xE9'));

    auto r = runCli({QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"),
                     QStringLiteral("demo:lywsd03mmc-low-battery"), QStringLiteral("--file"), pvvx});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("battery")));

    r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"),
                QStringLiteral("demo:lywsd03mmc-pvvx-b16-old"), QStringLiteral("--file"), zigbee});
    CHECK(r.code != 0);
    CHECK(r.code == 5);
    CHECK(json(r.out).value(QStringLiteral("error")).toString().startsWith(QStringLiteral("telink.file.")));

    r = runCli({QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-pvvx"),
                QStringLiteral("--file"), esp});
    CHECK(r.code != 0);
    CHECK_FALSE(r.err.isEmpty());

    r = runCli({QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-stock"),
                QStringLiteral("--file"), pvvx});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("Mi login")));

    r = runCli({QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-pvvx"),
                QStringLiteral("--file"), dir.filePath(QStringLiteral("missing.bin"))});
    CHECK(r.code == 5);
    Q_UNUSED(other);
}
