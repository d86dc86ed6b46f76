// `flashwright-cli telink VERB`: find Xiaomi/Telink thermometers (scan), read what one runs
// (info), flash a .bin or .zigbee over Bluetooth (ota), or rescue a bricked one by wire (rescue).
#include "cli/CliApp.h"
#include "cli/CliJobRun.h"
#include "cli/ExitCodes.h"
#include "cli/TelinkCliCommands.h"
#include "core/BleScanner.h"
#include "core/GattLinks.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/GattPeripheralModel.h"
#include "telink/MiActivateJob.h"
#include "telink/MiSession.h"
#include "telink/TelinkAdvert.h"
#include "telink/TelinkJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace fw::cli {

using fw::core::Diagnosis;
using fw::core::JobResult;
using fw::telink::TelinkAdvert;
using fw::telink::TelinkAdvertInfo;

namespace {

int failed(CliContext &ctx, const JobResult &r)
{
    if (r.status == JobResult::Status::Cancelled) {
        *ctx.err << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "Cancelled. An interrupted update leaves the old firmware in place; "
                                                "it can be started again.")
                 << Qt::endl;
        return ExitInterrupted;
    }
    return ctx.fail(r.diagnosis);
}

struct ScanRow {
    fw::core::BleDeviceInfo device;
    TelinkAdvertInfo advert;
    QString target;  // what --ble takes for it
};

QJsonObject toJson(const ScanRow &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("target"), row.target);
    o.insert(QStringLiteral("name"), row.device.name);
    o.insert(QStringLiteral("address"), row.device.address);
    o.insert(QStringLiteral("rssi"), row.device.rssi);
    o.insert(QStringLiteral("demo"), row.device.isDemo);
    o.insert(QStringLiteral("kind"), row.advert.deviceKind);
    o.insert(QStringLiteral("firmware"), row.advert.firmwareHint);
    o.insert(QStringLiteral("format"), row.advert.formatName());
    if (row.advert.temperatureC)
        o.insert(QStringLiteral("temperatureC"), *row.advert.temperatureC);
    if (row.advert.humidityPercent)
        o.insert(QStringLiteral("humidityPercent"), *row.advert.humidityPercent);
    if (row.advert.batteryPercent)
        o.insert(QStringLiteral("batteryPercent"), *row.advert.batteryPercent);
    if (row.advert.batteryMv)
        o.insert(QStringLiteral("batteryMv"), *row.advert.batteryMv);
    return o;
}

QList<ScanRow> demoRows()
{
    QList<ScanRow> rows;
    for (const auto &d : fw::core::sim::DemoRegistry::instance().all()) {
        if (d.transport != fw::core::sim::DemoDevice::Transport::Ble || d.family != QLatin1String("telink") || !d.makeGatt)
            continue;
        const auto model = d.makeGatt();
        ScanRow row;
        row.device = model->advertisement();
        row.device.isDemo = true;
        row.advert = TelinkAdvert::decode(row.device);
        row.target = QStringLiteral("demo:") + d.name;
        rows << row;
    }
    return rows;
}

