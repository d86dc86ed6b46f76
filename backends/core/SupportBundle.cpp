#include "core/SupportBundle.h"

#include "core/AppInfo.h"
#include "core/AppPaths.h"
#include "core/LogRecord.h"
#include "core/Redactor.h"
#include "core/SessionLog.h"
#include "core/ZipWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fw::core {

namespace {

// A log bigger than this is cut to its newest part, which is the part that matters.
constexpr qint64 kMaxLogBytes = 64LL * 1024 * 1024;

QByteArray readLog(const QString &path, bool *cut)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    *cut = false;
    const qint64 size = f.size();
    if (size > kMaxLogBytes) {
        f.seek(size - kMaxLogBytes);
        f.readLine();  // drop the partial first line
        *cut = true;
    }
    return f.read(kMaxLogBytes);
}

QString readmeText(const QStringList &entries, const QStringList &cutLogs,
                   const QStringList &skipped, int redactions)
{
    QStringList l;
    l << QCoreApplication::translate("fw::core::SupportBundle", "Flashwright support bundle");
    l << QCoreApplication::translate("fw::core::SupportBundle", "Created: %1")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    l << QCoreApplication::translate("fw::core::SupportBundle", "Flashwright version: %1")
             .arg(AppInfo::appVersion());
    l << QString();
    l << QCoreApplication::translate(
        "fw::core::SupportBundle",
        "This zip helps someone else understand a problem you had with Flashwright. It holds:");
    l << QCoreApplication::translate(
        "fw::core::SupportBundle",
        "  system.json   versions of Flashwright and its libraries, the operating system, and "
        "whether you can open serial ports");
    l << QCoreApplication::translate(
        "fw::core::SupportBundle",
        "  devices.json  identities of the devices involved (chip, MAC, firmware version)");
    l << QCoreApplication::translate(
        "fw::core::SupportBundle",
        "  logs/         session logs: everything Flashwright did and the bytes it exchanged");
    l << QString();
    l << QCoreApplication::translate(
        "fw::core::SupportBundle",
        "Passwords, Wi-Fi and MQTT credentials, keys and tokens were replaced by "
        "\"[redacted]\" before writing (%n value(s) replaced). Please look through the files "
        "before sharing them if your logs may contain other private data.",
        nullptr, redactions);
    if (!cutLogs.isEmpty())
        l << QCoreApplication::translate(
                 "fw::core::SupportBundle",
                 "These logs were too big and only their newest part is included: %1")
                 .arg(cutLogs.join(QStringLiteral(", ")));
    if (!skipped.isEmpty())
        l << QCoreApplication::translate("fw::core::SupportBundle",
                                         "These logs could not be read and are missing: %1")
                 .arg(skipped.join(QStringLiteral(", ")));
    l << QString();
    l << QCoreApplication::translate("fw::core::SupportBundle", "Files:");
    for (const QString &e : entries)
        l << QStringLiteral("  ") + e;
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

[[noreturn]] void rethrowAsBundle(const JobError &e, const QString &zipPath)
{
    Diagnosis d = e.diagnosis();
    const QString tail = d.code.section(QLatin1Char('.'), 1);
    d.code = QStringLiteral("bundle.")
             + (tail == QLatin1String("permission") || tail == QLatin1String("disk_full")
                    ? tail
                    : QStringLiteral("write_failed"));
    d.causes.prepend(d.summary);
    d.summary = QCoreApplication::translate("fw::core::SupportBundle",
                                            "The support bundle could not be written to %1.")
                    .arg(QDir::toNativeSeparators(zipPath));
    throw JobError(d);
}

}  // namespace

QString SupportBundle::defaultBundlePath()
{
    return AppPaths::bundlesDir() + QStringLiteral("/flashwright-support-")
           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
           + QStringLiteral(".zip");
}

