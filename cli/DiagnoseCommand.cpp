// `flashwright-cli diagnose LOGFILE|-`: reads an esptool, Tasmotizer or tuya-convert log and
// explains the known problems it shows, with the lines that show them and the next step.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "esp/EspLogDiagnoser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>
#include <cstdio>

namespace fw::cli {

namespace {

void printDiagnosisBody(QTextStream &out, const fw::core::Diagnosis &d, bool problem = true)
{
    if (!d.causes.isEmpty()) {
        out << "   "
            << (problem ? QCoreApplication::translate("fw::cli::DiagnoseCommand", "Likely causes:")
                        : QCoreApplication::translate("fw::cli::DiagnoseCommand", "What this means:"))
            << "\n";
        for (const QString &c : d.causes)
            out << "     - " << c << "\n";
    }
    out << "   " << QCoreApplication::translate("fw::cli::DiagnoseCommand", "Next step: %1").arg(d.nextStep) << "\n";
}

void printText(QTextStream &out, const QString &source, const fw::esp::EspLogReport &r)
{
    out << QCoreApplication::translate("fw::cli::DiagnoseCommand", "Log: %1 (%n line(s) read)", nullptr, int(qMin<qint64>(r.linesRead, INT_MAX)))
               .arg(source)
        << "\n";
    if (r.truncated)
        out << QCoreApplication::translate("fw::cli::DiagnoseCommand",
                                           "The log is very large: only its first %1 MB were read.")
                   .arg(r.bytesRead / (1024 * 1024))
            << "\n";
    if (!r.facts.isEmpty()) {
        out << "\n" << QCoreApplication::translate("fw::cli::DiagnoseCommand", "What the log says about the device:") << "\n";
        int width = 0;
        for (const fw::esp::EspLogFact &f : r.facts)
            width = qMax(width, int(f.label.size()));
        for (const fw::esp::EspLogFact &f : r.facts)
            out << "  " << QString(f.label + QLatin1Char(':')).leftJustified(width + 2) << f.value << "  "
                << QCoreApplication::translate("fw::cli::DiagnoseCommand", "(line %1)").arg(f.line) << "\n";
    }
    out << "\n";
    if (!r.recognised()) {
        const fw::core::Diagnosis d = fw::esp::EspLogReport::nothingRecognised();
        out << d.summary << "\n";
        printDiagnosisBody(out, d);
        return;
    }
    out << QCoreApplication::translate("fw::cli::DiagnoseCommand", "Findings, most decisive first:") << "\n";
    int i = 0;
    for (const fw::esp::EspLogFinding &f : r.findings) {
        out << "\n" << ++i << ". " << f.diagnosis.summary << "  [" << f.diagnosis.code << "]\n";
        for (const fw::esp::EspLogLine &l : f.lines)
            out << "   " << QCoreApplication::translate("fw::cli::DiagnoseCommand", "line %1: %2").arg(l.number).arg(l.text) << "\n";
        if (f.hits > f.lines.size())
            out << "   " << QCoreApplication::translate("fw::cli::DiagnoseCommand", "(and %n more line(s) like these)", nullptr, int(qMin<qint64>(f.hits - f.lines.size(), INT_MAX)))
                << "\n";
        printDiagnosisBody(out, f.diagnosis, f.problem);
    }
}

}  // namespace

int runDiagnose(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::DiagnoseCommand",
        "Explain a failed ESP flashing attempt from its log (esptool, Tasmotizer, tuya-convert)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LOGFILE"),
                                 QCoreApplication::translate("fw::cli::DiagnoseCommand", "The saved log, or - to read it from standard input."));
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("fw::cli::DiagnoseCommand", "diagnose needs exactly one LOGFILE (or - for standard input)."));

    const QString path = parser.positionalArguments().first();
    fw::esp::EspLogReport report;
    QString source;
    try {
        if (path == QLatin1String("-")) {
            source = QCoreApplication::translate("fw::cli::DiagnoseCommand", "standard input");
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                return ctx.fail(fw::core::Diagnosis{
                    QStringLiteral("file.open_failed"),
                    QCoreApplication::translate("fw::cli::DiagnoseCommand", "Standard input cannot be read."),
                    {in.errorString()},
                    QCoreApplication::translate("fw::cli::DiagnoseCommand", "Save the log to a file and pass its path instead of -.")});
            }
            report = fw::esp::EspLogDiagnoser::diagnoseDevice(in);
        } else {
            source = QDir::toNativeSeparators(path);
            report = fw::esp::EspLogDiagnoser::diagnoseFile(path);
        }
    } catch (const fw::core::JobError &e) {
        return ctx.fail(e.diagnosis());
    }

    const int code = report.recognised() ? int(ExitOk) : int(ExitFailed);
    if (ctx.json) {
        QJsonObject o = QJsonObject::fromVariantMap(report.toVariant());
        o.insert(QStringLiteral("ok"), report.recognised());
        o.insert(QStringLiteral("source"), path == QLatin1String("-") ? QStringLiteral("-") : path);
        if (!report.recognised()) {
            const fw::core::Diagnosis d = fw::esp::EspLogReport::nothingRecognised();
            o.insert(QStringLiteral("error"), d.code);
            o.insert(QStringLiteral("summary"), d.summary);
            o.insert(QStringLiteral("causes"), QJsonArray::fromStringList(d.causes));
            o.insert(QStringLiteral("next_step"), d.nextStep);
        }
        o.insert(QStringLiteral("exit_code"), code);
        ctx.printJson(o);
    } else {
        printText(*ctx.out, source, report);
    }
    return code;
}

}  // namespace fw::cli
