// `flashwright-cli ble-scan`: Bluetooth LE devices nearby, or why none can be seen.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/BleScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace fw::cli {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("fw::cli::BleScanCommand", s); }

QJsonObject toJson(const fw::core::BleDeviceInfo &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("address"), d.address);
    o.insert(QStringLiteral("rssi"), d.rssi);
    QJsonArray services;
    for (const auto &u : d.serviceUuids)
        services.append(u.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("services"), services);
    QJsonObject mfr;
    for (auto it = d.manufacturerData.cbegin(); it != d.manufacturerData.cend(); ++it)
        mfr.insert(QStringLiteral("0x%1").arg(it.key(), 4, 16, QLatin1Char('0')), QString::fromLatin1(it.value().toHex()));
    o.insert(QStringLiteral("manufacturer_data"), mfr);
    QJsonObject svc;
    for (auto it = d.serviceData.cbegin(); it != d.serviceData.cend(); ++it)
        svc.insert(it.key().toString(QUuid::WithoutBraces), QString::fromLatin1(it.value().toHex()));
    o.insert(QStringLiteral("service_data"), svc);
    return o;
}

}  // namespace

int runBleScan(CliContext &ctx)
{
    using fw::core::BleScanner;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Scan for Bluetooth LE devices."));
    parser.addHelpOption();
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Scan for SECONDS (default 8)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("8"));
    parser.addOption(timeoutOpt);
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOpt).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return ctx.usage(tr("--timeout needs a number of seconds between 0 and 600."));

    BleScanner scanner;
    QEventLoop loop;
    bool unavailable = false;
    QObject::connect(&scanner, &BleScanner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&scanner, &BleScanner::stateChanged, &loop, [&](BleScanner::State s) {
        switch (s) {
        case BleScanner::State::NoAdapter:
        case BleScanner::State::BluezUnavailable:
        case BleScanner::State::PoweredOff:
        case BleScanner::State::PermissionDenied:
        case BleScanner::State::Error:
            unavailable = true;
            loop.quit();
            break;
        default:
            break;
        }
    });
    if (!ctx.json) {
        QObject::connect(&scanner, &BleScanner::deviceFound, &loop, [&](const fw::core::BleDeviceInfo &d) {
            *ctx.err << tr("found %1 %2 (%3 dBm)").arg(d.address, d.name.isEmpty() ? tr("(no name)") : d.name).arg(d.rssi)
                     << Qt::endl;
        });
    }
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(int(seconds * 1000) + 3000);
    scanner.start(int(seconds * 1000));
    if (scanner.state() == BleScanner::State::Scanning || scanner.state() == BleScanner::State::Idle) {
        if (!unavailable)
            loop.exec();
    } else {
        unavailable = true;
    }
    scanner.stop();

    if (unavailable) {
        fw::core::Diagnosis d;
        d.code = QStringLiteral("ble.unavailable");
        d.summary = scanner.stateText();
        d.nextStep = tr("Demo Bluetooth devices work without an adapter: flashwright-cli demos");
        return ctx.fail(d);
    }
    const auto devices = scanner.devices();
    if (ctx.json) {
        QJsonArray arr;
        for (const auto &d : devices)
            arr.append(toJson(d));
        ctx.printJson(arr);
        return ExitOk;
    }
    if (devices.isEmpty())
        *ctx.out << tr("No Bluetooth LE devices found. Bring the device closer, wake it up (press its button or "
                       "reinsert the battery) and scan again.")
                 << "\n";
    for (const auto &d : devices) {
        *ctx.out << d.address << "  " << QStringLiteral("%1 dBm").arg(d.rssi, 4) << "  "
                 << (d.name.isEmpty() ? tr("(no name)") : d.name) << "\n";
        for (const auto &u : d.serviceUuids)
            *ctx.out << "    " << tr("service") << " " << u.toString(QUuid::WithoutBraces) << "\n";
    }
    return ExitOk;
}

}  // namespace fw::cli
