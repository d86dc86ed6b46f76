#include "esp/EspSession.h"

#include "core/PortDiscovery.h"
#include "core/SerialLink.h"
#include "core/sim/DemoPorts.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspBaudSwitch.h"
#include "esp/EspBootText.h"
#include "esp/EspChipProbe.h"
#include "esp/EspConnector.h"
#include "esp/EspDemoLink.h"
#include "esp/EspFlashOps.h"
#include "esp/EspLoader.h"
#include "esp/EspReset.h"
#include "esp/EspStubImage.h"
#include "esp/EspStubLoader.h"

#include <QCoreApplication>
#include <QThread>

#include <optional>

using fw::core::Diagnosis;
using fw::core::JobContext;
using fw::core::JobError;
using fw::core::Logger;

namespace fw::esp {

struct EspSession::Impl {
    EspConnectOptions options;
    std::unique_ptr<fw::core::sim::PtySimHost> sim;  // a demo's simulator
    std::unique_ptr<fw::core::SerialLink> serial;     // a real port
    std::unique_ptr<EspDemoLink> demoLink;            // a demo's port (owns its SerialLink)
    fw::core::ByteLink *link = nullptr;
    std::unique_ptr<EspLoader> loaderPtr;
    EspIdentity ident;
    std::unique_ptr<EspFlashOps> flashOps;
    std::optional<EspStubImage> stubImage;  // loaded once, kept for a reconnect
    QList<EspReset::Strategy> strategies;
    bool usbJtag = false;
    bool connected = false;
    bool powerCycleNeeded = false;

    EspLoader &loader() { return *loaderPtr; }
    const EspIdentity &identity() const { return ident; }

