// `flashwright-cli esp` on an ESP8266 with our flasher stub, the default since the stub exists:
// everything the ROM could not do (backup, erase, verify, compressed writes) in one run each,
// and --no-stub keeping to the ROM with its clear refusals.
#include <catch2/catch.hpp>

#include "cli/ExitCodes.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspStubImage.h"
#include "esp/sim/Esp8266RomModel.h"
#include "esp/sim/EspDemos.h"
#include "integration/EspCliRun.h"
#include "support/TestUtil.h"
#include "support/SimThread.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace fw::cli;
using namespace fw::core::sim;
using namespace fw::esp::sim;

using fw::test::esp;
using fw::test::EspCliRun;
using fw::test::randomBytes;

namespace {

// The build id of the stub the default path uploads: the one the build embeds.
QString expectedBuild()
{
    return fw::esp::EspStubImage::load().build;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// One simulated ESP8266 across several CLI runs, restarted into its ROM loader before each
// (a pty has no reset lines), so that every run uploads the stub again.
struct Chip {
    Chip()
    {
        Esp8266RomModel::Options o;
        o.wiring = EspRomModel::Wiring::Strapped;
        o.timeScale = 0;
        host = std::make_unique<PtySimHost>(std::make_unique<Esp8266RomModel>(o), QStringLiteral("esp"));
        host->setPaced(false);
        host->start();
    }
    ~Chip() { host->stop(); }

    template<typename F>
    auto onSim(F fn)
    {
        return fw::test::onSim<Esp8266RomModel>(*host, fn);
    }
    void restart()
    {
        onSim([](Esp8266RomModel &m) {
            m.reset();
            return 0;
        });
    }
    QByteArray flash(qint64 at, qint64 n)
    {
        return onSim([at, n](Esp8266RomModel &m) { return m.flash().read(at, n); });
    }
    bool uploaded()
    {
        return onSim([](Esp8266RomModel &m) { return m.state() == EspRomModel::State::Stub && m.entryPoint() != 0; });
    }
    QStringList args() const
    {
        return QStringList{QStringLiteral("--port"), host->slavePath(), QStringLiteral("--reset"), QStringLiteral("none"),
                           QStringLiteral("--baud"), QStringLiteral("0"), QStringLiteral("--json")};
    }

    std::unique_ptr<PtySimHost> host;
};

bool same(const QByteArray &a, const QByteArray &b) { return a == b; }

}  // namespace

TEST_CASE("cli esp info on the ESP8266 demo says our stub runs, and raises the baud", "[integration][cli][esp][stub]")
{
    EspCliRun r = esp(QStringList{QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp8266"),
                            QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    const QJsonObject id = r.identity();
    CHECK(id.value(QStringLiteral("loader")).toString() == QLatin1String("stub"));
    CHECK(id.value(QStringLiteral("stubBuild")).toString() == expectedBuild());
    CHECK(id.value(QStringLiteral("loaderName")).toString()
          == QStringLiteral("flasher stub (Flashwright %1)").arg(expectedBuild().left(8)));
    CHECK(id.value(QStringLiteral("caps")).toObject().value(QStringLiteral("readFlash")).toBool());
    CHECK(r.json().value(QStringLiteral("useStub")).toBool());
    CHECK_FALSE(r.json().value(QStringLiteral("noStub")).toBool());

    // Plain text names the loader too.
    r = esp(QStringList{QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp8266")});
    REQUIRE(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("Loader:    flasher stub (Flashwright %1)").arg(expectedBuild().left(8))));

    r = esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp8266"), QStringLiteral("--no-stub"),
             QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    CHECK(r.identity().value(QStringLiteral("loader")).toString() == QLatin1String("esp8266-rom"));
    CHECK(r.json().value(QStringLiteral("useStub")).toBool(true) == false);
}

TEST_CASE("cli esp on an ESP8266 with the stub: backup, write, verify and erase, --no-stub refuses them",
          "[integration][cli][esp][stub]")
{
    Chip chip;
    const QByteArray original = randomBytes(1024 * 1024, 21);
    chip.onSim([&original](Esp8266RomModel &m) {
        m.flash().eraseRange(0, original.size());
        return m.flash().program(0, original);
    });
    QTemporaryDir dir;

    // Backup: byte-exact with the chip's flash.
    EspCliRun r = esp(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("backups"))}
                + chip.args());
    REQUIRE(r.code == ExitOk);
    CHECK(chip.uploaded());
    CHECK(r.identity().value(QStringLiteral("stubBuild")).toString() == expectedBuild());
    QFile backup(r.outputs().value(QStringLiteral("path")).toString());
    REQUIRE(backup.open(QIODevice::ReadOnly));
    CHECK(same(backup.readAll(), original));
    CHECK(r.outputs().value(QStringLiteral("md5")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Md5).toHex()));

    // Write: compressed on the wire, verified by the stub's MD5.
    chip.restart();
    const QByteArray app = QByteArray(48 * 1024, char(0x11)) + randomBytes(8 * 1024, 22);
    const QString appPath = writeFile(dir, QStringLiteral("app.bin"), app);
    r = esp(QStringList{QStringLiteral("write"), QStringLiteral("0x20000"), appPath, QStringLiteral("--no-skip")} + chip.args());
    REQUIRE(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("verified")).toBool());
    CHECK(r.outputs().value(QStringLiteral("bytesOnWire")).toInt() < app.size() / 2);
    CHECK(same(chip.flash(0x20000, app.size()), app));

