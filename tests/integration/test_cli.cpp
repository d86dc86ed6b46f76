#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "cli/TerminalProgress.h"
#include "core/Archive.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <pty.h>
#include <unistd.h>

using namespace fw::cli;
using namespace fw::test;

namespace {

QByteArray espImage()
{
    // A minimal ESP8266 image header: magic, 1 segment, DOUT, 1 MB/40 MHz, entry, one segment.
    QByteArray b = QByteArray::fromHex("e9010320" "5cf41040" "00001040" "08000000");
    b += QByteArray(8, '\x11');
    b += QByteArray(7, '\0');
    b += char(0xef ^ 0x11 ^ 0x11 ^ 0x11 ^ 0x11 ^ 0x11 ^ 0x11 ^ 0x11 ^ 0x11);
    return b;
}

}  // namespace

TEST_CASE("cli: no command prints usage and exits 2, help exits 0", "[integration][cli]")
{
    CliRun r = runCli({});
    CHECK(r.code == ExitUsage);
    CHECK(r.out.contains(QStringLiteral("Commands:")));
    r = runCli({QStringLiteral("--help")});
    CHECK(r.code == ExitOk);
    r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("Unknown command")));
    r = runCli({QStringLiteral("monitor")});
    CHECK(r.code == ExitUsage);
    r = runCli({QStringLiteral("monitor"), QStringLiteral("demo:esp8266-boot"), QStringLiteral("--baud"), QStringLiteral("fast")});
    CHECK(r.code == ExitUsage);
}

TEST_CASE("cli ports lists an injected pty, as text and JSON", "[integration][cli]")
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    REQUIRE(openpty(&master, &slave, name, nullptr, nullptr) == 0);
    qputenv("FLASHWRIGHT_EXTRA_PORTS", name);
    CliRun r = runCli({QStringLiteral("ports")});
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains(QString::fromLatin1(name)));
    r = runCli({QStringLiteral("--json"), QStringLiteral("ports")});
    CHECK(r.code == ExitOk);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isArray());
    bool found = false;
    for (const auto &v : doc.array())
        found = found || v.toObject().value(QStringLiteral("path")).toString() == QString::fromLatin1(name);
    CHECK(found);
    qunsetenv("FLASHWRIGHT_EXTRA_PORTS");
    ::close(master);
    ::close(slave);
}

TEST_CASE("cli demos lists the monitor demo as JSON", "[integration][cli]")
{
    CliRun r = runCli({QStringLiteral("demos"), QStringLiteral("--json")});
    CHECK(r.code == ExitOk);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isArray());
    QStringList names;
    for (const auto &v : doc.array())
        names << v.toObject().value(QStringLiteral("name")).toString();
    CHECK(names.contains(QStringLiteral("esp8266-boot")));
}

TEST_CASE("cli inspect names the format and hashes, bad files exit 5", "[integration][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fw.bin"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(espImage());
    }
    CliRun r = runCli({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    REQUIRE(r.code == ExitOk);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("esp-image"));
    CHECK(o.value(QStringLiteral("size")).toInt() == espImage().size());
    CHECK(o.value(QStringLiteral("sha256")).toString().size() == 64);

    r = runCli({QStringLiteral("inspect"), dir.filePath(QStringLiteral("missing.bin"))});
    CHECK(r.code == ExitBadFile);
    CHECK(r.err.contains(QStringLiteral("Next step")));

    const QString empty = dir.filePath(QStringLiteral("empty.bin"));
    QFile(empty).open(QIODevice::WriteOnly);
    r = runCli({QStringLiteral("--json"), QStringLiteral("inspect"), empty});
    CHECK(r.code == ExitBadFile);
    const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(e.value(QStringLiteral("ok")).toBool(true) == false);
    CHECK(e.value(QStringLiteral("error")).toString() == QStringLiteral("file.empty"));
}

TEST_CASE("cli monitor shows the demo device's boot log at 115200", "[integration][cli]")
{
    CliRun r = runCli({QStringLiteral("monitor"), QStringLiteral("demo:esp8266-boot"), QStringLiteral("--baud"),
                       QStringLiteral("115200"), QStringLiteral("--duration"), QStringLiteral("3")});
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("Tasmota")));
    CHECK(r.err.contains(QStringLiteral("bytes received")));
}

TEST_CASE("cli monitor --hex prints a hex dump, --send gets an answer", "[integration][cli]")
{
    CliRun r = runCli({QStringLiteral("monitor"), QStringLiteral("--port"), QStringLiteral("demo:esp8266-boot"),
                       QStringLiteral("--hex"), QStringLiteral("--duration"), QStringLiteral("2")});
    CHECK(r.code == ExitOk);
    CHECK(r.out.startsWith(QStringLiteral("00000000  ")));
    r = runCli({QStringLiteral("monitor"), QStringLiteral("demo:esp8266-boot"), QStringLiteral("--send"),
                QStringLiteral("Power"), QStringLiteral("--duration"), QStringLiteral("3")});
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("POWER")));
}

