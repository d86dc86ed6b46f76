#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QtGlobal>

#include <archive.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#include <grp.h>
#include <unistd.h>

#include <vector>

#ifndef FW_VERSION
#define FW_VERSION "unknown"
#endif

namespace fw::core {

namespace {

// gid of a group by name, read from /etc/group so no NSS lookups are needed; -1 if absent.
long groupIdFromEtc(const QString &name)
{
    QFile f(QStringLiteral("/etc/group"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(':');
        if (parts.size() >= 3 && QString::fromUtf8(parts[0]) == name) {
            bool ok = false;
            const long gid = parts[2].toLong(&ok);
            return ok ? gid : -1;
        }
    }
    return -1;
}

}  // namespace

QString AppInfo::appVersion()
{
    return QStringLiteral(FW_VERSION);
}

QString AppInfo::serialGroupName()
{
    if (groupIdFromEtc(QStringLiteral("dialout")) >= 0)
        return QStringLiteral("dialout");
    if (groupIdFromEtc(QStringLiteral("uucp")) >= 0)
        return QStringLiteral("uucp");
    return QStringLiteral("dialout");
}

bool AppInfo::inSerialGroup()
{
    long gid = groupIdFromEtc(serialGroupName());
    if (gid < 0) {
        if (const group *g = ::getgrnam(serialGroupName().toUtf8().constData()))
            gid = long(g->gr_gid);
    }
    if (gid < 0)
        return false;
    if (long(::getegid()) == gid || long(::getgid()) == gid)
        return true;
    const int n = ::getgroups(0, nullptr);
    if (n <= 0)
        return false;
    std::vector<gid_t> gids(static_cast<size_t>(n));
    const int got = ::getgroups(n, gids.data());
    for (int i = 0; i < got; ++i) {
        if (long(gids[size_t(i)]) == gid)
            return true;
    }
    return false;
}

QVariantMap AppInfo::collect()
{
    QVariantMap m;
    m.insert(QStringLiteral("app"), QStringLiteral("Flashwright"));
    m.insert(QStringLiteral("appVersion"), appVersion());
    m.insert(QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion()));
    m.insert(QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR));
    m.insert(QStringLiteral("libarchive"), QString::fromLatin1(archive_version_string()));
    m.insert(QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    m.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    m.insert(QStringLiteral("kernelType"), QSysInfo::kernelType());
    m.insert(QStringLiteral("kernelVersion"), QSysInfo::kernelVersion());
    m.insert(QStringLiteral("cpuArch"), QSysInfo::currentCpuArchitecture());
    m.insert(QStringLiteral("buildAbi"), QSysInfo::buildAbi());
    m.insert(QStringLiteral("serialGroup"), serialGroupName());
    m.insert(QStringLiteral("inDialoutGroup"), inSerialGroup());
    m.insert(QStringLiteral("isRoot"), ::geteuid() == 0);
    return m;
}

QString AppInfo::toText(const QVariantMap &info)
{
    const auto yesNo = [&](const QString &key) {
        return info.value(key).toBool() ? QCoreApplication::translate("fw::core::AppInfo", "yes")
                                        : QCoreApplication::translate("fw::core::AppInfo", "no");
    };
    QStringList lines;
    lines << QCoreApplication::translate("fw::core::AppInfo", "Flashwright %1")
                 .arg(info.value(QStringLiteral("appVersion")).toString());
    lines << QCoreApplication::translate("fw::core::AppInfo", "Qt: %1 (built with %2)")
                 .arg(info.value(QStringLiteral("qtRuntime")).toString(),
                      info.value(QStringLiteral("qtBuild")).toString());
    lines << QCoreApplication::translate("fw::core::AppInfo", "libarchive: %1")
                 .arg(info.value(QStringLiteral("libarchive")).toString());
    lines << QCoreApplication::translate("fw::core::AppInfo", "OpenSSL: %1")
                 .arg(info.value(QStringLiteral("openssl")).toString());
    lines << QCoreApplication::translate("fw::core::AppInfo", "System: %1, %2 %3, %4")
                 .arg(info.value(QStringLiteral("os")).toString(),
                      info.value(QStringLiteral("kernelType")).toString(),
                      info.value(QStringLiteral("kernelVersion")).toString(),
                      info.value(QStringLiteral("cpuArch")).toString());
    lines << QCoreApplication::translate("fw::core::AppInfo",
                                         "In the %1 group (serial port access): %2")
                 .arg(info.value(QStringLiteral("serialGroup")).toString(),
                      yesNo(QStringLiteral("inDialoutGroup")));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fw::core
