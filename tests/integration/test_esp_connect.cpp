#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "core/sim/SimPort.h"
#include "esp/EspSession.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "esp/sim/EspDemos.h"
#include "support/TestJobContext.h"
#include "support/PtyPair.h"
#include "support/SimThread.h"

#include <QElapsedTimer>
#include <QThread>

#include <chrono>
#include <future>
#include <mutex>
#include <thread>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::esp;
using namespace fw::esp::sim;
using fw::test::onSim;

namespace {

constexpr qint64 kMb = 1024 * 1024;

// What a simulated chip saw of the host's control lines, in its own clock.
struct LineLog {
    struct Entry {
        char line;  // 'D' or 'R'
        bool level;
        qint64 ms;
    };
    std::mutex mutex;
    std::vector<Entry> entries;

    std::vector<Entry> snapshot()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return entries;
    }
};

// A ROM model that records DTR/RTS and can stay switched off until `powerOnAtMs`, as a device
// waiting for the user to plug its power in.
template<typename Base>
class Recorded : public Base {
public:
    Recorded(const typename Base::Options &o, std::shared_ptr<LineLog> log, qint64 powerOnAtMs = -1)
        : Base(o), m_lines(std::move(log)), m_powerOnAtMs(powerOnAtMs)
    {
    }
    void start(SimPort &port) override
    {
        if (m_powerOnAtMs < 0) {
            Base::start(port);
            return;
        }
        this->m_port = &port;  // no power yet: no boot, deaf to the host
        this->m_now = port.nowMs();
    }
    void tick(qint64 nowMs) override
    {
        if (m_powerOnAtMs >= 0 && nowMs >= m_powerOnAtMs) {
            m_powerOnAtMs = -1;
            this->reset();  // the user switched the power on
        }
        Base::tick(nowMs);
    }
    void onControlLine(const ControlLineEvent &e) override
    {
        if (m_lines && this->m_port) {
            std::lock_guard<std::mutex> lock(m_lines->mutex);
            m_lines->entries.push_back(
                {e.line == ControlLineEvent::Line::Dtr ? 'D' : 'R', e.level, this->m_port->nowMs()});
        }
        Base::onControlLine(e);
    }

private:
    std::shared_ptr<LineLog> m_lines;
    qint64 m_powerOnAtMs;
};

void addDemo(const QString &name, std::function<std::unique_ptr<DeviceModel>()> make)
{
    DemoDevice d;
    d.name = name;
    d.transport = DemoDevice::Transport::Serial;
    d.family = QStringLiteral("esp");
    d.makeSerial = std::move(make);
    DemoRegistry::instance().add(d);
}

Esp8266RomModel::Options esp8266(EspRomModel::Wiring wiring)
{
    Esp8266RomModel::Options o;
    o.wiring = wiring;
    o.timeScale = 0;
    return o;
}

Esp32RomModel::Options esp32(EspRomModel::Wiring wiring)
{
    Esp32RomModel::Options o;
    o.wiring = wiring;
    o.timeScale = 0;
    return o;
}

using Ctx = fw::test::TestJobContext;

EspConnectOptions options(const QString &port, ResetMode mode, qint32 transfer = 0)
{
    EspConnectOptions o;
    o.port = port;
    o.reset = mode;
    o.transferBaud = transfer;
    return o;
}

Diagnosis connectFails(EspSession &session, Ctx &c, const EspConnectOptions &o)
{
    try {
        session.connect(c.ctx, o);
    } catch (const JobError &e) {
        CHECK_FALSE(session.isConnected());
        CHECK(session.link() == nullptr);
        return e.diagnosis();
    }
    FAIL("connect should have failed");
    return {};
}

}  // namespace

