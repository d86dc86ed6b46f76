#include "support/TestUtil.h"

#include <QFileInfo>
#include <QRandomGenerator>

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

}  // namespace fw::test
