#pragma once
// The command-line front-end: parses the command, runs it on the shared engine and returns an
// exit code (see ExitCodes.h). Family issues add their commands to the table.

#include "cli/CliContext.h"
#include "core/PortInfo.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace fw::cli {

struct CliCommand {
    QString name;
    QString summary;
    std::function<int(CliContext &)> run;
};

class CliApp {
public:
    CliApp();
    // args as from QCoreApplication::arguments(); the streams default to stdout/stderr.
    int run(const QStringList &args, QTextStream *out = nullptr, QTextStream *err = nullptr);
    const QList<CliCommand> &commands() const { return m_commands; }
    void addCommand(CliCommand c) { m_commands.append(std::move(c)); }

private:
    void printHelp(QTextStream &out) const;
    QList<CliCommand> m_commands;
};

// The built-in commands, one file each.
int runPorts(CliContext &ctx);
int runBleScan(CliContext &ctx);
int runInspect(CliContext &ctx);
int runMonitor(CliContext &ctx);
int runDemos(CliContext &ctx);
int runBundle(CliContext &ctx);
int runDiagnose(CliContext &ctx);
int runSimulate(CliContext &ctx);
int runEsp(CliContext &ctx);
int runTelink(CliContext &ctx);

// Ports QSerialPortInfo cannot list (ptys, socat links), from FLASHWRIGHT_EXTRA_PORTS=/a:/b.
fw::core::PortList extraPortsFromEnvironment();

}  // namespace fw::cli