QByteArray SupportBundle::redactSessionLog(const QByteArray &jsonLines, int *count)
{
    int n = 0;
    QByteArray out;
    out.reserve(jsonLines.size());
    for (const QByteArray &raw : jsonLines.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        LogRecord r;
        if (!fromJsonLine(line, &r)) {
            out += Redactor::redact(QString::fromUtf8(line), &n).toUtf8();
            out += '\n';
            continue;
        }
        int textHits = 0;
        r.text = Redactor::redact(r.text, &textHits);
        r.source = Redactor::redact(r.source, &textHits);
        n += textHits;
        if (r.hasBytes()) {
            int byteHits = 0;
            r.bytes = Redactor::redactBytes(r.bytes, &byteHits);
            n += byteHits;
            if (textHits > 0 && byteHits == 0) {
                r.bytes.clear();
                r.text +=
                    QStringLiteral(" ")
                    + QCoreApplication::translate("fw::core::SupportBundle",
                                                  "[bytes removed: they may contain a secret]");
            }
        }
        out += toJsonLine(r);
        out += '\n';
    }
    if (count)
        *count += n;
    return out;
}

SupportBundle::Result SupportBundle::build(const QString &zipPath)
{
    return build(zipPath, Options{});
}

SupportBundle::Result SupportBundle::build(const QString &zipPath, const Options &opts)
{
    Result res;
    res.path = zipPath;
    const QString parent = QFileInfo(zipPath).absolutePath();
    if (!QDir().mkpath(parent)) {
        Diagnosis d;
        d.code = QStringLiteral("bundle.permission");
        d.summary =
            QCoreApplication::translate("fw::core::SupportBundle",
                                        "Cannot create the folder %1 for the support bundle.")
                .arg(QDir::toNativeSeparators(parent));
        d.causes << QCoreApplication::translate(
            "fw::core::SupportBundle", "The folder or one of its parents is not writable.");
        d.nextStep = QCoreApplication::translate("fw::core::SupportBundle",
                                                 "Choose a folder in your home directory.");
        throw JobError(d);
    }

    QStringList logs = opts.sessionFiles;
    if (logs.isEmpty() && opts.includeLogs) {
        QSet<QString> ids;
        for (const QString &f : SessionLog::listSessionFiles(opts.sessionsDir)) {
            const QString id = SessionLog::sessionIdOf(f);
            if (!ids.contains(id) && ids.size() >= opts.newestSessions)
                continue;
            ids.insert(id);
            logs << f;
        }
    }
    if (!opts.includeLogs)
        logs.clear();

    try {
        ZipWriter zip(zipPath);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList entries;
        QStringList cutLogs;
        QStringList usedNames;
        int redactions = 0;
        // The logs go first so the README can report what was redacted and cut.
        for (const QString &path : logs) {
            bool cut = false;
            const QFileInfo fi(path);
            if (!fi.isFile() || !fi.isReadable()) {
                res.skippedFiles << fi.fileName();
                continue;
            }
            const QByteArray body = redactSessionLog(readLog(path, &cut), &redactions);
            QString name = QStringLiteral("logs/") + fi.fileName();
            for (int i = 2; usedNames.contains(name); ++i)
                name = QStringLiteral("logs/%1-%2").arg(i).arg(fi.fileName());
            usedNames << name;
            zip.addFile(name, body, fi.lastModified().toUTC());
            entries << name;
            if (cut)
                cutLogs << fi.fileName();
        }
        if (opts.includeSystemInfo) {
            QVariantMap sys = AppInfo::collect();
            sys.insert(QStringLiteral("bundleCreated"), now.toString(Qt::ISODate));
            zip.addFile(
                QStringLiteral("system.json"),
                QJsonDocument(QJsonObject::fromVariantMap(sys)).toJson(QJsonDocument::Indented),
                now);
            entries.prepend(QStringLiteral("system.json"));
        }
        QVariantMap dev;
        dev.insert(QStringLiteral("devices"), Redactor::redactVariant(opts.devices, &redactions));
        zip.addFile(QStringLiteral("devices.json"),
                    QJsonDocument(QJsonObject::fromVariantMap(dev)).toJson(QJsonDocument::Indented),
                    now);
        entries.insert(opts.includeSystemInfo ? 1 : 0, QStringLiteral("devices.json"));
        entries.prepend(QStringLiteral("README.txt"));
        zip.addFile(QStringLiteral("README.txt"),
                    readmeText(entries, cutLogs, res.skippedFiles, redactions).toUtf8(), now);
        zip.close();
        res.entries = entries;
        res.redactions = redactions;
    } catch (const JobError &e) {
        rethrowAsBundle(e, zipPath);
    }
    return res;
}

}  // namespace fw::core
