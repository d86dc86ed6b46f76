// `flashwright-cli bundle`: the support bundle a user sends to support, secrets removed.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/SupportBundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fw::cli::BundleCommand", s, disambiguation, n);
}
}  // namespace

int runBundle(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a support bundle: recent session logs, versions and device identities, with "
           "passwords, keys and tokens removed."));
    parser.addHelpOption();
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("out")}, tr("Write the zip to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"), tr("Include the newest N session logs (default 3)."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({outOpt, sessionsOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    bool ok = false;
    const int sessions = parser.value(sessionsOpt).toInt(&ok);
    if (!ok || sessions < 0 || sessions > 100)
        return ctx.usage(tr("--sessions needs a number from 0 to 100."));

    fw::core::SupportBundle::Options options;
    options.newestSessions = sessions;
    options.includeLogs = sessions > 0;
    const QString path = parser.isSet(outOpt) ? parser.value(outOpt) : fw::core::SupportBundle::defaultBundlePath();
    fw::core::SupportBundle::Result result;
    try {
        result = fw::core::SupportBundle::build(path, options);
    } catch (const fw::core::JobError &e) {
        return ctx.fail(e.diagnosis());
    }
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("path"), result.path);
        o.insert(QStringLiteral("entries"), QJsonArray::fromStringList(result.entries));
        o.insert(QStringLiteral("redactions"), result.redactions);
        o.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(result.skippedFiles));
        ctx.printJson(o);
    } else {
        *ctx.out << tr("Support bundle written to %1").arg(result.path) << "\n"
                 << tr("%n secret(s) removed.", nullptr, result.redactions) << "\n";
        for (const QString &f : result.skippedFiles)
            *ctx.out << tr("Could not read %1; it is not in the bundle.").arg(f) << "\n";
    }
    return ExitOk;
}

}  // namespace fw::cli
