// `flashwright-cli simulate esp8266|esp32`: runs a simulated ESP on a pseudo-terminal so that any
// tool (ours, esptool, a terminal) can open it like a USB serial adapter. Runs until SIGINT or
// SIGTERM (or --duration), logging what the device does.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/LogBus.h"
#include "core/sim/PtySimHost.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>
#include <memory>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace fw::cli {

namespace {

volatile std::sig_atomic_t g_stopSignal = 0;
void onStopSignal(int sig) { g_stopSignal = sig; }

// "4M", "4MB" or "4" (megabytes) → bytes; 0 when not one of 1, 2, 4, 8, 16 MB.
qint64 parseFlashSize(QString text)
{
    text = text.trimmed().toUpper();
    if (text.endsWith(QLatin1String("MB")))
        text.chop(2);
    else if (text.endsWith(QLatin1Char('M')))
        text.chop(1);
    bool ok = false;
    const int mb = text.toInt(&ok);
    if (!ok || (mb != 1 && mb != 2 && mb != 4 && mb != 8 && mb != 16))
        return 0;
    return qint64(mb) * 1024 * 1024;
}

// A fresh pty reads 38400 baud until a tool sets its own; start it at 115200 like the ROM
// loader, so that a tool that writes right after opening is not taken for the wrong rate.
void presetBaud(const QString &path)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return;
    termios t{};
    if (::tcgetattr(fd, &t) == 0) {
        ::cfsetispeed(&t, B115200);
        ::cfsetospeed(&t, B115200);
        ::tcsetattr(fd, TCSANOW, &t);
    }
    ::close(fd);
}

}  // namespace

