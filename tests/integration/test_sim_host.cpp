#include <catch2/catch.hpp>

#include "core/SerialLink.h"
#include "core/sim/DemoPorts.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/Esp8266BootDemo.h"
#include "core/sim/PtySimHost.h"
#include "core/sim/SimPort.h"
#include "core/sim/WireModel.h"

#include <QElapsedTimer>

#include <atomic>
#include <mutex>

using namespace fw::core;
using namespace fw::core::sim;

namespace {

// Sends `payload` when the host writes "go\n"; records what it sees.
class ScriptedModel : public DeviceModel {
public:
    explicit ScriptedModel(QByteArray payload) : m_payload(std::move(payload)) {}
    void start(SimPort &port) override { m_port = &port; }
    void onReceive(const QByteArray &bytes) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        received += bytes;
        if (received.endsWith("go\n"))
            m_port->send(m_payload);
    }
    void onHostBaudChanged(qint32 baud) override { lastHostBaud = baud; }
    void onControlLine(const ControlLineEvent &e) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        lines.append(e);
    }

    std::mutex mutex;
    QByteArray received;
    QVector<ControlLineEvent> lines;
    std::atomic<qint32> lastHostBaud{0};

private:
    QByteArray m_payload;
    SimPort *m_port = nullptr;
};

QByteArray ramp(int n)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(char(i & 0xff));
    return b;
}

QByteArray readFor(SerialLink &link, int ms)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        out += link.read(4096, int(std::max<qint64>(1, ms - t.elapsed())));
    return out;
}

QByteArray readUntil(SerialLink &link, const QByteArray &needle, int timeoutMs, QByteArray *all = nullptr)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains(needle) && t.elapsed() < timeoutMs)
        out += link.read(4096, 50);
    if (all)
        *all += out;
    return out;
}

bool hasHighBytes(const QByteArray &b)
{
    return std::any_of(b.cbegin(), b.cend(), [](char c) { return quint8(c) >= 0x80; });
}

struct Rig {
    explicit Rig(int payloadSize, const FaultPlan &plan = {}, qint32 baud = 115200)
    {
        auto m = std::make_unique<ScriptedModel>(ramp(payloadSize));
        model = m.get();
        host = std::make_unique<PtySimHost>(std::move(m), QStringLiteral("scripted"));
        host->setFaultPlan(plan);
        host->start();
        SerialSettings s;
        s.baud = baud;
        link.open(host->slavePath(), s);
    }
    ScriptedModel *model = nullptr;
    std::unique_ptr<PtySimHost> host;
    SerialLink link;
};

QByteArray readN(SerialLink &link, int n, int timeoutMs)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (out.size() < n && t.elapsed() < timeoutMs)
        out += link.read(n - int(out.size()), 50);
    return out;
}

}  // namespace

