#include "core/sim/PtySimHost.h"

#include "core/Diagnosis.h"
#include "core/sim/BaudMismatch.h"
#include "core/sim/FaultInjector.h"
#include "core/sim/PtyTermios.h"
#include "core/sim/SimPort.h"
#include "core/sim/WireModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <deque>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

namespace fw::core::sim {

namespace {

qint64 monotonicUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// A byte stream at a given rate may burst this much after a scheduling hiccup; the average
// still never exceeds the wire.
double burstCap(double bytesPerSecond) { return std::max(16.0, bytesPerSecond * 0.02); }

constexpr qint64 kMaxQueued = 4 * 1024 * 1024;  // a model that floods a closed port is trimmed
constexpr int kMaxInFlight = 256;               // bytes handed to the pty ahead of the wire

}  // namespace

// The SimPort a model talks to. Lives on the simulator thread only.
class PtySimHost::Port : public SimPort {
public:
    struct Chunk {
        QByteArray bytes;
        qint32 baud = 0;  // device baud when queued; 0 = follows the host
        qint64 readyUs = 0;
    };

    explicit Port(PtySimHost &host) : m_host(host), m_startUs(monotonicUs()) {}

    void send(const QByteArray &bytes) override
    {
        if (bytes.isEmpty() || m_host.m_disconnected.load())
            return;
        queue.push_back({bytes, m_host.m_model->deviceBaud(), monotonicUs() + extraDelayUs});
        queued += bytes.size();
        while (queued > kMaxQueued && queue.size() > 1) {
            queued -= queue.front().bytes.size();
            queue.pop_front();
        }
    }
    qint64 pendingBytes() const override { return queued + inFlight; }
    qint32 hostBaud() const override { return m_host.m_hostBaud.load(); }
    qint64 nowMs() const override { return (monotonicUs() - m_startUs) / 1000; }
    void log(const QString &text) override
    {
        Logger l;
        {
            std::lock_guard<std::mutex> lock(m_host.m_mutex);
            l = m_host.m_log;
        }
        l.info(text);
    }
    void disconnect() override { m_host.m_disconnectRequest.store(true); }

    std::deque<Chunk> queue;
    qint64 queued = 0;
    qint64 inFlight = 0;
    qint64 extraDelayUs = 0;

private:
    PtySimHost &m_host;
    qint64 m_startUs;
};

PtySimHost::PtySimHost(std::unique_ptr<DeviceModel> model, QString name)
    : m_model(std::move(model)), m_name(std::move(name))
{
}

PtySimHost::~PtySimHost() { stop(); }

void PtySimHost::start()
{
    if (m_running.load())
        return;
    int master = -1;
    int slave = -1;
    char path[128] = {};
    if (::openpty(&master, &slave, path, nullptr, nullptr) != 0) {
        const int err = errno;
        Diagnosis d;
        d.code = QStringLiteral("sim.no_pty");
        d.summary = QCoreApplication::translate(
            "fw::core::sim::PtySimHost",
            "The demo device could not be started: no pseudo-terminal is available.");
        d.causes << QCoreApplication::translate(
                        "fw::core::sim::PtySimHost",
                        "The system ran out of pseudo-terminals or /dev/pts is not mounted (%1).")
                        .arg(QString::fromLocal8Bit(::strerror(err)));
        d.nextStep = QCoreApplication::translate(
            "fw::core::sim::PtySimHost",
            "Close other terminal programs, or check that /dev/pts is mounted, then retry.");
        throw JobError(d);
    }
    makeTtyRaw(slave);
    makeTtyRaw(master);
    if (m_waitForHost)
        setTtyHungUpBaud(slave);  // B0 until a host configures the port
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    m_masterFd = master;
    m_slaveFd = slave;
    m_slavePath = QString::fromLocal8Bit(path);
    m_hostBaud.store(readTtyBaud(slave));
    m_port = std::make_unique<Port>(*this);
    m_stop.store(false);
    m_disconnected.store(false);
    m_disconnectRequest.store(false);
    m_running.store(true);
    m_thread = std::thread([this] { run(); });
}

void PtySimHost::stop()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
    m_running.store(false);
    if (m_masterFd >= 0)
        ::close(m_masterFd);
    if (m_slaveFd >= 0)
        ::close(m_slaveFd);
    m_masterFd = -1;
    m_slaveFd = -1;
}

