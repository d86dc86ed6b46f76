#pragma once
// Writes a zip file (deflate) through libarchive, e.g. the support bundle. The zip is built
// next to its destination and renamed into place by close(), so a failure leaves no half file.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct archive;

namespace fw::core {

class ZipWriter {
public:
    // Opens the temporary file at once; throws JobError ("archive.permission",
    // "archive.write_failed") when the folder is missing or not writable.
    explicit ZipWriter(const QString &zipPath);
    ~ZipWriter();  // without close(): discards the partial file
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    void addFile(const QString &nameInZip, const QByteArray &bytes,
                 const QDateTime &mtime = QDateTime::currentDateTimeUtc());
    // Copies the file's current length (a log still being appended to is cut at that point).
    void addFileFromDisk(const QString &nameInZip, const QString &diskPath);
    void close();

    const QString &path() const { return m_path; }
    int entryCount() const { return m_entries; }

private:
    void writeHeader(const QString &nameInZip, qint64 size, const QDateTime &mtime);
    void writeData(const char *data, qint64 size);
    [[noreturn]] void fail(const QString &what, int err);
    void discard();

    QString m_path;
    QString m_tempPath;
    struct archive *m_archive = nullptr;
    int m_entries = 0;
    bool m_closed = false;
};

}  // namespace fw::core
