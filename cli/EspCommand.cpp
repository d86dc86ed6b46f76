// `flashwright-cli esp ACTION --port P`: identify, back up, write, verify, erase or restore an
// ESP8266 / ESP32 in one loader session: connect, the action, then one reset at the end, so a
// device wired by hand needs no power cycle between the steps.
#include "cli/CliApp.h"
#include "cli/EspCliArgs.h"
#include "cli/ExitCodes.h"
#include "cli/CliJobRun.h"
#include "core/FirmwareFile.h"
#include "core/LogBus.h"
#include "esp/EspImageCheck.h"
#include "esp/EspJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <limits>

namespace fw::cli {

using fw::core::Diagnosis;
using fw::core::JobResult;
using fw::esp::EspFlashPart;
using fw::esp::EspSession;
using fw::esp::EspSessionPtr;

namespace {

QString hex(qint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }

struct Options {
    QString action;
    QStringList args;
    fw::esp::EspConnectOptions connect;
    bool noStub = false;
    bool force = false;
    fw::esp::EspWriteOptions write;
    QString outDir;
};

// A failed or cancelled job as an exit code, with the diagnosis printed.
int failed(CliContext &ctx, const JobResult &r)
{
    if (r.status == JobResult::Status::Cancelled) {
        *ctx.err << QCoreApplication::translate("fw::cli::EspCommand",
                                                "Cancelled. The device stays in its boot loader; nothing was reset.")
                 << Qt::endl;
        return ExitInterrupted;
    }
    return ctx.fail(r.diagnosis);
}

void printIdentity(QTextStream &out, const fw::esp::EspIdentity &id)
{
    auto line = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(10) << ' ' << value << '\n';
    };
    line(QCoreApplication::translate("fw::cli::EspCommand", "Chip:"),
         id.chipDescription.isEmpty() ? fw::esp::chipKindName(id.chip) : id.chipDescription);
    line(QCoreApplication::translate("fw::cli::EspCommand", "MAC:"), id.mac);
    line(QCoreApplication::translate("fw::cli::EspCommand", "Flash:"),
         QCoreApplication::translate("fw::cli::EspCommand", "%1 (JEDEC id %2)")
             .arg(id.flashSizeText(), QStringLiteral("0x%1").arg(id.flashJedecId, 6, 16, QLatin1Char('0'))));
    if (id.crystalMhz > 0)
        line(QCoreApplication::translate("fw::cli::EspCommand", "Crystal:"),
             QCoreApplication::translate("fw::cli::EspCommand", "%1 MHz").arg(id.crystalMhz));
    line(QCoreApplication::translate("fw::cli::EspCommand", "Loader:"), id.loaderName());
    if (!id.moduleGuess.isEmpty())
        line(QCoreApplication::translate("fw::cli::EspCommand", "Module:"), id.moduleGuess);
    out.flush();
}

Diagnosis stubRunningDiagnosis()
{
    Diagnosis d;
    d.code = QStringLiteral("esp.stub.running");
    d.summary = QCoreApplication::translate("fw::cli::EspCommand",
                                            "A flasher stub is already running on the chip, but --no-stub asks for "
                                            "the chip's own boot loader.");
    d.causes << QCoreApplication::translate("fw::cli::EspCommand",
                                            "An earlier session loaded the stub and the chip was not reset since.");
    d.nextStep = QCoreApplication::translate("fw::cli::EspCommand",
                                             "Power-cycle the device into download mode (GPIO0 to GND while "
                                             "powering up), or run again without --no-stub.");
    return d;
}

// What the ESP8266's boot ROM cannot do, asked for with --no-stub.
Diagnosis romOnlyDiagnosis(const QString &action, const fw::esp::EspIdentity &id)
{
    Diagnosis d;
    if (action == QLatin1String("backup")) {
        d.code = QStringLiteral("esp.read.unsupported");
        d.summary = QCoreApplication::translate("fw::cli::EspCommand",
                                                "With --no-stub only the %1 answers, and it cannot read flash, so "
                                                "there is no backup.")
                        .arg(id.loaderName());
    } else if (action == QLatin1String("erase")) {
        d.code = QStringLiteral("esp.erase.unsupported");
        d.summary = QCoreApplication::translate("fw::cli::EspCommand",
                                                "With --no-stub only the %1 answers, and it cannot erase flash.")
                        .arg(id.loaderName());
    } else {
        d.code = QStringLiteral("esp.verify.unsupported");
        d.summary = QCoreApplication::translate("fw::cli::EspCommand",
                                                "With --no-stub only the %1 answers, and it cannot read flash or "
                                                "compute its checksum, so there is nothing to compare.")
                        .arg(id.loaderName());
    }
    d.causes << QCoreApplication::translate("fw::cli::EspCommand",
                                            "The ESP8266's boot ROM can only write; reading, erasing and checksums "
                                            "need the flasher stub, which --no-stub leaves out.");
    d.nextStep = QCoreApplication::translate("fw::cli::EspCommand",
                                             "Run the same command without --no-stub: Flashwright then loads its "
                                             "flasher stub, which can. Nothing on the chip was changed.");
    return d;
}

Diagnosis verifyMismatchDiagnosis(const QVariantList &offsets, const QList<EspFlashPart> &parts)
{
    QStringList where;
    for (const QVariant &v : offsets) {
        for (const EspFlashPart &p : parts)
            if (p.offset == v.toLongLong())
                where << QStringLiteral("%1 (%2)").arg(hex(p.offset), QDir::toNativeSeparators(p.path));
    }
    Diagnosis d;
    d.code = QStringLiteral("esp.verify.mismatch");
    d.summary = QCoreApplication::translate("fw::cli::EspCommand", "The flash differs from the file at %1.")
                    .arg(where.join(QStringLiteral(", ")));
    d.causes << QCoreApplication::translate("fw::cli::EspCommand",
                                            "Another firmware (or another version) is in flash there.")
             << QCoreApplication::translate("fw::cli::EspCommand",
                                            "An earlier write was interrupted or did not reach the flash.");
    d.nextStep = QCoreApplication::translate("fw::cli::EspCommand",
                                             "Write the file with \"flashwright-cli esp write\" if it should be there.");
    return d;
}

// Reads the files of write/verify/restore before anything touches the device.
int loadParts(CliContext &ctx, const Options &o, QList<EspFlashPart> *parts)
{
    QString error;
    const QList<EspCliArgs::FileArg> files = EspCliArgs::parseFiles(o.args, &error);
    if (!error.isEmpty())
        return ctx.usage(error);
    if (files.isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand", "%1 needs a FILE.").arg(o.action));
    if (o.action == QLatin1String("restore") && (files.size() != 1 || files.first().offset >= 0))
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                     "restore takes one backup FILE; it always goes to 0x0."));
    for (const EspCliArgs::FileArg &f : files) {
        EspFlashPart part;
        part.path = f.path;
        try {
            part.bytes = fw::core::FirmwareFile::readAll(f.path);
        } catch (const fw::core::JobError &e) {
            return ctx.fail(e.diagnosis());
        }
        part.offset = f.offset;
        if (part.offset < 0 && o.action == QLatin1String("verify"))
            return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                         "verify needs the OFFSET the file was written to, e.g. "
                                                         "\"verify 0x0 %1\".")
                                 .arg(f.path));
        if (part.offset < 0 && o.action == QLatin1String("write")) {
            QString what;
            const std::optional<qint64> def = EspCliArgs::defaultOffset(part.bytes, &what);
            if (!def)
                return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                             "%1 is %2: give the offset to write it to, e.g. "
                                                             "\"write 0x10000 %1\".")
                                     .arg(f.path, what));
            part.offset = *def;
            if (!ctx.json)
                *ctx.err << QCoreApplication::translate("fw::cli::EspCommand", "%1 is %2: writing it at %3.")
                                .arg(QDir::toNativeSeparators(f.path), what, hex(part.offset))
                         << Qt::endl;
        }
        parts->append(part);
    }
    return ExitOk;
}

