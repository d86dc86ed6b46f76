#include "core/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace fw::core {

QString AppPaths::dataDir()
{
    const QString over = qEnvironmentVariable("FLASHWRIGHT_DATA_DIR");
    if (!over.isEmpty())
        return QDir::cleanPath(over);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())  // no usable home; stay functional
        dir = QDir::tempPath() + QStringLiteral("/flashwright");
    return dir;
}

QString AppPaths::sessionsDir()
{
    return dataDir() + QStringLiteral("/sessions");
}

QString AppPaths::bundlesDir()
{
    return dataDir() + QStringLiteral("/bundles");
}

bool AppPaths::ensureDir(const QString &path)
{
    return QDir().mkpath(path);
}

}  // namespace fw::core
