// `flashwright-cli telink rescue --port P …`: the wired rescue of a Telink thermometer over its
// SWS pad with a USB-UART adapter: back up its own data, read, write a firmware, or restore.
#include "cli/CliJobRun.h"
#include "cli/ExitCodes.h"
#include "cli/TelinkCliCommands.h"
#include "telink/TelinkRescueJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fw::cli {

using fw::core::JobResult;
using fw::telink::TelinkRescueAction;
using fw::telink::TelinkRescueOptions;

namespace {

std::optional<qint64> parseNumber(const QString &text)
{
    bool ok = false;
    const QString t = text.trimmed();
    const qint64 v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toLongLong(&ok, 16)
                                                                             : t.toLongLong(&ok, 10);
    return ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}

// "0x74000:0x80000" -> [start, end)
bool parseRange(const QString &text, qint64 *start, qint64 *end)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    const auto a = parseNumber(parts[0]);
    const auto b = parseNumber(parts[1]);
    if (!a || !b || *b <= *a)
        return false;
    *start = *a;
    *end = *b;
    return true;
}

QString hex(qint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper();
}

QString actionId(TelinkRescueAction a)
{
    switch (a) {
    case TelinkRescueAction::Identify: return QStringLiteral("identify");
    case TelinkRescueAction::Backup: return QStringLiteral("backup");
    case TelinkRescueAction::Read: return QStringLiteral("read");
    case TelinkRescueAction::Write: return QStringLiteral("write");
    case TelinkRescueAction::Restore: return QStringLiteral("restore");
    }
    return {};
}

void printIdentity(QTextStream &out, const QVariantMap &r)
{
    auto line = [&out](const QString &label, const QString &value) { out << label.leftJustified(10) << ' ' << value << '\n'; };
    line(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Link:"),
         QCoreApplication::translate("fw::cli::TelinkRescueCommand", "%1 baud, SWS speed register %2")
             .arg(r.value(QStringLiteral("baud")).toInt())
             .arg(r.value(QStringLiteral("swsDivider")).toInt()));
    line(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Chip:"),
         QCoreApplication::translate("fw::cli::TelinkRescueCommand", "TLSR825x, stopped at PC %1")
             .arg(r.value(QStringLiteral("programCounter")).toString()));
    line(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Flash:"),
         QCoreApplication::translate("fw::cli::TelinkRescueCommand", "%1 KiB (JEDEC id %2)")
             .arg(r.value(QStringLiteral("flashSize")).toLongLong() / 1024)
             .arg(r.value(QStringLiteral("jedecId")).toString()));
    const QString mac = r.value(QStringLiteral("mac")).toString();
    line(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "MAC:"),
         mac.isEmpty() ? QCoreApplication::translate("fw::cli::TelinkRescueCommand", "none stored") : mac);
    line(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "At 0x0:"),
         r.value(QStringLiteral("firmwareOnChip")).toString());
}

void printOutcome(QTextStream &out, TelinkRescueAction action, const QVariantMap &r)
{
    const QString backup = QDir::toNativeSeparators(r.value(QStringLiteral("backupPath")).toString());
    if (!backup.isEmpty())
        out << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                           "Device data (0x74000-0x80000) saved: %1 (SHA-256 %2)")
                   .arg(backup, r.value(QStringLiteral("backupSha256")).toString())
            << '\n';
    switch (action) {
    case TelinkRescueAction::Read:
        out << QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Read %1 bytes from %2 into %3 in %4 s.")
                   .arg(r.value(QStringLiteral("readLength")).toLongLong())
                   .arg(hex(r.value(QStringLiteral("readStart")).toLongLong()))
                   .arg(QDir::toNativeSeparators(r.value(QStringLiteral("readPath")).toString()))
                   .arg(r.value(QStringLiteral("readSeconds")).toDouble(), 0, 'f', 1)
            << '\n';
        break;
    case TelinkRescueAction::Write:
    case TelinkRescueAction::Restore:
        out << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                           "Wrote %1 bytes (%2 empty bytes left erased, %3 sectors erased) in %4 s "
                                           "and read them back: they match.")
                   .arg(r.value(QStringLiteral("bytesWritten")).toLongLong())
                   .arg(r.value(QStringLiteral("bytesSkipped")).toLongLong())
                   .arg(r.value(QStringLiteral("sectorsErased")).toInt())
                   .arg(r.value(QStringLiteral("writeSeconds")).toDouble(), 0, 'f', 1)
            << '\n';
        break;
    case TelinkRescueAction::Identify:
    case TelinkRescueAction::Backup:
        break;
    }
    if (r.value(QStringLiteral("firmwareStarted")).toBool())
        out << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                           "The new firmware was started. Take the wires off; if the display stays "
                                           "blank, take the battery out and put it back.")
            << '\n';
    else
        out << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                           "The chip stays stopped, so another run needs no power-cycle. Take the "
                                           "battery out and put it back to start its firmware.")
            << '\n';
}

}  // namespace