TEST_CASE("ESP connect: auto reset reaches the ESP8266 loader, identify, ROM keeps its baud", "[integration][esp]")
{
    auto lines = std::make_shared<LineLog>();
    addDemo(QStringLiteral("test-esp8266-auto"), [lines] {
        return std::make_unique<Recorded<Esp8266RomModel>>(esp8266(EspRomModel::Wiring::AutoReset), lines);
    });
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(QStringLiteral("demo:test-esp8266-auto"), ResetMode::Auto, 460800);
    o.useStub = false;  // this test is about the ROM
    session.connect(c.ctx, o);
    REQUIRE(session.isConnected());

    const EspIdentity &id = session.identity();
    CHECK(id.chip == ChipKind::Esp8266);
    CHECK(id.chipDescription == QLatin1String("ESP8266EX"));
    CHECK(id.magic == 0xFFF0C101u);
    CHECK(id.mac == QLatin1String("84:F3:EB:C2:42:D5"));
    CHECK(id.flashJedecId == 0xC84014u);
    CHECK(id.flashSize == kMb);
    CHECK(id.crystalMhz == 26);
    CHECK(id.loader == LoaderKind::Esp8266Rom);
    CHECK_FALSE(id.caps.readFlash);
    CHECK(id.moduleGuess.startsWith(QLatin1String("TYWE3S")));
    // The ESP8266 ROM has no CHANGE_BAUDRATE: the session says so and stays at 115200.
    CHECK(session.currentBaud() == 115200);
    CHECK(c.text(LogLevel::Info).contains(QLatin1String("cannot change its baud rate")));
    CHECK(c.text().contains(QLatin1String("READ_REG 0x40001000")));

    // The sim saw unix tight first (esp.md §2.1): (0,0) (1,1) (0,1), 100 ms, (1,0), 50 ms, (0,0).
    const std::vector<LineLog::Entry> seen = lines->snapshot();
    REQUIRE(seen.size() >= 11);
    const char *expected[] = {"D0", "R0", "D1", "R1", "D0", "R1", "D1", "R0", "D0", "R0", "D0"};
    for (int i = 0; i < 11; ++i) {
        INFO("event " << i);
        CHECK(QString(QLatin1Char(seen[i].line) + QString::number(seen[i].level ? 1 : 0)) == QLatin1String(expected[i]));
    }
    // The host kept EN low for 100 ms and GPIO0 low for the 50 ms reset delay.
    const QVector<ControlLineEvent> host = session.link()->controlLineEvents();
    REQUIRE(host.size() >= 11);
    CHECK(host[6].tUs - host[5].tUs >= 95'000);
    CHECK(host[8].tUs - host[7].tUs >= 45'000);

    // The final hard reset: GPIO0 released, EN pulsed for 100 ms; no power cycle needed.
    const size_t before = lines->snapshot().size();
    session.finish(c.ctx);
    CHECK_FALSE(session.isConnected());
    CHECK_FALSE(session.powerCycleNeeded());
    CHECK(c.ctx.output().value(QStringLiteral("powerCycleNeeded")).toBool() == false);
    const std::vector<LineLog::Entry> after = lines->snapshot();
    REQUIRE(after.size() == before + 3);
    CHECK((after[before].line == 'D' && !after[before].level));
    CHECK((after[before + 1].line == 'R' && after[before + 1].level));
    CHECK((after[before + 2].line == 'R' && !after[before + 2].level));
    CHECK(after[before + 2].ms - after[before + 1].ms >= 90);
}

TEST_CASE("ESP connect: an ESP8285 in a TYWE2S, already in its loader", "[integration][esp]")
{
    addDemo(QStringLiteral("test-esp8285"), [] {
        Esp8266RomModel::Options o = esp8266(EspRomModel::Wiring::Strapped);
        o.esp8285 = true;
        o.mac = 0x5CCF7F010203;
        return std::make_unique<Esp8266RomModel>(o);
    });
    Ctx c;
    EspSession session;
    session.connect(c.ctx, options(QStringLiteral("demo:test-esp8285"), ResetMode::NoReset));
    const EspIdentity &id = session.identity();
    CHECK(id.chip == ChipKind::Esp8285);
    CHECK(id.chipDescription.startsWith(QLatin1String("ESP8285")));
    CHECK(id.chipDescription.contains(QLatin1String("1 MB")));
    CHECK(id.mac == QLatin1String("5C:CF:7F:01:02:03"));
    CHECK(id.macCompact() == QLatin1String("5CCF7F010203"));
    CHECK(id.moduleGuess == QLatin1String("TYWE2S (ESP8285, 1 MB)"));
    session.finish(c.ctx);
    CHECK(session.powerCycleNeeded());  // no reset was seen to work
}

TEST_CASE("ESP connect: the ESP32 demo identifies and raises the baud to 921600", "[integration][esp]")
{
    registerEspDemos(DemoRegistry::instance());
    Ctx c;
    EspSession session;
    session.connect(c.ctx, options(QStringLiteral("demo:esp32"), ResetMode::Auto, 921600));
    const EspIdentity &id = session.identity();
    CHECK(id.chip == ChipKind::Esp32);
    CHECK(id.mac == QLatin1String("24:0A:C4:12:34:56"));
    CHECK(id.flashJedecId == 0xC84016u);
    CHECK(id.flashSize == 4 * kMb);
    CHECK(id.crystalMhz == 40);
    CHECK(id.loader == LoaderKind::Esp32Rom);
    CHECK(id.caps.md5);
    CHECK(id.caps.changeBaud);
    CHECK_FALSE(id.caps.eraseFlash);
    CHECK(id.moduleGuess.isEmpty());
    CHECK(session.currentBaud() == 921600);
    REQUIRE(session.simulator());
    CHECK(session.simulator()->hostBaud() == 921600);
    CHECK(onSim<Esp32RomModel>(*session.simulator(), [](Esp32RomModel &m) { return m.changedBaud(); }) == 921600);
    CHECK(onSim<Esp32RomModel>(*session.simulator(), [](Esp32RomModel &m) { return m.spiAttached(); }));
    CHECK(c.text().contains(QLatin1String("CHANGE_BAUDRATE to 921600 (from 0)")));
    session.finish(c.ctx);
    CHECK(session.powerCycleNeeded());  // the demo is strapped: DTR/RTS do not reach EN
}

TEST_CASE("ESP connect: an adapter that cannot carry 921600 falls back to 460800", "[integration][esp]")
{
    addDemo(QStringLiteral("test-esp32-ch340"), [] {
        auto m = std::make_unique<Esp32RomModel>(esp32(EspRomModel::Wiring::Strapped));
        m->setAdapterMaxBaud(460800);
        return m;
    });
    Ctx c;
    EspSession session;
    session.connect(c.ctx, options(QStringLiteral("demo:test-esp32-ch340"), ResetMode::NoReset, 921600));
    CHECK(session.currentBaud() == 460800);
    CHECK(onSim<Esp32RomModel>(*session.simulator(), [](Esp32RomModel &m) { return m.changedBaud(); }) == 460800);
    const QString warnings = c.text(LogLevel::Warning);
    CHECK(warnings.contains(QLatin1String("921600 baud does not work")));
    CHECK(warnings.contains(QLatin1String("CH340")));
    CHECK(warnings.contains(QLatin1String("no readable answer")));
    CHECK(c.text(LogLevel::Info).contains(QLatin1String("Transfer speed: 460800 baud.")));
}

TEST_CASE("ESP connect: at a baud the adapter garbles, the diagnosis says so", "[integration][esp]")
{
    addDemo(QStringLiteral("test-esp32-ch340"), [] {
        auto m = std::make_unique<Esp32RomModel>(esp32(EspRomModel::Wiring::Strapped));
        m->setAdapterMaxBaud(460800);
        return m;
    });
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(QStringLiteral("demo:test-esp32-ch340"), ResetMode::NoReset);
    o.connectBaud = 921600;
    o.connectAttempts = 2;
    const Diagnosis d = connectFails(session, c, o);
    CHECK(d.code == QLatin1String("esp.connect.garbled"));
    CHECK(d.summary.contains(QLatin1String("921600")));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QLatin1String("too high")));
}

