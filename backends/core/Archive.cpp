#include "core/Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace fw::core {

namespace {

[[noreturn]] void raise(const QString &code, const QString &summary, const QString &cause,
                        const QString &next)
{
    Diagnosis d;
    d.code = code;
    d.summary = summary;
    if (!cause.isEmpty())
        d.causes << cause;
    d.nextStep = next;
    throw JobError(d);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errorText(archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : QString();
}

[[noreturn]] void raiseCorrupt(const QString &path, archive *a)
{
    const QString detail = errorText(a);
    raise(
        QStringLiteral("archive.corrupt"),
        QCoreApplication::translate("fw::core::Archive", "The archive %1 is damaged or incomplete.")
            .arg(shown(path)),
        !detail.isEmpty() ? detail
                          : QCoreApplication::translate(
                              "fw::core::Archive",
                              "The file was cut short (interrupted download or copy)."),
        QCoreApplication::translate("fw::core::Archive",
                                    "Download the package again and check its size or checksum."));
}

[[noreturn]] void raiseTooLarge(const QString &path, const QString &cause)
{
    raise(QStringLiteral("archive.too_large"),
          QCoreApplication::translate("fw::core::Archive",
                                      "The archive %1 unpacks to more than is allowed.")
              .arg(shown(path)),
          cause,
          QCoreApplication::translate(
              "fw::core::Archive",
              "Make sure this is the right package; a firmware package is normally a few "
              "megabytes. A file that expands enormously may be a deliberate \"zip bomb\"."));
}

[[noreturn]] void raiseUnsafe(const QString &path, const QString &entry, const QString &why)
{
    raise(QStringLiteral("archive.unsafe_path"),
          QCoreApplication::translate(
              "fw::core::Archive",
              "The archive %1 contains an entry that would be written outside the target "
              "folder: %2")
              .arg(shown(path), entry),
          why,
          QCoreApplication::translate(
              "fw::core::Archive",
              "Nothing was extracted. Do not use this package; get it again from the "
              "vendor's official download page."));
}

// Owns a libarchive reader opened on a file, with the formats a firmware package can have.
class Reader {
public:
    explicit Reader(const QString &path) : m_path(path), m_a(archive_read_new())
    {
        const QFileInfo fi(path);
        if (!fi.exists())
            raise(
                QStringLiteral("file.not_found"),
                QCoreApplication::translate("fw::core::Archive", "The file %1 does not exist.")
                    .arg(shown(path)),
                QCoreApplication::translate(
                    "fw::core::Archive", "The path is misspelt, or the file was moved or deleted."),
                QCoreApplication::translate("fw::core::Archive",
                                            "Check the path, or pick the file again."));
        if (fi.isDir())
            raise(
                QStringLiteral("file.is_directory"),
                QCoreApplication::translate("fw::core::Archive", "%1 is a folder, not an archive.")
                    .arg(shown(path)),
                QCoreApplication::translate(
                    "fw::core::Archive", "A folder was chosen where a package file was expected."),
                QCoreApplication::translate("fw::core::Archive",
                                            "Choose the .zip or .tar.gz file itself."));
        if (fi.size() == 0)
            raise(QStringLiteral("archive.not_archive"),
                  QCoreApplication::translate("fw::core::Archive", "The file %1 is empty.")
                      .arg(shown(path)),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "The download was interrupted or the file was not saved completely."),
                  QCoreApplication::translate("fw::core::Archive", "Download the package again."));
        archive_read_support_filter_all(m_a);
        // Not format_all: it includes mtree, whose entries can pull in files from this
        // machine's disk, and "raw"/"empty", which would accept any file as an archive.
        archive_read_support_format_zip(m_a);
        archive_read_support_format_tar(m_a);
        archive_read_support_format_gnutar(m_a);
        archive_read_support_format_7zip(m_a);
        archive_read_support_format_cpio(m_a);
        archive_read_support_format_ar(m_a);
        archive_read_support_format_rar(m_a);
        archive_read_support_format_rar5(m_a);
        if (archive_read_open_filename(m_a, QFile::encodeName(path).constData(), 64 * 1024)
            != ARCHIVE_OK)
            openFailed();
    }
    ~Reader() { archive_read_free(m_a); }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Next entry or nullptr at the end.
    archive_entry *next()
    {
        archive_entry *e = nullptr;
        const int rc = archive_read_next_header(m_a, &e);
        if (rc == ARCHIVE_EOF)
            return nullptr;
        if (rc < ARCHIVE_WARN) {
            if (m_first)
                openFailed();
            raiseCorrupt(m_path, m_a);
        }
        m_first = false;
        if (archive_entry_is_encrypted(e))
            raise(
                QStringLiteral("archive.encrypted"),
                QCoreApplication::translate("fw::core::Archive",
                                            "The archive %1 is password-protected.")
                    .arg(shown(m_path)),
                QCoreApplication::translate(
                    "fw::core::Archive", "Encrypted entries cannot be read without the password."),
                QCoreApplication::translate(
                    "fw::core::Archive",
                    "Unpack it with the password using your archive tool, then load the "
                    "firmware file directly."));
        return e;
    }

    // Reads up to size bytes; 0 at the end of the entry.
    qint64 read(char *buf, qint64 size)
    {
        const la_ssize_t n = archive_read_data(m_a, buf, size_t(size));
        if (n < 0)
            raiseCorrupt(m_path, m_a);
        return n;
    }

    void skip()
    {
        if (archive_read_data_skip(m_a) < ARCHIVE_WARN)
            raiseCorrupt(m_path, m_a);
    }

private:
    [[noreturn]] void openFailed()
    {
        const int err = archive_errno(m_a);
        if (err == EACCES || err == EPERM)
            raise(QStringLiteral("file.permission"),
                  QCoreApplication::translate("fw::core::Archive",
                                              "You do not have permission to read %1.")
                      .arg(shown(m_path)),
                  errorText(m_a),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "Give yourself read access or copy the file to a folder you own."));
        if (errorText(m_a).contains(QLatin1String("Unrecognized archive format")))
            raise(QStringLiteral("archive.not_archive"),
                  QCoreApplication::translate("fw::core::Archive",
                                              "%1 is not an archive this program can read.")
                      .arg(shown(m_path)),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "The file is not a zip, tar, tar.gz or tar.xz package (maybe it is the "
                      "firmware image itself, or a web page saved instead of the download)."),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "Load it as a firmware file, or download the package again."));
        raiseCorrupt(m_path, m_a);
    }

    QString m_path;
    archive *m_a;
    bool m_first = true;
};

