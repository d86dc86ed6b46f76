#include "support/PtyPair.h"

#include "core/sim/PtyTermios.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cerrno>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

namespace fw::test {

PtyPair::PtyPair()
{
    char name[128] = {};
    if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
        FAIL("openpty failed: " << ::strerror(errno));
    fw::core::sim::makeTtyRaw(m_slave);
    fw::core::sim::makeTtyRaw(m_master);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_path = QString::fromLocal8Bit(name);
}

PtyPair::~PtyPair()
{
    closeMaster();
    closeSlave();
}

void PtyPair::write(const QByteArray &bytes)
{
    qsizetype done = 0;
    QElapsedTimer t;
    t.start();
    while (done < bytes.size() && m_master >= 0 && t.elapsed() < 5000) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        struct pollfd p {m_master, POLLOUT, 0};
        ::poll(&p, 1, 10);
    }
    REQUIRE(done == bytes.size());
}

QByteArray PtyPair::read(int count, int timeoutMs)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    char buf[4096];
    while (out.size() < count && m_master >= 0 && t.elapsed() < timeoutMs) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n > 0) {
            out.append(buf, int(n));
            continue;
        }
        struct pollfd p {m_master, POLLIN, 0};
        ::poll(&p, 1, 10);
    }
    return out;
}

qint32 PtyPair::hostBaud() const { return fw::core::sim::readTtyBaud(m_slave >= 0 ? m_slave : m_master); }

void PtyPair::closeMaster()
{
    if (m_master >= 0)
        ::close(m_master);
    m_master = -1;
}

void PtyPair::closeSlave()
{
    if (m_slave >= 0)
        ::close(m_slave);
    m_slave = -1;
}

}  // namespace fw::test