TEST_CASE("ESP connect: manual mode waits for the power cycle and finds the loader", "[integration][esp]")
{
    // Switched off at first; the "user" switches it on with GPIO0 bridged 1.5 s into the wait.
    addDemo(QStringLiteral("test-esp8266-manual"), [] {
        return std::make_unique<Recorded<Esp8266RomModel>>(esp8266(EspRomModel::Wiring::Strapped), nullptr, 1500);
    });
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(QStringLiteral("demo:test-esp8266-manual"), ResetMode::Manual);
    o.manualWaitSeconds = 20;
    QElapsedTimer t;
    t.start();
    session.connect(c.ctx, o);
    CHECK(t.elapsed() >= 1500);
    CHECK(session.identity().chip == ChipKind::Esp8266);
    const QString info = c.text(LogLevel::Info);
    CHECK(info.contains(QLatin1String("Connect GPIO0 to GND, then switch the device's power off and on again")));
    CHECK(info.contains(QLatin1String("The boot loader answered after")));
    // Only the user's power-up booted it: the session sent no reset.
    CHECK(onSim<Esp8266RomModel>(*session.simulator(), [](Esp8266RomModel &m) { return m.bootCount(); }) == 1);
    session.finish(c.ctx);
    CHECK(session.powerCycleNeeded());
    CHECK(c.text(LogLevel::Info).contains(QLatin1String("Remove the connection between GPIO0 and GND")));
}

