#pragma once
// What every CLI command gets: its own arguments, the output streams and the global options.
// Commands print human text by default and one JSON document with --json.

#include "core/Diagnosis.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace fw::cli {

struct CliContext {
    QString command;        // "ports", "monitor", ...
    QStringList args;       // the command's own arguments, program name first (for QCommandLineParser)
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    bool json = false;      // --json anywhere on the line
    bool quiet = false;     // --quiet: no progress bar

    // Prints the diagnosis (text on stderr, or a JSON error object on stdout with --json) and
    // returns the matching exit code.
    int fail(const fw::core::Diagnosis &d) const;
    // Prints a usage error and returns ExitUsage.
    int usage(const QString &message) const;
    void printJson(const QJsonValue &v) const;
};

}  // namespace fw::cli
