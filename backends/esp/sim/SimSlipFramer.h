#pragma once
// The device side of the SLIP framing used by the ESP serial loader, kept apart from the
// flasher's codec so that the simulator agrees with a host only through the wire format.

#include <QByteArray>
#include <QList>

namespace fw::esp::sim {

class SimSlipFramer {
public:
    // Largest frame kept (a stub block of 16 KiB plus header); longer ones are dropped.
    static constexpr int kMaxFrame = 0x4000 + 64;

    // Feeds bytes from the wire; returns every frame completed by them. Bytes outside frames
    // (noise, text) are ignored, and a frame with a broken escape is dropped.
    QList<QByteArray> feed(const QByteArray &bytes);
    void reset();

    static QByteArray encode(const QByteArray &payload);

private:
    QByteArray m_frame;
    bool m_inFrame = false;
    bool m_escape = false;
    bool m_broken = false;
};

}  // namespace fw::esp::sim