int runScan(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::TelinkCommand", "List Xiaomi/Telink thermometers nearby, with what their adverts say."));
    parser.addHelpOption();
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QCoreApplication::translate("fw::cli::TelinkCommand", "Scan for SECONDS (default 8)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("8"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                 "List only the demo thermometers; no adapter needed."));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QCoreApplication::translate("fw::cli::TelinkCommand", "Also list devices that are not thermometers."));
    parser.addOptions({timeoutOpt, demoOpt, allOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOpt).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand", "--timeout needs a number of seconds between 0 and 600."));

    QList<ScanRow> rows;
    QString unavailable;
    if (!parser.isSet(demoOpt)) {
        using fw::core::BleScanner;
        BleScanner scanner;
        QEventLoop loop;
        QObject::connect(&scanner, &BleScanner::finished, &loop, &QEventLoop::quit);
        QObject::connect(&scanner, &BleScanner::stateChanged, &loop, [&](BleScanner::State s) {
            if (s != BleScanner::State::Scanning && s != BleScanner::State::Idle)
                loop.quit();
        });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(int(seconds * 1000) + 3000);
        scanner.start(int(seconds * 1000));
        if (scanner.state() == BleScanner::State::Scanning)
            loop.exec();
        scanner.stop();
        if (scanner.state() != BleScanner::State::Idle && scanner.state() != BleScanner::State::Scanning)
            unavailable = scanner.stateText();
        for (const auto &d : scanner.devices()) {
            ScanRow row{d, TelinkAdvert::decode(d), d.address};
            if (row.advert.isThermometer() || parser.isSet(allOpt))
                rows << row;
        }
    }
    rows << demoRows();

    if (ctx.json) {
        QJsonObject j;
        QJsonArray arr;
        for (const auto &r : rows)
            arr.append(toJson(r));
        j.insert(QStringLiteral("devices"), arr);
        if (!unavailable.isEmpty())
            j.insert(QStringLiteral("bluetooth"), unavailable);
        ctx.printJson(j);
        return ExitOk;
    }
    if (!unavailable.isEmpty())
        *ctx.err << QCoreApplication::translate("fw::cli::TelinkCommand", "Bluetooth: %1").arg(unavailable) << "\n"
                 << QCoreApplication::translate("fw::cli::TelinkCommand", "Showing the demo thermometers only.") << "\n";
    for (const auto &r : rows) {
        *ctx.out << r.target.leftJustified(28) << ' ' << r.device.name.leftJustified(12) << ' '
                 << (r.advert.deviceKind.isEmpty() ? QStringLiteral("-") : r.advert.deviceKind).leftJustified(11) << ' '
                 << r.advert.firmwareHint.leftJustified(25) << ' ' << r.advert.summary() << "\n";
    }
    return ExitOk;
}

// --ble TARGET: "demo:NAME" or an address.
struct Target {
    fw::telink::GattLinkPtr link;
    QString address;
};

int openTarget(CliContext &ctx, const QString &target, Target *out)
{
    if (target.isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand",
                                                     "Give the thermometer with --ble ADDRESS or --ble demo:NAME "
                                                     "(see 'flashwright-cli telink scan')."));
    QString error;
    std::unique_ptr<fw::core::GattLink> link = fw::core::openGattLink(target, &error);
    if (!link) {
        Diagnosis d;
        d.code = QStringLiteral("ble.unavailable");
        d.summary = error;
        d.causes << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "The name after --ble is neither a Bluetooth address nor a demo device.");
        d.nextStep = QCoreApplication::translate("fw::cli::TelinkCommand",
                                                 "Run 'flashwright-cli telink scan' to list thermometers and demos.");
        return ctx.fail(d);
    }
    out->link = std::shared_ptr<fw::core::GattLink>(std::move(link));
    // A demo link connects to its own simulated device (empty address); a real one to the address.
    QString address = fw::core::sim::DemoRegistry::isDemoPort(target) ? QString() : target.trimmed();
    if (address.startsWith(QLatin1String("ble:")))
        address = address.mid(4);
    out->address = address;
    return ExitOk;
}

fw::telink::TelinkGoal parseGoal(const QString &s, bool *ok)
{
    *ok = true;
    if (s == QLatin1String("pvvx") || s == QLatin1String("ble"))
        return fw::telink::TelinkGoal::PvvxBle;
    if (s == QLatin1String("zigbee"))
        return fw::telink::TelinkGoal::Zigbee;
    if (s == QLatin1String("stock"))
        return fw::telink::TelinkGoal::Stock;
    *ok = false;
    return fw::telink::TelinkGoal::PvvxBle;
}

void printIdentity(QTextStream &out, const QVariantMap &id)
{
    auto line = [&out](const QString &label, const QVariant &value) {
        if (value.isValid() && !value.toString().isEmpty())
            out << label.leftJustified(14) << ' ' << value.toString() << '\n';
    };
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "Device:"), id.value(QStringLiteral("model")));
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "Address:"), id.value(QStringLiteral("address")));
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "Hardware:"), id.value(QStringLiteral("hardwareRevision")));
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "Firmware:"), id.value(QStringLiteral("firmware")));
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "DIS strings:"),
         QStringLiteral("%1 / %2").arg(id.value(QStringLiteral("firmwareRevision")).toString(),
                                        id.value(QStringLiteral("softwareRevision")).toString()));
    if (id.contains(QStringLiteral("batteryPercent")))
        line(QCoreApplication::translate("fw::cli::TelinkCommand", "Battery:"),
             QStringLiteral("%1 %").arg(id.value(QStringLiteral("batteryPercent")).toInt()));
    if (id.contains(QStringLiteral("connectionLatencyMs")))
        line(QCoreApplication::translate("fw::cli::TelinkCommand", "Latency:"),
             QStringLiteral("%1 ms").arg(id.value(QStringLiteral("connectionLatencyMs")).toInt()));
    line(QCoreApplication::translate("fw::cli::TelinkCommand", "Update paths:"),
         id.value(QStringLiteral("extendedOta")).toBool()
             ? QCoreApplication::translate("fw::cli::TelinkCommand", "standard and extended (.zigbee, over 128 KiB)")
             : id.value(QStringLiteral("ota")).toBool()
                 ? QCoreApplication::translate("fw::cli::TelinkCommand", "standard (up to 128 KiB)")
                 : QCoreApplication::translate("fw::cli::TelinkCommand", "none found"));
}

