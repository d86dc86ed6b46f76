#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "cli/EspCliArgs.h"
#include "cli/ExitCodes.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspBackupFile.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "integration/EspCliRun.h"
#include "support/TestUtil.h"
#include "support/EspSlip.h"
#include "support/EspTestImage.h"
#include "support/SimThread.h"
#include "esp/sim/EspDemos.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <chrono>
#include <future>

using namespace fw::cli;
using namespace fw::core::sim;
using namespace fw::esp::sim;

using fw::test::esp;
using fw::test::EspCliRun;
using fw::test::randomBytes;

namespace {

// An image as §3.1 lays it out: header, the ESP32 extended header if chipId >= 0, segments,
// padding and checksum.
QByteArray espImage(int chipId, quint32 loadAddress, int dataSize, int flashMode = -1)
{
    const QByteArray data = randomBytes(dataSize, quint32(loadAddress));
    const quint8 mode = quint8(flashMode >= 0 ? flashMode : chipId >= 0 ? 2 : 3);  // DIO / DOUT
    const quint32 entry = chipId >= 0 ? 0x40080400 : 0x40100004;
    std::optional<fw::test::EspTestImage::ExtendedHeader> ext;
    if (chipId >= 0)
        ext = fw::test::EspTestImage::ExtendedHeader{.chipId = quint16(chipId), .maxRev = 0};
    return fw::test::EspTestImage::build({{loadAddress, data}}, mode, 0x20, entry, ext);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A simulated chip the test keeps across several CLI runs (each run opens and closes the port).
struct PtyChip {
    template<typename Model>
    explicit PtyChip(std::unique_ptr<Model> m)
    {
        host = std::make_unique<PtySimHost>(std::move(m), QStringLiteral("esp"));
        host->setPaced(false);
        host->start();
    }
    ~PtyChip() { host->stop(); }

    template<typename F>
    auto onSim(F fn)
    {
        return fw::test::onSim<EspRomModel>(*host, fn);
    }
    QByteArray flash(qint64 at, qint64 n)
    {
        return onSim([at, n](EspRomModel &r) { return r.flash().read(at, n); });
    }
    void preload(qint64 at, const QByteArray &bytes)
    {
        onSim([at, bytes](EspRomModel &r) {
            r.flash().eraseRange(at, bytes.size());
            return r.flash().program(at, bytes);
        });
    }
    // The options every run against this port needs: no reset (a pty has no DTR/RTS) and no baud
    // change (the simulated ROM would keep the new baud for the next run); on an ESP8266 the
    // stub the default path uploads.
    QStringList args() const
    {
        return QStringList{QStringLiteral("--port"), host->slavePath(), QStringLiteral("--reset"), QStringLiteral("none"),
                           QStringLiteral("--baud"), QStringLiteral("0"), QStringLiteral("--json")};
    }

    std::unique_ptr<PtySimHost> host;
};

std::unique_ptr<Esp32RomModel> esp32Model(quint32 jedec)
{
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.jedecId = jedec;
    return std::make_unique<Esp32RomModel>(o);
}

std::unique_ptr<Esp8266RomModel> esp8266Model(bool stub = false)
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = stub;
    return std::make_unique<Esp8266RomModel>(o);
}

// Equality without printing kilobytes of bytes when it fails.
bool same(const QByteArray &a, const QByteArray &b) { return a == b; }

const QString kDemo8266 = QStringLiteral("demo:esp8266");
const QString kDemo32 = QStringLiteral("demo:esp32");

}  // namespace

