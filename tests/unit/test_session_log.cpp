#include <catch2/catch.hpp>

#include "core/AppPaths.h"
#include "core/LogBus.h"
#include "core/SessionLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fw::core;

namespace {

LogRecord record(int i)
{
    LogRecord r;
    r.timeMs = 1700000000000 + i;
    r.level = i % 3 == 0 ? LogLevel::Warning : LogLevel::Info;
    r.source = QStringLiteral("serial:/dev/ttyUSB0");
    r.text = QStringLiteral("line %1 \u00e9\u4e2d \"quoted\"").arg(i);
    if (i % 2 == 0) {
        r.bytes = QByteArray::fromHex("e90302205cf41040") + QByteArray::number(i);
        r.direction = i % 4 == 0 ? Direction::Tx : Direction::Rx;
    }
    return r;
}

bool same(const LogRecord &a, const LogRecord &b)
{
    return a.timeMs == b.timeMs && a.level == b.level && a.source == b.source && a.text == b.text
           && a.bytes == b.bytes && a.direction == b.direction;
}

void touch(const QString &path, const QByteArray &data = "{}\n")
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

}  // namespace

TEST_CASE("Records posted to the bus end up in the session file", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LogBus bus(60'000);  // delivery only through flush()
    SessionLog::Options opts;
    opts.dir = dir.filePath("sessions");
    SessionLog log(&bus, opts);
    log.start();
    REQUIRE(log.isActive());
    const QString name = QFileInfo(log.currentPath()).fileName();
    CHECK(QRegularExpression("^session-\\d{8}-\\d{6}-\\d+\\.jsonl$").match(name).hasMatch());
    CHECK(SessionLog::sessionIdOf(name) == log.sessionId());

    QVector<LogRecord> posted;
    for (int i = 0; i < 50; ++i) {
        posted << record(i);
        bus.post(posted.last());
        if (i % 10 == 9)
            bus.flush();
    }
    // Flushed per batch: the file is complete without stopping the log.
    int skipped = -1;
    const QVector<LogRecord> back = SessionLog::readFile(log.currentPath(), &skipped);
    CHECK(skipped == 0);
    REQUIRE(back.size() == posted.size());
    for (int i = 0; i < posted.size(); ++i) {
        INFO(i);
        CHECK(same(back[i], posted[i]));
    }
    CHECK(log.recordsWritten() == 50);

    log.stop();
    bus.post(LogLevel::Info, "x", "after stop");
    bus.flush();
    CHECK(SessionLog::readFile(log.partPaths().first()).size() == 50);
}

TEST_CASE("The session file is split into parts at the size cap", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LogBus bus(60'000);
    SessionLog::Options opts;
    opts.dir = dir.path();
    opts.maxPartBytes = 2000;
    SessionLog log(&bus, opts);
    log.start();
    for (int i = 0; i < 120; ++i) {
        bus.post(record(i));
        if (i % 25 == 0)
            bus.flush();
    }
    bus.flush();
    const QStringList parts = log.partPaths();
    REQUIRE(parts.size() > 3);
    CHECK(parts[1].endsWith(".part2.jsonl"));
    QVector<LogRecord> all;
    for (const QString &p : parts) {
        CHECK(QFileInfo(p).size() <= 2000);
        CHECK(SessionLog::sessionIdOf(p) == log.sessionId());
        all += SessionLog::readFile(p);
    }
    REQUIRE(all.size() == 120);
    for (int i = 0; i < 120; ++i)
        CHECK(all[i].timeMs == record(i).timeMs);
    // Listed as one session, parts in order.
    CHECK(SessionLog::listSessionFiles(dir.path()) == parts);
}

TEST_CASE("Old sessions beyond the count are pruned", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList old{"session-20200101-000000-10.jsonl",
                          "session-20200101-000000-10.part2.jsonl",
                          "session-20210101-000000-11.jsonl", "session-20220101-000000-12.jsonl",
                          "session-20230101-000000-13.jsonl"};
    for (const QString &n : old)
        touch(dir.filePath(n));
    touch(dir.filePath("notes.txt"));

    LogBus bus(60'000);
    SessionLog::Options opts;
    opts.dir = dir.path();
    opts.keepSessions = 3;
    SessionLog log(&bus, opts);
    log.start();
    const QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    CHECK(left.contains("notes.txt"));
    CHECK(left.contains("session-20230101-000000-13.jsonl"));
    CHECK(left.contains("session-20220101-000000-12.jsonl"));
    CHECK_FALSE(left.contains("session-20210101-000000-11.jsonl"));
    CHECK_FALSE(left.contains("session-20200101-000000-10.jsonl"));
    CHECK_FALSE(left.contains("session-20200101-000000-10.part2.jsonl"));
    CHECK(left.contains(QFileInfo(log.currentPath()).fileName()));
    CHECK(left.size() == 4);

    const QStringList listed = SessionLog::listSessionFiles(dir.path());
    REQUIRE(listed.size() == 3);
    CHECK(listed.first() == log.currentPath());  // newest first

    CHECK(SessionLog::prune(dir.path(), 1) == 2);
    CHECK(SessionLog::listSessionFiles(dir.path()) == QStringList{log.currentPath()});
}

TEST_CASE("Reading a session file skips malformed lines", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString p = dir.filePath("session-20240101-000000-1.jsonl");
    touch(p, toJsonLine(record(1)) + "\n" + "{not json\n" + "\n" + R"({"t":1,"level":"loud"})"
                 + "\n" + toJsonLine(record(2)) + "\n" + toJsonLine(record(3)).left(20));
    int skipped = 0;
    const auto recs = SessionLog::readFile(p, &skipped);
    REQUIRE(recs.size() == 2);
    CHECK(same(recs[0], record(1)));
    CHECK(same(recs[1], record(2)));
    CHECK(skipped == 3);
    try {
        SessionLog::readFile(dir.filePath("missing.jsonl"));
        FAIL("no error");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == "file.not_found");
    }
}

TEST_CASE("Application folders follow FLASHWRIGHT_DATA_DIR", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray before = qgetenv("FLASHWRIGHT_DATA_DIR");
    qputenv("FLASHWRIGHT_DATA_DIR", dir.path().toUtf8());
    CHECK(AppPaths::dataDir() == dir.path());
    CHECK(AppPaths::sessionsDir() == dir.path() + "/sessions");
    CHECK(AppPaths::bundlesDir() == dir.path() + "/bundles");

    LogBus bus(60'000);
    SessionLog log(&bus);  // default folder
    log.start();
    CHECK(QFileInfo(log.currentPath()).absolutePath() == dir.path() + "/sessions");
    log.stop();
    if (before.isNull())
        qunsetenv("FLASHWRIGHT_DATA_DIR");
    else
        qputenv("FLASHWRIGHT_DATA_DIR", before);
}

TEST_CASE("A session folder that cannot be created gives a diagnosis", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    touch(dir.filePath("file"));
    LogBus bus(60'000);
    SessionLog::Options opts;
    opts.dir = dir.filePath("file/sessions");  // a file where a folder should be
    SessionLog log(&bus, opts);
    try {
        log.start();
        FAIL("no error");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == "session.permission");
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
    }
    CHECK_FALSE(log.isActive());
}
