#pragma once
// Where Flashwright keeps its own files: session logs and support bundles. Tests and portable
// setups point everything elsewhere with the FLASHWRIGHT_DATA_DIR environment variable.

#include <QString>

namespace fw::core {

class AppPaths {
public:
    // $FLASHWRIGHT_DATA_DIR when set, else ~/.local/share/<application name in lower case>.
    static QString dataDir();
    static QString sessionsDir();  // dataDir()/sessions
    static QString bundlesDir();   // dataDir()/bundles
    // Creates the folder if needed; false when it cannot be created.
    static bool ensureDir(const QString &path);
};

}  // namespace fw::core