int runTelinkRescue(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::TelinkRescueCommand",
        "Rescue a Telink thermometer (LYWSD03MMC and others) by wire, through its SWS pad:\n"
        "  wiring: adapter TX through a 1-1.8 kOhm resistor to P14 (SWS), adapter RX straight to P14,\n"
        "          GND to the battery's minus contact, 3.3 V to its plus contact (or keep the battery in)\n"
        "  --backup FILE                 save the device's own data (0x74000-0x80000: MAC, calibration, keys)\n"
        "  --read FILE [--range A:B]     read the flash (all of it unless a range is given)\n"
        "  --write FW.bin --backup FILE  save the device data, then write a firmware at 0x0 and verify it\n"
        "  --restore BACKUP [--range A:B] write a backup back where it came from and verify it\n"
        "  --identify                    only check the wiring and identify the chip\n"
        "When asked, power-cycle the thermometer (battery out and back in) within the activation time."));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                 "Serial port of the USB-UART adapter, or demo:telink-swire."),
                                     QStringLiteral("P"));
    const QCommandLineOption baudOpt(QStringLiteral("baud"),
                                     QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                 "Baud rate to try first (slower ones follow if the "
                                                                 "chip does not answer)."),
                                     QStringLiteral("B"), QStringLiteral("921600"));
    const QCommandLineOption backupOpt(QStringLiteral("backup"),
                                       QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                   "Save the device data (0x74000-0x80000) to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption readOpt(QStringLiteral("read"),
                                     QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Read the flash into FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption rangeOpt(QStringLiteral("range"),
                                      QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                  "START:END (END excluded), hex or decimal, for "
                                                                  "--read and --restore."),
                                      QStringLiteral("A:B"));
    const QCommandLineOption writeOpt(QStringLiteral("write"),
                                      QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                  "Write this Telink firmware (.bin) at 0x0."),
                                      QStringLiteral("FW.bin"));
    const QCommandLineOption restoreOpt(QStringLiteral("restore"),
                                        QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                    "Write this backup back to its range."),
                                        QStringLiteral("BACKUP"));
    const QCommandLineOption identifyOpt(QStringLiteral("identify"),
                                         QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                     "Only check the wiring and identify the chip."));
    const QCommandLineOption activationOpt(QStringLiteral("activation-ms"),
                                           QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                       "How long to keep stopping the chip while you "
                                                                       "power-cycle it (default 5000)."),
                                           QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                                  "Write without a backup, write a file the checks "
                                                                  "refuse, or restore another device's backup."));
    parser.addOptions({portOpt, baudOpt, backupOpt, readOpt, rangeOpt, writeOpt, restoreOpt, identifyOpt,
                       activationOpt, forceOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand", "Unexpected argument \"%1\".")
                             .arg(parser.positionalArguments().first()));

    TelinkRescueOptions o;
    o.port = parser.value(portOpt);
    if (o.port.isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                     "rescue needs --port, e.g. --port /dev/ttyUSB0 or --port "
                                                     "demo:telink-swire."));
    const auto baud = parseNumber(parser.value(baudOpt));
    if (!baud || *baud < 1200 || *baud > 4000000)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                     "--baud needs a rate such as 921600 or 460800."));
    o.baud = qint32(*baud);
    const auto activation = parseNumber(parser.value(activationOpt));
    if (!activation || *activation < 100 || *activation > 120000)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                     "--activation-ms needs milliseconds between 100 and 120000."));
    o.activationMs = int(*activation);
    o.force = parser.isSet(forceOpt);
    o.backupPath = parser.value(backupOpt);

    const int actions = int(parser.isSet(readOpt)) + int(parser.isSet(writeOpt)) + int(parser.isSet(restoreOpt))
                        + int(parser.isSet(identifyOpt));
    if (actions > 1 || (actions == 0 && !parser.isSet(backupOpt)))
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                     "rescue needs one of --backup FILE, --read FILE, --write FW.bin "
                                                     "or --restore BACKUP (or --identify)."));
    if (parser.isSet(writeOpt)) {
        o.action = TelinkRescueAction::Write;
        o.firmwarePath = parser.value(writeOpt);
    } else if (parser.isSet(readOpt)) {
        o.action = TelinkRescueAction::Read;
        o.readPath = parser.value(readOpt);
    } else if (parser.isSet(restoreOpt)) {
        o.action = TelinkRescueAction::Restore;
        o.restorePath = parser.value(restoreOpt);
    } else if (parser.isSet(identifyOpt)) {
        o.action = TelinkRescueAction::Identify;
    } else {
        o.action = TelinkRescueAction::Backup;
    }
    if (!o.backupPath.isEmpty() && o.action != TelinkRescueAction::Backup && o.action != TelinkRescueAction::Write)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                     "--backup goes alone or with --write."));
    if (parser.isSet(rangeOpt)) {
        if (o.action != TelinkRescueAction::Read && o.action != TelinkRescueAction::Restore)
            return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                         "--range goes with --read or --restore."));
        if (!parseRange(parser.value(rangeOpt), &o.rangeStart, &o.rangeEnd))
            return ctx.usage(QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                         "--range needs START:END with START below END, e.g. "
                                                         "0x0:0x20000."));
    }

    CliJobRun run(ctx);
    if (!ctx.json)
        *ctx.err << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                "Get ready to power-cycle the thermometer when asked (battery out and "
                                                "back in).")
                 << Qt::endl;
    const JobResult r = run.run(std::make_unique<fw::telink::TelinkRescueJob>(o));
    if (r.status == JobResult::Status::Cancelled) {
        *ctx.err << QCoreApplication::translate("fw::cli::TelinkRescueCommand",
                                                "Cancelled. If it was writing, the firmware is incomplete: run the "
                                                "same command again (the chip stays stopped, no power-cycle needed).")
                 << Qt::endl;
        return ExitInterrupted;
    }
    if (r.status == JobResult::Status::Failed)
        return ctx.fail(r.diagnosis);

    if (ctx.json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), true);
        j.insert(QStringLiteral("action"), actionId(o.action));
        j.insert(QStringLiteral("port"), o.port);
        j.insert(QStringLiteral("result"), QJsonObject::fromVariantMap(r.output));
        j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings()));
        ctx.printJson(j);
        return ExitOk;
    }
    printIdentity(*ctx.out, r.output);
    printOutcome(*ctx.out, o.action, r.output);
    ctx.out->flush();
    return ExitOk;
}

}  // namespace fw::cli
