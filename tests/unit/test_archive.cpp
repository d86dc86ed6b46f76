#include <catch2/catch.hpp>

#include "core/Archive.h"
#include "core/ZipWriter.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <functional>

using namespace fw::core;

namespace {

struct TarEntry {
    QByteArray name;
    QByteArray data;
    unsigned type = AE_IFREG;
    QByteArray link;  // symlink target
    QByteArray hardlink;  // hard link target
};

TarEntry file(const QByteArray &name, const QByteArray &data)
{
    TarEntry t;
    t.name = name;
    t.data = data;
    return t;
}

TarEntry special(const QByteArray &name, unsigned type, const QByteArray &link = {},
                 const QByteArray &hardlink = {})
{
    TarEntry t;
    t.name = name;
    t.type = type;
    t.link = link;
    t.hardlink = hardlink;
    return t;
}

enum class Filter { None, Gzip, Xz };

// Writes a tar through libarchive, which lets the test build entries no sane tool would make.
void writeTar(const QString &path, const QVector<TarEntry> &entries, Filter filter = Filter::None)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (filter == Filter::Gzip)
        archive_write_add_filter_gzip(a);
    else if (filter == Filter::Xz)
        archive_write_add_filter_xz(a);
    REQUIRE(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const TarEntry &t : entries) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, t.name.constData());
        archive_entry_set_filetype(e, t.type);
        archive_entry_set_perm(e, t.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(e, 1700000000, 0);
        if (!t.link.isEmpty())
            archive_entry_set_symlink(e, t.link.constData());
        if (!t.hardlink.isEmpty())
            archive_entry_set_hardlink(e, t.hardlink.constData());
        if (t.type == AE_IFCHR)
            archive_entry_set_rdev(e, 0x0501);
        archive_entry_set_size(e, t.type == AE_IFREG && t.hardlink.isEmpty() ? t.data.size() : 0);
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        if (t.type == AE_IFREG && !t.data.isEmpty())
            REQUIRE(archive_write_data(a, t.data.constData(), size_t(t.data.size()))
                    == t.data.size());
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

QString errorCode(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const JobError &e) {
        CHECK_FALSE(e.diagnosis().summary.isEmpty());
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
        return e.diagnosis().code;
    }
    return QStringLiteral("no error");
}

QStringList everything(const QString &dir)
{
    QStringList out;
    QDir d(dir);
    for (const QFileInfo &fi :
         d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        out << fi.fileName();
        if (fi.isDir() && !fi.isSymLink())
            for (const QString &sub : everything(fi.filePath()))
                out << fi.fileName() + "/" + sub;
    }
    return out;
}

QByteArray noise(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(rng.generate() & 0xFF);
    return b;
}

}  // namespace

TEST_CASE("ZipWriter output reads back through Archive", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zipPath = dir.filePath("pkg.zip");
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
    const QByteArray big = noise(300000, 7);
    const QString onDisk = dir.filePath("disk.txt");
    {
        QFile f(onDisk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("from disk\n");
    }
    {
        ZipWriter zip(zipPath);
        zip.addFile("manifest.json", R"({"name":"demo"})", when);
        zip.addFile("images/app.bin", big, when);
        zip.addFile("empty.txt", QByteArray(), when);
        zip.addFileFromDisk("notes/disk.txt", onDisk);
        zip.close();
        CHECK(zip.entryCount() == 4);
    }
    CHECK_FALSE(QFileInfo::exists(zipPath + ".part"));
    const auto entries = Archive::list(zipPath);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].name == "manifest.json");
    CHECK(entries[0].mtime == when);
    CHECK(entries[1].name == "images/app.bin");
    CHECK(entries[1].size == big.size());
    CHECK_FALSE(entries[1].isDir);
    CHECK(Archive::readEntry(zipPath, "images/app.bin") == big);
    CHECK(Archive::readEntry(zipPath, "./manifest.json") == R"({"name":"demo"})");
    CHECK(Archive::readEntry(zipPath, "empty.txt").isEmpty());
    CHECK(Archive::readEntry(zipPath, "notes/disk.txt") == "from disk\n");
    CHECK(errorCode([&] { Archive::readEntry(zipPath, "nope.bin"); }) == "archive.entry_not_found");
    CHECK(errorCode([&] { Archive::readEntry(zipPath, "images/app.bin", 1000); })
          == "archive.too_large");

    const QString out = dir.filePath("out");
    const QStringList written = Archive::extractAll(zipPath, out);
    CHECK(written.size() == 4);
    QFile f(out + "/images/app.bin");
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == big);
    CHECK(QFileInfo(out + "/manifest.json").lastModified().toUTC() == when);
    // A second extraction into the now non-empty folder would clobber files: refused.
    CHECK(errorCode([&] { Archive::extractAll(zipPath, out); }) == "archive.dest_conflict");
    CHECK_FALSE(everything(dir.path()).join(" ").contains(".fw-extract"));
}

