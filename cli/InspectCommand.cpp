// `flashwright-cli inspect FILE`: names the format of a firmware file and hashes it.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "cli/TerminalProgress.h"
#include "core/FirmwareFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace fw::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("fw::cli::InspectCommand", s); }
}  // namespace

int runInspect(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Identify a firmware file: format, size and SHA-256."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The firmware file (.bin, .zigbee, .zip, .hex, .elf, ...)."));
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("inspect needs exactly one FILE."));

    TerminalProgress bar;
    bar.setEnabled(bar.enabled() && !ctx.quiet);
    fw::core::FirmwareInfo info;
    try {
        info = fw::core::FirmwareFile::load(parser.positionalArguments().first(), [&bar](qint64 done, qint64 total) {
            bar.update(done, total, tr("Hashing"));
        });
    } catch (const fw::core::JobError &e) {
        bar.finish();
        return ctx.fail(e.diagnosis());
    }
    bar.finish();

    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), info.path);
        o.insert(QStringLiteral("size"), double(info.size));
        o.insert(QStringLiteral("sha256"), info.sha256Hex());
        o.insert(QStringLiteral("format"), fw::core::formatId(info.format));
        o.insert(QStringLiteral("format_name"), fw::core::formatName(info.format));
        o.insert(QStringLiteral("header_offset"), double(info.headerOffset));
        o.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(info.details));
        ctx.printJson(o);
    } else {
        *ctx.out << tr("File:") << "     " << info.path << "\n"
                 << tr("Format:") << "   " << fw::core::formatName(info.format) << "\n"
                 << tr("Size:") << "     " << info.size << " " << tr("bytes") << "\n"
                 << tr("SHA-256:") << "  " << info.sha256Hex() << "\n";
        if (info.headerOffset > 0)
            *ctx.out << tr("Header at offset") << " " << info.headerOffset << "\n";
        for (auto it = info.details.cbegin(); it != info.details.cend(); ++it)
            *ctx.out << "  " << it.key() << ": " << it.value().toString() << "\n";
    }
    if (info.format == fw::core::FirmwareFormat::Unknown && !ctx.json)
        *ctx.out << tr("Flashwright does not recognise this format. Check that you picked the firmware file "
                       "itself and not a web page, a checksum file or an archive saved with the wrong name.")
                 << "\n";
    return ExitOk;
}

}  // namespace fw::cli
