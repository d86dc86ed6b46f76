#pragma once
// The connection events of one simulated BLE link: when each event happens and how many of its
// packet slots are taken, so writes and notifications share the air time as on a real link.

#include <QtGlobal>

#include <algorithm>

namespace fw::core::sim {

class BleEventSchedule {
public:
    void reset(qint64 intervalUs, int packetsPerEvent)
    {
        m_intervalUs = std::max<qint64>(1, intervalUs);
        m_packetsPerEvent = std::max(1, packetsPerEvent);
        m_anchorUs = 0;
        m_anchorEvent = 0;
        m_slotEvent = -1;
        m_slotsUsed = 0;
    }

    // New parameters take effect at event `instant` (a connection update).
    void retime(qint64 instant, qint64 intervalUs)
    {
        m_anchorUs = eventTimeUs(instant);
        m_anchorEvent = instant;
        m_intervalUs = std::max<qint64>(1, intervalUs);
    }

    qint64 eventTimeUs(qint64 event) const { return m_anchorUs + (event - m_anchorEvent) * m_intervalUs; }

    qint64 eventAtOrAfter(qint64 tUs) const
    {
        if (tUs <= m_anchorUs)
            return m_anchorEvent;
        return m_anchorEvent + (tUs - m_anchorUs + m_intervalUs - 1) / m_intervalUs;
    }

    qint64 latestReservedEvent() const { return m_slotEvent; }

    // Takes `packets` slots in the first events at or after tUs (and not before minEvent);
    // returns the event carrying the last packet.
    qint64 reserve(int packets, qint64 tUs, qint64 minEvent)
    {
        qint64 k = std::max(eventAtOrAfter(tUs), minEvent);
        // A packet handed over while the latest event is still going on (the caller woke up a
        // little late) may join it: a controller buffers packets ahead of the event.
        if (m_slotEvent >= 0 && k == m_slotEvent + 1 && minEvent <= m_slotEvent
            && tUs < eventTimeUs(m_slotEvent) + m_intervalUs && m_slotsUsed < m_packetsPerEvent)
            k = m_slotEvent;
        qint64 last = k;
        for (int i = 0; i < std::max(1, packets); ++i) {
            if (k < m_slotEvent)
                k = m_slotEvent;
            if (k == m_slotEvent) {
                if (m_slotsUsed < m_packetsPerEvent) {
                    ++m_slotsUsed;
                    last = k;
                    continue;
                }
                ++k;
            }
            m_slotEvent = k;
            m_slotsUsed = 1;
            last = k;
        }
        return last;
    }

private:
    qint64 m_intervalUs = 30'000;
    int m_packetsPerEvent = 4;
    qint64 m_anchorUs = 0;      // event m_anchorEvent happens at m_anchorUs
    qint64 m_anchorEvent = 0;
    qint64 m_slotEvent = -1;    // the latest event with reserved packets
    int m_slotsUsed = 0;
};

}  // namespace fw::core::sim
