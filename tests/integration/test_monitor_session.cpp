#include <catch2/catch.hpp>

#include "core/LogBus.h"
#include "core/MonitorSession.h"
#include "core/sim/Esp8266BootDemo.h"
#include "core/sim/PtySimHost.h"

#include <QSignalSpy>
#include <QTest>

using namespace fw::core;

namespace {

// Collects what a session receives, so tests can wait for text.
struct Capture {
    explicit Capture(MonitorSession &s)
    {
        QObject::connect(&s, &MonitorSession::received, &s,
                         [this](const QByteArray &b, qint64 t) {
                             bytes += b;
                             lastTime = t;
                         });
    }
    bool waitFor(const QByteArray &needle, int timeoutMs, qsizetype from = 0)
    {
        return QTest::qWaitFor([&] { return bytes.indexOf(needle, from) >= 0; }, timeoutMs);
    }
    QByteArray bytes;
    qint64 lastTime = 0;
};

}  // namespace

TEST_CASE("MonitorSession shows the demo plug's boot and answers commands", "[integration][monitor]")
{
    LogBus bus(10);
    QSignalSpy batches(&bus, &LogBus::batch);
    MonitorSession session(&bus);
    Capture cap(session);
    QSignalSpy opened(&session, &MonitorSession::opened);
    QSignalSpy sent(&session, &MonitorSession::sent);
    QSignalSpy failed(&session, &MonitorSession::failed);
    QSignalSpy closed(&session, &MonitorSession::closed);

    session.open(QStringLiteral("demo:esp8266-boot"), SerialSettings{});
    REQUIRE(opened.wait(3000));
    CHECK(opened.at(0).at(0).toString() == QLatin1String("demo:esp8266-boot"));
    CHECK(session.isOpen());
    CHECK(session.portName() == QLatin1String("demo:esp8266-boot"));
    REQUIRE(cap.waitFor("Project tasmota Tasmota Version 9.2.0", 4000));
    REQUIRE(cap.waitFor("WifiManager active", 4000));
    CHECK(cap.lastTime > 0);

    qsizetype mark = cap.bytes.size();
    session.send("Power\r\n");
    REQUIRE(cap.waitFor("RESULT = {\"POWER\":\"ON\"}", 3000, mark));
    REQUIRE(sent.size() == 1);
    CHECK(sent.at(0).at(0).toByteArray() == "Power\r\n");

    // An RTS pulse from the monitor resets the plug: the boot log starts over.
    mark = cap.bytes.size();
    session.setRts(true);
    QTest::qWait(50);
    session.setRts(false);
    REQUIRE(cap.waitFor("Project tasmota", 4000, mark));

    // At 74880 the ROM lines of the next reset are readable.
    session.setBaudRate(74880);
    QTest::qWait(50);
    mark = cap.bytes.size();
    session.setRts(true);
    QTest::qWait(50);
    session.setRts(false);
    REQUIRE(cap.waitFor("ets Jan  8 2013,rst cause:2, boot mode:(3,6)", 4000, mark));

    CHECK(session.bytesReceived() == quint64(cap.bytes.size()));
    CHECK(failed.isEmpty());

    bus.flush();
    QByteArray rx;
    QByteArray tx;
    for (const QList<QVariant> &args : batches) {
        for (const LogRecord &r : args.at(0).value<LogBatch>()) {
            if (r.source != QLatin1String("monitor:demo:esp8266-boot"))
                continue;
            if (r.direction == Direction::Rx)
                rx += r.bytes;
            if (r.direction == Direction::Tx)
                tx += r.bytes;
        }
    }
    CHECK(rx.size() > 0);
    CHECK(cap.bytes.startsWith(rx.left(qMin<qsizetype>(rx.size(), 64))));
    CHECK(tx == "Power\r\n");

    session.close();
    CHECK(closed.size() == 1);
    CHECK_FALSE(session.isOpen());
}

TEST_CASE("MonitorSession reports an unplug and closes", "[integration][monitor]")
{
    fw::core::sim::FaultPlan plan;
    plan.disconnectAfterBytes = 600;
    fw::core::sim::PtySimHost host(std::make_unique<fw::core::sim::Esp8266BootDemo>(), QStringLiteral("plug"));
    host.setFaultPlan(plan);
    host.setStartWhenHostOpens(true);
    host.start();

    LogBus bus(10);
    MonitorSession session(&bus);
    Capture cap(session);
    QSignalSpy opened(&session, &MonitorSession::opened);
    QSignalSpy failed(&session, &MonitorSession::failed);
    QSignalSpy closed(&session, &MonitorSession::closed);
    session.open(host.slavePath(), SerialSettings{});
    REQUIRE(opened.wait(3000));
    REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 5000));
    CHECK(failed.at(0).at(0).value<Diagnosis>().code == QLatin1String("serial.unplugged"));
    REQUIRE(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 2000));
    CHECK_FALSE(session.isOpen());
    CHECK(cap.bytes.size() <= 600);
    CHECK(host.isDisconnected());
    // Commands after the unplug are ignored, not crashes.
    session.send("Power\n");
    session.setBaudRate(9600);
    QTest::qWait(50);
    CHECK(closed.size() == 1);
}

TEST_CASE("MonitorSession explains an unknown demo or a missing port", "[integration][monitor]")
{
    LogBus bus(10);
    MonitorSession session(&bus);
    QSignalSpy failed(&session, &MonitorSession::failed);
    QSignalSpy opened(&session, &MonitorSession::opened);
    QSignalSpy closed(&session, &MonitorSession::closed);

    session.open(QStringLiteral("demo:no-such-thing"), SerialSettings{});
    REQUIRE(failed.wait(3000));
    const Diagnosis d = failed.at(0).at(0).value<Diagnosis>();
    CHECK(d.code == QLatin1String("demo.unknown"));
    CHECK(d.toText().contains(QLatin1String("esp8266-boot")));
    CHECK(d.toText().contains(QLatin1String("serial-flood")));

    session.open(QStringLiteral("/dev/ttyNoSuchPort7"), SerialSettings{});
    REQUIRE(failed.wait(3000));
    CHECK(failed.at(1).at(0).value<Diagnosis>().code == QLatin1String("serial.not_found"));
    CHECK(opened.isEmpty());
    CHECK(closed.isEmpty());
    CHECK_FALSE(session.isOpen());
}

TEST_CASE("MonitorSession can be reopened and destroyed while open", "[integration][monitor]")
{
    LogBus bus(10);
    auto session = std::make_unique<MonitorSession>(&bus);
    QSignalSpy opened(session.get(), &MonitorSession::opened);
    QSignalSpy closed(session.get(), &MonitorSession::closed);
    session->open(QStringLiteral("demo:serial-flood"), SerialSettings{});
    REQUIRE(opened.wait(3000));
    session->open(QStringLiteral("demo:esp8266-boot"), SerialSettings{});
    REQUIRE(opened.wait(3000));
    CHECK(closed.size() == 1);
    CHECK(session->portName() == QLatin1String("demo:esp8266-boot"));
    QTest::qWait(100);
    session.reset();  // must stop the worker and the simulator cleanly
    SUCCEED();
}
