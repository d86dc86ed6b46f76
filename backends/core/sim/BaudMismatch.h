#pragma once
// What a receiver listening at the wrong baud rate makes of a byte stream: fewer bytes than were
// sent, none of them the original. Deterministic, so tests can rely on "no readable text".

#include <QByteArray>
#include <QtGlobal>

#include <algorithm>

namespace fw::core::sim {

class BaudMismatch {
public:
    // True when a receiver at `receiverBaud` cannot decode a sender at `senderBaud`
    // (more than ~3 % apart, as a UART tolerates small differences).
    static bool garbles(qint32 senderBaud, qint32 receiverBaud)
    {
        if (senderBaud <= 0 || receiverBaud <= 0)
            return false;
        const double ratio = double(std::min(senderBaud, receiverBaud))
                             / double(std::max(senderBaud, receiverBaud));
        return ratio < 0.97;
    }

    // Keeps about min/max of the bytes and maps each kept byte to one outside printable ASCII
    // (high bit set), the way mis-timed start bits smear characters into 0x80..0xFF noise.
    QByteArray apply(const QByteArray &in, qint32 senderBaud, qint32 receiverBaud)
    {
        if (!garbles(senderBaud, receiverBaud))
            return in;
        const double keep = double(std::min(senderBaud, receiverBaud))
                            / double(std::max(senderBaud, receiverBaud));
        QByteArray out;
        out.reserve(int(in.size() * keep) + 1);
        for (char c : in) {
            m_budget += keep;
            if (m_budget < 1.0)
                continue;
            m_budget -= 1.0;
            const quint8 b = quint8(c);
            const quint8 mixed = quint8((b * 167u + 0x3bu + m_counter++ * 29u) & 0xffu);
            out.append(char(mixed | 0x80u));
        }
        return out;
    }

private:
    double m_budget = 0.0;
    quint32 m_counter = 0;
};

}  // namespace fw::core::sim
