#include "esp/sim/SimSlipFramer.h"

namespace fw::esp::sim {

namespace {
constexpr char kEnd = char(0xC0);
constexpr char kEsc = char(0xDB);
constexpr char kEscEnd = char(0xDC);
constexpr char kEscEsc = char(0xDD);
}  // namespace

void SimSlipFramer::reset()
{
    m_frame.clear();
    m_inFrame = false;
    m_escape = false;
    m_broken = false;
}

QList<QByteArray> SimSlipFramer::feed(const QByteArray &bytes)
{
    QList<QByteArray> frames;
    for (char c : bytes) {
        if (c == kEnd) {
            // C0 ends a frame that has content and opens one otherwise, so C0 C0 between
            // frames resynchronises and text between frames never becomes a frame.
            if (m_inFrame && (!m_frame.isEmpty() || m_broken)) {
                if (!m_broken && !m_escape)
                    frames.append(m_frame);
                m_inFrame = false;
            } else {
                m_inFrame = true;
            }
            m_frame.clear();
            m_escape = false;
            m_broken = false;
            continue;
        }
        if (!m_inFrame)
            continue;
        if (m_escape) {
            m_escape = false;
            if (c == kEscEnd)
                m_frame.append(kEnd);
            else if (c == kEscEsc)
                m_frame.append(kEsc);
            else
                m_broken = true;
        } else if (c == kEsc) {
            m_escape = true;
        } else {
            m_frame.append(c);
        }
        if (m_frame.size() > kMaxFrame) {
            m_broken = true;
            m_frame.clear();
        }
    }
    return frames;
}

QByteArray SimSlipFramer::encode(const QByteArray &payload)
{
    QByteArray out;
    out.reserve(payload.size() + payload.size() / 16 + 2);
    out.append(kEnd);
    for (char c : payload) {
        if (c == kEnd) {
            out.append(kEsc);
            out.append(kEscEnd);
        } else if (c == kEsc) {
            out.append(kEsc);
            out.append(kEscEsc);
        } else {
            out.append(c);
        }
    }
    out.append(kEnd);
    return out;
}

}  // namespace fw::esp::sim