TEST_CASE("ESP connect: a chip that boots its firmware gets the booted-normally diagnosis", "[integration][esp]")
{
    SECTION("ESP8266: its boot text at 74880 is read with one more reset")
    {
        addDemo(QStringLiteral("test-esp8266-nodl"), [] {
            return std::make_unique<Esp8266RomModel>(esp8266(EspRomModel::Wiring::NoDownloadMode));
        });
        Ctx c;
        EspSession session;
        EspConnectOptions o = options(QStringLiteral("demo:test-esp8266-nodl"), ResetMode::Auto);
        o.connectAttempts = 2;
        const Diagnosis d = connectFails(session, c, o);
        CHECK(d.code == QLatin1String("esp.connect.booted_normally"));
        CHECK(d.toText().contains(QLatin1String("boot mode:(3,6)")));
        CHECK(d.nextStep.contains(QLatin1String("GPIO0")));
    }
    SECTION("ESP32: its boot text is readable at 115200")
    {
        addDemo(QStringLiteral("test-esp32-nodl"), [] {
            return std::make_unique<Esp32RomModel>(esp32(EspRomModel::Wiring::NoDownloadMode));
        });
        Ctx c;
        EspSession session;
        EspConnectOptions o = options(QStringLiteral("demo:test-esp32-nodl"), ResetMode::Auto);
        o.connectAttempts = 2;
        const Diagnosis d = connectFails(session, c, o);
        CHECK(d.code == QLatin1String("esp.connect.booted_normally"));
        CHECK(d.toText().contains(QLatin1String("SPI_FAST_FLASH_BOOT")));
    }
}

TEST_CASE("ESP connect: nothing answering gives the no-answer diagnosis", "[integration][esp]")
{
    fw::test::PtyPair pty;
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(pty.slavePath(), GENERATE(ResetMode::Auto, ResetMode::NoReset));
    o.connectAttempts = 2;
    const Diagnosis d = connectFails(session, c, o);
    CHECK(d.code == QLatin1String("esp.connect.no_answer"));
    CHECK(d.summary.contains(pty.slavePath()));
    CHECK(d.nextStep.contains(QLatin1String("GPIO0")));
    CHECK(d.nextStep.contains(QLatin1String("TX")));
    // It did send SYNC requests.
    CHECK(pty.read(46, 200).startsWith(QByteArray::fromHex("C000082400000000000707122055")));
}