QString entryName(archive_entry *e)
{
    if (const char *u = archive_entry_pathname_utf8(e))
        return QString::fromUtf8(u);
    if (const char *l = archive_entry_pathname(e))
        return QString::fromLocal8Bit(l);
    return {};
}

QString cleanName(const QString &raw)
{
    QStringList parts;
    for (const QString &p : QString(raw)
                                .replace(QLatin1Char('\\'), QLatin1Char('/'))
                                .split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

// True when dirOfEntry/target stays inside the root, judged on the names alone.
bool linkTargetInside(const QString &rel, const QString &target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/'))
        || target.contains(QLatin1Char('\\')) || target.contains(QChar(0)))
        return false;
    QStringList stack = rel.split(QLatin1Char('/'));
    stack.removeLast();
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
        } else {
            stack << p;
        }
    }
    return true;
}

// Creates the parent folders of rel inside root, refusing to pass through anything that is
// not a real folder (a symlink planted by an earlier entry).
void makeParents(const QString &archivePath, const QString &root, const QString &rel)
{
    const QStringList parts = rel.split(QLatin1Char('/'));
    QString cur = root;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        cur += QLatin1Char('/') + parts[i];
        struct stat st {};
        if (::lstat(QFile::encodeName(cur).constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                raiseUnsafe(archivePath, rel,
                            QCoreApplication::translate("fw::core::Archive",
                                                        "A parent of this entry is not a folder."));
            continue;
        }
        if (!QDir().mkdir(cur))
            raise(
                QStringLiteral("archive.write_failed"),
                QCoreApplication::translate("fw::core::Archive", "Could not create the folder %1.")
                    .arg(shown(cur)),
                QCoreApplication::translate("fw::core::Archive",
                                            "The disk is full or the folder is not writable."),
                QCoreApplication::translate("fw::core::Archive",
                                            "Free some space or choose another folder."));
    }
}

struct PendingLink {
    QString rel;
    QString target;
};

}  // namespace

QString Archive::safeRelativePath(const QString &entryName)
{
    if (entryName.isEmpty() || entryName.contains(QChar(0)))
        return {};
    QString n = entryName;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')))
        return {};
    if (n.size() >= 2 && n[1] == QLatin1Char(':') && n[0].isLetter())
        return {};
    QStringList parts;
    for (const QString &p : n.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            return {};
        if (p != QLatin1String("."))
            parts << p;
    }
    return parts.isEmpty() ? QStringLiteral(".") : parts.join(QLatin1Char('/'));
}