int runInfo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::TelinkCommand", "Connect to a thermometer and show its hardware, firmware, battery and advice."));
    parser.addHelpOption();
    const QCommandLineOption bleOpt(QStringLiteral("ble"),
                                    QCoreApplication::translate("fw::cli::TelinkCommand", "Bluetooth address, or demo:NAME."),
                                    QStringLiteral("TARGET"));
    const QCommandLineOption goalOpt(QStringLiteral("goal"),
                                     QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                 "What you want to flash next: pvvx, zigbee or stock (for the advice)."),
                                     QStringLiteral("GOAL"), QStringLiteral("pvvx"));
    parser.addOptions({bleOpt, goalOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    bool goalOk = false;
    const auto goal = parseGoal(parser.value(goalOpt), &goalOk);
    if (!goalOk)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand", "--goal is pvvx, zigbee or stock."));
    Target t;
    if (const int rc = openTarget(ctx, parser.value(bleOpt), &t); rc != ExitOk)
        return rc;
    CliJobRun run(ctx);
    const JobResult r = run.run(std::make_unique<fw::telink::TelinkIdentifyJob>(t.link, t.address, goal));
    t.link->disconnectFrom();
    if (r.status != JobResult::Status::Succeeded)
        return failed(ctx, r);
    const QVariantMap id = r.output.value(QStringLiteral("identity")).toMap();
    const QStringList advice = r.output.value(QStringLiteral("advice")).toStringList();
    if (ctx.json) {
        QJsonObject j = QJsonObject::fromVariantMap(id);
        j.insert(QStringLiteral("advice"), QJsonArray::fromStringList(advice));
        ctx.printJson(j);
        return ExitOk;
    }
    printIdentity(*ctx.out, id);
    for (const QString &a : advice)
        *ctx.out << "* " << a << '\n';
    return ExitOk;
}

int runOta(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::TelinkCommand",
        "Flash a Telink .bin (standard update) or .zigbee file (pvvx extended update) over Bluetooth, retrying from "
        "the start on failure, and confirm what runs afterwards."));
    parser.addHelpOption();
    const QCommandLineOption bleOpt(QStringLiteral("ble"),
                                    QCoreApplication::translate("fw::cli::TelinkCommand", "Bluetooth address, or demo:NAME."),
                                    QStringLiteral("TARGET"));
    const QCommandLineOption fileOpt(QStringLiteral("file"),
                                     QCoreApplication::translate("fw::cli::TelinkCommand", "The firmware file (.bin or .zigbee)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption attemptsOpt(QStringLiteral("attempts"),
                                         QCoreApplication::translate("fw::cli::TelinkCommand", "Tries before giving up (default 4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                  "Flash even on a low battery (file checks still apply)."));
    const QCommandLineOption noVerifyOpt(QStringLiteral("no-verify"),
                                         QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                     "Do not reconnect afterwards to confirm the new firmware."));
    const QCommandLineOption loggedInOpt(QStringLiteral("mi-logged-in"),
                                         QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                     "Stock firmware: the Mi login is already done on this connection."));
    const QCommandLineOption miTokenOpt(QStringLiteral("mi-token"),
                                        QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                    "Stock firmware: log in with this Mi token (24 hex digits) "
                                                                    "before the update."),
                                        QStringLiteral("HEX"));
    parser.addOptions({bleOpt, fileOpt, attemptsOpt, forceOpt, noVerifyOpt, loggedInOpt, miTokenOpt});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("fw::cli::TelinkCommand", "The firmware file (instead of --file)."));
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    const QString path = parser.isSet(fileOpt) ? parser.value(fileOpt) : parser.positionalArguments().value(0);
    if (path.isEmpty())
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand", "ota needs a firmware file: --file FILE."));
    bool ok = false;
    const int attempts = parser.value(attemptsOpt).toInt(&ok);
    if (!ok || attempts < 1 || attempts > 20)
        return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand", "--attempts is a number from 1 to 20."));

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Diagnosis d;
        d.code = QStringLiteral("file.unreadable");
        d.summary = QCoreApplication::translate("fw::cli::TelinkCommand", "Cannot read %1: %2").arg(path, f.errorString());
        d.causes << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "The file does not exist, is a folder, or you may not read it.");
        d.nextStep = QCoreApplication::translate("fw::cli::TelinkCommand", "Check the path and the file's permissions.");
        return ctx.fail(d);
    }
    fw::telink::TelinkFlashRequest req;
    req.path = QFileInfo(path).fileName();
    req.file = f.read(4 * 1024 * 1024 + 1);
    if (req.file.size() > 4 * 1024 * 1024) {
        Diagnosis d;
        d.code = QStringLiteral("file.too_large");
        d.summary = QCoreApplication::translate("fw::cli::TelinkCommand", "%1 is larger than 4 MiB: not thermometer firmware.").arg(path);
        d.causes << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "Thermometer firmware is at most a few hundred KiB; this is another kind of file.");
        d.nextStep = QCoreApplication::translate("fw::cli::TelinkCommand", "Choose the .bin or .zigbee file for the thermometer.");
        return ctx.fail(d);
    }
    req.force = parser.isSet(forceOpt);
    req.ota.maxAttempts = attempts;
    req.ota.verify = !parser.isSet(noVerifyOpt);
    req.ota.miLoggedIn = parser.isSet(loggedInOpt);
    if (parser.isSet(miTokenOpt)) {
        req.miToken = fw::telink::MiSession::parseToken(parser.value(miTokenOpt));
        if (req.miToken.isEmpty())
            return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand",
                                                         "--mi-token takes the 12-byte Mi token as 24 hex digits "
                                                         "(not the 32-digit bind key)."));
    }

    Target t;
    if (const int rc = openTarget(ctx, parser.value(bleOpt), &t); rc != ExitOk)
        return rc;
    CliJobRun run(ctx);
    const JobResult r = run.run(std::make_unique<fw::telink::TelinkFlashJob>(t.link, t.address, req));
    t.link->disconnectFrom();
    if (r.status != JobResult::Status::Succeeded)
        return failed(ctx, r);
    if (ctx.json) {
        QJsonObject j = QJsonObject::fromVariantMap(r.output);
        j.insert(QStringLiteral("ok"), true);
        j.insert(QStringLiteral("file"), req.path);
        ctx.printJson(j);
        return ExitOk;
    }
    const double seconds = r.output.value(QStringLiteral("seconds")).toDouble();
    *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand", "Sent %1 bytes in %2 s (%3 B/s), attempt %4.")
                    .arg(r.output.value(QStringLiteral("bytes")).toLongLong())
                    .arg(seconds, 0, 'f', 1)
                    .arg(r.output.value(QStringLiteral("bytesPerSecond")).toDouble(), 0, 'f', 0)
                    .arg(r.output.value(QStringLiteral("attempts")).toInt())
             << '\n';
    if (r.output.value(QStringLiteral("leftBluetooth")).toBool()) {
        *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "The thermometer restarted into Zigbee firmware and left Bluetooth. "
                                                "Pair it with your Zigbee coordinator now (permit joining, then "
                                                "short the reset pad or reinsert the battery).")
                 << '\n';
    } else if (r.output.value(QStringLiteral("verified")).toBool()) {
        *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand", "Verified: the thermometer now runs %1.")
                        .arg(r.output.value(QStringLiteral("after")).toMap().value(QStringLiteral("firmware")).toString())
                 << '\n';
    } else {
        *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "Sent; not confirmed (--no-verify). Reconnect to check what it runs.")
                 << '\n';
    }
    return ExitOk;
}