    // Verify: the file matches, another one does not.
    chip.restart();
    r = esp(QStringList{QStringLiteral("verify"), QStringLiteral("0x20000"), appPath} + chip.args());
    REQUIRE(r.code == ExitOk);
    CHECK(r.outputs().value(QStringLiteral("matches")).toBool());
    chip.restart();
    const QString other = writeFile(dir, QStringLiteral("other.bin"), randomBytes(4096, 23));
    r = esp(QStringList{QStringLiteral("verify"), QStringLiteral("0x20000"), other} + chip.args());
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QLatin1String("esp.verify.mismatch"));

    // With --no-stub only the ROM answers: a clear refusal, nothing uploaded, nothing changed.
    for (const QString &action : {QStringLiteral("backup"), QStringLiteral("erase"), QStringLiteral("verify")}) {
        CAPTURE(action);
        chip.restart();
        QStringList args{action, QStringLiteral("--no-stub")};
        if (action == QLatin1String("verify"))
            args << QStringLiteral("0x20000") << appPath;
        else if (action == QLatin1String("backup"))
            args << QStringLiteral("--out") << dir.filePath(QStringLiteral("rom-backups"));
        r = esp(args + chip.args());
        CHECK(r.code == ExitFailed);
        CHECK_FALSE(chip.uploaded());
        const QString code = r.json().value(QStringLiteral("error")).toString();
        const QString summary = r.json().value(QStringLiteral("summary")).toString();
        CHECK(summary.contains(QLatin1String("--no-stub")));
        if (action == QLatin1String("backup")) {
            CHECK(code == QLatin1String("esp.read.unsupported"));
            CHECK(summary.contains(QLatin1String("cannot read flash")));
        } else if (action == QLatin1String("erase")) {
            CHECK(code == QLatin1String("esp.erase.unsupported"));
        } else {
            CHECK(code == QLatin1String("esp.verify.unsupported"));
        }
        CHECK(r.json().value(QStringLiteral("next_step")).toString().contains(QLatin1String("without --no-stub")));
    }
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("rom-backups"))).exists());
    CHECK(same(chip.flash(0x20000, app.size()), app));

    // Erase: the whole flash.
    chip.restart();
    r = esp(QStringList{QStringLiteral("erase")} + chip.args());
    REQUIRE(r.code == ExitOk);
    CHECK(same(chip.flash(0, original.size()), QByteArray(original.size(), char(0xFF))));
}

TEST_CASE("cli esp: a missing stub image is a clear error on the ESP8266 only, --no-stub needs none",
          "[integration][cli][esp][stub]")
{
    EspCliRun r = esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp8266"), QStringLiteral("--no-stub"),
                 QStringLiteral("--stub-image"), QStringLiteral("/nonexistent/stub"), QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    CHECK(r.identity().value(QStringLiteral("loader")).toString() == QLatin1String("esp8266-rom"));
    r = esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp8266"), QStringLiteral("--stub-image"),
             QStringLiteral("/nonexistent/stub"), QStringLiteral("--json")});
    CHECK(r.code == ExitFailed);
    CHECK(r.json().value(QStringLiteral("error")).toString() == QLatin1String("esp.stub.image_missing"));
    // The ESP32 needs no stub image at all.
    r = esp({QStringLiteral("info"), QStringLiteral("--port"), QStringLiteral("demo:esp32"), QStringLiteral("--stub-image"),
             QStringLiteral("/nonexistent/stub"), QStringLiteral("--json")});
    CHECK(r.code == ExitOk);

    const QString help = esp({QStringLiteral("--help")}).out;
    CHECK(help.contains(QLatin1String("--no-stub")));
    CHECK(help.contains(QLatin1String("--stub-image")));
    CHECK(help.contains(QLatin1String("flasher stub")));
}
