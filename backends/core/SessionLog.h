#pragma once
// Writes every record of a LogBus to a JSON-lines session file (one per run), flushed after
// each batch, split into parts at a size cap; old sessions beyond a count are pruned.

#include "core/Diagnosis.h"
#include "core/LogRecord.h"

#include <QFile>
#include <QObject>
#include <QStringList>

namespace fw::core {

class LogBus;

class SessionLog : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dir;                                // empty: AppPaths::sessionsDir()
        qint64 maxPartBytes = 50LL * 1024 * 1024;   // start a new part beyond this
        int keepSessions = 20;                      // sessions kept, this one included
    };

    explicit SessionLog(LogBus *bus, QObject *parent = nullptr);
    SessionLog(LogBus *bus, const Options &options, QObject *parent = nullptr);
    ~SessionLog() override;

    // Creates the folder and the first file, prunes old sessions. Throws JobError
    // ("session.permission", "session.write_failed").
    void start();
    void stop();
    bool isActive() const { return m_file.isOpen(); }

    QString sessionId() const { return m_id; }        // "20250101-120000-1234"
    QString currentPath() const { return m_file.fileName(); }
    QStringList partPaths() const { return m_parts; }
    qint64 recordsWritten() const { return m_written; }
    const Diagnosis &lastError() const { return m_error; }

    // Session files in dir, newest session first (parts of one session in order).
    static QStringList listSessionFiles(const QString &dir = {});
    // Deletes all but the newest `keep` sessions; `except` (a session id) is never deleted.
    // Returns the number of files removed.
    static int prune(const QString &dir, int keep, const QString &except = {});
    // Reads a session file back, skipping malformed lines (counted in *skipped).
    static QVector<LogRecord> readFile(const QString &path, int *skipped = nullptr);
    // The session id a file name belongs to, empty when the name is not a session file.
    static QString sessionIdOf(const QString &fileName);

Q_SIGNALS:
    // Writing stopped (disk full, folder removed); the session continues without a file.
    void writeFailed(const fw::core::Diagnosis &diagnosis);

private:
    void onBatch(const fw::core::LogBatch &records);
    void openPart(int index);
    QString partPath(int index) const;
    void failWrite(const QString &reason);

    LogBus *m_bus;
    Options m_opts;
    QString m_dir;
    QString m_id;
    QFile m_file;
    QStringList m_parts;
    int m_partIndex = 1;
    qint64 m_written = 0;
    Diagnosis m_error;
};

}  // namespace fw::core
