#include "support/DirectPtyHost.h"

#include "core/sim/PtyTermios.h"
#include "core/sim/SimPort.h"

#include <chrono>

#include <poll.h>
#include <unistd.h>

namespace fw::test {

namespace {
qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

class DirectPtyHost::Port : public fw::core::sim::SimPort {
public:
    explicit Port(DirectPtyHost &host) : m_host(host), m_startMs(monotonicMs()) {}

    void send(const QByteArray &bytes) override
    {
        const int fd = m_host.m_pty.masterFd();
        qsizetype done = 0;
        const qint64 until = monotonicMs() + 2000;
        while (fd >= 0 && done < bytes.size() && monotonicMs() < until && !m_host.m_stop.load()) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0) {
                done += n;
                continue;
            }
            struct pollfd p {fd, POLLOUT, 0};
            ::poll(&p, 1, 5);
        }
    }
    qint64 pendingBytes() const override { return 0; }
    qint32 hostBaud() const override { return baud; }
    qint64 nowMs() const override { return monotonicMs() - m_startMs; }
    void log(const QString &) override {}
    void disconnect() override { disconnectRequested = true; }

    qint32 baud = 0;
    bool disconnectRequested = false;

private:
    DirectPtyHost &m_host;
    qint64 m_startMs;
};

DirectPtyHost::DirectPtyHost(std::unique_ptr<fw::core::sim::DeviceModel> model) : m_model(std::move(model))
{
    m_port = std::make_unique<Port>(*this);
    m_thread = std::thread([this] { run(); });
}

DirectPtyHost::~DirectPtyHost()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

void DirectPtyHost::post(std::function<void(fw::core::sim::DeviceModel &)> fn)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_posted.push_back(std::move(fn));
}

void DirectPtyHost::run()
{
    Port &port = *m_port;
    fw::core::sim::DeviceModel &model = *m_model;
    port.baud = fw::core::sim::readTtyBaud(m_pty.slaveFd());
    model.start(port);
    qint64 nextTick = 0;
    char buf[4096];
    while (!m_stop.load()) {
        std::vector<std::function<void(fw::core::sim::DeviceModel &)>> posted;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            posted.swap(m_posted);
        }
        for (auto &fn : posted)
            fn(model);
        const qint32 b = fw::core::sim::readTtyBaud(m_pty.slaveFd());
        if (b > 0 && b != port.baud) {
            port.baud = b;
            model.onHostBaudChanged(b);
        }
        for (;;) {
            const ssize_t n = ::read(m_pty.masterFd(), buf, sizeof buf);
            if (n <= 0)
                break;
            model.onReceive(QByteArray(buf, int(n)));
        }
        const qint64 now = port.nowMs();
        if (now >= nextTick) {
            model.tick(now);
            nextTick = now + std::max(1, model.tickIntervalMs());
        }
        if (port.disconnectRequested) {
            m_pty.closeMaster();
            m_disconnected.store(true);
            break;
        }
        struct pollfd p {m_pty.masterFd(), POLLIN, 0};
        ::poll(&p, 1, 1);
    }
    // Keep serving posted calls so onModel() still answers after an unplug.
    while (!m_stop.load()) {
        std::vector<std::function<void(fw::core::sim::DeviceModel &)>> posted;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            posted.swap(m_posted);
        }
        for (auto &fn : posted)
            fn(model);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

}  // namespace fw::test
