#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/PortDiscovery.h"
#include "core/SerialLink.h"
#include "support/PtyPair.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace fw::core;
using fw::test::PtyPair;

namespace {

QByteArray allByteValues(int repeat = 1)
{
    QByteArray b;
    for (int r = 0; r < repeat; ++r)
        for (int i = 0; i < 256; ++i)
            b.append(char(i));
    return b;
}

QByteArray readExactly(SerialLink &link, int count, int timeoutMs = 3000)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (out.size() < count && t.elapsed() < timeoutMs)
        out += link.read(count - int(out.size()), 200);
    return out;
}

QString errorCode(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const JobError &e) {
        return e.diagnosis().code;
    }
    return {};
}

}  // namespace

TEST_CASE("SerialLink carries every byte value both ways over a pty", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    LogBus bus(5);
    QSignalSpy batches(&bus, &LogBus::batch);
    link.setLogBus(&bus);
    link.open(pty.slavePath());
    REQUIRE(link.isOpen());
    CHECK(link.name() == pty.slavePath());

    const QByteArray data = allByteValues(4);
    pty.write(data);
    CHECK(readExactly(link, int(data.size())) == data);

    link.write(data);
    CHECK(pty.read(int(data.size())) == data);

    bus.flush();
    QByteArray rx;
    QByteArray tx;
    for (const QList<QVariant> &args : batches) {
        for (const LogRecord &r : args.at(0).value<LogBatch>()) {
            if (r.direction == Direction::Rx)
                rx += r.bytes;
            if (r.direction == Direction::Tx)
                tx += r.bytes;
            if (r.hasBytes())
                CHECK(r.source == QStringLiteral("serial:") + pty.slavePath());
        }
    }
    CHECK(rx == data);
    CHECK(tx == data);
}

TEST_CASE("SerialLink sets standard and custom baud rates on the tty", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    SerialSettings s;
    s.baud = 74880;
    link.open(pty.slavePath(), s);
    CHECK(pty.hostBaud() == 74880);
    CHECK(link.baudRate() == 74880);
    link.setBaudRate(921600);
    CHECK(pty.hostBaud() == 921600);
    link.setBaudRate(115200);
    CHECK(pty.hostBaud() == 115200);
    link.setBaudRate(250000);
    CHECK(pty.hostBaud() == 250000);
    link.setFlowControl(FlowControl::Hardware);
    CHECK(link.settings().flow == FlowControl::Hardware);
}

TEST_CASE("SerialLink reports an unplug on the first error and closes the port", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    link.open(pty.slavePath());
    pty.write("hello");
    CHECK(readExactly(link, 5) == "hello");

    pty.closeMaster();
    QElapsedTimer t;
    t.start();
    CHECK(errorCode([&] { link.read(16, 2000); }) == QLatin1String("serial.unplugged"));
    CHECK(t.elapsed() < 1000);
    CHECK_FALSE(link.isOpen());
    // Running the event loop must not bring the Qt 6.4 error flood back.
    QTest::qWait(100);
    CHECK(link.portErrorCount() <= 2);
    // Later calls keep answering with the same diagnosis instead of crashing.
    CHECK(errorCode([&] { link.write("x"); }) == QLatin1String("serial.unplugged"));
    CHECK(errorCode([&] { link.read(1, 10); }) == QLatin1String("serial.unplugged"));
}

TEST_CASE("SerialLink closes on an unplug seen by the event loop", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    link.open(pty.slavePath());
    pty.closeMaster();
    QTest::qWait(200);  // the port's read notifier fires here, as in a GUI thread
    CHECK(link.portErrorCount() <= 2);
    CHECK_FALSE(link.isOpen());
    CHECK(errorCode([&] { link.read(1, 100); }) == QLatin1String("serial.unplugged"));
}

TEST_CASE("SerialLink answers a cancel during a blocked read within 100 ms", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    link.open(pty.slavePath());
    CancelToken token;
    link.setCancelToken(&token);
    std::atomic<qint64> cancelledAtNs{0};
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        cancelledAtNs = clock.nsecsElapsed();
        token.cancel();
    });
    bool cancelled = false;
    try {
        link.read(64, 10'000);
    } catch (const JobCancelled &) {
        cancelled = true;
    }
    const qint64 answeredNs = clock.nsecsElapsed();
    canceller.join();
    CHECK(cancelled);
    CHECK((answeredNs - cancelledAtNs.load()) / 1'000'000 < 100);
}

TEST_CASE("SerialLink records DTR/RTS even where the pty refuses them", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    link.open(pty.slavePath());
    link.setDtr(false);
    link.setRts(true);
    link.setRts(false);
    link.setDtr(true);
    const auto events = link.controlLineEvents();
    REQUIRE(events.size() == 4);
    CHECK(events[0].line == ControlLineEvent::Line::Dtr);
    CHECK_FALSE(events[0].level);
    CHECK(events[1].line == ControlLineEvent::Line::Rts);
    CHECK(events[1].level);
    CHECK(events[3].line == ControlLineEvent::Line::Dtr);
    CHECK(events[3].level);
    for (int i = 0; i < events.size(); ++i) {
        CHECK_FALSE(events[i].appliedToPort);
        if (i > 0)
            CHECK(events[i].tUs >= events[i - 1].tUs);
    }
    // The refused ioctl must not poison the port.
    pty.write("ok");
    CHECK(readExactly(link, 2) == "ok");
}

