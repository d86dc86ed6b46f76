#include "ui/UiSettings.h"

#include <QSettings>

namespace fw::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kMonitorBaud = QStringLiteral("monitor/baud");
const QString kLogRing = QStringLiteral("log/ringSize");
const QString kKeepSessions = QStringLiteral("log/keepSessions");
}  // namespace

QString UiSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

qint32 UiSettings::monitorBaud()
{
    bool ok = false;
    const qint32 baud = QSettings().value(kMonitorBaud, kDefaultBaud).toInt(&ok);
    return ok && baud > 0 ? baud : kDefaultBaud;
}

void UiSettings::setMonitorBaud(qint32 baud)
{
    QSettings().setValue(kMonitorBaud, baud);
}

int UiSettings::logRingSize()
{
    bool ok = false;
    const int n = QSettings().value(kLogRing, kDefaultLogRing).toInt(&ok);
    return ok && n >= 1000 ? n : kDefaultLogRing;
}

void UiSettings::setLogRingSize(int records)
{
    QSettings().setValue(kLogRing, records);
}

int UiSettings::keepSessionLogs()
{
    bool ok = false;
    const int n = QSettings().value(kKeepSessions, kDefaultKeepSessions).toInt(&ok);
    return ok && n >= 1 ? n : kDefaultKeepSessions;
}

void UiSettings::setKeepSessionLogs(int count)
{
    QSettings().setValue(kKeepSessions, count);
}

}  // namespace fw::ui
