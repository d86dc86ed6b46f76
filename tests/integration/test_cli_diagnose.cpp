#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace fw::cli;
using namespace fw::test;

namespace {

QString writeLog(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

// A Linux user without the dialout group retries after a first failed attempt (lines from
// espressif/esptool#407 and pySerial's permission error).
const QByteArray DeniedLog = "esptool.py v2.8\n"
                             "Serial port /dev/ttyS0\n"
                             "Connecting........_____....._____....._____....._____....._____....._____\n"
                             "esptool.FatalError: Failed to connect to ESP8266: Timed out waiting for packet header\n"
                             "esptool.py v2.8\n"
                             "Serial port /dev/ttyUSB0\n"
                             "serial.serialutil.SerialException: [Errno 13] could not open port /dev/ttyUSB0: [Errno 13] Permission denied: '/dev/ttyUSB0'\n";

// seed 001: esptool v3.0 on a TYWE3S plug, then Tasmota's first boot.
const QByteArray SeedLog = "esptool.py v3.0\n"
                           "Serial port /dev/cu.usbserial-A50285BI\n"
                           "Chip is ESP8266EX\n"
                           "MAC: 98:f4:ab:c2:42:d5\n"
                           "Stub running...\n"
                           "Hash of data verified.\n"
                           "00:00:00 WIF: WifiManager active for 3 minutes\n";

const QByteArray UnrelatedLog = "15:56:09:147 OTAU: send img notify to 0x00047400015A707E\n"
                                "15:56:15:109 OTAU: upgrade end req: status: 0x96, fwVersion:0x004145FF, imgType: 0x000F\n";

}  // namespace

TEST_CASE("cli diagnose prints ranked findings with their lines, the facts and next steps", "[integration][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliRun r = runCli({QStringLiteral("diagnose"), writeLog(dir, QStringLiteral("denied.log"), DeniedLog)});
    CHECK(r.code == ExitOk);
    const qsizetype denied = r.out.indexOf(QLatin1String("You do not have permission to use the serial port."));
    const qsizetype generic = r.out.indexOf(QLatin1String("The flashing tool got no answer from the chip."));
    REQUIRE(denied >= 0);
    REQUIRE(generic >= 0);
    CHECK(denied < generic);
    CHECK(r.out.contains(QLatin1String("line 7: serial.serialutil.SerialException: [Errno 13]")));
    CHECK(r.out.contains(QLatin1String("line 4: esptool.FatalError")));
    CHECK(r.out.contains(QLatin1String("sudo usermod -aG dialout $USER")));
    CHECK(r.out.contains(QLatin1String("/dev/ttyUSB0  (line 6)")));  // the latest run's port
    CHECK(r.err.isEmpty());

    const CliRun seed = runCli({QStringLiteral("diagnose"), writeLog(dir, QStringLiteral("seed.log"), SeedLog)});
    CHECK(seed.code == ExitOk);
    CHECK(seed.out.contains(QLatin1String("98:F4:AB:C2:42:D5")));
    CHECK(seed.out.contains(QLatin1String("ESP8266EX")));
    CHECK(seed.out.contains(QLatin1String("line 7: 00:00:00 WIF: WifiManager active for 3 minutes")));
    CHECK(seed.out.contains(QLatin1String("192.168.4.1")));
}

TEST_CASE("cli diagnose --json gives the findings, lines and facts as data", "[integration][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("diagnose"), writeLog(dir, QStringLiteral("denied.log"), DeniedLog)});
    REQUIRE(r.code == ExitOk);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("recognised")).toBool());
    CHECK(o.value(QStringLiteral("exit_code")).toInt() == 0);
    const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 2);
    const QJsonObject first = findings[0].toObject();
    CHECK(first.value(QStringLiteral("code")).toString() == QLatin1String("esp.diag.permission_denied"));
    CHECK(first.value(QStringLiteral("lines")).toArray()[0].toObject().value(QStringLiteral("line")).toInt() == 7);
    CHECK_FALSE(first.value(QStringLiteral("next_step")).toString().isEmpty());
    CHECK_FALSE(first.value(QStringLiteral("causes")).toArray().isEmpty());
    CHECK(findings[1].toObject().value(QStringLiteral("code")).toString() == QLatin1String("esp.diag.no_serial_data"));
    bool hasVersion = false;
    for (const QJsonValue &f : o.value(QStringLiteral("facts")).toArray())
        hasVersion |= f.toObject().value(QStringLiteral("key")).toString() == QLatin1String("esptool_version")
                      && f.toObject().value(QStringLiteral("value")).toString() == QLatin1String("2.8");
    CHECK(hasVersion);
}