// The image checks run once the chip is known, before anything is written: a refusal stops the
// write unless --force; a flash-parameter patch the chip needs (DOUT on an ESP8285) is applied.
int checkImages(CliContext &ctx, const Options &o, const fw::esp::EspIdentity &id, QList<EspFlashPart> *parts,
                QJsonArray *report)
{
    auto note = [&ctx](const QString &text) {
        if (!ctx.json)
            *ctx.err << text << Qt::endl;
    };
    for (EspFlashPart &part : *parts) {
        const QString shown = QDir::toNativeSeparators(part.path);
        const fw::esp::EspImageVerdict v = fw::esp::checkImageForDevice(part.bytes, part.offset, id);
        QJsonObject entry{{QStringLiteral("path"), part.path}, {QStringLiteral("offset"), part.offset}};
        QJsonArray warnings, refusals;
        for (const fw::esp::ImageFinding &w : v.warnings) {
            warnings.append(w.message);
            note(QCoreApplication::translate("fw::cli::EspCommand", "Warning: %1: %2").arg(shown, w.message));
        }
        for (const fw::esp::ImageFinding &r : v.refusals)
            refusals.append(r.message);
        if (!v.ok()) {
            if (!o.force) {
                fw::core::Diagnosis d = v.refusal();
                d.summary = QCoreApplication::translate("fw::cli::EspCommand", "%1 (%2)").arg(d.summary, shown);
                return ctx.fail(d);
            }
            for (const fw::esp::ImageFinding &r : v.refusals)
                note(QCoreApplication::translate("fw::cli::EspCommand", "Writing %1 anyway (--force): %2").arg(shown, r.message));
        }
        bool patched = false;
        if (v.suggestedPatch && v.patchHeaderOffset >= 0) {
            const fw::esp::ImageInfo::PatchResult p =
                fw::esp::ImageInfo::patchFlashParams(part.bytes, v.patchHeaderOffset, *v.suggestedPatch, v.info.family);
            if (p.changed) {
                part.bytes = p.bytes;
                patched = true;
                note(QCoreApplication::translate("fw::cli::EspCommand", "%1: flash parameters set for this chip (%2).")
                         .arg(shown, v.patchReason));
            }
            for (const fw::esp::ImageFinding &f : p.findings)
                warnings.append(f.message);
        }
        entry.insert(QStringLiteral("warnings"), warnings);
        entry.insert(QStringLiteral("refusals"), refusals);
        entry.insert(QStringLiteral("patched"), patched);
        entry.insert(QStringLiteral("patchReason"), patched ? v.patchReason : QString());
        report->append(entry);
    }
    return ExitOk;
}