int runActivate(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::TelinkCommand",
        "Register (\"activate\") a thermometer with stock Xiaomi firmware here and print its Mi token and bind "
        "key. The device must be re-added in Mi Home afterwards."));
    parser.addHelpOption();
    const QCommandLineOption bleOpt(QStringLiteral("ble"),
                                    QCoreApplication::translate("fw::cli::TelinkCommand", "Bluetooth address, or demo:NAME."),
                                    QStringLiteral("TARGET"));
    const QCommandLineOption saveOpt(QStringLiteral("save"),
                                     QCoreApplication::translate("fw::cli::TelinkCommand",
                                                                 "Also write the keys as JSON to FILE (readable by you only)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({bleOpt, saveOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    Target t;
    if (const int rc = openTarget(ctx, parser.value(bleOpt), &t); rc != ExitOk)
        return rc;
    CliJobRun run(ctx);
    const JobResult r = run.run(std::make_unique<fw::telink::MiActivateJob>(t.link, t.address));
    t.link->disconnectFrom();
    if (r.status != JobResult::Status::Succeeded)
        return failed(ctx, r);

    QJsonObject keys;
    keys.insert(QStringLiteral("token"), r.output.value(QStringLiteral("token")).toString());
    keys.insert(QStringLiteral("bindKey"), r.output.value(QStringLiteral("bindKey")).toString());
    keys.insert(QStringLiteral("deviceId"), r.output.value(QStringLiteral("deviceId")).toString());
    keys.insert(QStringLiteral("firmware"), r.output.value(QStringLiteral("firmware")).toString());
    keys.insert(QStringLiteral("address"), t.address.isEmpty() ? parser.value(bleOpt) : t.address);
    const QString warning = r.output.value(QStringLiteral("warning")).toString();
    if (parser.isSet(saveOpt)) {
        QString error;
        if (!fw::telink::MiSession::saveKeysFile(parser.value(saveOpt), keys, &error)) {
            // The registration is done; the keys must not be lost with the file.
            *ctx.err << QCoreApplication::translate("fw::cli::TelinkCommand", "Token %1, bind key %2")
                            .arg(keys.value(QStringLiteral("token")).toString(),
                                 keys.value(QStringLiteral("bindKey")).toString())
                     << '\n';
            Diagnosis d;
            d.code = QStringLiteral("file.unwritable");
            d.summary = QCoreApplication::translate("fw::cli::TelinkCommand", "Cannot write %1: %2")
                            .arg(parser.value(saveOpt), error);
            d.causes << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                        "The folder does not exist or you may not write to it.");
            d.nextStep = QCoreApplication::translate("fw::cli::TelinkCommand",
                                                     "Note the keys printed above; choose a writable path next time.");
            return ctx.fail(d);
        }
    }
    if (ctx.json) {
        QJsonObject j = keys;
        j.insert(QStringLiteral("ok"), true);
        j.insert(QStringLiteral("warning"), warning);
        if (parser.isSet(saveOpt))
            j.insert(QStringLiteral("saved"), parser.value(saveOpt));
        ctx.printJson(j);
        return ExitOk;
    }
    *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand", "Mi token:    %1")
                    .arg(keys.value(QStringLiteral("token")).toString())
             << '\n'
             << QCoreApplication::translate("fw::cli::TelinkCommand", "Mi bind key: %1")
                    .arg(keys.value(QStringLiteral("bindKey")).toString())
             << '\n';
    if (parser.isSet(saveOpt))
        *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand", "Saved to %1.").arg(parser.value(saveOpt)) << '\n';
    *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand", "Warning: %1").arg(warning) << '\n'
             << QCoreApplication::translate("fw::cli::TelinkCommand",
                                            "Flash with: flashwright-cli telink ota --ble %1 --mi-token %2 --file FILE")
                    .arg(parser.value(bleOpt), keys.value(QStringLiteral("token")).toString())
             << '\n';
    return ExitOk;
}

}  // namespace

