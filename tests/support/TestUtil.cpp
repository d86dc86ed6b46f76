#include "support/TestUtil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace fw::test {

QString corpusFile(const QString &name)
{
    const QString p = QStringLiteral(FW_SHARED_DIR "/corpus/") + name;
    return QFileInfo::exists(p) ? p : QString();
}

QByteArray randomBytes(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

}  // namespace fw::test