TEST_CASE("EspCliArgs: offsets, file pairs and default offsets for images", "[unit][cli][esp]")
{
    CHECK(EspCliArgs::parseOffset(QStringLiteral("0x1000")) == 0x1000);
    CHECK(EspCliArgs::parseOffset(QStringLiteral("4096")) == 4096);
    CHECK_FALSE(EspCliArgs::parseOffset(QStringLiteral("fw.bin")));
    CHECK_FALSE(EspCliArgs::parseOffset(QStringLiteral("0xZZ")));

    QString error;
    const auto files = EspCliArgs::parseFiles({QStringLiteral("a.bin"), QStringLiteral("0x10000"), QStringLiteral("b.bin")},
                                              &error);
    REQUIRE(files.size() == 2);
    CHECK(files[0].offset == -1);
    CHECK(files[1].offset == 0x10000);
    CHECK(files[1].path == QStringLiteral("b.bin"));
    CHECK(error.isEmpty());
    CHECK(EspCliArgs::parseFiles({QStringLiteral("0x0"), QStringLiteral("0x1000"), QStringLiteral("a")}, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(EspCliArgs::parseFiles({QStringLiteral("a"), QStringLiteral("0x1000")}, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());

    CHECK(EspCliArgs::defaultOffset(espImage(-1, 0x40100000, 64)) == 0);                // ESP8266
    CHECK(EspCliArgs::defaultOffset(espImage(0, 0x3FFF0030, 64)) == 0x1000);            // ESP32 boot loader
    CHECK(EspCliArgs::defaultOffset(espImage(5, 0x3FCD5000, 64)) == 0);                 // C3 boot loader
    CHECK(EspCliArgs::defaultOffset(QByteArray(0x1000, char(0xFF)) + espImage(0, 0x3FFF0030, 64)) == 0);  // factory
    QString why;
    CHECK_FALSE(EspCliArgs::defaultOffset(espImage(0, 0x3F400020, 64), &why));         // an app
    CHECK(why.contains(QStringLiteral("application")));
    CHECK_FALSE(EspCliArgs::defaultOffset(randomBytes(100, 1)));
}

TEST_CASE("EspBackupFile: names carry the MAC and time, the MAC comes back out", "[unit][esp]")
{
    using fw::esp::EspBackupFile;
    fw::esp::EspIdentity id;
    id.mac = QStringLiteral("84:f3:eb:c2:42:d5");
    const QString name = EspBackupFile::fileName(id, QDateTime(QDate(2024, 1, 31), QTime(23, 59, 58)));
    CHECK(name == QStringLiteral("backup-84F3EBC242D5-20240131-235958.bin"));
    CHECK(EspBackupFile::macFromFileName(QStringLiteral("/a/b/") + name) == QStringLiteral("84F3EBC242D5"));
    CHECK(EspBackupFile::macFromFileName(QStringLiteral("tasmota.bin")).isEmpty());
    CHECK(EspBackupFile::sidecarPath(QStringLiteral("/a/") + name) == QStringLiteral("/a/backup-84F3EBC242D5-20240131-235958.json"));
    CHECK(EspBackupFile::compactMac(QStringLiteral("24-0a-c4-12-34-56")) == QStringLiteral("240AC4123456"));
    CHECK(EspBackupFile::compactMac(QStringLiteral("not a mac")).isEmpty());
    id.mac.clear();
    CHECK(EspBackupFile::fileName(id, QDateTime(QDate(2024, 1, 1), QTime(0, 0))).startsWith(QStringLiteral("backup-unknown-")));
    CHECK_FALSE(EspBackupFile::readSidecar(QStringLiteral("/nonexistent/backup.bin")).present);
}

TEST_CASE("cli esp: usage errors exit 2, unreadable files exit 5 before the port is touched", "[integration][cli][esp]")
{
    CHECK(esp({}).code == ExitUsage);
    CHECK(esp({QStringLiteral("frobnicate"), QStringLiteral("--port"), kDemo8266}).code == ExitUsage);
    CHECK(esp({QStringLiteral("info")}).code == ExitUsage);  // no --port
    CHECK(esp({QStringLiteral("info"), QStringLiteral("--port"), kDemo8266, QStringLiteral("--reset"), QStringLiteral("sometimes")}).code
          == ExitUsage);
    CHECK(esp({QStringLiteral("write"), QStringLiteral("0x1000"), QStringLiteral("--port"), kDemo8266}).code == ExitUsage);
    CHECK(esp({QStringLiteral("info"), QStringLiteral("extra.bin"), QStringLiteral("--port"), kDemo8266}).code == ExitUsage);
    QTemporaryDir dir;
    const QString noise = writeFile(dir, QStringLiteral("noise.bin"), randomBytes(4096, 3));
    EspCliRun r = esp({QStringLiteral("write"), noise, QStringLiteral("--port"), kDemo8266});
    CHECK(r.code == ExitUsage);  // not an image: the offset must be given
    CHECK(r.err.contains(QStringLiteral("offset")));
    CHECK(esp({QStringLiteral("verify"), noise, QStringLiteral("--port"), kDemo8266}).code == ExitUsage);
    r = esp({QStringLiteral("write"), QStringLiteral("0x0"), dir.filePath(QStringLiteral("missing.bin")), QStringLiteral("--port"),
             kDemo8266});
    CHECK(r.code == ExitBadFile);
    CHECK(r.err.contains(QStringLiteral("Next step")));
    CHECK(esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("/dev/ttyNOPE9")}).code == ExitPortUnavailable);
    CHECK(esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:nope")}).code == ExitPortUnavailable);
    CHECK(esp({QStringLiteral("help")}).code == ExitUsage);
    CHECK(esp({QStringLiteral("--help")}).code == ExitOk);
}

TEST_CASE("cli esp info identifies both demo devices", "[integration][cli][esp]")
{
    EspCliRun r = esp(QStringList{QStringLiteral("info"), QStringLiteral("--port"), kDemo8266, QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    QJsonObject id = r.json().value(QStringLiteral("identity")).toObject();
    CHECK(id.value(QStringLiteral("chip")).toString() == QStringLiteral("ESP8266"));
    CHECK(id.value(QStringLiteral("mac")).toString() == QStringLiteral("84:F3:EB:C2:42:D5"));
    CHECK(id.value(QStringLiteral("loader")).toString() == QStringLiteral("stub"));
    CHECK(r.json().value(QStringLiteral("powerCycleNeeded")).toBool());  // GPIO0 bridged by hand

    r = esp({QStringLiteral("info"), QStringLiteral("--port"), kDemo32});
    REQUIRE(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("24:0A:C4:12:34:56")));
    CHECK(r.out.contains(QStringLiteral("4 MB")));
}

TEST_CASE("cli esp write: ESP8266 ROM (--no-stub) unverified with a warning, ESP32 demo compressed and verified",
          "[integration][cli][esp]")
{
    QTemporaryDir dir;
    const QString image8266 = writeFile(dir, QStringLiteral("tasmota.bin"), espImage(-1, 0x40100000, 12 * 1024));
    EspCliRun r = esp({QStringLiteral("write"), image8266, QStringLiteral("--port"), kDemo8266, QStringLiteral("--no-stub"),
                       QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    QJsonObject out = r.outputs();
    CHECK(out.value(QStringLiteral("verified")).toBool(true) == false);
    CHECK(out.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("offset")).toInt(-1) == 0);
    bool warned = false;
    for (const QJsonValue &w : r.json().value(QStringLiteral("warnings")).toArray())
        warned = warned || w.toString().contains(QStringLiteral("could not be verified"));
    CHECK(warned);

    const QByteArray app = QByteArray(20 * 1024, char(0x11)) + randomBytes(4 * 1024, 5);
    const QString appPath = writeFile(dir, QStringLiteral("app.bin"), app);
    r = esp({QStringLiteral("write"), QStringLiteral("0x10000"), appPath, QStringLiteral("--port"), kDemo32, QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    out = r.outputs();
    CHECK(out.value(QStringLiteral("verified")).toBool());
    CHECK(out.value(QStringLiteral("bytesOnWire")).toInt() < app.size() / 2);
    CHECK(out.value(QStringLiteral("md5")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(app, QCryptographicHash::Md5).toHex()));
}

TEST_CASE("cli esp: what a boot ROM cannot do ends with a clear error and exit 1", "[integration][cli][esp]")
{
    QTemporaryDir dir;
    // The ESP8266 only talks to its ROM with --no-stub; the ESP32 always does.
    const QStringList romOnly{QStringLiteral("--no-stub")};
    for (const QString &port : {kDemo8266, kDemo32}) {
        CAPTURE(port);
        EspCliRun r = esp(QStringList{QStringLiteral("erase"), QStringLiteral("--port"), port, QStringLiteral("--json")} + romOnly);
        CHECK(r.code == ExitFailed);
        CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.erase.unsupported"));
    }
    EspCliRun r = esp(QStringList{QStringLiteral("backup"), QStringLiteral("--port"), kDemo8266, QStringLiteral("--out"), dir.path()}
                      + romOnly);
    CHECK(r.code == ExitFailed);
    CHECK(r.err.contains(QStringLiteral("cannot read flash")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    const QString erased = writeFile(dir, QStringLiteral("erased.bin"), QByteArray(8192, char(0xFF)));
    r = esp(QStringList{QStringLiteral("verify"), QStringLiteral("0x10000"), erased, QStringLiteral("--port"), kDemo8266,
                        QStringLiteral("--json")}
            + romOnly);
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.verify.unsupported"));

    // The ESP32 ROM hashes: a fresh demo's flash is erased, so an all-0xFF file matches it.
    r = esp({QStringLiteral("verify"), QStringLiteral("0x10000"), erased, QStringLiteral("--port"), kDemo32, QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("matches")).toBool());
    const QString noise = writeFile(dir, QStringLiteral("noise.bin"), randomBytes(8192, 7));
    r = esp({QStringLiteral("verify"), QStringLiteral("0x10000"), noise, QStringLiteral("--port"), kDemo32});
    CHECK(r.code == ExitFailed);
    CHECK(r.err.contains(QStringLiteral("differs")));
}

TEST_CASE("cli esp restore writes a backup back on both demos", "[integration][cli][esp]")
{
    QTemporaryDir dir;
    const QString b8266 = writeFile(dir, QStringLiteral("backup-84F3EBC242D5-20240101-120000.bin"), randomBytes(8192, 9));
    EspCliRun r = esp(QStringList{QStringLiteral("restore"), b8266, QStringLiteral("--port"), kDemo8266, QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("bytes")).toInt() == 8192);
    const QString b32 = writeFile(dir, QStringLiteral("backup-240AC4123456-20240101-120000.bin"), randomBytes(8192, 10));
    r = esp({QStringLiteral("restore"), b32, QStringLiteral("--port"), kDemo32, QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("verified")).toBool());
    // The ESP8266's backup on the ESP32: refused, and allowed with --force.
    r = esp({QStringLiteral("restore"), b8266, QStringLiteral("--port"), kDemo32, QStringLiteral("--json")});
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.restore.other_device"));
    r = esp({QStringLiteral("restore"), b8266, QStringLiteral("--port"), kDemo32, QStringLiteral("--force")});
    CHECK(r.code == ExitOk);
}

TEST_CASE("cli esp backup of an ESP32 restores byte-exact, restore checks MAC, sidecar and size",
          "[integration][cli][esp]")
{
    PtyChip sim(esp32Model(0xC84012));  // 256 KB, so 64-byte reads stay quick
    const QByteArray original = randomBytes(256 * 1024, 11);
    sim.preload(0, original);
    QTemporaryDir dir;
    EspCliRun r = esp(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("backups"))}
                      + sim.args());
    REQUIRE(r.code == ExitOk);
    const QString path = r.outputs().value(QStringLiteral("path")).toString();
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("backup-240AC4123456-")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(same(f.readAll(), original));
    QFile side(r.outputs().value(QStringLiteral("sidecar")).toString());
    REQUIRE(side.open(QIODevice::ReadOnly));
    const QJsonObject sidecar = QJsonDocument::fromJson(side.readAll()).object();
    CHECK(sidecar.value(QStringLiteral("mac")).toString() == QStringLiteral("24:0A:C4:12:34:56"));
    CHECK(sidecar.value(QStringLiteral("flashSize")).toInt() == 256 * 1024);
    CHECK(sidecar.value(QStringLiteral("md5")).toString() == r.outputs().value(QStringLiteral("md5")).toString());

    // Other firmware goes on, then the backup comes back.
    sim.preload(0, randomBytes(100 * 1024, 12));
    r = esp(QStringList{QStringLiteral("restore"), path} + sim.args());
    REQUIRE(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("verified")).toBool());
    CHECK(same(sim.flash(0, original.size()), original));

    // A copy renamed after another device has no sidecar next to it, so its name decides.
    const QString foreign = dir.filePath(QStringLiteral("backup-AABBCCDDEEFF-20240101-000000.bin"));
    REQUIRE(QFile::copy(path, foreign));
    r = esp(QStringList{QStringLiteral("restore"), foreign} + sim.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.restore.other_device"));
    // A backup that changed since its sidecar was written.
    QFile::remove(path);
    {
        QFile w(path);
        REQUIRE(w.open(QIODevice::WriteOnly));
        w.write(randomBytes(256 * 1024, 13));
    }
    r = esp(QStringList{QStringLiteral("restore"), path} + sim.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.restore.damaged"));
    // Bigger than the flash: refused even with --force.
    const QString big = writeFile(dir, QStringLiteral("backup-240AC4123456-20240101-000001.bin"), randomBytes(512 * 1024, 14));
    r = esp(QStringList{QStringLiteral("restore"), big, QStringLiteral("--force")} + sim.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.restore.too_large"));
    CHECK(same(sim.flash(0, original.size()), original));  // nothing refused touched the flash
}

TEST_CASE("cli esp with a flasher stub already running: erase works, --no-stub refuses", "[integration][cli][esp][stub]")
{
    PtyChip sim(esp8266Model(true));
    sim.preload(0x10000, randomBytes(0x4000, 15));
    EspCliRun r = esp(QStringList{QStringLiteral("erase"), QStringLiteral("--no-stub")} + sim.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.stub.running"));
    CHECK_FALSE(same(sim.flash(0x10000, 0x4000), QByteArray(0x4000, char(0xFF))));
    r = esp(QStringList{QStringLiteral("erase")} + sim.args());
    CHECK(r.code == ExitOk);
    CHECK(same(sim.flash(0, 0x40000), QByteArray(0x40000, char(0xFF))));
}

TEST_CASE("cli esp write: unplugged mid-write exits 4 with a connection-lost diagnosis", "[integration][cli][esp][faults]")
{
    PtyChip sim(esp8266Model());
    FaultPlan plan;
    plan.applyToHostToDevice = true;
    plan.disconnectAfterBytes = 30000;
    sim.host->setFaultPlan(plan);
    QTemporaryDir dir;
    const QString image = writeFile(dir, QStringLiteral("fw.bin"), espImage(-1, 0x40100000, 64 * 1024));
    const EspCliRun r = esp(QStringList{QStringLiteral("write"), image} + sim.args());
    CHECK(sim.host->bytesReceived() >= 30000);  // connected, identified, and well into the data
    CHECK(r.code == ExitConnectionLost);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("serial.unplugged"));
    CHECK(r.json().value(QStringLiteral("summary")).toString().contains(QStringLiteral("lost")));
}

TEST_CASE("cli esp write checks the image against the chip first", "[integration][cli][esp]")
{
    PtyChip sim(esp8266Model());
    QTemporaryDir dir;
    // An ESP32 boot loader for the ESP8266: refused unless forced.
    const QString wrongChip = writeFile(dir, QStringLiteral("esp32-bootloader.bin"), espImage(0, 0x3FFF0030, 4096));
    EspCliRun r = esp(QStringList{QStringLiteral("write"), QStringLiteral("0x0"), wrongChip} + sim.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QStringLiteral("esp.image_refused"));
    CHECK(same(sim.flash(0, 16), QByteArray(16, char(0xFF))));  // nothing written
    r = esp(QStringList{QStringLiteral("write"), QStringLiteral("0x0"), wrongChip, QStringLiteral("--force")} + sim.args());
    CHECK(r.code == ExitOk);

    // A QIO image for a Tuya module goes on as DOUT.
    const QString qio = writeFile(dir, QStringLiteral("qio.bin"), espImage(-1, 0x40100000, 4096, 0));
    r = esp(QStringList{QStringLiteral("write"), qio} + sim.args());
    REQUIRE(r.code == ExitOk);
    const QJsonArray checks = r.json().value(QStringLiteral("imageChecks")).toArray();
    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).toObject().value(QStringLiteral("patched")).toBool());
    CHECK(quint8(sim.flash(2, 1).at(0)) == 3);  // DOUT in the header byte 2
}
