#include <catch2/catch.hpp>

#include "core/AppInfo.h"
#include "core/Archive.h"
#include "core/LogBus.h"
#include "core/SessionLog.h"
#include "core/SupportBundle.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fw::core;

namespace {

const QByteArray kSecrets[] = {"hunter2-wifi", "mqtt-s3cret", "0123456789abcdef0123456789abcdef",
                               "eyJhbGciOiJIUzI1NiJ9tok", "devicepass42"};

// Every way a secret could survive: as text, in the hex field of a record, or UTF-16.
void checkNoSecrets(const QString &entry, const QByteArray &bytes)
{
    for (const QByteArray &s : kSecrets) {
        INFO(entry.toStdString() << " contains " << s.toStdString());
        CHECK_FALSE(bytes.contains(s));
        CHECK_FALSE(bytes.contains(s.toHex()));
        CHECK_FALSE(bytes.contains(QString::fromLatin1(s).toUtf8().toBase64()));
    }
}

}  // namespace

TEST_CASE("The support bundle holds redacted logs, devices and system facts", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LogBus bus(60'000);
    SessionLog::Options so;
    so.dir = dir.filePath("sessions");
    SessionLog log(&bus, so);
    log.start();
    bus.post(LogLevel::Info, "tasmota",
             "CMD: Backlog SSId1 HomeNet; Password1 hunter2-wifi; MqttHost broker");
    bus.post(LogLevel::Info, "tasmota", "CMD: MqttPassword mqtt-s3cret");
    bus.post(LogLevel::Info, "atc", "bindkey: 0123456789abcdef0123456789abcdef");
    bus.post(LogLevel::Debug, "http", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9tok");
    bus.post(LogLevel::Info, "esp", "Connected, MAC A4:C1:38:12:34:56, chip ESP8266EX");
    // The secret inside raw serial bytes, with a harmless summary text.
    bus.postBytes(Direction::Tx, "serial:/dev/ttyUSB0", "Password1 hunter2-wifi\r\n");
    // Text that says it, bytes that carry it in a framed form the patterns cannot read.
    LogRecord framed;
    framed.source = "serial:/dev/ttyUSB0";
    framed.text = "sent WifiPassword devicepass42";
    static const char kFramed[] =
        "\xC0\x01"
        "d\x00"
        "evicepass42\xC0";
    framed.bytes = QByteArray(kFramed, sizeof(kFramed) - 1);
    framed.direction = Direction::Tx;
    bus.post(framed);
    bus.post(
        LogLevel::Info, "esp",
        "Writing at 0x00010000 (sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08)");
    bus.flush();

    SupportBundle::Options opts;
    opts.sessionsDir = so.dir;
    QVariantMap dev;
    dev["chip"] = "ESP8266EX";
    dev["mac"] = "A4:C1:38:12:34:56";
    dev["wifi_password"] = "hunter2-wifi";
    dev["notes"] = "MqttPassword mqtt-s3cret";
    opts.devices << dev;
    const QString zipPath = dir.filePath("out/bundle.zip");
    const SupportBundle::Result res = SupportBundle::build(zipPath, opts);
    CHECK(res.redactions >= 7);

    const auto entries = Archive::list(zipPath);
    QStringList names;
    for (const ArchiveEntry &e : entries)
        names << e.name;
    const QString logName = "logs/" + QFileInfo(log.currentPath()).fileName();
    CHECK(names.contains("README.txt"));
    CHECK(names.contains("system.json"));
    CHECK(names.contains("devices.json"));
    CHECK(names.contains(logName));
    CHECK(QStringList(res.entries).size() == names.size());

    for (const QString &n : names)
        checkNoSecrets(n, Archive::readEntry(zipPath, n));

    QJsonParseError err{};
    const QJsonDocument sys =
        QJsonDocument::fromJson(Archive::readEntry(zipPath, "system.json"), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    CHECK(sys.object().value("appVersion").toString() == AppInfo::appVersion());
    CHECK_FALSE(sys.object().value("qtRuntime").toString().isEmpty());
    CHECK(sys.object().value("libarchive").toString().startsWith("libarchive"));
    CHECK(sys.object().contains("inDialoutGroup"));

    const QJsonDocument devs =
        QJsonDocument::fromJson(Archive::readEntry(zipPath, "devices.json"), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    const QJsonObject d0 = devs.object().value("devices").toArray().at(0).toObject();
    CHECK(d0.value("mac").toString() == "A4:C1:38:12:34:56");
    CHECK(d0.value("wifi_password").toString() == "[redacted]");

    // The log stays useful: records parse, key names and harmless facts remain.
    const QByteArray logBytes = Archive::readEntry(zipPath, logName);
    int records = 0;
    bool sawMac = false;
    bool sawHash = false;
    bool sawRedactedBytes = false;
    for (const QByteArray &line : logBytes.split('\n')) {
        if (line.isEmpty())
            continue;
        LogRecord r;
        REQUIRE(fromJsonLine(line, &r));
        ++records;
        sawMac |= r.text.contains("A4:C1:38:12:34:56");
        sawHash |=
            r.text.contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        sawRedactedBytes |= r.bytes == "Password1 [redacted]\r\n";
        if (r.text.startsWith("sent WifiPassword"))
            CHECK(r.bytes.isEmpty());  // text had a secret, bytes hid it: bytes dropped
    }
    CHECK(records == 8);
    CHECK(sawMac);
    CHECK(sawHash);
    CHECK(sawRedactedBytes);
    CHECK(logBytes.contains("Password1 [redacted]"));

    const QByteArray readme = Archive::readEntry(zipPath, "README.txt");
    CHECK(readme.contains("support bundle"));
    CHECK(readme.contains("devices.json"));
}

TEST_CASE("The support bundle picks the newest sessions and names itself by date", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray before = qgetenv("FLASHWRIGHT_DATA_DIR");
    qputenv("FLASHWRIGHT_DATA_DIR", dir.path().toUtf8());
    const QString path = SupportBundle::defaultBundlePath();
    CHECK(QRegularExpression("/bundles/flashwright-support-\\d{8}-\\d{6}\\.zip$")
              .match(path)
              .hasMatch());

    QDir().mkpath(dir.filePath("sessions"));
    for (const char *n : {"session-20200101-000000-1.jsonl", "session-20210101-000000-2.jsonl",
                          "session-20220101-000000-3.jsonl", "session-20230101-000000-4.jsonl"}) {
        QFile f(dir.filePath(QString("sessions/") + n));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not json with password=oops\n");
    }
    SupportBundle::Options opts;
    opts.newestSessions = 2;
    opts.includeSystemInfo = false;
    const auto res = SupportBundle::build(path, opts);
    CHECK(QFileInfo(path).isFile());
    QStringList names;
    for (const ArchiveEntry &e : Archive::list(path))
        names << e.name;
    CHECK(names.contains("logs/session-20230101-000000-4.jsonl"));
    CHECK(names.contains("logs/session-20220101-000000-3.jsonl"));
    CHECK_FALSE(names.contains("logs/session-20210101-000000-2.jsonl"));
    CHECK_FALSE(names.contains("system.json"));
    CHECK(Archive::readEntry(path, "logs/session-20230101-000000-4.jsonl")
          == "not json with password=[redacted]\n");
    if (before.isNull())
        qunsetenv("FLASHWRIGHT_DATA_DIR");
    else
        qputenv("FLASHWRIGHT_DATA_DIR", before);
}

TEST_CASE("A support bundle that cannot be written gives a diagnosis", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile f(dir.filePath("blocker"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    SupportBundle::Options opts;
    opts.includeLogs = false;
    try {
        SupportBundle::build(dir.filePath("blocker/bundle.zip"), opts);
        FAIL("no error");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code.startsWith("bundle."));
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{"blocker"});
}