TEST_CASE("ESP connect: the port vanishing mid-connect is named as such", "[integration][esp]")
{
    fw::test::PtyPair pty;
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(pty.slavePath(), ResetMode::NoReset);
    std::thread unplug([&pty] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        pty.closeSlave();
        pty.closeMaster();
    });
    const Diagnosis d = connectFails(session, c, o);
    unplug.join();
    INFO(d.toText().toStdString());
    CHECK(d.code == QLatin1String("esp.connect.port_vanished"));
    CHECK(d.nextStep.contains(QLatin1String("brltty")));
}

TEST_CASE("ESP connect: a stub left running answers SYNC with 0 and is used as such", "[integration][esp]")
{
    addDemo(QStringLiteral("test-esp8266-stub"), [] {
        Esp8266RomModel::Options o = esp8266(EspRomModel::Wiring::Strapped);
        o.stubRunning = true;
        return std::make_unique<Esp8266RomModel>(o);
    });
    addDemo(QStringLiteral("test-esp32-stub"), [] {
        Esp32RomModel::Options o = esp32(EspRomModel::Wiring::Strapped);
        o.stubRunning = true;
        return std::make_unique<Esp32RomModel>(o);
    });
    const bool on8266 = GENERATE(true, false);
    Ctx c;
    EspSession session;
    session.connect(c.ctx, options(on8266 ? QStringLiteral("demo:test-esp8266-stub") : QStringLiteral("demo:test-esp32-stub"),
                                   ResetMode::NoReset, 460800));
    const EspIdentity &id = session.identity();
    CHECK(id.loader == LoaderKind::Stub);
    CHECK(id.chip == (on8266 ? ChipKind::Esp8266 : ChipKind::Esp32));
    CHECK(id.flashSize == (on8266 ? kMb : 4 * kMb));
    CHECK(id.caps.eraseFlash);
    CHECK(id.caps.readFlash);
    CHECK(id.loaderName() == QLatin1String("flasher stub"));
    CHECK(c.text(LogLevel::Info).contains(QLatin1String("flasher stub is already running")));
    // A stub changes its baud with (new, old).
    CHECK(c.text().contains(QLatin1String("CHANGE_BAUDRATE to 460800 (from 115200)")));
    CHECK(session.currentBaud() == 460800);
}

TEST_CASE("ESP connect: waiting for a manual power cycle can be cancelled", "[integration][esp]")
{
    fw::test::PtyPair pty;
    Ctx c;
    EspSession session;
    EspConnectOptions o = options(pty.slavePath(), ResetMode::Manual);
    o.manualWaitSeconds = 60;
    std::thread cancel([&c] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        c.token.cancel();
    });
    CHECK_THROWS_AS(session.connect(c.ctx, o), JobCancelled);
    cancel.join();
    CHECK_FALSE(session.isConnected());
    CHECK(c.ctx.snapshot().phase.contains(QLatin1String("GPIO0")));
}

TEST_CASE("ESP session: the open port moves between job threads", "[integration][esp]")
{
    registerEspDemos(DemoRegistry::instance());
    EspSession session;
    Ctx c;
    QThread *connectThread = QThread::create([&] {
        session.connect(c.ctx, options(QStringLiteral("demo:esp8266"), ResetMode::NoReset));
        session.detachFromThread();
    });
    connectThread->start();
    REQUIRE(connectThread->wait(20000));
    delete connectThread;
    REQUIRE(session.isConnected());
    QObject *port = session.link()->threadAffineObject();
    REQUIRE(port);
    CHECK(port->thread() == QThread::currentThread());

    QThread *finishThread = QThread::create([&] { session.finish(c.ctx); });
    session.attachToThread(finishThread);
    CHECK(port->thread() == finishThread);
    finishThread->start();
    REQUIRE(finishThread->wait(20000));
    delete finishThread;
    CHECK_FALSE(session.isConnected());
    CHECK(session.powerCycleNeeded());
}