QVector<ArchiveEntry> Archive::list(const QString &path)
{
    Reader r(path);
    QVector<ArchiveEntry> out;
    while (archive_entry *e = r.next()) {
        ArchiveEntry ae;
        ae.name = cleanName(entryName(e));
        ae.size = archive_entry_size_is_set(e) ? qint64(archive_entry_size(e)) : -1;
        ae.isDir = archive_entry_filetype(e) == AE_IFDIR;
        ae.isSymlink = archive_entry_filetype(e) == AE_IFLNK;
        if (archive_entry_mtime_is_set(e))
            ae.mtime = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(e), Qt::UTC);
        if (!ae.name.isEmpty())
            out << ae;
        r.skip();
    }
    return out;
}

QByteArray Archive::readEntry(const QString &path, const QString &entry, qint64 maxBytes)
{
    const QString wanted = cleanName(entry);
    Reader r(path);
    while (archive_entry *e = r.next()) {
        if (cleanName(entryName(e)) != wanted || archive_entry_filetype(e) != AE_IFREG) {
            r.skip();
            continue;
        }
        QByteArray out;
        QByteArray buf(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = r.read(buf.data(), buf.size());
            if (n == 0)
                break;
            if (out.size() + n > maxBytes)
                raiseTooLarge(path,
                              QCoreApplication::translate("fw::core::Archive",
                                                          "The entry %1 is larger than %2 bytes.")
                                  .arg(entry)
                                  .arg(maxBytes));
            out.append(buf.constData(), n);
        }
        return out;
    }
    raise(QStringLiteral("archive.entry_not_found"),
          QCoreApplication::translate("fw::core::Archive", "The archive %1 has no file named %2.")
              .arg(shown(path), entry),
          QCoreApplication::translate(
              "fw::core::Archive",
              "The package is for another device or a different version of the tool."),
          QCoreApplication::translate(
              "fw::core::Archive",
              "List the archive's contents and check you have the right package."));
}