TEST_CASE("cli diagnose exits 1 when nothing is recognised and 5 for an unreadable file", "[integration][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString unrelated = writeLog(dir, QStringLiteral("deconz.log"), UnrelatedLog);
    CliRun r = runCli({QStringLiteral("diagnose"), unrelated});
    CHECK(r.code == ExitFailed);
    CHECK(r.out.contains(QLatin1String("Nothing in this log matches a known ESP flashing problem.")));

    r = runCli({QStringLiteral("--json"), QStringLiteral("diagnose"), unrelated});
    CHECK(r.code == ExitFailed);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK_FALSE(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("error")).toString() == QLatin1String("esp.diag.nothing_recognised"));
    CHECK(o.value(QStringLiteral("exit_code")).toInt() == ExitFailed);

    r = runCli({QStringLiteral("diagnose"), writeLog(dir, QStringLiteral("empty.log"), {})});
    CHECK(r.code == ExitFailed);

    r = runCli({QStringLiteral("diagnose"), dir.filePath(QStringLiteral("missing.log"))});
    CHECK(r.code == ExitBadFile);
    CHECK(r.err.contains(QLatin1String("does not exist")));
    r = runCli({QStringLiteral("diagnose"), dir.path()});
    CHECK(r.code == ExitBadFile);
    r = runCli({QStringLiteral("--json"), QStringLiteral("diagnose"), dir.filePath(QStringLiteral("missing.log"))});
    CHECK(r.code == ExitBadFile);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toString() == QLatin1String("file.not_found"));

    CHECK(runCli({QStringLiteral("diagnose")}).code == ExitUsage);
    CHECK(runCli({QStringLiteral("diagnose"), QStringLiteral("a"), QStringLiteral("b")}).code == ExitUsage);
    const CliRun help = runCli({QStringLiteral("diagnose"), QStringLiteral("--help")});
    CHECK(help.code == ExitOk);
    CHECK(help.out.contains(QLatin1String("LOGFILE")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QLatin1String("diagnose")));
}

TEST_CASE("cli diagnose - reads the log from standard input", "[integration][cli]")
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], DeniedLog.constData(), size_t(DeniedLog.size())) == DeniedLog.size());
    ::close(fds[1]);
    const int savedStdin = ::dup(0);
    REQUIRE(savedStdin >= 0);
    REQUIRE(::dup2(fds[0], 0) == 0);
    ::close(fds[0]);
    std::clearerr(stdin);
    const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("-")});
    ::dup2(savedStdin, 0);
    ::close(savedStdin);
    std::clearerr(stdin);
    CHECK(r.code == ExitOk);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("source")).toString() == QLatin1String("-"));
    CHECK(o.value(QStringLiteral("findings")).toArray()[0].toObject().value(QStringLiteral("code")).toString()
          == QLatin1String("esp.diag.permission_denied"));
}

TEST_CASE("the flashwright-cli binary returns diagnose's exit codes to the shell", "[integration][cli]")
{
    const QString exe = cliExecutable();
    if (!QFile::exists(exe)) {
        WARN("flashwright-cli not built in this tree");
        return;
    }
    QProcess p;
    p.start(exe, {QStringLiteral("diagnose"), QStringLiteral("-")});
    REQUIRE(p.waitForStarted(10'000));
    p.write(SeedLog);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(10'000));
    CHECK(p.exitCode() == ExitOk);
    CHECK(p.readAllStandardOutput().contains("WifiManager active"));

    p.start(exe, {QStringLiteral("diagnose"), QStringLiteral("-")});
    REQUIRE(p.waitForStarted(10'000));
    p.write(UnrelatedLog);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(10'000));
    CHECK(p.exitCode() == ExitFailed);

    p.start(exe, {QStringLiteral("diagnose"), QStringLiteral("/nonexistent/esptool.log")});
    REQUIRE(p.waitForFinished(10'000));
    CHECK(p.exitCode() == ExitBadFile);
}
