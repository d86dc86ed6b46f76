#pragma once
// Fixed-capacity ring of items addressed by a monotonically increasing sequence number.
// Storage grows on demand up to the capacity, so an idle view costs no memory.

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace fw::ui {

template <typename T>
class RecordRing {
public:
    explicit RecordRing(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // Sequence number of the oldest item held, and one past the newest.
    quint64 firstSeq() const { return m_firstSeq; }
    quint64 endSeq() const { return m_firstSeq + quint64(m_count); }
    bool contains(quint64 seq) const { return seq >= m_firstSeq && seq < endSeq(); }

    const T &at(quint64 seq) const { return m_slots[slotOf(seq - m_firstSeq)]; }
    const T &atIndex(qsizetype i) const { return m_slots[slotOf(quint64(i))]; }

    // Caller makes room first (dropOldest) when the ring is full.
    void push(T &&item)
    {
        Q_ASSERT(m_count < m_capacity);
        const qsizetype slot = qsizetype((quint64(m_head) + quint64(m_count)) % quint64(m_capacity));
        if (slot == qsizetype(m_slots.size()))
            m_slots.push_back(std::move(item));
        else
            m_slots[size_t(slot)] = std::move(item);
        ++m_count;
    }

    void dropOldest(qsizetype n)
    {
        n = std::min(n, m_count);
        m_head = qsizetype((quint64(m_head) + quint64(n)) % quint64(m_capacity));
        m_count -= n;
        m_firstSeq += quint64(n);
    }

    // Keeps counting sequence numbers so indexes built on them stay unambiguous.
    void clear()
    {
        m_firstSeq = endSeq();
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_head = 0;
        m_count = 0;
    }

    // Keeps the newest items that fit into the new capacity.
    void setCapacity(qsizetype capacity)
    {
        capacity = std::max<qsizetype>(1, capacity);
        std::vector<T> kept;
        const qsizetype keep = std::min(capacity, m_count);
        kept.reserve(size_t(keep));
        for (qsizetype i = m_count - keep; i < m_count; ++i)
            kept.push_back(std::move(m_slots[slotOf(quint64(i))]));
        m_firstSeq += quint64(m_count - keep);
        m_slots = std::move(kept);
        m_capacity = capacity;
        m_head = 0;
        m_count = keep;
    }

private:
    size_t slotOf(quint64 index) const
    {
        return size_t((quint64(m_head) + index) % quint64(m_capacity));
    }

    std::vector<T> m_slots;
    qsizetype m_capacity;
    qsizetype m_head = 0;
    qsizetype m_count = 0;
    quint64 m_firstSeq = 0;
};

}  // namespace fw::ui
