#pragma once
// Reads firmware packages (zip, tar, tar.gz, tar.xz, ...) through libarchive: lists entries,
// reads one entry into memory, and extracts safely (no path escapes, streaming size limits).

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fw::core {

struct ArchiveEntry {
    QString name;       // as stored, with "./" and duplicate slashes removed
    qint64 size = -1;   // declared size; -1 when the archive does not say
    bool isDir = false;
    bool isSymlink = false;
    QDateTime mtime;
};

struct ExtractLimits {
    qint64 maxEntries = 10'000;
    qint64 maxEntryBytes = 256LL * 1024 * 1024;
    qint64 maxTotalBytes = 1024LL * 1024 * 1024;
};

class Archive {
public:
    // All throw JobError: "archive.not_archive", "archive.corrupt", "archive.unsafe_path",
    // "archive.too_large", "archive.entry_not_found", "archive.write_failed", "file.*".
    static QVector<ArchiveEntry> list(const QString &path);
    static QByteArray readEntry(const QString &path, const QString &entryName,
                                qint64 maxBytes = 64LL * 1024 * 1024);
    // Extracts everything into destDir (created if missing) or nothing at all. Returns the
    // relative paths written, in archive order.
    static QStringList extractAll(const QString &path, const QString &destDir,
                                  const ExtractLimits &limits = {});

    // Normalises an entry name to a relative path inside the destination; returns an empty
    // string when the name could escape it (absolute, "..", drive letters, NUL).
    static QString safeRelativePath(const QString &entryName);
};

}  // namespace fw::core