    void openLink(JobContext &ctx);
    void reconnect(JobContext &ctx);
    // On an ESP8266/ESP8285 answered by its ROM: uploads and starts our stub, unless the
    // options keep to the ROM.
    void startStub(JobContext &ctx);
    void logOptions(JobContext &ctx) const;
    void logIdentity(JobContext &ctx) const;
    void requireConnected() const;
};

namespace {

constexpr int kRestartListenMs = 400;  // a restarting ESP prints its boot message well within this

// Lets every wait of the loader see the calling job's cancel request, for one call.
class ContextScope {
public:
    ContextScope(EspLoader *loader, const JobContext &ctx) : m_loader(loader)
    {
        if (m_loader)
            m_loader->setJobContext(&ctx);
    }
    ~ContextScope()
    {
        if (m_loader)
            m_loader->setJobContext(nullptr);
    }
    ContextScope(const ContextScope &) = delete;
    ContextScope &operator=(const ContextScope &) = delete;

private:
    EspLoader *m_loader;
};

bool isUsbJtagSerialPort(const QString &port)
{
    const QString location = fw::core::SerialLink::resolveLocation(port);
    for (const fw::core::PortInfo &p : fw::core::PortDiscovery::systemPorts()) {
        if (p.systemLocation != location && p.portName != port)
            continue;
        return p.vid && p.pid && EspReset::isUsbJtagSerial(*p.vid, *p.pid);
    }
    return false;
}

}  // namespace

void EspSession::Impl::openLink(JobContext &ctx)
{
    fw::core::LogBus *bus = ctx.log().bus();
    fw::core::SerialSettings settings;
    settings.baud = options.connectBaud > 0 ? options.connectBaud : 115200;
    const QString port = options.port.trimmed();
    auto serialLink = std::make_unique<fw::core::SerialLink>();
    if (bus)
        serialLink->setLogBus(bus);
    if (fw::core::sim::DemoRegistry::isDemoPort(port)) {
        const QString name = fw::core::sim::DemoRegistry::demoName(port);
        sim = fw::core::sim::DemoPortResolver::start(port, Logger(bus, QStringLiteral("sim:") + name));
        serialLink->open(sim->slavePath(), settings);
        demoLink = std::make_unique<EspDemoLink>(std::move(serialLink), *sim);
        link = demoLink.get();
        usbJtag = false;
    } else {
        serialLink->open(port, settings);
        serial = std::move(serialLink);
        link = serial.get();
        usbJtag = isUsbJtagSerialPort(port);
        if (usbJtag)
            ctx.log().info(QCoreApplication::translate(
                "fw::esp::EspSession", "%1 is the chip's own USB port (USB-JTAG-serial); using its reset sequence.")
                               .arg(port));
    }
    strategies = EspReset::strategies(usbJtag);
    loaderPtr = std::make_unique<EspLoader>(*link, Logger(bus, QStringLiteral("esp")));
}

void EspSession::Impl::reconnect(JobContext &ctx)
{
    link->setBaudRate(options.connectBaud);
    EspConnectOptions o = options;
    o.reset = ResetMode::Auto;
    EspConnector connector(loader(), strategies);
    const EspConnector::Result r = connector.connect(ctx, o);
    // A reset ends a running stub: from now on the ROM answers, and ours is started again.
    if (r.kind == LoaderKind::Stub) {
        ident.loader = LoaderKind::Stub;
    } else {
        ident.loader = ident.isEsp8266Family() ? LoaderKind::Esp8266Rom : LoaderKind::Esp32Rom;
        ident.stubBuild.clear();
    }
    ident.caps = EspChipProbe::capsFor(ident.loader);
    loader().setLoaderKind(ident.loader);
    EspChipProbe(loader()).attachFlash(ident);
    startStub(ctx);
}

void EspSession::Impl::startStub(JobContext &ctx)
{
    if (!ident.isEsp8266Family() || ident.loader != LoaderKind::Esp8266Rom)
        return;
    if (!options.useStub) {
        ctx.log().info(QCoreApplication::translate(
            "fw::esp::EspSession",
            "Keeping to the chip's boot ROM, as asked: it can write, but not read, erase or "
            "verify, and it stays at the connect baud."));
        return;
    }
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Starting the flasher stub"));
    if (!stubImage)
        stubImage = EspStubImage::load(options.stubImagePath.isEmpty() ? EspStubImage::builtInPath()
                                                                       : options.stubImagePath);
    if (!stubImage->isBuiltIn())
        ctx.log().info(QCoreApplication::translate("fw::esp::EspSession", "Using the stub image in %1.")
                           .arg(stubImage->path));
    EspStubLoader(loader()).start(ctx, *stubImage);
    ident.loader = LoaderKind::Stub;
    ident.caps = EspChipProbe::capsFor(LoaderKind::Stub);
    ident.stubBuild = stubImage->build;
    // The stub attaches the flash by itself; it still needs the size for its range checks.
    EspChipProbe(loader()).attachFlash(ident);
}

void EspSession::Impl::logOptions(JobContext &ctx) const
{
    ctx.log().debug(QCoreApplication::translate("fw::esp::EspSession",
                                                "Connect options: port %1, connect at %2 baud, transfer at %3 "
                                                "baud, reset %4, %5.")
                        .arg(options.port)
                        .arg(options.connectBaud)
                        .arg(options.transferBaud)
                        .arg(options.reset == ResetMode::Auto     ? QStringLiteral("auto")
                             : options.reset == ResetMode::Manual ? QStringLiteral("manual")
                                                                  : QStringLiteral("none"))
                        .arg(!options.useStub ? QCoreApplication::translate("fw::esp::EspSession",
                                                                           "boot ROM only (no stub)")
                             : options.stubImagePath.isEmpty()
                                 ? QCoreApplication::translate("fw::esp::EspSession",
                                                               "flasher stub on the ESP8266 (built in)")
                                 : QCoreApplication::translate("fw::esp::EspSession",
                                                               "flasher stub on the ESP8266 from %1")
                                       .arg(options.stubImagePath)));
}

void EspSession::Impl::logIdentity(JobContext &ctx) const
{
    const QString crystal = ident.crystalMhz > 0
                                ? QCoreApplication::translate("fw::esp::EspSession", "%1 MHz").arg(ident.crystalMhz)
                                : QCoreApplication::translate("fw::esp::EspSession", "unknown");
    ctx.log().info(QCoreApplication::translate("fw::esp::EspSession",
                                               "Chip: %1, MAC %2, crystal %3, flash %4 (JEDEC id %5), "
                                               "answered by the %6.")
                       .arg(ident.chipDescription,
                            ident.mac.isEmpty() ? QCoreApplication::translate("fw::esp::EspSession", "unknown") : ident.mac,
                            crystal, ident.flashSizeText(),
                            QStringLiteral("%1").arg(ident.flashJedecId, 6, 16, QLatin1Char('0')).toUpper(),
                            ident.loaderName()));
    if (!ident.moduleGuess.isEmpty())
        ctx.log().info(QCoreApplication::translate("fw::esp::EspSession", "This is probably a Tuya %1 module.")
                           .arg(ident.moduleGuess));
}

void EspSession::Impl::requireConnected() const
{
    if (connected && link && link->isOpen() && flashOps)
        return;
    Diagnosis d;
    d.code = QStringLiteral("esp.session.not_connected");
    d.summary = QCoreApplication::translate("fw::esp::EspSession", "There is no connection to the chip.");
    d.causes << QCoreApplication::translate("fw::esp::EspSession",
                                            "The connection was closed, or connecting failed earlier.");
    d.nextStep = QCoreApplication::translate("fw::esp::EspSession", "Connect to the device again, then retry.");
    throw JobError(d);
}

EspSession::EspSession() : d(std::make_unique<Impl>()) {}

EspSession::~EspSession() { close(); }

void EspSession::connect(JobContext &ctx, const EspConnectOptions &options)
{
    close();
    d->options = options;
    if (d->options.connectBaud <= 0)
        d->options.connectBaud = 115200;
    d->powerCycleNeeded = false;
    d->ident = {};
    d->stubImage.reset();
    d->logOptions(ctx);
    try {
        ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Opening %1").arg(options.port));
        d->openLink(ctx);
        ContextScope scope(d->loaderPtr.get(), ctx);
        if (options.reset != ResetMode::Manual)
            ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Connecting to the chip's boot loader"));
        EspConnector connector(d->loader(), d->strategies);
        const EspConnector::Result r = connector.connect(ctx, d->options);
        if (d->options.reset == ResetMode::Auto && !r.resetObserved)
            ctx.log().debug(QCoreApplication::translate(
                "fw::esp::EspSession",
                "The chip printed nothing after the reset: its reset lines may not be wired, or "
                "it was already waiting in its boot loader."));
        ctx.log().info(r.kind == LoaderKind::Stub
                           ? QCoreApplication::translate("fw::esp::EspSession", "A flasher stub is already running and answers.")
                           : QCoreApplication::translate("fw::esp::EspSession", "The boot loader answers (attempt %1).").arg(r.attempt));

        ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Identifying the chip"));
        d->ident = EspChipProbe(d->loader()).identify(ctx, r.kind);
        d->logIdentity(ctx);
        d->startStub(ctx);

        ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Setting the transfer speed"));
        EspBaudSwitch::Reconnect reconnect;
        if (d->options.reset == ResetMode::Auto)
            reconnect = [this](JobContext &c) { d->reconnect(c); };
        EspBaudSwitch(d->loader(), d->ident, reconnect).raise(ctx, d->options.transferBaud);

        d->flashOps = std::make_unique<EspFlashOps>(d->loader(), d->ident);
        d->connected = true;
    } catch (...) {
        close();
        throw;
    }
}

bool EspSession::isConnected() const { return d->connected && d->link && d->link->isOpen(); }

const EspIdentity &EspSession::identity() const { return d->ident; }

qint32 EspSession::currentBaud() const { return d->link ? d->link->baudRate() : 0; }

QByteArray EspSession::readFlash(JobContext &ctx, qint64 offset, qint64 length)
{
    d->requireConnected();
    ContextScope scope(d->loaderPtr.get(), ctx);
    return d->flashOps->readFlash(ctx, offset, length);
}

EspWriteReport EspSession::writeFlash(JobContext &ctx, qint64 offset, const QByteArray &data,
                                      const EspWriteOptions &options)
{
    d->requireConnected();
    ContextScope scope(d->loaderPtr.get(), ctx);
    return d->flashOps->writeFlash(ctx, offset, data, options);
}

QByteArray EspSession::flashMd5(JobContext &ctx, qint64 offset, qint64 length)
{
    d->requireConnected();
    ContextScope scope(d->loaderPtr.get(), ctx);
    return d->flashOps->flashMd5(ctx, offset, length);
}

void EspSession::eraseFlash(JobContext &ctx)
{
    d->requireConnected();
    ContextScope scope(d->loaderPtr.get(), ctx);
    d->flashOps->eraseFlash(ctx);
}

void EspSession::eraseRegion(JobContext &ctx, qint64 offset, qint64 length)
{
    d->requireConnected();
    ContextScope scope(d->loaderPtr.get(), ctx);
    d->flashOps->eraseRegion(ctx, offset, length);
}

void EspSession::finish(JobContext &ctx)
{
    if (!d->link || !d->link->isOpen() || !d->loaderPtr) {
        close();
        return;
    }
    ContextScope scope(d->loaderPtr.get(), ctx);
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspSession", "Restarting the device"));
    EspLoader &loader = d->loader();
    loader.flushInput();
    loader.takeOutsideBytes();
    // The pulse is harmless where RTS is not wired. Whether it worked shows in what the chip
    // prints right after: a chip that restarts always prints its boot message.
    EspReset::hardReset(*d->link, d->usbJtag, [&ctx](int ms) { ctx.sleep(ms); });
    loader.drain(kRestartListenMs);
    const QByteArray after = loader.takeOutsideBytes();
    const bool readable = EspBootText::isReadable(after);
    const EspBootText::BootMode mode = readable ? EspBootText::bootMode(after) : EspBootText::BootMode::Unknown;
    if (after.isEmpty() || mode == EspBootText::BootMode::Download)
        d->powerCycleNeeded = true;  // no reset wiring, or GPIO0 still bridged
    else if (d->options.reset == ResetMode::Manual)
        d->powerCycleNeeded = mode != EspBootText::BootMode::FlashBoot;
    else
        d->powerCycleNeeded = false;
    if (!after.isEmpty())
        ctx.log().debug(QCoreApplication::translate("fw::esp::EspSession", "After the reset the chip printed: %1")
                            .arg(readable ? EspBootText::excerpt(after, 300)
                                          : QCoreApplication::translate("fw::esp::EspSession", "%n bytes at another baud", nullptr,
                                                                        int(after.size()))));
    if (!d->powerCycleNeeded)
        ctx.log().info(QCoreApplication::translate("fw::esp::EspSession",
                                                   "Restarted the device through its reset line; it now starts its firmware."));
    else if (d->options.reset == ResetMode::Manual || mode == EspBootText::BootMode::Download)
        ctx.log().info(QCoreApplication::translate(
            "fw::esp::EspSession",
            "Remove the connection between GPIO0 and GND, then switch the device off and on again "
            "to start its firmware."));
    else
        ctx.log().info(QCoreApplication::translate(
            "fw::esp::EspSession",
            "This device cannot be restarted from here: switch it off and on again to start its "
            "firmware (first remove any connection between GPIO0 and GND)."));
    ctx.setOutput(QStringLiteral("powerCycleNeeded"), d->powerCycleNeeded);
    close();
}

bool EspSession::powerCycleNeeded() const { return d->powerCycleNeeded; }

void EspSession::close()
{
    d->connected = false;
    d->flashOps.reset();
    d->loaderPtr.reset();
    if (d->link)
        d->link->close();
    d->link = nullptr;
    d->demoLink.reset();
    d->serial.reset();
    if (d->sim) {
        d->sim->stop();
        d->sim.reset();
    }
}

void EspSession::attachToThread(QThread *worker)
{
    QObject *o = d->link ? d->link->threadAffineObject() : nullptr;
    if (!o || !worker || o->thread() == worker)
        return;
    // Qt only pushes an object away from the thread it lives in.
    if (o->thread() == QThread::currentThread())
        o->moveToThread(worker);
}

void EspSession::detachFromThread()
{
    QObject *o = d->link ? d->link->threadAffineObject() : nullptr;
    QCoreApplication *app = QCoreApplication::instance();
    if (!o || !app || o->thread() == app->thread())
        return;
    if (o->thread() == QThread::currentThread())
        o->moveToThread(app->thread());
}

fw::core::ByteLink *EspSession::link() { return d->link; }

fw::core::sim::PtySimHost *EspSession::simulator() { return d->sim.get(); }

}  // namespace fw::esp
