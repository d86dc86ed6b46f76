// Cross-check of the ESP simulators against Espressif's own esptool, when it is available:
// set ESPTOOL=/path/to/esptool.py (and ESPTOOL_PYTHON if the default interpreter lacks its
// modules). Without ESPTOOL the test only warns, so CI without esptool stays green.
#include <catch2/catch.hpp>

#include "core/sim/PtySimHost.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "support/SimThread.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <future>

using namespace fw::core::sim;
using namespace fw::esp::sim;
using fw::test::onSim;

namespace {

struct EsptoolRun {
    bool finished = false;
    int code = -1;
    QString output;
};

class Esptool {
public:
    Esptool()
        : m_script(qEnvironmentVariable("ESPTOOL")),
          // Debian's python3-serial & co. live with /usr/bin/python3, not with a pyenv or venv one.
          m_python(qEnvironmentVariable("ESPTOOL_PYTHON",
                                        QFile::exists(QStringLiteral("/usr/bin/python3"))
                                            ? QStringLiteral("/usr/bin/python3")
                                            : QStringLiteral("python3")))
    {
    }
    bool available() const { return !m_script.isEmpty(); }

    EsptoolRun run(const QString &port, bool stub, const QStringList &args) const
    {
        QStringList all{m_script, QStringLiteral("--chip"), QStringLiteral("auto"), QStringLiteral("--port"), port,
                        QStringLiteral("--baud"), QStringLiteral("115200"), QStringLiteral("--before"),
                        QStringLiteral("no_reset"), QStringLiteral("--after"), QStringLiteral("no_reset")};
        if (!stub)
            all << QStringLiteral("--no-stub");
        all << args;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_python, all);
        EsptoolRun r;
        r.finished = p.waitForFinished(180'000);
        if (!r.finished)
            p.kill();
        r.code = p.exitCode();
        r.output = QString::fromLocal8Bit(p.readAll());
        return r;
    }

private:
    QString m_script;
    QString m_python;
};

// Bytes that do not compress, then a run that does: both write paths see real work.
QByteArray image(int seed)
{
    QByteArray b;
    quint32 x = quint32(seed);
    for (int i = 0; i < 70000; ++i) {
        x = x * 1664525u + 1013904223u;
        b.append(char(x >> 24));
    }
    b += QByteArray(20000, char(0xFF));
    for (int i = 0; i < 10003; ++i)
        b.append(char((i * 7 + seed) & 0xFF));
    return b;
}

template<typename Model>
void crossCheck(const Esptool &esptool, typename Model::Options options, bool stub, const QString &chipLine,
                const QString &sizeLine, const QString &macLine)
{
    options.wiring = EspRomModel::Wiring::Strapped;
    options.timeScale = 0;
    const bool is8266 = std::is_same_v<Model, Esp8266RomModel>;
    PtySimHost host(std::make_unique<Model>(options), QStringLiteral("esptool"));
    host.setPaced(false);
    host.start();
    const QString port = host.slavePath();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto flashAt = [&](qint64 at, qint64 n) {
        return onSim<Model>(host, [at, n](Model &m) { return m.flash().read(at, n); });
    };
    auto esptoolOk = [&](const QStringList &args) {
        const EsptoolRun r = esptool.run(port, stub, args);
        INFO(r.output.toStdString());
        CHECK(r.finished);
        CHECK(r.code == 0);
        return r;
    };

    EsptoolRun r = esptoolOk({QStringLiteral("chip_id")});
    CHECK(r.output.contains(chipLine));
    r = esptoolOk({QStringLiteral("flash_id")});
    CHECK(r.output.contains(sizeLine));
    r = esptoolOk({QStringLiteral("read_mac")});
    CHECK(r.output.contains(macLine));
    CHECK(r.output.contains(stub ? QStringLiteral("Stub running") : QStringLiteral("Staying in bootloader")));

    const QByteArray data = image(stub ? 3 : 4);
    const QString file = dir.filePath(QStringLiteral("image.bin"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    const qint64 at = 0x10000;
    // Compressed: the default with the stub; the ESP32 ROM inflates too, the ESP8266 ROM cannot.
    if (!is8266 || stub) {
        r = esptoolOk({QStringLiteral("write_flash"), QStringLiteral("--compress"), QStringLiteral("0x10000"), file});
        CHECK(r.output.contains(QStringLiteral("compressed")));
        CHECK(flashAt(at, data.size()) == data);
    } else {
        const EsptoolRun refused = esptool.run(port, stub, {QStringLiteral("write_flash"), QStringLiteral("--compress"),
                                                            QStringLiteral("0x10000"), file});
        CHECK(refused.code != 0);
        CHECK(refused.output.contains(QStringLiteral("ESP8266 ROM does not support")));
    }
    // Uncompressed over old data, which the write has to erase first.
    onSim<Model>(host, [](Model &m) { return m.flash().program(0x10000, QByteArray(0x20000, char(0x00))); });
    r = esptoolOk({QStringLiteral("write_flash"), QStringLiteral("--no-compress"), QStringLiteral("0x10000"), file});
    CHECK(flashAt(at, data.size()) == data);
    // Nothing erased past the data (0x286A3): the ESP8266 ROM's corrected size reaches 0x29FFF.
    CHECK(flashAt(0x2A000, 0x6000) == QByteArray(0x6000, char(0x00)));

    const QString readBack = dir.filePath(QStringLiteral("read.bin"));
    const QStringList readArgs{QStringLiteral("read_flash"), QStringLiteral("0x10000"),
                               QString::number(data.size()), readBack};
    const QStringList verifyArgs{QStringLiteral("verify_flash"), QStringLiteral("0x10000"), file};
    if (is8266 && !stub) {
        // esptool itself refuses: the ESP8266 ROM has neither flash read nor MD5.
        CHECK(esptool.run(port, stub, readArgs).output.contains(QStringLiteral("does not support")));
        CHECK(esptool.run(port, stub, verifyArgs).output.contains(QStringLiteral("does not support")));
        return;
    }
    esptoolOk(readArgs);
    QFile f(readBack);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == data);
    r = esptoolOk(verifyArgs);
    CHECK(r.output.contains(QStringLiteral("verify OK")));
    if (stub) {
        r = esptoolOk({QStringLiteral("erase_region"), QStringLiteral("0x10000"), QStringLiteral("0x20000")});
        CHECK(flashAt(at, 0x20000) == QByteArray(0x20000, char(0xFF)));
    }
}

}  // namespace

TEST_CASE("esptool talks to the simulators: ROM and stub, ESP8266 and ESP32", "[integration][esptool]")
{
    const Esptool esptool;
    if (!esptool.available()) {
        WARN("ESPTOOL is not set: skipping the esptool cross-check (set ESPTOOL=/path/to/esptool.py)");
        return;
    }
    const QString mac8266 = QStringLiteral("MAC: 84:f3:eb:c2:42:d5");
    const QString mac32 = QStringLiteral("MAC: 24:0a:c4:12:34:56");
    SECTION("ESP8266 ROM")
    {
        crossCheck<Esp8266RomModel>(esptool, {}, false, QStringLiteral("Chip is ESP8266EX"),
                                    QStringLiteral("Detected flash size: 1MB"), mac8266);
    }
    SECTION("ESP8266 stub")
    {
        crossCheck<Esp8266RomModel>(esptool, {}, true, QStringLiteral("Chip is ESP8266EX"),
                                    QStringLiteral("Detected flash size: 1MB"), mac8266);
    }
    SECTION("ESP32 ROM")
    {
        crossCheck<Esp32RomModel>(esptool, {}, false, QStringLiteral("Chip is ESP32"),
                                  QStringLiteral("Detected flash size: 4MB"), mac32);
    }
    SECTION("ESP32 stub")
    {
        crossCheck<Esp32RomModel>(esptool, {}, true, QStringLiteral("Chip is ESP32"),
                                  QStringLiteral("Detected flash size: 4MB"), mac32);
    }
}

TEST_CASE("esptool finds a stub left running and does not upload another", "[integration][esptool]")
{
    const Esptool esptool;
    if (!esptool.available()) {
        WARN("ESPTOOL is not set: skipping the esptool cross-check (set ESPTOOL=/path/to/esptool.py)");
        return;
    }
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = true;
    PtySimHost host(std::make_unique<Esp32RomModel>(o), QStringLiteral("esptool"));
    host.setPaced(false);
    host.start();
    const EsptoolRun r = esptool.run(host.slavePath(), true, {QStringLiteral("flash_id")});
    INFO(r.output.toStdString());
    CHECK(r.code == 0);
    CHECK(r.output.contains(QStringLiteral("Stub is already running. No upload is necessary.")));
    CHECK(r.output.contains(QStringLiteral("Detected flash size: 4MB")));
    // --after no_reset leaves the stub with FLASH_END(reboot): the chip is back in its ROM.
    CHECK(onSim<Esp32RomModel>(host, [](Esp32RomModel &m) { return m.state(); }) == EspRomModel::State::Download);
}
