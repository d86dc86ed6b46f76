// `flashwright-cli demos`: the simulated devices, usable anywhere a port is asked for.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/sim/DemoRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("fw::cli::DemosCommand", s); }
}  // namespace

int runDemos(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the simulated demo devices."));
    parser.addHelpOption();
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    using fw::core::sim::DemoDevice;
    const auto demos = fw::core::sim::DemoRegistry::instance().all();
    if (ctx.json) {
        QJsonArray arr;
        for (const DemoDevice &d : demos) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), d.name);
            o.insert(QStringLiteral("port"), QString(QStringLiteral("demo:") + d.name));
            o.insert(QStringLiteral("title"), d.title());
            o.insert(QStringLiteral("description"), d.description());
            o.insert(QStringLiteral("transport"),
                     d.transport == DemoDevice::Transport::Serial ? QStringLiteral("serial") : QStringLiteral("ble"));
            o.insert(QStringLiteral("family"), d.family);
            o.insert(QStringLiteral("default_baud"), d.defaultBaud);
            arr.append(o);
        }
        ctx.printJson(arr);
        return ExitOk;
    }
    for (const DemoDevice &d : demos) {
        const bool serial = d.transport == DemoDevice::Transport::Serial;
        *ctx.out << (serial ? QStringLiteral("--port demo:") : QStringLiteral("--ble demo:")) << d.name << "  "
                 << d.title() << "\n    " << d.description() << "\n";
    }
    return ExitOk;
}

}  // namespace fw::cli