TEST_CASE("SerialLink explains why a port cannot be opened", "[integration][serial]")
{
    SerialLink link;
    CHECK(errorCode([&] { link.open(QStringLiteral("/dev/ttyDoesNotExist42")); })
          == QLatin1String("serial.not_found"));
    CHECK(errorCode([&] { link.open(QStringLiteral("ttyDoesNotExist42")); }) == QLatin1String("serial.not_found"));
    CHECK_FALSE(link.isOpen());

    const Diagnosis perm = SerialLink::openErrorDiagnosis(QSerialPort::PermissionError, QStringLiteral("/dev/ttyUSB0"),
                                                          QStringLiteral("Permission denied"), false);
    CHECK(perm.code == QLatin1String("serial.permission"));
    CHECK(perm.nextStep.contains(QLatin1String("usermod -aG")));
    CHECK(perm.causes.join(QLatin1Char(' ')).contains(QLatin1String("brltty")));

    const Diagnosis busy = SerialLink::openErrorDiagnosis(QSerialPort::PermissionError, QStringLiteral("/dev/ttyUSB0"),
                                                          QStringLiteral("Permission error while locking the device"), true);
    CHECK(busy.code == QLatin1String("serial.busy"));
    CHECK_FALSE(busy.nextStep.isEmpty());
    CHECK(SerialLink::openErrorDiagnosis(QSerialPort::DeviceNotFoundError, QStringLiteral("/dev/ttyUSB0"), {}, true).code
          == QLatin1String("serial.not_found"));

    // A second open of the same port is refused as busy (lock file / TIOCEXCL).
    PtyPair pty;
    SerialLink first;
    first.open(pty.slavePath());
    SerialLink second;
    const QString code = errorCode([&] { second.open(pty.slavePath()); });
    CHECK((code == QLatin1String("serial.busy") || code == QLatin1String("serial.permission")));

    // A regular file is not a serial port.
    CHECK_FALSE(errorCode([&] { second.open(QStringLiteral(FW_SOURCE_DIR "/CMakeLists.txt")); }).isEmpty());

    if (::geteuid() != 0) {
        // Root bypasses file permissions; as a normal user a mode-000 node is refused.
        PtyPair locked;
        REQUIRE(::chmod(locked.slavePath().toLocal8Bit().constData(), 0) == 0);
        CHECK(errorCode([&] { second.open(locked.slavePath()); }) == QLatin1String("serial.permission"));
        CHECK(PortDiscovery::checkAccess(locked.slavePath()).code == QLatin1String("serial.permission"));
    }
}

TEST_CASE("SerialLink rejects a baud rate the port refuses", "[integration][serial]")
{
    PtyPair pty;
    SerialLink link;
    link.open(pty.slavePath());
    CHECK(errorCode([&] { link.setBaudRate(-5); }) == QLatin1String("serial.baud_unsupported"));
    CHECK(link.isOpen());
    CHECK(link.baudRate() == 115200);
}

TEST_CASE("PortDiscovery lists injected ports and reports hot-plug", "[integration][serial]")
{
    PtyPair a;
    PortList fake;
    PortDiscovery d;
    d.setSystemLister([] { return PortList{}; });
    d.addLister([&] { return fake; });
    QSignalSpy added(&d, &PortDiscovery::portAdded);
    QSignalSpy removed(&d, &PortDiscovery::portRemoved);
    QSignalSpy changed(&d, &PortDiscovery::changed);

    CHECK(d.refresh().isEmpty());
    CHECK(changed.isEmpty());

    PortInfo p;
    p.portName = a.slavePath().mid(5);
    p.systemLocation = a.slavePath();
    p.vid = 0x1a86;
    p.pid = 0x7523;
    fake << p;
    REQUIRE(d.refresh().size() == 1);
    REQUIRE(added.size() == 1);
    const PortInfo got = added.at(0).at(0).value<PortInfo>();
    CHECK(got.systemLocation == a.slavePath());
    REQUIRE(got.identity);
    CHECK(got.identity->chip == QLatin1String("CH340"));
    CHECK(changed.size() == 1);
    CHECK(PortDiscovery::checkAccess(a.slavePath()).isEmpty());

    // The same set again: no signal.
    d.refresh();
    CHECK(changed.size() == 1);

    // Hot-plug while watching: a second port appears, then the first goes.
    d.startWatching(50);
    PtyPair b;
    PortInfo q;
    q.portName = b.slavePath().mid(5);
    q.systemLocation = b.slavePath();
    fake << q;
    REQUIRE(added.wait(2000));
    CHECK(added.last().at(0).value<PortInfo>().systemLocation == b.slavePath());
    fake.removeFirst();
    REQUIRE(removed.wait(2000));
    CHECK(removed.last().at(0).value<PortInfo>().systemLocation == a.slavePath());
    d.stopWatching();
    CHECK(d.ports().size() == 1);

    CHECK(PortDiscovery::checkAccess(QStringLiteral("/dev/ttyNoSuchPort9")).code == QLatin1String("serial.not_found"));
    // The production lister never throws, whatever the machine has.
    CHECK_NOTHROW(PortDiscovery::systemPorts());
}
