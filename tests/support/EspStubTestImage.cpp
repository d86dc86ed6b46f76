#include "support/EspStubTestImage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace fw::test {

namespace {

QByteArray pattern(int n, int seed)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char((i * 31 + seed + i / 97) & 0xFF);
    return b;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

}  // namespace

EspStubTestImage::Layout EspStubTestImage::defaults()
{
    Layout l;
    l.text = pattern(0x1900, 1);
    l.data = pattern(0x300, 2);
    return l;
}

QString EspStubTestImage::buildId(const QByteArray &text, const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(text + data), QCryptographicHash::Sha256).toHex());
}

QJsonObject EspStubTestImage::layoutJson(const Layout &l)
{
    return QJsonObject{{QStringLiteral("entry"), double(l.entry)},
                       {QStringLiteral("text_start"), double(l.textStart)},
                       {QStringLiteral("text_size"), double(l.text.size())},
                       {QStringLiteral("data_start"), double(l.dataStart)},
                       {QStringLiteral("data_size"), double(l.data.size())},
                       {QStringLiteral("bss_start"), double(l.bssStart)},
                       {QStringLiteral("bss_end"), double(l.bssEnd)},
                       {QStringLiteral("iram_limit"), double(l.iramLimit)},
                       {QStringLiteral("dram_limit"), double(l.dramLimit)},
                       {QStringLiteral("build"), buildId(l.text, l.data)}};
}

QString EspStubTestImage::write(const QString &dir, const Layout &l, const QJsonObject &overrides)
{
    QDir().mkpath(dir);
    QJsonObject layout = layoutJson(l);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        layout.insert(it.key(), it.value());
    writeFile(dir + QStringLiteral("/text.bin"), l.text);
    writeFile(dir + QStringLiteral("/data.bin"), l.data);
    writeFile(dir + QStringLiteral("/layout.json"), QJsonDocument(layout).toJson());
    return dir;
}

QString EspStubTestImage::sharedPath()
{
    static QTemporaryDir dir;
    static const QString path = write(dir.filePath(QStringLiteral("stub")), defaults());
    return path;
}

}  // namespace fw::test
