#include "core/sim/SerialFloodDemo.h"

#include "core/sim/SimPort.h"
#include "core/sim/WireModel.h"

#include <algorithm>

namespace fw::core::sim {

QByteArray SerialFloodDemo::line(quint64 n)
{
    return QByteArray::number(n).rightJustified(8, '0')
           + " The quick brown fox jumps over the lazy dog 0123456789 ABCDEF\r\n";
}

void SerialFloodDemo::start(SimPort &port)
{
    m_port = &port;
    refill();
}

void SerialFloodDemo::onReceive(const QByteArray &bytes)
{
    // XOFF/XON from the keyboard pause and resume the stream, as on a terminal.
    for (char c : bytes) {
        if (c == 0x13)
            m_paused = true;
        else if (c == 0x11)
            m_paused = false;
    }
}

void SerialFloodDemo::tick(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    refill();
}

void SerialFloodDemo::refill()
{
    if (m_paused)
        return;
    // Keep ~30 ms of text queued: enough that the wire never idles, little enough that a
    // baud change takes effect at once.
    const qint32 baud = m_port->hostBaud() > 0 ? m_port->hostBaud() : 115200;
    const qint64 target = std::max<qint64>(256, qint64(WireModel(baud).bytesPerSecond() * 0.03));
    QByteArray batch;
    while (m_port->pendingBytes() + batch.size() < target)
        batch += line(m_next++);
    if (!batch.isEmpty())
        m_port->send(batch);
}

}  // namespace fw::core::sim
