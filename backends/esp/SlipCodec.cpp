#include "esp/SlipCodec.h"

namespace fw::esp {

QByteArray SlipCodec::encode(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size() + payload.size() / 16 + 2);
    out.append(End);
    for (char c : payload) {
        if (c == End) {
            out.append(Esc);
            out.append(EscEnd);
        } else if (c == Esc) {
            out.append(Esc);
            out.append(EscEsc);
        } else {
            out.append(c);
        }
    }
    out.append(End);
    return out;
}

void SlipCodec::feed(QByteArrayView chunk)
{
    for (char c : chunk) {
        if (!m_inFrame) {
            if (c == End) {
                m_inFrame = true;
                m_current = {};
                m_escape = false;
            } else {
                // Boot text can be long (a chip stuck in a reboot loop); keep the newest part.
                if (m_outside.size() >= m_maxOutside)
                    m_outside.remove(0, m_outside.size() - m_maxOutside / 2);
                m_outside.append(c);
                ++m_outsideTotal;
            }
            continue;
        }
        if (c == End) {
            // Back-to-back delimiters (C0 C0) open the next frame rather than closing an empty one.
            if (m_current.data.isEmpty() && !m_escape && !m_current.badEscape)
                continue;
            if (m_escape)
                m_current.badEscape = true;
            finishFrame();
            continue;
        }
        char byte = c;
        if (m_escape) {
            m_escape = false;
            if (c == EscEnd) {
                byte = End;
            } else if (c == EscEsc) {
                byte = Esc;
            } else {
                m_current.badEscape = true;
            }
        } else if (c == Esc) {
            m_escape = true;
            continue;
        }
        if (m_current.data.size() < m_maxFrame)
            m_current.data.append(byte);
        else
            m_current.overflow = true;
    }
}

void SlipCodec::finishFrame()
{
    m_frames.append(std::move(m_current));
    m_current = {};
    m_inFrame = false;
    m_escape = false;
}

SlipFrame SlipCodec::takeFrame()
{
    if (m_frames.isEmpty())
        return {};
    return m_frames.takeFirst();
}

QList<SlipFrame> SlipCodec::takeFrames()
{
    QList<SlipFrame> out;
    out.swap(m_frames);
    return out;
}

QByteArray SlipCodec::takeOutside()
{
    QByteArray out;
    out.swap(m_outside);
    return out;
}

void SlipCodec::reset()
{
    m_frames.clear();
    m_current = {};
    m_outside.clear();
    m_inFrame = false;
    m_escape = false;
}

}  // namespace fw::esp
