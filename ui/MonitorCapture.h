#pragma once
// What the serial monitor has seen and sent, kept (bounded) so the view can be re-rendered
// in another mode and the capture saved as raw bytes or as text.

#include "ui/MonitorRenderer.h"

#include <QByteArray>
#include <QList>

namespace fw::ui {

class MonitorCapture {
public:
    struct Chunk {
        bool sent = false;
        qint64 timeMs = 0;
        QByteArray bytes;
    };

    explicit MonitorCapture(qint64 maxBytes = 16LL * 1024 * 1024) : m_maxBytes(maxBytes) {}

    void add(bool sent, qint64 timeMs, const QByteArray &bytes);
    void clear();
    qint64 size() const { return m_bytes; }
    QByteArray receivedBytes() const;

    // Renders the newest chunks (about `budget` bytes, all when <= 0) through r into out.
    void render(MonitorRenderer &r, qint64 budget, MonitorRenderer::Output *out) const;
    // The whole capture as text in the given mode.
    QString toText(MonitorRenderer::Mode mode, bool timestamps) const;

private:
    QList<Chunk> m_chunks;
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
};

}  // namespace fw::ui