TEST_CASE("cli monitor of an unknown demo or a missing port exits 3 with a next step", "[integration][cli]")
{
    CliRun r = runCli({QStringLiteral("monitor"), QStringLiteral("demo:no-such-device"), QStringLiteral("--duration"),
                       QStringLiteral("2")});
    CHECK(r.code == ExitPortUnavailable);
    CHECK(r.err.contains(QStringLiteral("esp8266-boot")));
    r = runCli({QStringLiteral("monitor"), QStringLiteral("/dev/ttyNOPE9"), QStringLiteral("--duration"), QStringLiteral("2")});
    CHECK(r.code == ExitPortUnavailable);
}

TEST_CASE("cli ble-scan without BlueZ or adapter exits 6 and says why", "[integration][cli]")
{
    if (qEnvironmentVariableIsSet("FW_BLUEZ_MOCK")) {
        WARN("BlueZ mock present: the no-adapter path is not what this run tests");
        return;
    }
    CliRun r = runCli({QStringLiteral("ble-scan"), QStringLiteral("--timeout"), QStringLiteral("1")});
    CHECK(r.code == ExitNoBluetooth);
    CHECK_FALSE(r.err.trimmed().isEmpty());
}

TEST_CASE("TerminalProgress renders bar, percentage, rate and ETA", "[unit][cli]")
{
    fw::core::JobProgress p;
    p.done = 50;
    p.total = 200;
    p.phase = QStringLiteral("Writing");
    p.bytesPerSecond = 12'300;
    p.etaSeconds = 75;
    const QString line = TerminalProgress::render(p, 78);
    CHECK(line.startsWith(QStringLiteral("Writing [")));
    CHECK(line.contains(QStringLiteral(" 25%")));
    CHECK(line.contains(QStringLiteral("12.3 kB/s")));
    CHECK(line.contains(QStringLiteral("ETA 1:15")));
    CHECK(line.size() <= 78);
}

TEST_CASE("Diagnosis codes map to the documented exit codes", "[unit][cli]")
{
    auto code = [](const char *c) {
        fw::core::Diagnosis d;
        d.code = QString::fromLatin1(c);
        return exitCodeFor(d);
    };
    CHECK(code("serial.unplugged") == ExitConnectionLost);
    CHECK(code("serial.permission") == ExitPortUnavailable);
    CHECK(code("file.empty") == ExitBadFile);
    CHECK(code("archive.unsafe_path") == ExitBadFile);
    CHECK(code("ble.unavailable") == ExitNoBluetooth);
    CHECK(code("esp.sync_failed") == ExitFailed);
}

TEST_CASE("the flashwright-cli binary returns its exit codes to the shell", "[integration][cli]")
{
    const QString exe = cliExecutable();
    if (!QFile::exists(exe)) {
        WARN("flashwright-cli not built in this tree");
        return;
    }
    QProcess p;
    p.start(exe, {QStringLiteral("inspect"), QStringLiteral("/nonexistent/fw.bin")});
    REQUIRE(p.waitForFinished(10'000));
    CHECK(p.exitCode() == ExitBadFile);
    p.start(exe, {QStringLiteral("--version")});
    REQUIRE(p.waitForFinished(10'000));
    CHECK(p.exitCode() == 0);
    CHECK(p.readAllStandardOutput().startsWith("flashwright-cli "));
}

TEST_CASE("cli bundle writes a zip with the logs and versions, secrets removed", "[integration][cli]")
{
    QTemporaryDir data;
    REQUIRE(data.isValid());
    qputenv("FLASHWRIGHT_DATA_DIR", data.path().toLocal8Bit());
    QDir().mkpath(data.filePath(QStringLiteral("sessions")));
    {
        QFile f(data.filePath(QStringLiteral("sessions/session-20261120-101010-1.jsonl")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"t":1,"level":"info","source":"monitor","text":"Backlog SSId1 home; Password1 hunter2secret"})"
                "\n");
    }
    const QString zip = data.filePath(QStringLiteral("out.zip"));
    CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("--out"), zip});
    qunsetenv("FLASHWRIGHT_DATA_DIR");
    REQUIRE(r.code == ExitOk);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("path")).toString() == zip);
    CHECK(o.value(QStringLiteral("redactions")).toInt() >= 1);
    bool sawLog = false;
    for (const auto &entry : fw::core::Archive::list(zip)) {
        const QByteArray content = fw::core::Archive::readEntry(zip, entry.name, 16 << 20);
        CHECK_FALSE(content.contains("hunter2secret"));
        if (entry.name.endsWith(QLatin1String(".jsonl"))) {
            sawLog = true;
            CHECK(content.contains("SSId1 home"));
        }
    }
    CHECK(sawLog);
}
