#pragma once
// Versions and platform facts for the About box and the support bundle: application, Qt,
// libarchive, OpenSSL, operating system, CPU and serial-port group membership.

#include <QString>
#include <QVariantMap>

namespace fw::core {

class AppInfo {
public:
    static QString appVersion();
    // Keys: app, appVersion, qtRuntime, qtBuild, libarchive, openssl, os, kernelType,
    // kernelVersion, cpuArch, buildAbi, serialGroup, inDialoutGroup, isRoot.
    static QVariantMap collect();
    // "Key: value" lines, for the About box and the CLI.
    static QString toText(const QVariantMap &info);
    static QString text() { return toText(collect()); }

    // The group that owns serial ports here ("dialout" on Debian, "uucp" on Arch).
    static QString serialGroupName();
    // True when the current process has that group (from /etc/group and getgroups()).
    static bool inSerialGroup();
};

}  // namespace fw::core
