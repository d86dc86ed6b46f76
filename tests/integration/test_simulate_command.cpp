// `flashwright-cli simulate`: option checks in-process, and the real binary on a pty.
#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/Diagnosis.h"
#include "core/SerialLink.h"
#include "support/CliRunner.h"
#include "support/EspSlip.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace fw::cli;
using namespace fw::test;

namespace {

const QString kExe = cliExecutable();

// The frames (SLIP removed, escapes undone) that start with 01 op, read for up to `ms`.
QList<QByteArray> replies(fw::core::SerialLink &link, quint8 op, int count, int ms = 3000)
{
    QList<QByteArray> out;
    QByteArray raw;
    QElapsedTimer t;
    t.start();
    while (out.size() < count && t.elapsed() < ms) {
        raw += link.read(4096, 20);
        for (const QByteArray &f : takeSlipFrames(raw))
            if (f.size() >= 8 && f[0] == 0x01 && quint8(f[1]) == op)
                out << f;
    }
    return out;
}

quint32 value(const QByteArray &frame) { return getU32(frame, 4); }

// The simulator samples the pty's baud every few milliseconds; while a port opens, its rate
// passes through other values, and a stub (fixed rate, unlike the auto-bauding ROM) would
// take bytes sent in that moment for noise.
void settle() { QThread::msleep(30); }

// Starts the binary and reads the first stdout line (the port).
bool startSim(QProcess &p, const QStringList &args, QString *firstLine)
{
    p.start(kExe, args);
    if (!p.waitForStarted(5000))
        return false;
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine() && t.elapsed() < 5000)
        p.waitForReadyRead(100);
    if (!p.canReadLine())
        return false;
    *firstLine = QString::fromUtf8(p.readLine()).trimmed();
    return true;
}

}  // namespace

TEST_CASE("cli simulate: wrong options are usage errors, help explains no_reset", "[integration][cli][esp]")
{
    CHECK(runCli({QStringLiteral("simulate")}).code == ExitUsage);
    CHECK(runCli({QStringLiteral("simulate"), QStringLiteral("esp99")}).code == ExitUsage);
    CHECK(runCli({QStringLiteral("simulate"), QStringLiteral("esp8266"), QStringLiteral("esp32")}).code == ExitUsage);
    const CliRun size = runCli({QStringLiteral("simulate"), QStringLiteral("esp8266"), QStringLiteral("--flash"),
                                QStringLiteral("3M")});
    CHECK(size.code == ExitUsage);
    CHECK(size.err.contains(QStringLiteral("1M, 2M, 4M, 8M or 16M")));
    CHECK(runCli({QStringLiteral("simulate"), QStringLiteral("esp32"), QStringLiteral("--wiring"),
                  QStringLiteral("sideways")})
              .code
          == ExitUsage);
    CHECK(runCli({QStringLiteral("simulate"), QStringLiteral("esp32"), QStringLiteral("--duration"),
                  QStringLiteral("-1")})
              .code
          == ExitUsage);
    const CliRun help = runCli({QStringLiteral("simulate"), QStringLiteral("--help")});
    CHECK(help.code == ExitOk);
    CHECK(help.out.contains(QStringLiteral("--before no_reset")));
    CHECK(help.out.contains(QStringLiteral("--stub")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("simulate")));
}

TEST_CASE("cli simulate --duration runs in-process and stops by itself", "[integration][cli][esp]")
{
    const CliRun r = runCli({QStringLiteral("simulate"), QStringLiteral("esp8266"), QStringLiteral("--no-pace"),
                             QStringLiteral("--duration"), QStringLiteral("0.3")});
    CHECK(r.code == ExitOk);
    CHECK(r.out.trimmed().startsWith(QStringLiteral("/dev/")));
    CHECK(r.err.contains(QStringLiteral("ROM in download mode")));
}

