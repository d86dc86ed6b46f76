#include "cli/CliApp.h"

#include "cli/ExitCodes.h"

#include <QCoreApplication>

namespace fw::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("fw::cli::CliApp", s); }
}  // namespace

CliApp::CliApp()
{
    m_commands = {
        {QStringLiteral("ports"), tr("List serial ports and the adapters recognised from their USB ids"), runPorts},
        {QStringLiteral("ble-scan"), tr("Scan for Bluetooth LE devices"), runBleScan},
        {QStringLiteral("inspect"), tr("Identify a firmware file: format, size, SHA-256"), runInspect},
        {QStringLiteral("monitor"), tr("Show a port's live output as text or hex, and send to it"), runMonitor},
        {QStringLiteral("demos"), tr("List the simulated demo devices (use them as --port demo:NAME)"), runDemos},
        {QStringLiteral("bundle"), tr("Export a support bundle (logs and versions, secrets removed)"), runBundle},
        {QStringLiteral("diagnose"),
         QCoreApplication::translate("fw::cli::CliApp", "Explain a failed ESP flashing log (esptool, Tasmotizer, tuya-convert)"),
         runDiagnose},
        {QStringLiteral("simulate"),
         QCoreApplication::translate("fw::cli::CliApp", "Run a simulated ESP8266 or ESP32 loader on a pseudo-terminal"),
         runSimulate},
        {QStringLiteral("esp"),
         QCoreApplication::translate("fw::cli::CliApp", "Identify, back up, write, verify, erase or restore an ESP8266/ESP32"),
         runEsp},
        {QStringLiteral("telink"),
         QCoreApplication::translate("fw::cli::CliApp",
                                     "Scan, identify, flash over Bluetooth or rescue by wire a Xiaomi/Telink thermometer"),
         runTelink},
    };
}

void CliApp::printHelp(QTextStream &out) const
{
    out << tr("Usage: flashwright-cli [--json] [--quiet] COMMAND [options]") << "\n\n"
        << tr("Commands:") << "\n";
    for (const CliCommand &c : m_commands)
        out << "  " << c.name.leftJustified(10) << "  " << c.summary << "\n";
    out << "\n"
        << tr("Run 'flashwright-cli COMMAND --help' for a command's options.") << "\n"
        << tr("Exit codes: 0 ok, 1 failed, 2 usage, 3 port unavailable, 4 connection lost, "
              "5 bad file, 6 no Bluetooth, 130 interrupted.")
        << "\n";
}

int CliApp::run(const QStringList &argsIn, QTextStream *outIn, QTextStream *errIn)
{
    QTextStream stdOut(stdout);
    QTextStream stdErr(stderr);
    QTextStream &out = outIn ? *outIn : stdOut;
    QTextStream &err = errIn ? *errIn : stdErr;

    CliContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    QStringList rest;
    const QString program = argsIn.value(0, QStringLiteral("flashwright-cli"));
    for (int i = 1; i < argsIn.size(); ++i) {
        const QString &a = argsIn.at(i);
        if (a == QLatin1String("--json"))
            ctx.json = true;
        else if (a == QLatin1String("--quiet") || a == QLatin1String("-q"))
            ctx.quiet = true;
        else
            rest << a;
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("help")) {
        printHelp(out);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == QLatin1String("--version") || rest.first() == QLatin1String("version")) {
        out << "flashwright-cli " << FW_VERSION << " (Qt " << qVersion() << ")\n";
        return ExitOk;
    }
    ctx.command = rest.takeFirst();
    for (const CliCommand &c : m_commands) {
        if (c.name == ctx.command) {
            ctx.args = QStringList{program + QLatin1Char(' ') + c.name} + rest;
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << tr("Unknown command '%1'.").arg(ctx.command) << "\n\n";
    printHelp(err);
    return ExitUsage;
}

}  // namespace fw::cli
