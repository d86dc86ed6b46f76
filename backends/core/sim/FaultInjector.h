#pragma once
// Applies a FaultPlan to one direction of a byte stream. Deterministic for a given seed and
// the same sequence of chunks, so a failing run can be replayed.

#include "core/sim/FaultPlan.h"

#include <QByteArray>

#include <random>

namespace fw::core::sim {

class FaultInjector {
public:
    FaultInjector() = default;
    explicit FaultInjector(const FaultPlan &plan) : m_plan(plan), m_rng(plan.seed) {}

    // Returns the bytes that survive. Sets *disconnect when the stream reached the disconnect
    // point; the bytes before that point are still returned.
    QByteArray apply(const QByteArray &in, bool *disconnect)
    {
        *disconnect = false;
        QByteArray out;
        out.reserve(in.size());
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::uniform_int_distribution<int> mask(1, 255);
        for (char c : in) {
            if (m_plan.disconnectAfterBytes >= 0 && m_position >= m_plan.disconnectAfterBytes) {
                *disconnect = true;
                break;
            }
            const qint64 index = m_position++;
            const bool drop = index == m_plan.dropAtByte
                              || (m_plan.dropProbability > 0.0 && unit(m_rng) < m_plan.dropProbability);
            if (drop) {
                ++m_dropped;
                continue;
            }
            const bool corrupt = index == m_plan.corruptAtByte
                                 || (m_plan.corruptProbability > 0.0
                                     && unit(m_rng) < m_plan.corruptProbability);
            if (corrupt) {
                c = char(quint8(c) ^ quint8(mask(m_rng)));
                ++m_corrupted;
            }
            out.append(c);
        }
        if (m_plan.disconnectAfterBytes >= 0 && m_position >= m_plan.disconnectAfterBytes)
            *disconnect = true;
        return out;
    }

    qint64 position() const { return m_position; }
    qint64 dropped() const { return m_dropped; }
    qint64 corrupted() const { return m_corrupted; }

private:
    FaultPlan m_plan;
    std::mt19937 m_rng{1};
    qint64 m_position = 0;
    qint64 m_dropped = 0;
    qint64 m_corrupted = 0;
};

}  // namespace fw::core::sim
