#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fw::core {

QString AppPaths::dataDir()
{
    const QString over = qEnvironmentVariable("FLASHWRIGHT_DATA_DIR");
    if (!over.isEmpty())
        return QDir::cleanPath(over);
    // ~/.local/share/flashwright rather than AppLocalDataLocation, which repeats the name as
    // organisation and application (~/.local/share/Flashwright/Flashwright).
    QString app = QCoreApplication::applicationName().toLower();
    if (app.isEmpty())
        app = QStringLiteral("flashwright");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())  // no usable home; stay functional
        return QDir::tempPath() + QLatin1Char('/') + app;
    return base + QLatin1Char('/') + app;
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