int runSimulate(CliContext &ctx)
{
    using fw::esp::sim::EspRomModel;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::cli::SimulateCommand",
        "Run a simulated ESP8266 or ESP32 serial loader on a pseudo-terminal and print its path.\n"
        "Any program can open that path like a USB serial adapter: flashwright, esptool, a "
        "terminal. The device starts in its ROM download mode, as if GPIO0 were bridged to GND, "
        "because a pseudo-terminal cannot carry DTR/RTS: with esptool use --before no_reset "
        "(and --after no_reset to keep it in the loader). With --stub the flasher stub is "
        "already running, as if an earlier session had left it there; SYNC then answers with "
        "value 0.\n"
        "Runs until Ctrl-C or SIGTERM. The port path goes to standard output (with --json as "
        "the JSON line {\"port\": ...} followed by one JSON line per log record); the "
        "device's log goes to standard error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CHIP"),
                                 QCoreApplication::translate("fw::cli::SimulateCommand", "esp8266 or esp32."));
    const QCommandLineOption stubOpt(
        QStringLiteral("stub"),
        QCoreApplication::translate("fw::cli::SimulateCommand", "Start with the flasher stub already running."));
    const QCommandLineOption flashOpt(
        QStringLiteral("flash"),
        QCoreApplication::translate("fw::cli::SimulateCommand",
                                    "Flash size: 1M, 2M, 4M, 8M or 16M (default 1M for esp8266, a "
                                    "Tuya TYWE3S; 4M for esp32)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption wiringOpt(
        QStringLiteral("wiring"),
        QCoreApplication::translate(
            "fw::cli::SimulateCommand",
            "strapped (default): GPIO0 held low, every reset enters the loader; auto: the "
            "DTR/RTS auto-reset circuit, which a pseudo-terminal cannot drive, so the chip runs "
            "its application; no-download: GPIO0 never low (a chip that cannot be flashed)."),
        QStringLiteral("WIRING"), QStringLiteral("strapped"));
    const QCommandLineOption noPaceOpt(
        QStringLiteral("no-pace"),
        QCoreApplication::translate("fw::cli::SimulateCommand",
                                    "Send bytes as fast as the pseudo-terminal takes them and make "
                                    "flash operations instant (for scripted tests)."));
    const QCommandLineOption durationOpt(
        QStringLiteral("duration"),
        QCoreApplication::translate("fw::cli::SimulateCommand", "Stop after SECONDS."), QStringLiteral("SECONDS"));
    const QCommandLineOption corruptOpt(
        QStringLiteral("corrupt-block"),
        QCoreApplication::translate("fw::cli::SimulateCommand",
                                    "Fault: damage the N-th flash data block (counting from 0) on its "
                                    "way to the device, so that the loader reports a checksum error."),
        QStringLiteral("N"));
    const QCommandLineOption unplugOpt(
        QStringLiteral("unplug-after"),
        QCoreApplication::translate("fw::cli::SimulateCommand",
                                    "Fault: pull the plug once BYTES bytes have gone either way."),
        QStringLiteral("BYTES"));
    parser.addOptions({stubOpt, flashOpt, wiringOpt, noPaceOpt, durationOpt, corruptOpt, unplugOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    const QString chip = pos.value(0).toLower();
    if (pos.size() != 1 || (chip != QLatin1String("esp8266") && chip != QLatin1String("esp32")))
        return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                     "simulate needs one CHIP: esp8266 or esp32."));
    const bool is8266 = chip == QLatin1String("esp8266");
    qint64 flashBytes = is8266 ? 1024 * 1024 : 4 * 1024 * 1024;
    if (parser.isSet(flashOpt)) {
        flashBytes = parseFlashSize(parser.value(flashOpt));
        if (flashBytes == 0)
            return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                         "--flash takes 1M, 2M, 4M, 8M or 16M."));
    }
    const QString wiringName = parser.value(wiringOpt).toLower();
    EspRomModel::Wiring wiring = EspRomModel::Wiring::Strapped;
    if (wiringName == QLatin1String("auto"))
        wiring = EspRomModel::Wiring::AutoReset;
    else if (wiringName == QLatin1String("no-download"))
        wiring = EspRomModel::Wiring::NoDownloadMode;
    else if (wiringName != QLatin1String("strapped"))
        return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                     "--wiring takes strapped, auto or no-download."));
    bool ok = true;
    double duration = -1;
    if (parser.isSet(durationOpt)) {
        duration = parser.value(durationOpt).toDouble(&ok);
        if (!ok || duration <= 0)
            return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                         "--duration needs a positive number of seconds."));
    }
    int corruptBlock = -1;
    if (parser.isSet(corruptOpt)) {
        corruptBlock = parser.value(corruptOpt).toInt(&ok);
        if (!ok || corruptBlock < 0)
            return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                         "--corrupt-block needs a block number, 0 or more."));
    }
    fw::core::sim::FaultPlan faults;
    if (parser.isSet(unplugOpt)) {
        faults.disconnectAfterBytes = parser.value(unplugOpt).toLongLong(&ok);
        if (!ok || faults.disconnectAfterBytes < 0)
            return ctx.usage(QCoreApplication::translate("fw::cli::SimulateCommand",
                                                         "--unplug-after needs a number of bytes."));
        faults.applyToHostToDevice = true;
    }
    const bool stub = parser.isSet(stubOpt);
    const bool paced = !parser.isSet(noPaceOpt);
    const quint32 jedec = fw::esp::sim::FlashChip::gigaDeviceIdForSize(flashBytes);

    std::unique_ptr<fw::core::sim::DeviceModel> model;
    if (is8266) {
        fw::esp::sim::Esp8266RomModel::Options o;
        o.jedecId = jedec;
        o.wiring = wiring;
        o.timeScale = paced ? 1.0 : 0.0;
        o.stubRunning = stub;
        o.corruptDataBlock = corruptBlock;
        model = std::make_unique<fw::esp::sim::Esp8266RomModel>(o);
    } else {
        fw::esp::sim::Esp32RomModel::Options o;
        o.jedecId = jedec;
        o.wiring = wiring;
        o.timeScale = paced ? 1.0 : 0.0;
        o.stubRunning = stub;
        o.corruptDataBlock = corruptBlock;
        model = std::make_unique<fw::esp::sim::Esp32RomModel>(o);
    }

    fw::core::LogBus bus(20);
    QTextStream &out = *ctx.out;
    QTextStream &err = *ctx.err;
    QObject::connect(&bus, &fw::core::LogBus::batch, &bus, [&](const fw::core::LogBatch &records) {
        if (ctx.quiet)
            return;
        for (const fw::core::LogRecord &r : records) {
            if (ctx.json) {
                out << QString::fromUtf8(fw::core::toJsonLine(r)).trimmed() << "\n";
            } else {
                err << QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz ")) << r.text
                    << "\n";
            }
        }
        out.flush();
        err.flush();
    });

    fw::core::sim::PtySimHost host(std::move(model), chip);
    host.setLogger(fw::core::Logger(&bus, QStringLiteral("sim:") + chip));
    host.setPaced(paced);
    if (!faults.isClean())
        host.setFaultPlan(faults);
    // Boot at once: whatever the boot prints waits in the pty until a tool opens and flushes it.
    host.setStartWhenHostOpens(false);
    try {
        host.start();
    } catch (const fw::core::JobError &e) {
        return ctx.fail(e.diagnosis());
    }
    presetBaud(host.slavePath());

    const QString sizeText = QStringLiteral("%1 MB").arg(flashBytes / (1024 * 1024));
    if (ctx.json) {
        QJsonObject o;
        o.insert(QStringLiteral("port"), host.slavePath());
        o.insert(QStringLiteral("chip"), chip);
        o.insert(QStringLiteral("flash_bytes"), double(flashBytes));
        o.insert(QStringLiteral("stub"), stub);
        o.insert(QStringLiteral("wiring"), wiringName);
        o.insert(QStringLiteral("paced"), paced);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        out << host.slavePath() << "\n";
        err << QCoreApplication::translate("fw::cli::SimulateCommand",
                                           "Simulated %1 with %2 of flash on %3 (%4). Press Ctrl-C to stop.")
                   .arg(chip, sizeText, host.slavePath(),
                        stub ? QCoreApplication::translate("fw::cli::SimulateCommand", "flasher stub running")
                             : QCoreApplication::translate("fw::cli::SimulateCommand", "ROM loader"))
            << Qt::endl;
    }
    out.flush();

    QEventLoop loop;
    bool unplugged = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stopSignal)
            loop.quit();
        if (host.isDisconnected() && !unplugged) {
            unplugged = true;
            loop.quit();
        }
    });
    poll.start(50);
    if (duration > 0)
        QTimer::singleShot(int(duration * 1000), &loop, &QEventLoop::quit);
    g_stopSignal = 0;
    auto previousInt = std::signal(SIGINT, onStopSignal);
    auto previousTerm = std::signal(SIGTERM, onStopSignal);
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    host.stop();
    bus.flush();
    if (unplugged && !ctx.json)
        err << QCoreApplication::translate("fw::cli::SimulateCommand",
                                           "The simulated device was unplugged (--unplug-after).")
            << Qt::endl;
    out.flush();
    err.flush();
    return ExitOk;
}

}  // namespace fw::cli