TEST_CASE("ZipWriter reports a folder it cannot write to", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(errorCode([&] { ZipWriter z(dir.filePath("missing/sub/x.zip")); })
          == "archive.write_failed");
    // Dropping a writer without close() leaves nothing behind.
    {
        ZipWriter z(dir.filePath("abandoned.zip"));
        z.addFile("a.txt", "a");
    }
    CHECK(everything(dir.path()).isEmpty());
}

TEST_CASE("tar, tar.gz and tar.xz are read through the same code", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QVector<TarEntry> entries{
        special("./fw/", AE_IFDIR), file("./fw/boot.bin", noise(5000, 1)),
        file("./fw/app.bin", noise(70000, 2)), special("./fw/latest", AE_IFLNK, "app.bin")};
    for (auto [name, filter] :
         {std::pair{"p.tar", Filter::None}, std::pair{"p.tar.gz", Filter::Gzip},
          std::pair{"p.tar.xz", Filter::Xz}}) {
        INFO(name);
        const QString p = dir.filePath(name);
        writeTar(p, entries, filter);
        const auto list = Archive::list(p);
        REQUIRE(list.size() == 4);
        CHECK(list[0].isDir);
        CHECK(list[1].name == "fw/boot.bin");
        CHECK(list[3].isSymlink);
        CHECK(Archive::readEntry(p, "fw/app.bin") == entries[2].data);
        const QString out = dir.filePath(QString(name) + ".out");
        Archive::extractAll(p, out);
        CHECK(QFileInfo(out + "/fw/latest").isSymLink());
        QFile f(out + "/fw/latest");
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == entries[2].data);
    }

    // A tarball made by the system tool, when it is installed.
    const QString tarTool = QStandardPaths::findExecutable("tar");
    if (!tarTool.isEmpty()) {
        QDir(dir.path()).mkpath("src/sub");
        QFile f(dir.filePath("src/sub/hello.txt"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        QProcess tar;
        tar.start(tarTool, {"-czf", dir.filePath("tool.tar.gz"), "-C", dir.filePath("src"), "."});
        REQUIRE(tar.waitForFinished(30000));
        REQUIRE(tar.exitCode() == 0);
        CHECK(Archive::readEntry(dir.filePath("tool.tar.gz"), "sub/hello.txt") == "hello\n");
        Archive::extractAll(dir.filePath("tool.tar.gz"), dir.filePath("tool-out"));
        CHECK(QFileInfo(dir.filePath("tool-out/sub/hello.txt")).isFile());
    }
}

TEST_CASE("Entries that escape the target folder are refused and nothing is written", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TarEntry ok = file("ok.txt", "fine");
    struct Case {
        const char *label;
        QVector<TarEntry> entries;
    };
    const QVector<Case> cases{
        {"parent", {ok, file("../evil", "x")}},
        {"absolute", {ok, file("/etc/x", "x")}},
        {"climb", {ok, file("a/../../b", "x")}},
        {"backslash", {ok, file("..\\evil", "x")}},
        {"drive", {ok, file("C:/evil", "x")}},
        {"symlink-abs", {ok, special("passwd", AE_IFLNK, "/etc/passwd")}},
        {"symlink-up", {ok, special("up", AE_IFLNK, "../../outside")}},
        {"symlink-chain",
         {ok, special("y", AE_IFLNK, "."), special("x", AE_IFLNK, "y/y/../outside")}},
        {"hardlink-out", {ok, special("h", AE_IFREG, {}, "../outside.txt")}},
        {"device", {ok, special("sda", AE_IFCHR)}},
        {"fifo", {ok, special("pipe", AE_IFIFO)}},
    };
    for (const Case &c : cases) {
        INFO(c.label);
        const QString p = dir.filePath(QString(c.label) + ".tar");
        writeTar(p, c.entries);
        const QString work = dir.filePath(QString("work-") + c.label);
        QDir().mkpath(work);
        const QString dest = work + "/dest";
        CHECK(errorCode([&] { Archive::extractAll(p, dest); }) == "archive.unsafe_path");
        CHECK(everything(work).isEmpty());  // no dest, no temp folder, no "evil"
        // An existing empty destination stays empty.
        QDir().mkpath(dest);
        CHECK(errorCode([&] { Archive::extractAll(p, dest); }) == "archive.unsafe_path");
        CHECK(everything(work) == QStringList{"dest"});
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath("evil")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("outside")));

    // The same in a zip, whose names can carry anything.
    const QString zipPath = dir.filePath("evil.zip");
    {
        ZipWriter z(zipPath);
        z.addFile("good.txt", "good");
        z.addFile("../evil.txt", "bad");
        z.close();
    }
    const QString dest = dir.filePath("zipwork/dest");
    CHECK(errorCode([&] { Archive::extractAll(zipPath, dest); }) == "archive.unsafe_path");
    CHECK(everything(dir.filePath("zipwork")).isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath("evil.txt")));

    CHECK(Archive::safeRelativePath("a/./b//c") == "a/b/c");
    CHECK(Archive::safeRelativePath("./") == ".");
    CHECK(Archive::safeRelativePath("a/../b").isEmpty());
    CHECK(Archive::safeRelativePath("dir\\file") == "dir/file");
}

