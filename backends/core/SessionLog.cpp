#include "core/SessionLog.h"

#include "core/AppPaths.h"
#include "core/LogBus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace fw::core {

namespace {

// session-YYYYMMDD-HHMMSS-<pid>.jsonl, later parts session-...-<pid>.part2.jsonl
const QRegularExpression &nameRe()
{
    static const QRegularExpression re(
        QStringLiteral("^session-(\\d{8}-\\d{6}-\\d+)(?:\\.part(\\d+))?\\.jsonl$"));
    return re;
}

}  // namespace

SessionLog::SessionLog(LogBus *bus, QObject *parent) : SessionLog(bus, Options{}, parent)
{}

SessionLog::SessionLog(LogBus *bus, const Options &options, QObject *parent)
    : QObject(parent), m_bus(bus), m_opts(options)
{
    m_dir = m_opts.dir.isEmpty() ? AppPaths::sessionsDir() : m_opts.dir;
}

SessionLog::~SessionLog()
{
    stop();
}

QString SessionLog::partPath(int index) const
{
    const QString base = m_dir + QStringLiteral("/session-") + m_id;
    return index <= 1 ? base + QStringLiteral(".jsonl")
                      : base + QStringLiteral(".part%1.jsonl").arg(index);
}

void SessionLog::start()
{
    if (isActive())
        return;
    if (!AppPaths::ensureDir(m_dir)) {
        Diagnosis d;
        d.code = QStringLiteral("session.permission");
        d.summary =
            tr("Cannot create the session log folder %1.").arg(QDir::toNativeSeparators(m_dir));
        d.causes << tr("The folder or one of its parents is not writable.")
                 << tr("The disk is full.");
        d.nextStep =
            tr("Make the folder writable, or set FLASHWRIGHT_DATA_DIR to a writable "
               "folder.");
        m_error = d;
        throw JobError(d);
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_id = stamp + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
    // Two logs in one process within a second would share a name; keep them apart.
    for (int n = 2; QFileInfo::exists(partPath(1)); ++n)
        m_id = stamp + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid())
               + QString::number(n);
    m_partIndex = 1;
    m_parts.clear();
    openPart(1);
    if (!isActive())
        throw JobError(m_error);
    prune(m_dir, m_opts.keepSessions, m_id);
    if (m_bus)
        connect(m_bus, &LogBus::batch, this, &SessionLog::onBatch, Qt::UniqueConnection);
}

void SessionLog::stop()
{
    if (m_bus)
        disconnect(m_bus, &LogBus::batch, this, &SessionLog::onBatch);
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

void SessionLog::openPart(int index)
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(partPath(index));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        Diagnosis d;
        d.code = m_file.error() == QFileDevice::PermissionsError
                     ? QStringLiteral("session.permission")
                     : QStringLiteral("session.write_failed");
        d.summary =
            tr("Cannot write the session log %1.").arg(QDir::toNativeSeparators(m_file.fileName()));
        d.causes << m_file.errorString();
        d.nextStep =
            tr("Make the folder writable, or set FLASHWRIGHT_DATA_DIR to a writable "
               "folder.");
        m_error = d;
        return;
    }
    m_partIndex = index;
    m_parts << m_file.fileName();
}

void SessionLog::failWrite(const QString &reason)
{
    Diagnosis d;
    d.code = QStringLiteral("session.write_failed");
    d.summary = tr("The session log stopped being written: %1.")
                    .arg(QDir::toNativeSeparators(m_file.fileName()));
    d.causes << reason << tr("The disk is full or the folder was removed.");
    d.nextStep =
        tr("Free some disk space; the log view keeps working, but the file on disk ends "
           "here.");
    m_error = d;
    m_file.close();
    stop();
    Q_EMIT writeFailed(d);
}

void SessionLog::onBatch(const LogBatch &records)
{
    if (!m_file.isOpen())
        return;
    QByteArray chunk;
    for (const LogRecord &r : records) {
        QByteArray line = toJsonLine(r);
        line.append('\n');
        if (m_opts.maxPartBytes > 0
            && m_file.size() + chunk.size() + line.size() > m_opts.maxPartBytes
            && m_file.size() + chunk.size() > 0) {
            if (!chunk.isEmpty() && m_file.write(chunk) != chunk.size())
                return failWrite(m_file.errorString());
            chunk.clear();
            m_file.flush();
            openPart(m_partIndex + 1);
            if (!m_file.isOpen())
                return failWrite(m_error.causes.value(0));
        }
        chunk += line;
        ++m_written;
    }
    if (!chunk.isEmpty() && m_file.write(chunk) != chunk.size())
        return failWrite(m_file.errorString());
    // Flushed per batch so a crash loses at most one coalescing window.
    if (!m_file.flush())
        failWrite(m_file.errorString());
}

QString SessionLog::sessionIdOf(const QString &fileName)
{
    const auto m = nameRe().match(QFileInfo(fileName).fileName());
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList SessionLog::listSessionFiles(const QString &dirIn)
{
    const QString dir = dirIn.isEmpty() ? AppPaths::sessionsDir() : dirIn;
    // id -> part index -> path
    QMap<QString, QMap<int, QString>> sessions;
    const QStringList names = QDir(dir).entryList({QStringLiteral("session-*.jsonl")}, QDir::Files);
    for (const QString &n : names) {
        const auto m = nameRe().match(n);
        if (!m.hasMatch())
            continue;
        const int part = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        sessions[m.captured(1)][part] = dir + QLatin1Char('/') + n;
    }
    // Ids start with a sortable timestamp; equal stamps fall back to the pid, which is fine.
    QStringList out;
    const QStringList ids = sessions.keys();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        out += sessions.value(*it).values();
    return out;
}

int SessionLog::prune(const QString &dirIn, int keep, const QString &except)
{
    const QString dir = dirIn.isEmpty() ? AppPaths::sessionsDir() : dirIn;
    QStringList ids;
    const QStringList files = listSessionFiles(dir);
    for (const QString &f : files) {
        const QString id = sessionIdOf(f);
        if (!ids.contains(id))
            ids << id;
    }
    int removed = 0;
    int kept = except.isEmpty() ? 0 : 1;
    QStringList doomed;
    for (const QString &id : ids) {
        if (id == except)
            continue;
        if (kept < keep)
            ++kept;
        else
            doomed << id;
    }
    for (const QString &f : files) {
        if (doomed.contains(sessionIdOf(f)) && QFile::remove(f))
            ++removed;
    }
    return removed;
}

QVector<LogRecord> SessionLog::readFile(const QString &path, int *skipped)
{
    QVector<LogRecord> out;
    int bad = 0;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Diagnosis d;
        d.code = f.exists() ? QStringLiteral("file.permission") : QStringLiteral("file.not_found");
        d.summary =
            QCoreApplication::translate("fw::core::SessionLog", "Cannot read the session log %1.")
                .arg(QDir::toNativeSeparators(path));
        d.causes << f.errorString();
        d.nextStep = QCoreApplication::translate("fw::core::SessionLog",
                                                 "Check the path; session logs are in %1.")
                         .arg(QDir::toNativeSeparators(AppPaths::sessionsDir()));
        throw JobError(d);
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        LogRecord r;
        if (fromJsonLine(line, &r))
            out.append(std::move(r));
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return out;
}

}  // namespace fw::core