TEST_CASE("Wire model arithmetic", "[unit][sim]")
{
    const WireModel w(115200);
    CHECK(w.bytesPerSecond() == Approx(11520.0));
    CHECK(w.durationUs(11520) == 1'000'000);
    CHECK(WireModel(74880).durationUs(7488) == 1'000'000);
    CHECK(w.bytesIn(500'000) == Approx(5760.0));
}

TEST_CASE("Simulator paces output at the wire rate", "[integration][sim]")
{
    const qint32 baud = 57600;
    const int n = 2880;  // half a second of wire time
    Rig rig(n, {}, baud);
    rig.link.write("go\n");
    QElapsedTimer t;
    QByteArray got = rig.link.read(n, 3000);
    REQUIRE_FALSE(got.isEmpty());
    t.start();
    const qint64 firstChunk = got.size();
    while (got.size() < n && t.elapsed() < 5000)
        got += rig.link.read(n, 200);
    const qint64 elapsedUs = t.nsecsElapsed() / 1000;
    REQUIRE(got == ramp(n));
    // Never faster than the wire (the bytes after the first chunk need their wire time,
    // minus the short burst the pacer allows after a scheduling hiccup).
    const qint64 wireUs = WireModel(baud).durationUs(n - firstChunk);
    CHECK(elapsedUs >= wireUs - 40'000);
    CHECK(elapsedUs < wireUs * 4 + 500'000);
    CHECK(rig.host->bytesSent() == quint64(n));
    CHECK(rig.host->bytesReceived() == 3);
}

TEST_CASE("Simulator reads the host's baud from the pty, including 74880", "[integration][sim]")
{
    Rig rig(0);
    for (qint32 baud : {74880, 921600, 9600, 115200}) {
        rig.link.setBaudRate(baud);
        QElapsedTimer t;
        t.start();
        while (rig.host->hostBaud() != baud && t.elapsed() < 1000)
            rig.link.read(1, 5);
        CHECK(rig.host->hostBaud() == baud);
        CHECK(rig.model->lastHostBaud.load() == baud);
    }
}

TEST_CASE("Simulator faults: drop, corrupt, disconnect", "[integration][sim]")
{
    SECTION("drop at byte N")
    {
        FaultPlan plan;
        plan.dropAtByte = 10;
        Rig rig(256, plan);
        rig.link.write("go\n");
        const QByteArray got = readN(rig.link, 255, 2000);
        QByteArray expected = ramp(256);
        expected.remove(10, 1);
        CHECK(got == expected);
    }
    SECTION("corrupt at byte N")
    {
        FaultPlan plan;
        plan.corruptAtByte = 20;
        Rig rig(256, plan);
        rig.link.write("go\n");
        const QByteArray got = readN(rig.link, 256, 2000);
        REQUIRE(got.size() == 256);
        CHECK(got[20] != ramp(256)[20]);
        CHECK(got.left(20) == ramp(20));
        CHECK(got.mid(21) == ramp(256).mid(21));
    }
    SECTION("random damage is reproducible with the same seed")
    {
        FaultPlan plan;
        plan.dropProbability = 0.05;
        plan.corruptProbability = 0.05;
        plan.seed = 7;
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            Rig rig(1000, plan);
            rig.link.write("go\n");
            const QByteArray got = readFor(rig.link, 400);
            CHECK(got.size() < 1000);
            CHECK(got.size() > 850);
            if (run == 0)
                first = got;
            else
                CHECK(got == first);
        }
    }
    SECTION("disconnect after N bytes looks like an unplug")
    {
        FaultPlan plan;
        plan.disconnectAfterBytes = 100;
        Rig rig(1000, plan);
        rig.link.write("go\n");
        QString code;
        QByteArray got;
        try {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 3000)
                got += rig.link.read(4096, 50);
        } catch (const JobError &e) {
            code = e.diagnosis().code;
        }
        CHECK(code == QLatin1String("serial.unplugged"));
        CHECK(got.size() <= 100);
        CHECK(rig.host->isDisconnected());
        CHECK_FALSE(rig.link.isOpen());
    }
    SECTION("host to device damage when asked")
    {
        FaultPlan plan;
        plan.applyToHostToDevice = true;
        plan.dropAtByte = 0;
        Rig rig(4, plan);
        rig.link.write("xgo\n");
        CHECK(readN(rig.link, 3, 1000) == ramp(4).mid(1));  // device->host lost byte 0 too
        CHECK(readFor(rig.link, 50).isEmpty());
        std::lock_guard<std::mutex> lock(rig.model->mutex);
        CHECK(rig.model->received == "go\n");
    }
}

TEST_CASE("Simulator delivers injected control lines and pulls the plug on request", "[integration][sim]")
{
    Rig rig(0);
    rig.link.setRts(true);
    rig.link.setRts(false);
    for (const ControlLineEvent &e : rig.link.controlLineEvents())
        rig.host->injectControlLine(e);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 1000) {
        rig.link.read(1, 5);
        std::lock_guard<std::mutex> lock(rig.model->mutex);
        if (rig.model->lines.size() == 2)
            break;
    }
    {
        std::lock_guard<std::mutex> lock(rig.model->mutex);
        REQUIRE(rig.model->lines.size() == 2);
        CHECK(rig.model->lines[0].line == ControlLineEvent::Line::Rts);
        CHECK(rig.model->lines[0].level);
        CHECK_FALSE(rig.model->lines[1].level);
    }
    rig.host->disconnectNow();
    CHECK(rig.host->isDisconnected());
    CHECK_THROWS_AS(rig.link.read(1, 500), JobError);
}

TEST_CASE("ESP8266 demo: ROM garbage at 115200, then a readable Tasmota log", "[integration][sim]")
{
    auto host = DemoPortResolver::start(QStringLiteral("demo:esp8266-boot"));
    SerialLink link;
    link.open(host->slavePath());
    QByteArray all;
    const QByteArray text = readUntil(link, "WifiManager active for 3 minutes", 4000, &all);
    REQUIRE(text.contains("WifiManager active for 3 minutes"));
    const qsizetype appStart = text.indexOf("00:00:00.0");
    REQUIRE(appStart > 0);
    const QByteArray rom = text.left(appStart);
    CHECK(hasHighBytes(rom));                  // the 74880 part is noise here
    CHECK_FALSE(rom.contains("ets Jan"));
    CHECK(rom.size() < Esp8266BootDemo::romText(1, false).size());
    CHECK(text.contains("CFG: Loaded from flash at F9, Count"));
    CHECK(text.contains("Project tasmota Tasmota Version 9.2.0(tasmota)"));
    CHECK(readUntil(link, "HTP: Web server active on tasmota_C242D5-0725 with IP address 192.168.4.1", 3000)
              .contains("HTP: Web server active"));
    const QByteArray tele = readUntil(link, "\"UptimeSec\":", 4000);
    CHECK(tele.contains("MQT: tele/tasmota_C242D5/STATE = {"));
}

TEST_CASE("ESP8266 demo: the ROM text is readable at 74880", "[integration][sim]")
{
    auto host = DemoPortResolver::start(QStringLiteral("esp8266-boot"));
    SerialLink link;
    SerialSettings s;
    s.baud = 74880;
    link.open(host->slavePath(), s);
    const QByteArray text = readUntil(link, "~ld\r\n", 3000);
    CHECK(text.startsWith(Esp8266BootDemo::romText(1, false)));
    CHECK(text.contains("ets Jan  8 2013,rst cause:1, boot mode:(3,6)"));
    const QByteArray after = readFor(link, 600);
    CHECK_FALSE(after.contains("Project tasmota"));
    CHECK(hasHighBytes(after));
}

TEST_CASE("ESP8266 demo answers console commands and reboots", "[integration][sim]")
{
    auto host = DemoPortResolver::start(QStringLiteral("demo:esp8266-boot"));
    SerialLink link;
    link.open(host->slavePath());
    REQUIRE(readUntil(link, "WifiManager active", 4000).contains("WifiManager active"));

    link.write("Power\r\n");
    CHECK(readUntil(link, "RESULT = {\"POWER\":\"ON\"}", 2000).contains("RESULT = {\"POWER\":\"ON\"}"));
    link.write("Power\n");
    CHECK(readUntil(link, "RESULT = {\"POWER\":\"OFF\"}", 2000).contains("\"POWER\":\"OFF\""));
    link.write("power on\n");
    CHECK(readUntil(link, "RESULT = {\"POWER\":\"ON\"}", 2000).contains("\"POWER\":\"ON\""));

    link.write("Status 0\r\n");
    const QByteArray status = readUntil(link, "STATUS11 = ", 3000);
    CHECK(status.contains("\"StatusFWR\":{\"Version\":\"9.2.0(tasmota)\""));
    CHECK(status.contains("\"Mac\":\"84:F3:EB:C2:42:D5\""));

    link.write("Frobnicate\r\n");
    CHECK(readUntil(link, "{\"Command\":\"Unknown\"}", 2000).contains("{\"Command\":\"Unknown\"}"));

    link.write("Restart 1\r\n");
    const QByteArray restart = readUntil(link, "Project tasmota", 4000);
    CHECK(restart.contains("{\"Restart\":\"Restarting\"}"));
    CHECK(restart.contains("Project tasmota"));
    const qsizetype pos = restart.indexOf("APP: Restarting");
    REQUIRE(pos > 0);
    CHECK(hasHighBytes(restart.mid(pos)));  // the ROM at 74880 again

    // RTS pulse (EN low, then released) is an external reset.
    host->injectControlLine(ControlLineEvent::Line::Rts, true);
    host->injectControlLine(ControlLineEvent::Line::Rts, false);
    CHECK(readUntil(link, "Project tasmota", 4000).contains("Project tasmota"));

    // esptool's sequence (EN low, then released with GPIO0 low) enters download mode: silence.
    host->injectControlLine(ControlLineEvent::Line::Dtr, false);
    host->injectControlLine(ControlLineEvent::Line::Rts, true);
    host->injectControlLine(ControlLineEvent::Line::Dtr, true);
    host->injectControlLine(ControlLineEvent::Line::Rts, false);
    link.setBaudRate(74880);
    const QByteArray dl = readUntil(link, "boot mode:(1,7)", 3000);
    CHECK(dl.contains("rst cause:2, boot mode:(1,7)"));
    CHECK_FALSE(readFor(link, 300).contains("Project tasmota"));
}

TEST_CASE("Demo resolver explains unknown demos", "[integration][sim]")
{
    try {
        DemoPortResolver::start(QStringLiteral("demo:toaster"));
        FAIL("expected a JobError");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QLatin1String("demo.unknown"));
        CHECK(e.diagnosis().toText().contains(QLatin1String("esp8266-boot")));
        CHECK(e.diagnosis().toText().contains(QLatin1String("serial-flood")));
    }
    CHECK(DemoRegistry::isDemoPort(QStringLiteral("demo:esp8266-boot")));
    CHECK(DemoRegistry::demoName(QStringLiteral("demo:esp8266-boot")) == QLatin1String("esp8266-boot"));
    CHECK_FALSE(DemoRegistry::isDemoPort(QStringLiteral("/dev/ttyUSB0")));
    const DemoDevice *d = DemoRegistry::instance().find(QStringLiteral("esp8266-boot"));
    REQUIRE(d);
    CHECK(d->family == QLatin1String("monitor"));
    CHECK(d->defaultBaud == 115200);
    const PortList ports = DemoPortResolver::demoPorts();
    CHECK(std::any_of(ports.cbegin(), ports.cend(), [](const PortInfo &p) {
        return p.isDemo && p.portName == QLatin1String("demo:serial-flood");
    }));
}
