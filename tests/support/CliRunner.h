#pragma once
// Runs flashwright-cli in-process and keeps what it printed, and names the built binary for
// tests that need a separate process (a pty, a signal, a real exit).
//
// Header-only on purpose: fw_test_support is also linked by the widget tests, which do not link
// the CLI library.

#include "cli/CliApp.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fw::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// `flashwright-cli <args>` through CliApp::run, as main() would call it.
inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    fw::cli::CliApp app;
    r.code = app.run(QStringList{QStringLiteral("flashwright-cli")} + args, &out, &err);
    out.flush();
    err.flush();
    return r;
}

// The built binary, for tests that run it as its own process.
inline QString cliExecutable() { return QStringLiteral(FW_BINARY_DIR "/bin/flashwright-cli"); }

}  // namespace fw::test