void PtySimHost::setFaultPlan(const FaultPlan &plan)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_plan = plan;
    m_planChanged = true;
}

void PtySimHost::setLogger(const Logger &log)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_log = log;
}

void PtySimHost::disconnectNow()
{
    if (!m_running.load() || !m_thread.joinable()) {
        if (m_masterFd >= 0)
            ::close(m_masterFd);
        m_masterFd = -1;
        m_disconnected.store(true);
        return;
    }
    m_disconnectRequest.store(true);
    // The thread answers within a loop turn (~1 ms); wait so the caller can rely on it.
    for (int i = 0; i < 500 && !m_disconnected.load() && m_running.load(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void PtySimHost::injectControlLine(ControlLineEvent::Line line, bool level)
{
    ControlLineEvent e;
    e.line = line;
    e.level = level;
    injectControlLine(e);
}

void PtySimHost::injectControlLine(const ControlLineEvent &event)
{
    post([event](DeviceModel &m) { m.onControlLine(event); });
}

void PtySimHost::post(std::function<void(DeviceModel &)> fn)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_posted.push_back(std::move(fn));
}

bool PtySimHost::waitForHost()
{
    // Qt's open applies the stored baud, SerialLink may change it right after: wait until it
    // has been set and left alone for a moment.
    qint32 last = 0;
    qint64 stableSinceUs = 0;
    while (!m_stop.load() && !m_disconnectRequest.load()) {
        const qint64 now = monotonicUs();
        const qint32 b = readTtyBaud(m_slaveFd);
        if (b > 0 && b != last) {
            last = b;
            stableSinceUs = now;
        } else if (b > 0 && now - stableSinceUs >= 15'000) {
            m_hostBaud.store(b);
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (m_disconnectRequest.load()) {
        ::close(m_masterFd);
        ::close(m_slaveFd);
        m_masterFd = -1;
        m_slaveFd = -1;
        m_disconnected.store(true);
    }
    return false;
}

void PtySimHost::run()
{
    Port &port = *m_port;
    DeviceModel &model = *m_model;
    FaultPlan plan;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        plan = m_plan;
        m_planChanged = false;
    }
    FaultInjector toHost(plan);
    FaultInjector toDevice(plan);
    port.extraDelayUs = qint64(plan.extraDelayMs) * 1000;
    BaudMismatch txMismatch;
    BaudMismatch rxMismatch;
    QByteArray wire;   // damaged bytes the pty has not taken yet
    QByteArray inbox;  // host bytes waiting for their wire time
    double txBudget = 0.0;
    double rxBudget = 0.0;
    qint64 lastUs = monotonicUs();
    qint64 nextTickUs = 0;
    qint64 nextBaudCheckUs = 0;
    bool pullPlug = false;

    if (m_waitForHost && !waitForHost()) {
        m_running.store(false);
        return;
    }
    model.start(port);

    auto effectiveHostBaud = [this] {
        const qint32 b = m_hostBaud.load();
        return b > 0 ? b : 115200;
    };

    while (!m_stop.load()) {
        const qint64 now = monotonicUs();
        const qint64 elapsedUs = std::max<qint64>(0, now - lastUs);
        lastUs = now;

        std::vector<std::function<void(DeviceModel &)>> posted;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            posted.swap(m_posted);
            if (m_planChanged) {
                plan = m_plan;
                toHost = FaultInjector(plan);
                toDevice = FaultInjector(plan);
                port.extraDelayUs = qint64(plan.extraDelayMs) * 1000;
                m_planChanged = false;
            }
        }
        for (auto &fn : posted)
            fn(model);

        if (now >= nextBaudCheckUs) {
            const qint32 b = readTtyBaud(m_slaveFd);
            if (b > 0 && b != m_hostBaud.load()) {
                m_hostBaud.store(b);
                model.onHostBaudChanged(b);
            }
            nextBaudCheckUs = now + 2000;
        }
        const qint32 hostBaud = effectiveHostBaud();

        // Host -> device.
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(m_masterFd, buf, sizeof buf);
            if (n <= 0)
                break;
            m_bytesReceived += quint64(n);
            QByteArray in(buf, int(n));
            if (plan.applyToHostToDevice) {
                bool cut = false;
                in = toDevice.apply(in, &cut);
                pullPlug = pullPlug || cut;
            }
            inbox.append(in);
        }
        if (!inbox.isEmpty()) {
            const double rate = WireModel(hostBaud).bytesPerSecond();
            qsizetype n = inbox.size();
            if (m_paced.load()) {
                rxBudget = std::min(rxBudget + rate * double(elapsedUs) / 1e6, burstCap(rate));
                n = std::min<qsizetype>(n, qsizetype(std::floor(rxBudget)));
                rxBudget -= double(n);
            }
            if (n > 0) {
                QByteArray chunk = inbox.left(n);
                inbox.remove(0, n);
                chunk = rxMismatch.apply(chunk, hostBaud, model.deviceBaud() > 0 ? model.deviceBaud() : hostBaud);
                if (!chunk.isEmpty())
                    model.onReceive(chunk);
            }
        } else {
            rxBudget = 0.0;
        }

        if (now >= nextTickUs) {
            model.tick(port.nowMs());
            nextTickUs = now + qint64(std::max(1, model.tickIntervalMs())) * 1000;
        }

        // Device -> host: move queued bytes onto the wire as their time comes.
        if (!port.queue.empty() && port.queue.front().readyUs <= now) {
            const qint32 chunkBaud = port.queue.front().baud > 0 ? port.queue.front().baud : hostBaud;
            const double rate = WireModel(chunkBaud).bytesPerSecond();
            txBudget = m_paced.load() ? std::min(txBudget + rate * double(elapsedUs) / 1e6, burstCap(rate))
                                      : double(kMaxInFlight);
        } else {
            txBudget = 0.0;
        }
        while (!pullPlug && !port.queue.empty() && wire.size() < kMaxInFlight && txBudget >= 1.0
               && port.queue.front().readyUs <= now) {
            Port::Chunk &front = port.queue.front();
            const qsizetype take = std::min<qsizetype>(
                {front.bytes.size(), qsizetype(std::floor(txBudget)), qsizetype(kMaxInFlight - wire.size())});
            QByteArray piece = front.bytes.left(take);
            front.bytes.remove(0, take);
            port.queued -= take;
            txBudget -= double(take);
            const qint32 baud = front.baud > 0 ? front.baud : hostBaud;
            if (front.bytes.isEmpty())
                port.queue.pop_front();
            bool cut = false;
            piece = toHost.apply(piece, &cut);
            pullPlug = pullPlug || cut;
            wire.append(txMismatch.apply(piece, baud, hostBaud));
        }
        if (!wire.isEmpty()) {
            const ssize_t n = ::write(m_masterFd, wire.constData(), size_t(wire.size()));
            if (n > 0) {
                wire.remove(0, n);
                m_bytesSent += quint64(n);
            }
        }
        port.inFlight = wire.size();

        if (pullPlug)
            m_disconnectRequest.store(true);
        if (m_disconnectRequest.load()) {
            // Give the host a moment to read what was written before the plug is pulled.
            if (pullPlug)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ::close(m_masterFd);
            ::close(m_slaveFd);
            m_masterFd = -1;
            m_slaveFd = -1;
            m_disconnected.store(true);
            break;
        }

        struct pollfd pfd {m_masterFd, POLLIN, 0};
        ::poll(&pfd, 1, 1);
    }
    m_running.store(false);
}

}  // namespace fw::core::sim
