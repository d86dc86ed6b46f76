// `flashwright-cli ports`: serial ports with the adapter recognised from VID:PID.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/PortDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::cli {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("fw::cli::PortsCommand", s); }

QJsonObject toJson(const fw::core::PortInfo &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.portName);
    o.insert(QStringLiteral("path"), p.systemLocation);
    o.insert(QStringLiteral("description"), p.description);
    o.insert(QStringLiteral("manufacturer"), p.manufacturer);
    o.insert(QStringLiteral("serial_number"), p.serialNumber);
    o.insert(QStringLiteral("vid_pid"), p.vidPidText());
    if (p.identity) {
        QJsonObject id;
        id.insert(QStringLiteral("adapter"), p.identity->adapter);
        id.insert(QStringLiteral("chip"), p.identity->chip);
        id.insert(QStringLiteral("notes"), p.identity->notes);
        id.insert(QStringLiteral("families"), QJsonArray::fromStringList(p.identity->families));
        if (p.identity->defaultBaud > 0)
            id.insert(QStringLiteral("default_baud"), p.identity->defaultBaud);
        o.insert(QStringLiteral("identity"), id);
    }
    const fw::core::Diagnosis access = fw::core::PortDiscovery::checkAccess(p.systemLocation);
    o.insert(QStringLiteral("accessible"), access.isEmpty());
    if (!access.isEmpty())
        o.insert(QStringLiteral("access_problem"), QString(access.summary + QLatin1Char(' ') + access.nextStep));
    return o;
}

}  // namespace

// Extra ports to list, for tests and for ports QSerialPortInfo cannot see (ptys, socat links):
// FLASHWRIGHT_EXTRA_PORTS=/dev/pts/3:/tmp/ttyV0
fw::core::PortList extraPortsFromEnvironment()
{
    fw::core::PortList list;
    const QString env = qEnvironmentVariable("FLASHWRIGHT_EXTRA_PORTS");
    for (const QString &path : env.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        fw::core::PortInfo p;
        p.systemLocation = path;
        p.portName = path.startsWith(QLatin1String("/dev/")) ? path.mid(5) : path;
        p.description = tr("Extra port from FLASHWRIGHT_EXTRA_PORTS");
        list << p;
    }
    return list;
}

int runPorts(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List serial ports and the adapters recognised from their USB ids."));
    parser.addHelpOption();
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }

    fw::core::PortDiscovery discovery;
    discovery.addLister(extraPortsFromEnvironment);
    const fw::core::PortList ports = discovery.refresh();

    if (ctx.json) {
        QJsonArray arr;
        for (const auto &p : ports)
            arr.append(toJson(p));
        ctx.printJson(arr);
        return ExitOk;
    }
    if (ports.isEmpty()) {
        *ctx.out << tr("No serial ports found.") << "\n"
                 << tr("Plug in your USB-serial adapter. If it still does not appear, run 'sudo dmesg | tail': "
                       "on Debian and Ubuntu the brltty service can take CH340 adapters (sudo apt remove brltty).")
                 << "\n"
                 << tr("Demo devices need no hardware: flashwright-cli demos") << "\n";
        return ExitOk;
    }
    for (const auto &p : ports) {
        *ctx.out << p.systemLocation;
        if (!p.vidPidText().isEmpty())
            *ctx.out << "  [" << p.vidPidText() << "]";
        if (p.identity)
            *ctx.out << "  " << p.identity->adapter;
        else if (!p.description.isEmpty())
            *ctx.out << "  " << p.description;
        *ctx.out << "\n";
        if (p.identity && !p.identity->notes.isEmpty())
            *ctx.out << "    " << p.identity->notes << "\n";
        const fw::core::Diagnosis access = fw::core::PortDiscovery::checkAccess(p.systemLocation);
        if (!access.isEmpty())
            *ctx.out << "    " << access.summary << " " << access.nextStep << "\n";
    }
    return ExitOk;
}

}  // namespace fw::cli