int runTelink(CliContext &ctx)
{
    const QString verb = ctx.args.value(1);
    QStringList rest = ctx.args.mid(2);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        *ctx.out << QCoreApplication::translate("fw::cli::TelinkCommand",
                                                "Usage: flashwright-cli telink scan|info|activate|ota|rescue [options]\n"
                                                "  scan     list thermometers nearby and the demo ones\n"
                                                "  info     --ble TARGET: hardware, firmware, battery, advice\n"
                                                "  ota      --ble TARGET --file FILE: flash over Bluetooth\n"
                                                "  rescue   --port PORT ...: flash a bricked one by wire (SWS pad)\n"
                                                "  activate --ble TARGET [--save FILE]: Mi activation of stock firmware\n"
                                                "TARGET is a Bluetooth address or demo:NAME.")
                 << '\n';
        return verb.isEmpty() ? ExitUsage : ExitOk;
    }
    CliContext sub = ctx;
    sub.args = QStringList{ctx.args.value(0) + QLatin1Char(' ') + verb} + rest;
    if (verb == QLatin1String("scan"))
        return runScan(sub);
    if (verb == QLatin1String("info"))
        return runInfo(sub);
    if (verb == QLatin1String("ota"))
        return runOta(sub);
    if (verb == QLatin1String("rescue"))
        return runTelinkRescue(sub);
    if (verb == QLatin1String("activate"))
        return runActivate(sub);
    return ctx.usage(QCoreApplication::translate("fw::cli::TelinkCommand", "Unknown telink verb '%1': use scan, info, activate, ota or rescue.").arg(verb));
}

}  // namespace fw::cli