TEST_CASE("Extraction limits hold even when declared sizes lie", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExtractLimits limits;
    limits.maxEntries = 5;
    limits.maxEntryBytes = 1024 * 1024;
    limits.maxTotalBytes = 2 * 1024 * 1024;

    QVector<TarEntry> many;
    for (int i = 0; i < 6; ++i)
        many.append(file(QByteArray("f") + QByteArray::number(i), "x"));
    writeTar(dir.filePath("many.tar"), many);
    CHECK(errorCode(
              [&] { Archive::extractAll(dir.filePath("many.tar"), dir.filePath("o1"), limits); })
          == "archive.too_large");
    CHECK_FALSE(QFileInfo::exists(dir.filePath("o1")));

    writeTar(dir.filePath("total.tar.gz"),
             {file("a", QByteArray(900 * 1024, 'a')), file("b", QByteArray(900 * 1024, 'b')),
              file("c", QByteArray(900 * 1024, 'c'))},
             Filter::Gzip);
    CHECK(errorCode([&] {
              Archive::extractAll(dir.filePath("total.tar.gz"), dir.filePath("o2"), limits);
          })
          == "archive.too_large");
    CHECK_FALSE(QFileInfo::exists(dir.filePath("o2")));

    // A zip bomb: 8 MiB of zeros that claims to be 100 bytes in every size field.
    const QString bomb = dir.filePath("bomb.zip");
    {
        ZipWriter z(bomb);
        z.addFile("bomb.bin", QByteArray(8 * 1024 * 1024, '\0'));
        z.close();
    }
    QFile f(bomb);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray raw = f.readAll();
    REQUIRE(raw.size() < 200 * 1024);
    const quint32 real = 8 * 1024 * 1024;
    const QByteArray realLe(reinterpret_cast<const char *>(&real), 4);
    const quint32 fake = 100;
    const QByteArray fakeLe(reinterpret_cast<const char *>(&fake), 4);
    int patched = 0;
    for (qsizetype i = raw.indexOf(realLe); i >= 0; i = raw.indexOf(realLe, i + 4)) {
        raw.replace(i, 4, fakeLe);
        ++patched;
    }
    REQUIRE(patched >= 1);
    f.seek(0);
    f.write(raw);
    f.close();
    const QString code = errorCode([&] { Archive::extractAll(bomb, dir.filePath("o3"), limits); });
    CHECK((code == "archive.too_large" || code == "archive.corrupt"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("o3")));
    CHECK_FALSE(everything(dir.path()).join(" ").contains(".fw-extract"));
}

TEST_CASE("Damaged and non-archive files give a diagnosis", "[unit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zipPath = dir.filePath("good.zip");
    {
        ZipWriter z(zipPath);
        z.addFile("a.bin", noise(100000, 3));
        z.addFile("b.bin", noise(100000, 4));
        z.close();
    }
    QFile f(zipPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();
    const QString cut = dir.filePath("cut.zip");
    {
        QFile c(cut);
        REQUIRE(c.open(QIODevice::WriteOnly));
        c.write(whole.left(whole.size() / 2 + 1000));
    }
    CHECK(errorCode([&] { Archive::list(cut); }) == "archive.corrupt");
    CHECK(errorCode([&] { Archive::extractAll(cut, dir.filePath("cut-out")); })
          == "archive.corrupt");
    CHECK_FALSE(QFileInfo::exists(dir.filePath("cut-out")));

    const QString text = dir.filePath("readme.txt");
    {
        QFile t(text);
        REQUIRE(t.open(QIODevice::WriteOnly));
        t.write("This is a plain text file, not an archive.\nSecond line.\n");
    }
    CHECK(errorCode([&] { Archive::list(text); }) == "archive.not_archive");
    const QString empty = dir.filePath("empty.zip");
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK(errorCode([&] { Archive::list(empty); }) == "archive.not_archive");
    CHECK(errorCode([&] { Archive::list(dir.filePath("missing.zip")); }) == "file.not_found");
    CHECK(errorCode([&] { Archive::list(dir.path()); }) == "file.is_directory");
}
