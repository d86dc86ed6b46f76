#pragma once
// Builds the support bundle: a zip with a README, system facts, device identities and recent
// session logs, every text passed through the Redactor so no password or key leaves the machine.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace fw::core {

class SupportBundle {
public:
    struct Options {
        QStringList sessionFiles;   // empty: the files of the newest `newestSessions` sessions
        int newestSessions = 3;
        bool includeLogs = true;
        QVariantList devices;       // device identities (maps), written to devices.json
        bool includeSystemInfo = true;
        QString sessionsDir;        // empty: AppPaths::sessionsDir()
    };
    struct Result {
        QString path;
        QStringList entries;        // names inside the zip
        QStringList skippedFiles;   // logs that could not be read
        int redactions = 0;
    };

    // Writes the zip (replacing zipPath atomically). Throws JobError: "bundle.permission",
    // "bundle.disk_full", "bundle.write_failed".
    static Result build(const QString &zipPath, const Options &options);
    static Result build(const QString &zipPath);
    // AppPaths::bundlesDir()/flashwright-support-YYYYMMDD-HHMMSS.zip
    static QString defaultBundlePath();

    // Redacts one session file's JSON lines. For a record, the text and source are redacted;
    // its bytes are read as Latin-1 and redacted too (re-encoded only if something changed).
    // When the text held a secret but the bytes showed none, the bytes are dropped, since they
    // probably carry the same secret in a form the patterns cannot see (framed, escaped).
    // Lines that are not valid records are redacted as plain text.
    static QByteArray redactSessionLog(const QByteArray &jsonLines, int *count = nullptr);
};

}  // namespace fw::core