TEST_CASE("cli simulate: the binary serves a pty until SIGTERM or SIGINT", "[integration][cli][esp]")
{
    if (!QFile::exists(kExe)) {
        WARN("flashwright-cli not built in this tree");
        return;
    }
    SECTION("--json --stub: a JSON port line, SYNC with value 0, JSON log lines, SIGTERM ends it")
    {
        QProcess p;
        QString line;
        REQUIRE(startSim(p, {QStringLiteral("--json"), QStringLiteral("simulate"), QStringLiteral("esp8266"),
                             QStringLiteral("--stub"), QStringLiteral("--no-pace")},
                         &line));
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString port = o.value(QStringLiteral("port")).toString();
        REQUIRE(port.startsWith(QStringLiteral("/dev/")));
        CHECK(o.value(QStringLiteral("chip")).toString() == QStringLiteral("esp8266"));
        CHECK(o.value(QStringLiteral("flash_bytes")).toDouble() == 1024.0 * 1024.0);
        CHECK(o.value(QStringLiteral("stub")).toBool());
        {
            fw::core::SerialLink link;
            link.open(port, {});
            settle();
            link.write(syncRequest());
            const QList<QByteArray> syncs = replies(link, 0x08, 8);
            REQUIRE(syncs.size() == 8);
            CHECK(value(syncs.first()) == 0u);
        }
        p.terminate();
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == ExitOk);
        const QByteArray rest = p.readAllStandardOutput();
        CHECK(rest.contains("already running"));
        for (const QByteArray &l : rest.split('\n')) {
            if (!l.trimmed().isEmpty())
                CHECK_FALSE(QJsonDocument::fromJson(l).isNull());
        }
    }
    SECTION("text: the path alone on stdout, the ROM answers, SIGINT ends it")
    {
        QProcess p;
        QString port;
        REQUIRE(startSim(p, {QStringLiteral("simulate"), QStringLiteral("esp32"), QStringLiteral("--flash"),
                             QStringLiteral("8M")},
                         &port));
        REQUIRE(port.startsWith(QStringLiteral("/dev/")));
        {
            fw::core::SerialLink link;
            link.open(port, {});
            settle();
            link.clearInput();
            link.write(syncRequest());
            const QList<QByteArray> syncs = replies(link, 0x08, 1);
            REQUIRE_FALSE(syncs.isEmpty());
            CHECK(value(syncs.first()) == 0x20120707u);
            link.clearInput();
            link.write(request(0x0A, words({0x40001000})));
            const QList<QByteArray> magic = replies(link, 0x0A, 1);
            REQUIRE_FALSE(magic.isEmpty());
            CHECK(value(magic.first()) == 0x00F01D83u);
        }
        ::kill(pid_t(p.processId()), SIGINT);
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.exitCode() == ExitOk);
        const QByteArray err = p.readAllStandardError();
        CHECK(err.contains("8 MB"));
        CHECK(err.contains("ROM: SYNC"));
    }
    SECTION("--corrupt-block: the stub reports the damaged block as a bad checksum")
    {
        QProcess p;
        QString port;
        REQUIRE(startSim(p, {QStringLiteral("simulate"), QStringLiteral("esp32"), QStringLiteral("--stub"),
                             QStringLiteral("--no-pace"), QStringLiteral("--corrupt-block"), QStringLiteral("0")},
                         &port));
        {
            fw::core::SerialLink link;
            link.open(port, {});
            settle();
            link.write(request(0x02, words({0x400, 1, 0x4000, 0x1000})));
            REQUIRE(replies(link, 0x02, 1).value(0).mid(8) == QByteArray(2, '\0'));
            const QByteArray payload(0x400, char(0x42));
            quint8 sum = 0xEF;
            for (char c : payload)
                sum ^= quint8(c);
            link.write(request(0x03, words({0x400, 0, 0, 0}) + payload, sum));
            CHECK(replies(link, 0x03, 1).value(0).mid(8) == QByteArray::fromHex("C100"));
        }
        p.terminate();
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.readAllStandardError().contains("damaged on the line"));
    }
    SECTION("--unplug-after: the port goes away and the command ends by itself")
    {
        QProcess p;
        QString port;
        REQUIRE(startSim(p, {QStringLiteral("simulate"), QStringLiteral("esp8266"), QStringLiteral("--no-pace"),
                             QStringLiteral("--unplug-after"), QStringLiteral("60")},
                         &port));
        fw::core::SerialLink link;
        link.open(port, {});
        QString code;
        try {
            for (int i = 0; i < 10; ++i) {
                link.write(syncRequest());
                replies(link, 0x08, 8, 300);
            }
        } catch (const fw::core::JobError &e) {
            code = e.diagnosis().code;
        }
        CHECK(code == QLatin1String("serial.unplugged"));
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.exitCode() == ExitOk);
        CHECK(p.readAllStandardError().contains("unplugged"));
    }
}
