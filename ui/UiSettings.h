#pragma once
// The user's preferences as stored in QSettings: one place for the keys and their defaults so
// the settings dialog, the main window and the serial monitor read the same values.

#include <QString>

namespace fw::ui {

class UiSettings {
public:
    static QString language();  // "", "en" or "de"; "" follows the system
    static void setLanguage(const QString &code);

    static qint32 monitorBaud();
    static void setMonitorBaud(qint32 baud);

    static int logRingSize();  // records kept in the log and byte views
    static void setLogRingSize(int records);

    static int keepSessionLogs();  // newest session files kept; older ones are removed
    static void setKeepSessionLogs(int count);

    static constexpr qint32 kDefaultBaud = 115200;
    static constexpr int kDefaultLogRing = 200000;
    static constexpr int kDefaultKeepSessions = 20;
};

}  // namespace fw::ui