QStringList Archive::extractAll(const QString &path, const QString &destDir,
                                const ExtractLimits &limits)
{
    const QString dest = QFileInfo(destDir).absoluteFilePath();
    const QFileInfo destInfo(dest);
    if (destInfo.exists() && !destInfo.isDir())
        raise(QStringLiteral("archive.write_failed"),
              QCoreApplication::translate("fw::core::Archive", "%1 exists and is not a folder.")
                  .arg(shown(dest)),
              QString(),
              QCoreApplication::translate("fw::core::Archive",
                                          "Choose an empty or new folder to extract into."));
    const QString parent = destInfo.absolutePath();
    if (!QDir().mkpath(parent))
        raise(QStringLiteral("archive.write_failed"),
              QCoreApplication::translate("fw::core::Archive", "Could not create the folder %1.")
                  .arg(shown(parent)),
              QCoreApplication::translate("fw::core::Archive", "The folder is not writable."),
              QCoreApplication::translate("fw::core::Archive",
                                          "Choose a folder in your home directory."));

    Reader r(path);
    // Everything lands in a hidden sibling first and is moved in only when all went well.
    QTemporaryDir tmp(parent + QStringLiteral("/.fw-extract-XXXXXX"));
    if (!tmp.isValid())
        raise(QStringLiteral("archive.write_failed"),
              QCoreApplication::translate("fw::core::Archive",
                                          "Could not create a temporary folder in %1.")
                  .arg(shown(parent)),
              tmp.errorString(),
              QCoreApplication::translate(
                  "fw::core::Archive",
                  "Check that the folder is writable and the disk is not full."));
    const QString root = tmp.path();

    QStringList written;
    QVector<PendingLink> links;
    qint64 entries = 0;
    qint64 total = 0;
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    while (archive_entry *e = r.next()) {
        const QString name = entryName(e);
        if (++entries > limits.maxEntries)
            raiseTooLarge(path, QCoreApplication::translate("fw::core::Archive",
                                                            "It has more than %1 entries.")
                                    .arg(limits.maxEntries));
        const QString rel = safeRelativePath(name);
        if (rel.isEmpty())
            raiseUnsafe(path, name,
                        QCoreApplication::translate(
                            "fw::core::Archive", "The name is absolute or climbs up with \"..\"."));
        const auto type = archive_entry_filetype(e);
        if (rel == QLatin1String(".")) {
            if (type != AE_IFDIR)
                raiseUnsafe(path, name,
                            QCoreApplication::translate("fw::core::Archive",
                                                        "The entry has no file name."));
            r.skip();
            continue;
        }
        const QString out = root + QLatin1Char('/') + rel;
        if (type == AE_IFDIR) {
            makeParents(path, root, rel + QStringLiteral("/x"));
            r.skip();
            continue;
        }
        if (type == AE_IFLNK) {
            const char *t = archive_entry_symlink_utf8(e);
            const QString target =
                t ? QString::fromUtf8(t) : QString::fromLocal8Bit(archive_entry_symlink(e));
            if (!linkTargetInside(rel, target))
                raiseUnsafe(
                    path, name,
                    QCoreApplication::translate("fw::core::Archive", "It is a symbolic link to %1.")
                        .arg(target));
            links.append({rel, target});
            r.skip();
            continue;
        }
        if (type != AE_IFREG)
            raiseUnsafe(
                path, name,
                QCoreApplication::translate("fw::core::Archive",
                                            "It is a device, pipe or socket, not a regular file."));

        makeParents(path, root, rel);
        if (const char *hl = archive_entry_hardlink(e)) {
            const QString targetRel = safeRelativePath(QString::fromLocal8Bit(hl));
            const QFileInfo src(root + QLatin1Char('/') + targetRel);
            if (targetRel.isEmpty() || targetRel == QLatin1String(".") || src.isSymLink()
                || !src.isFile())
                raiseUnsafe(path, name,
                            QCoreApplication::translate(
                                "fw::core::Archive",
                                "It is a hard link to %1, which is not a file extracted "
                                "before it.")
                                .arg(QString::fromLocal8Bit(hl)));
            total += src.size();
            if (total > limits.maxTotalBytes)
                raiseTooLarge(path, QCoreApplication::translate("fw::core::Archive",
                                                                "It expands to more than %1 bytes.")
                                        .arg(limits.maxTotalBytes));
            QFile::remove(out);
            if (!QFile::copy(src.filePath(), out))
                raise(QStringLiteral("archive.write_failed"),
                      QCoreApplication::translate("fw::core::Archive", "Could not write %1.")
                          .arg(shown(out)),
                      QCoreApplication::translate(
                          "fw::core::Archive", "The disk is full or the folder is not writable."),
                      QCoreApplication::translate("fw::core::Archive",
                                                  "Free some space or choose another folder."));
            written << rel;
            r.skip();
            continue;
        }
        if (archive_entry_size_is_set(e) && archive_entry_size(e) > limits.maxEntryBytes)
            raiseTooLarge(
                path, QCoreApplication::translate(
                          "fw::core::Archive", "The entry %1 declares %2 bytes; the limit is %3.")
                          .arg(name)
                          .arg(qint64(archive_entry_size(e)))
                          .arg(limits.maxEntryBytes));
        QFile f(out);
        if (QFileInfo(out).isDir() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            raise(QStringLiteral("archive.write_failed"),
                  QCoreApplication::translate("fw::core::Archive", "Could not write %1.")
                      .arg(shown(out)),
                  f.errorString(),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "Check that the disk is not full and the folder is writable."));
        // Declared sizes can lie, so the limits are enforced on the bytes actually produced.
        qint64 entryBytes = 0;
        for (;;) {
            const qint64 n = r.read(buf.data(), buf.size());
            if (n == 0)
                break;
            entryBytes += n;
            total += n;
            if (entryBytes > limits.maxEntryBytes)
                raiseTooLarge(
                    path, QCoreApplication::translate("fw::core::Archive",
                                                      "The entry %1 expands to more than %2 bytes.")
                              .arg(name)
                              .arg(limits.maxEntryBytes));
            if (total > limits.maxTotalBytes)
                raiseTooLarge(path, QCoreApplication::translate("fw::core::Archive",
                                                                "It expands to more than %1 bytes.")
                                        .arg(limits.maxTotalBytes));
            if (f.write(buf.constData(), n) != n)
                raise(QStringLiteral("archive.write_failed"),
                      QCoreApplication::translate("fw::core::Archive", "Could not write %1.")
                          .arg(shown(out)),
                      f.errorString(),
                      QCoreApplication::translate("fw::core::Archive",
                                                  "Free some space on the disk, then try again."));
        }
        f.close();
        if (f.error() != QFileDevice::NoError)
            raise(QStringLiteral("archive.write_failed"),
                  QCoreApplication::translate("fw::core::Archive", "Could not write %1.")
                      .arg(shown(out)),
                  f.errorString(),
                  QCoreApplication::translate("fw::core::Archive",
                                              "Free some space on the disk, then try again."));
        QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                         | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (archive_entry_perm(e) & 0100)
            perms |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        f.setPermissions(perms);
        if (archive_entry_mtime_is_set(e) && f.open(QIODevice::Append)) {
            f.setFileTime(QDateTime::fromSecsSinceEpoch(archive_entry_mtime(e), Qt::UTC),
                          QFileDevice::FileModificationTime);
            f.close();
        }
        written << rel;
    }

    // Links go last so no file is ever written through one; then every link is resolved on
    // disk, which also catches chains whose names look harmless one by one.
    const QString canonRoot = QFileInfo(root).canonicalFilePath();
    for (const PendingLink &l : links) {
        const QString out = root + QLatin1Char('/') + l.rel;
        makeParents(path, root, l.rel);
        if (::symlink(QFile::encodeName(l.target).constData(), QFile::encodeName(out).constData())
            != 0)
            raise(QStringLiteral("archive.corrupt"),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "The archive %1 has a link %2 that clashes with another entry.")
                      .arg(shown(path), l.rel),
                  QString::fromLocal8Bit(std::strerror(errno)),
                  QCoreApplication::translate(
                      "fw::core::Archive",
                      "Download the package again; if it persists, the package is broken."));
        written << l.rel;
    }
    const auto inside = [&](const QByteArray &p) {
        char real[PATH_MAX];
        if (!::realpath(p.constData(), real))
            return -1;
        const QString resolved = QFile::decodeName(real);
        return int(resolved == canonRoot || resolved.startsWith(canonRoot + QLatin1Char('/')));
    };
    for (const PendingLink &l : links) {
        const qsizetype slash = l.rel.lastIndexOf(QLatin1Char('/'));
        const QString linkDir = slash < 0 ? root : root + QLatin1Char('/') + l.rel.left(slash);
        int ok = inside(QFile::encodeName(linkDir + QLatin1Char('/') + l.target));
        if (ok < 0) {
            // Dangling: judge the folder the target would live in, resolved on disk.
            const qsizetype ts = l.target.lastIndexOf(QLatin1Char('/'));
            ok = inside(QFile::encodeName(ts < 0 ? linkDir
                                                 : linkDir + QLatin1Char('/') + l.target.left(ts)));
        }
        if (ok != 1)
            raiseUnsafe(path, l.rel,
                        QCoreApplication::translate("fw::core::Archive",
                                                    "The link %1 leads outside the folder.")
                            .arg(l.target));
    }

    // Move into place.
    QDir destDirObj(dest);
    const bool destExists = destDirObj.exists();
    if (destExists
        && destDirObj.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                              | QDir::System))
        QDir().rmdir(dest);
    if (!QFileInfo::exists(dest)) {
        if (::rename(QFile::encodeName(root).constData(), QFile::encodeName(dest).constData()) != 0)
            raise(QStringLiteral("archive.write_failed"),
                  QCoreApplication::translate("fw::core::Archive",
                                              "Could not move the files into %1.")
                      .arg(shown(dest)),
                  QString::fromLocal8Bit(std::strerror(errno)),
                  QCoreApplication::translate("fw::core::Archive",
                                              "Check that the folder is writable."));
        tmp.setAutoRemove(false);
        return written;
    }
    const QStringList top =
        QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString &t : top) {
        if (QFileInfo(dest + QLatin1Char('/') + t).exists()
            || QFileInfo(dest + QLatin1Char('/') + t).isSymLink())
            raise(
                QStringLiteral("archive.dest_conflict"),
                QCoreApplication::translate("fw::core::Archive",
                                            "%1 already contains %2; nothing was extracted.")
                    .arg(shown(dest), t),
                QCoreApplication::translate("fw::core::Archive",
                                            "The folder holds files from an earlier extraction."),
                QCoreApplication::translate(
                    "fw::core::Archive", "Choose an empty folder or remove the old files first."));
    }
    for (const QString &t : top) {
        const QByteArray from = QFile::encodeName(root + QLatin1Char('/') + t);
        const QByteArray to = QFile::encodeName(dest + QLatin1Char('/') + t);
        if (::rename(from.constData(), to.constData()) != 0)
            raise(QStringLiteral("archive.write_failed"),
                  QCoreApplication::translate("fw::core::Archive", "Could not move %1 into %2.")
                      .arg(t, shown(dest)),
                  QString::fromLocal8Bit(std::strerror(errno)),
                  QCoreApplication::translate("fw::core::Archive",
                                              "Check that the folder is writable."));
    }
    return written;
}

}  // namespace fw::core
