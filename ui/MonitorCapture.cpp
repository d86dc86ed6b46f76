#include "ui/MonitorCapture.h"

namespace fw::ui {

void MonitorCapture::add(bool sent, qint64 timeMs, const QByteArray &bytes)
{
    m_bytes += bytes.size();
    m_chunks.append(Chunk{sent, timeMs, bytes});
    // Oldest first out: a monitor left open for days must not eat the memory.
    while (m_bytes > m_maxBytes && m_chunks.size() > 1) {
        m_bytes -= m_chunks.first().bytes.size();
        m_chunks.removeFirst();
    }
}

void MonitorCapture::clear()
{
    m_chunks.clear();
    m_bytes = 0;
}

QByteArray MonitorCapture::receivedBytes() const
{
    QByteArray all;
    all.reserve(m_bytes);
    for (const Chunk &c : m_chunks)
        if (!c.sent)
            all += c.bytes;
    return all;
}

void MonitorCapture::render(MonitorRenderer &r, qint64 budget, MonitorRenderer::Output *out) const
{
    qsizetype first = 0;
    if (budget > 0) {
        qint64 bytes = 0;
        first = m_chunks.size();
        while (first > 0 && bytes < budget) {
            --first;
            bytes += m_chunks.at(first).bytes.size();
        }
    }
    for (qsizetype i = first; i < m_chunks.size(); ++i) {
        const Chunk &c = m_chunks.at(i);
        if (c.sent)
            r.sent(c.bytes, c.timeMs, out);
        else
            r.received(c.bytes, c.timeMs, out);
    }
    r.finish(out);
}

QString MonitorCapture::toText(MonitorRenderer::Mode mode, bool timestamps) const
{
    MonitorRenderer r;
    r.setMode(mode);
    r.setTimestamps(timestamps);
    MonitorRenderer::Output out;
    render(r, 0, &out);
    QString text;
    for (const MonitorRenderer::Segment &s : std::as_const(out.segments))
        text += s.text;
    return text;
}

}  // namespace fw::ui
