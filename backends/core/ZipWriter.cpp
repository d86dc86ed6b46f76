#include "core/ZipWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fw::core {

namespace {

}  // namespace

ZipWriter::ZipWriter(const QString &zipPath) : m_path(zipPath)
{
    const QFileInfo fi(zipPath);
    if (!fi.absoluteDir().exists()) {
        Diagnosis d;
        d.code = QStringLiteral("archive.write_failed");
        d.summary = QCoreApplication::translate("fw::core::ZipWriter",
                                                "Cannot create %1: the folder %2 does not exist.")
                        .arg(QDir::toNativeSeparators(zipPath),
                             QDir::toNativeSeparators(fi.absolutePath()));
        d.causes << QCoreApplication::translate("fw::core::ZipWriter",
                                                "The folder was removed or the path is misspelt.");
        d.nextStep = QCoreApplication::translate("fw::core::ZipWriter",
                                                 "Choose an existing folder for the file.");
        throw JobError(d);
    }
    m_tempPath = fi.absoluteFilePath() + QStringLiteral(".part");
    m_archive = archive_write_new();
    archive_write_set_format_zip(m_archive);
    archive_write_zip_set_compression_deflate(m_archive);
    archive_write_set_bytes_in_last_block(m_archive, 1);
    if (archive_write_open_filename(m_archive, QFile::encodeName(m_tempPath).constData())
        != ARCHIVE_OK) {
        const int err = archive_errno(m_archive);
        fail(QString::fromLocal8Bit(archive_error_string(m_archive)), err);
    }
}

ZipWriter::~ZipWriter()
{
    if (!m_closed)
        discard();
}

void ZipWriter::discard()
{
    if (m_archive) {
        archive_write_free(m_archive);  // also closes; a broken zip is removed just below
        m_archive = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_closed = true;
}

void ZipWriter::fail(const QString &what, int err)
{
    discard();
    Diagnosis d;
    const QString shown = QDir::toNativeSeparators(m_path);
    if (err == EACCES || err == EPERM || err == EROFS) {
        d.code = QStringLiteral("archive.permission");
        d.summary = QCoreApplication::translate("fw::core::ZipWriter",
                                                "You do not have permission to write %1.")
                        .arg(shown);
        d.causes
            << QCoreApplication::translate("fw::core::ZipWriter",
                                           "The folder belongs to another user or is read-only.")
            << what;
        d.nextStep = QCoreApplication::translate("fw::core::ZipWriter",
                                                 "Choose a folder in your home directory.");
    } else if (err == ENOSPC || err == EDQUOT) {
        d.code = QStringLiteral("archive.disk_full");
        d.summary = QCoreApplication::translate("fw::core::ZipWriter",
                                                "The disk is full; %1 could not be written.")
                        .arg(shown);
        d.causes << QCoreApplication::translate("fw::core::ZipWriter",
                                                "No free space (or quota) left on the drive.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::ZipWriter", "Free some space or choose another drive, then try again.");
    } else {
        d.code = QStringLiteral("archive.write_failed");
        d.summary =
            QCoreApplication::translate("fw::core::ZipWriter", "Writing %1 failed.").arg(shown);
        d.causes << (what.isEmpty() ? QCoreApplication::translate("fw::core::ZipWriter",
                                                                  "An input/output error occurred.")
                                    : what);
        d.nextStep = QCoreApplication::translate(
            "fw::core::ZipWriter",
            "Check the drive is still connected and writable, then try again.");
    }
    throw JobError(d);
}

void ZipWriter::writeHeader(const QString &nameInZip, qint64 size, const QDateTime &mtime)
{
    if (m_closed || !m_archive)
        fail(QCoreApplication::translate("fw::core::ZipWriter", "The zip file was already closed."),
             0);
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname_utf8(e, nameInZip.toUtf8().constData());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, size);
    // Without an explicit time zip readers show 1980-01-01.
    const qint64 secs =
        (mtime.isValid() ? mtime : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    archive_entry_set_mtime(e, time_t(secs), 0);
    const int rc = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (rc < ARCHIVE_WARN)
        fail(QString::fromLocal8Bit(archive_error_string(m_archive)), archive_errno(m_archive));
    ++m_entries;
}

void ZipWriter::writeData(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const la_ssize_t n = archive_write_data(m_archive, data + done, size_t(size - done));
        if (n <= 0)
            fail(QString::fromLocal8Bit(archive_error_string(m_archive)), archive_errno(m_archive));
        done += n;
    }
}

void ZipWriter::addFile(const QString &nameInZip, const QByteArray &bytes, const QDateTime &mtime)
{
    writeHeader(nameInZip, bytes.size(), mtime);
    writeData(bytes.constData(), bytes.size());
}

void ZipWriter::addFileFromDisk(const QString &nameInZip, const QString &diskPath)
{
    QFile in(diskPath);
    if (!in.open(QIODevice::ReadOnly)) {
        Diagnosis d;
        d.code = in.error() == QFileDevice::PermissionsError ? QStringLiteral("file.permission")
                                                             : QStringLiteral("file.not_found");
        d.summary = QCoreApplication::translate("fw::core::ZipWriter",
                                                "Cannot read %1 to add it to the zip.")
                        .arg(QDir::toNativeSeparators(diskPath));
        d.causes << in.errorString();
        d.nextStep = QCoreApplication::translate("fw::core::ZipWriter",
                                                 "Check that the file exists and is readable.");
        discard();
        throw JobError(d);
    }
    const qint64 size = in.size();
    writeHeader(nameInZip, size, QFileInfo(diskPath).lastModified().toUTC());
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 n = in.read(chunk.data(), qMin<qint64>(chunk.size(), size - done));
        if (n <= 0)
            fail(QCoreApplication::translate(
                     "fw::core::ZipWriter",
                     "%1 became unreadable or shorter while it was being added: %2")
                     .arg(QDir::toNativeSeparators(diskPath), in.errorString()),
                 0);
        writeData(chunk.constData(), n);
        done += n;
    }
}

void ZipWriter::close()
{
    if (m_closed)
        return;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        fail(QString::fromLocal8Bit(archive_error_string(m_archive)), archive_errno(m_archive));
    archive_write_free(m_archive);
    m_archive = nullptr;
    // POSIX rename replaces an existing file atomically.
    if (std::rename(QFile::encodeName(m_tempPath).constData(),
                    QFile::encodeName(m_path).constData())
        != 0) {
        const int err = errno;
        fail(QString::fromLocal8Bit(std::strerror(err)), err);
    }
    m_closed = true;
}

}  // namespace fw::core