QJsonObject toJson(const QVariantMap &m) { return QJsonObject::fromVariantMap(m); }

}  // namespace

int runEsp(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::EspCommand",
        "Work on an ESP8266, ESP8285 or ESP32 through its serial boot loader, all in one session:\n"
        "  info                                identify chip, MAC and flash\n"
        "  backup [--out DIR]                  read the whole flash into DIR (verified)\n"
        "  write [OFFSET] FILE [OFFSET FILE…]  write and verify images (offset guessed for images)\n"
        "  verify OFFSET FILE                  compare the flash with a file\n"
        "  erase                               erase the whole flash\n"
        "  restore FILE                        write a backup of this device back at 0x0\n"
        "On an ESP8266/ESP8285 Flashwright first loads its own flasher stub into the chip's RAM:\n"
        "it reads, erases, verifies, takes compressed data and a faster baud. With --no-stub only\n"
        "the chip's boot ROM is used, which can only write. The ESP32 always uses its boot ROM."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QCoreApplication::translate("fw::cli::EspCommand",
                                                             "info, backup, write, verify, erase or restore."));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QCoreApplication::translate("fw::cli::EspCommand",
                                                                 "Serial port, or demo:esp8266 / demo:esp32."),
                                     QStringLiteral("P"));
    const QCommandLineOption baudOpt(QStringLiteral("baud"),
                                     QCoreApplication::translate("fw::cli::EspCommand",
                                                                 "Baud rate for the transfer where the loader can "
                                                                 "change it (0 keeps the connect baud)."),
                                     QStringLiteral("B"), QStringLiteral("460800"));
    const QCommandLineOption connectBaudOpt(QStringLiteral("connect-baud"),
                                            QCoreApplication::translate("fw::cli::EspCommand", "Baud rate to connect at."),
                                            QStringLiteral("B"), QStringLiteral("115200"));
    const QCommandLineOption resetOpt(QStringLiteral("reset"),
                                      QCoreApplication::translate("fw::cli::EspCommand",
                                                                  "How to enter the boot loader: auto (DTR/RTS), manual "
                                                                  "(you bridge GPIO0 and power-cycle) or none."),
                                      QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption noStubOpt(QStringLiteral("no-stub"),
                                       QCoreApplication::translate("fw::cli::EspCommand",
                                                                   "ESP8266: do not load the flasher stub, talk to "
                                                                   "the chip's boot ROM only (slower; no backup, "
                                                                   "erase or verification)."));
    const QCommandLineOption stubImageOpt(QStringLiteral("stub-image"),
                                          QCoreApplication::translate("fw::cli::EspCommand",
                                                                      "ESP8266: load the flasher stub from DIR "
                                                                      "(text.bin, data.bin, layout.json of a stub "
                                                                      "build) instead of the built-in one."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QCoreApplication::translate("fw::cli::EspCommand",
                                                                  "Write or restore even when the checks refuse."));
    const QCommandLineOption noCompressOpt(QStringLiteral("no-compress"),
                                           QCoreApplication::translate("fw::cli::EspCommand", "Send data uncompressed."));
    const QCommandLineOption noSkipOpt(QStringLiteral("no-skip"),
                                       QCoreApplication::translate("fw::cli::EspCommand",
                                                                   "Write everything, even parts the flash already holds."));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QCoreApplication::translate("fw::cli::EspCommand",
                                                                "Folder for backups (default: the current folder)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({portOpt, baudOpt, connectBaudOpt, resetOpt, noStubOpt, stubImageOpt, forceOpt, noCompressOpt,
                       noSkipOpt, outOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }

    Options o;
    QStringList positional = parser.positionalArguments();
    o.action = positional.isEmpty() ? QString() : positional.takeFirst();
    o.args = positional;
    static const QStringList actions{QStringLiteral("info"),   QStringLiteral("backup"), QStringLiteral("write"),
                                     QStringLiteral("verify"), QStringLiteral("erase"),  QStringLiteral("restore")};
    if (!actions.contains(o.action))
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                     "esp needs an ACTION: info, backup, write, verify, erase or restore."));
    o.connect.port = parser.value(portOpt);
    if (o.connect.port.isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                     "esp needs --port, e.g. --port /dev/ttyUSB0 or --port demo:esp8266."));
    bool ok = false;
    o.connect.transferBaud = parser.value(baudOpt).toInt(&ok);
    if (!ok || o.connect.transferBaud < 0)
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                     "--baud needs a whole number, for example 460800."));
    o.connect.connectBaud = parser.value(connectBaudOpt).toInt(&ok);
    if (!ok || o.connect.connectBaud <= 0)
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand",
                                                     "--connect-baud needs a positive whole number, for example 115200."));
    const QString reset = parser.value(resetOpt).toLower();
    if (reset == QLatin1String("auto"))
        o.connect.reset = fw::esp::ResetMode::Auto;
    else if (reset == QLatin1String("manual"))
        o.connect.reset = fw::esp::ResetMode::Manual;
    else if (reset == QLatin1String("none"))
        o.connect.reset = fw::esp::ResetMode::NoReset;
    else
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand", "--reset is auto, manual or none."));
    o.noStub = parser.isSet(noStubOpt);
    o.connect.useStub = !o.noStub;
    o.connect.stubImagePath = o.noStub ? QString() : parser.value(stubImageOpt);
    o.force = parser.isSet(forceOpt);
    o.write.compress = !parser.isSet(noCompressOpt);
    o.write.skipUnchanged = !parser.isSet(noSkipOpt);
    o.outDir = parser.isSet(outOpt) ? parser.value(outOpt) : QDir::currentPath();

    const bool takesFiles = o.action == QLatin1String("write") || o.action == QLatin1String("verify")
                            || o.action == QLatin1String("restore");
    QList<EspFlashPart> parts;
    if (takesFiles) {
        if (const int rc = loadParts(ctx, o, &parts); rc != ExitOk)
            return rc;
    } else if (!o.args.isEmpty()) {
        return ctx.usage(QCoreApplication::translate("fw::cli::EspCommand", "%1 takes no files (got \"%2\").")
                             .arg(o.action, o.args.join(QLatin1Char(' '))));
    }

    CliJobRun run(ctx);
    const EspSessionPtr session = std::make_shared<EspSession>();
    if (o.connect.reset == fw::esp::ResetMode::Manual && !ctx.json)
        *ctx.err << QCoreApplication::translate("fw::cli::EspCommand",
                                                "Bridge GPIO0 to GND, then power the device up. Waiting for it…")
                 << Qt::endl;
    JobResult r = run.run(std::make_unique<fw::esp::EspConnectJob>(session, o.connect));
    if (r.status != JobResult::Status::Succeeded)
        return failed(ctx, r);
    const fw::esp::EspIdentity identity = session->identity();
    if (!ctx.json)
        printIdentity(*ctx.out, identity);
    if (o.noStub && identity.loader == fw::esp::LoaderKind::Stub)
        return ctx.fail(stubRunningDiagnosis());
    if (identity.loader == fw::esp::LoaderKind::Esp8266Rom
        && (o.action == QLatin1String("backup") || o.action == QLatin1String("erase")
            || o.action == QLatin1String("verify")))
        return ctx.fail(romOnlyDiagnosis(o.action, identity));

    std::unique_ptr<fw::core::Job> job;
    QJsonArray imageChecks;
    if (o.action == QLatin1String("backup")) {
        job = std::make_unique<fw::esp::EspBackupJob>(session, o.outDir);
    } else if (o.action == QLatin1String("write")) {
        if (const int rc = checkImages(ctx, o, identity, &parts, &imageChecks); rc != ExitOk)
            return rc;
        job = std::make_unique<fw::esp::EspWriteJob>(session, parts, o.write);
    } else if (o.action == QLatin1String("verify")) {
        job = std::make_unique<fw::esp::EspVerifyJob>(session, parts);
    } else if (o.action == QLatin1String("erase")) {
        job = std::make_unique<fw::esp::EspEraseJob>(session);
    } else if (o.action == QLatin1String("restore")) {
        job = std::make_unique<fw::esp::EspRestoreJob>(session, parts.first().path, o.force);
    }
    QVariantMap outputs;
    if (job) {
        r = run.run(std::move(job));
        if (r.status != JobResult::Status::Succeeded)
            return failed(ctx, r);  // the session closes without a reset: the chip stays in its loader
        outputs = r.output;
        if (o.action == QLatin1String("verify") && !outputs.value(QStringLiteral("matches")).toBool())
            return ctx.fail(verifyMismatchDiagnosis(outputs.value(QStringLiteral("mismatches")).toList(), parts));
    }

    r = run.run(std::make_unique<fw::esp::EspFinishJob>(session));
    if (r.status != JobResult::Status::Succeeded)
        return failed(ctx, r);
    const bool powerCycle = r.output.value(QStringLiteral("powerCycleNeeded")).toBool();

    if (ctx.json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), true);
        j.insert(QStringLiteral("action"), o.action);
        j.insert(QStringLiteral("port"), o.connect.port);
        j.insert(QStringLiteral("noStub"), o.noStub);
        j.insert(QStringLiteral("useStub"), o.connect.useStub);
        if (!o.connect.stubImagePath.isEmpty())
            j.insert(QStringLiteral("stubImage"), o.connect.stubImagePath);
        j.insert(QStringLiteral("identity"), toJson(identity.toVariant()));
        j.insert(QStringLiteral("outputs"), toJson(outputs));
        if (!imageChecks.isEmpty())
            j.insert(QStringLiteral("imageChecks"), imageChecks);
        j.insert(QStringLiteral("powerCycleNeeded"), powerCycle);
        j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings()));
        ctx.printJson(j);
        return ExitOk;
    }
    QTextStream &out = *ctx.out;
    if (o.action == QLatin1String("backup")) {
        out << QCoreApplication::translate("fw::cli::EspCommand", "Backup saved: %1 (%2 bytes, MD5 %3)")
                   .arg(QDir::toNativeSeparators(outputs.value(QStringLiteral("path")).toString()))
                   .arg(outputs.value(QStringLiteral("size")).toLongLong())
                   .arg(outputs.value(QStringLiteral("md5")).toString())
            << '\n';
    } else if (o.action == QLatin1String("write") || o.action == QLatin1String("restore")) {
        out << QCoreApplication::translate("fw::cli::EspCommand",
                                           "Wrote %1 bytes (%2 sent, %3 already in flash) in %4 s; %5.")
                   .arg(outputs.value(QStringLiteral("bytes")).toLongLong())
                   .arg(outputs.value(QStringLiteral("bytesOnWire")).toLongLong())
                   .arg(outputs.value(QStringLiteral("bytesSkipped")).toLongLong())
                   .arg(outputs.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
                   .arg(outputs.value(QStringLiteral("verified")).toBool()
                            ? QCoreApplication::translate("fw::cli::EspCommand", "verified")
                            : QCoreApplication::translate("fw::cli::EspCommand", "NOT verified (this loader cannot)"))
            << '\n';
    } else if (o.action == QLatin1String("verify")) {
        out << QCoreApplication::translate("fw::cli::EspCommand", "The flash matches the file.") << '\n';
    } else if (o.action == QLatin1String("erase")) {
        out << QCoreApplication::translate("fw::cli::EspCommand", "The flash is erased.") << '\n';
    }
    if (powerCycle)
        out << QCoreApplication::translate("fw::cli::EspCommand",
                                           "Remove the GPIO0 bridge and power-cycle the device to start its firmware.")
            << '\n';
    out.flush();
    return ExitOk;
}

}  // namespace fw::cli
