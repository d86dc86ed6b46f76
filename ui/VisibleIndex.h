#pragma once
// Maps the rows of a filtered view onto ring sequence numbers. Without a filter every held
// item is a row and no index is stored, which keeps the unfiltered case cheap.

#include <QtGlobal>

#include <algorithm>
#include <deque>

namespace fw::ui {

class VisibleIndex {
public:
    bool isFiltered() const { return m_filtered; }

    // Rebuilding starts here: the caller then append()s every sequence number that passes.
    void reset(bool filtered)
    {
        m_filtered = filtered;
        m_seqs.clear();
        m_seqs.shrink_to_fit();
    }

    qsizetype rowCount(qsizetype ringSize) const
    {
        return m_filtered ? qsizetype(m_seqs.size()) : ringSize;
    }

    quint64 seqAt(qsizetype row, quint64 ringFirstSeq) const
    {
        return m_filtered ? m_seqs[size_t(row)] : ringFirstSeq + quint64(row);
    }

    // Number of rows whose item is older than seq (they leave when the ring drops them).
    qsizetype rowsBefore(quint64 seq, quint64 ringFirstSeq) const
    {
        if (!m_filtered)
            return seq > ringFirstSeq ? qsizetype(seq - ringFirstSeq) : 0;
        return qsizetype(std::lower_bound(m_seqs.begin(), m_seqs.end(), seq) - m_seqs.begin());
    }

    void dropFront(qsizetype rows)
    {
        if (m_filtered)
            m_seqs.erase(m_seqs.begin(), m_seqs.begin() + rows);
    }

    void append(quint64 seq)
    {
        if (m_filtered)
            m_seqs.push_back(seq);
    }

    // Row of the item with this sequence number, or -1 when it is filtered out or gone.
    qsizetype rowOf(quint64 seq, quint64 ringFirstSeq, quint64 ringEndSeq) const
    {
        if (seq < ringFirstSeq || seq >= ringEndSeq)
            return -1;
        if (!m_filtered)
            return qsizetype(seq - ringFirstSeq);
        const auto it = std::lower_bound(m_seqs.begin(), m_seqs.end(), seq);
        return it != m_seqs.end() && *it == seq ? qsizetype(it - m_seqs.begin()) : -1;
    }

private:
    bool m_filtered = false;
    std::deque<quint64> m_seqs;
};

}  // namespace fw::ui
