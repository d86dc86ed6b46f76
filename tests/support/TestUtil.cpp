#include "support/TestUtil.h"

#include <QFileInfo>

namespace fw::test {

QString corpusFile(const QString &name)
{
    const QString p = QStringLiteral(FW_SHARED_DIR "/corpus/") + name;
    return QFileInfo::exists(p) ? p : QString();
}

}  // namespace fw::test
