#pragma once
// A simulated ESP on a pty with a synced loader and EspFlashOps on top (what EspSession sets up
// after connecting), plus test data that looks like firmware. Shared by the flash-ops tests.

#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/SerialLink.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspChipProbe.h"
#include "esp/EspFlashOps.h"
#include "esp/EspLoader.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "support/SimThread.h"
#include "support/TestUtil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <chrono>
#include <future>
#include <string>

namespace fw::test {

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::esp;
using namespace fw::esp::sim;

inline QByteArray md5(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); }

// Equal contents, reported as a short text instead of kilobytes of bytes when they differ.
inline std::string diff(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return "same";
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return QStringLiteral("sizes %1/%2, first difference at %3").arg(a.size()).arg(b.size()).arg(i).toStdString();
}

// Looks like firmware: runs of code-like bytes with zero and 0xFF padding, so it compresses.
inline QByteArray firmwareLike(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b;
    b.reserve(n);
    while (b.size() < n) {
        const int run = 16 + int(rng.bounded(200));
        switch (rng.bounded(3)) {
        case 0:
            for (int i = 0; i < run; ++i)
                b.append(char(rng.bounded(256)));
            break;
        case 1: b.append(QByteArray(run, '\0')); break;
        default: b.append(QByteArray(run, char(0x20 + rng.bounded(64)))); break;
        }
    }
    return b.left(n);
}

// One simulated chip on a pty, a loader that has synced with it, and the flash operations on top:
// what EspSession sets up after connect, without the reset and identify steps.
struct FlashRig {
    template<typename Model>
    FlashRig(std::unique_ptr<Model> m, LoaderKind kind, ChipKind chip)
        : ctx(&cancel, Logger(&bus, QStringLiteral("job")))
    {
        host = std::make_unique<PtySimHost>(std::move(m), QStringLiteral("esp"));
        host->setPaced(false);
        host->setStartWhenHostOpens(true);
        host->start();
        SerialSettings s;
        s.baud = 115200;
        link.open(host->slavePath(), s);
        loader = std::make_unique<EspLoader>(link, Logger(&bus, QStringLiteral("esp")));
        loader->setLoaderKind(kind);
        loader->setJobContext(&ctx);
        QObject::connect(&bus, &LogBus::batch, &bus, [this](const LogBatch &records) {
            for (const LogRecord &r : records)
                if (!r.hasBytes())
                    log << r;
        });
        sync();
        if (kind == LoaderKind::Esp32Rom)
            loader->command(Command::spiAttach(true));
        identity.chip = chip;
        identity.loader = kind;
        identity.caps = EspChipProbe::capsFor(kind);
        identity.mac = QStringLiteral("24:0A:C4:12:34:56");
        identity.flashSize = onSim([](EspRomModel &r) { return r.flash().size(); });
        ops = std::make_unique<EspFlashOps>(*loader, identity);
    }
    ~FlashRig()
    {
        loader.reset();
        link.close();
        host->stop();
    }

    void sync()
    {
        loader->drain(150);  // boot text
        // Generous: on a loaded machine the simulator thread may start late.
        for (int i = 0; i < 25; ++i) {
            if (loader->tryCommand(Command::sync(), 300)) {
                loader->drain(100);  // the ROM's seven extra replies
                return;
            }
        }
        FAIL("the simulated ROM did not answer SYNC");
    }

    template<typename F>
    auto onSim(F fn)
    {
        return fw::test::onSim<EspRomModel>(*host, fn);
    }
    QByteArray flash(qint64 at, qint64 n)
    {
        return onSim([at, n](EspRomModel &r) { return r.flash().read(at, n); });
    }
    void preload(qint64 at, const QByteArray &bytes)
    {
        onSim([at, bytes](EspRomModel &r) {
            r.flash().eraseRange(at, bytes.size());
            return r.flash().program(at, bytes);
        });
    }
    QString logText(LogLevel atLeast = LogLevel::Debug)
    {
        bus.flush();
        QStringList lines;
        for (const LogRecord &r : log)
            if (r.level >= atLeast)
                lines << r.text;
        return lines.join(QLatin1Char('\n'));
    }

    QList<LogRecord> log;  // declared first: the bus may still deliver while it is destroyed
    LogBus bus;
    CancelToken cancel;
    JobContext ctx;
    std::unique_ptr<PtySimHost> host;
    SerialLink link;
    std::unique_ptr<EspLoader> loader;
    EspIdentity identity;
    std::unique_ptr<EspFlashOps> ops;
};

inline std::unique_ptr<Esp32RomModel> esp32(quint32 jedec = 0xC84016)
{
    Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.jedecId = jedec;
    return std::make_unique<Esp32RomModel>(o);
}

inline std::unique_ptr<Esp8266RomModel> esp8266(bool stubRunning = false, int corruptDataBlock = -1)
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = stubRunning;
    o.corruptDataBlock = corruptDataBlock;
    return std::make_unique<Esp8266RomModel>(o);
}

}  // namespace fw::test
