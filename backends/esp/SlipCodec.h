#pragma once
// SLIP framing for the ESP serial bootloader: encodes request frames and turns an arbitrary
// stream of received chunks into complete frames, keeping any bytes seen outside frames.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace fw::esp {

struct SlipFrame {
    QByteArray data;         // the unescaped payload between the two 0xC0 delimiters
    bool badEscape = false;  // a 0xDB was followed by something other than 0xDC/0xDD
    bool overflow = false;   // the frame outgrew maxFrameSize(); the tail was dropped
};

class SlipCodec {
public:
    static constexpr char End = char(0xC0);
    static constexpr char Esc = char(0xDB);
    static constexpr char EscEnd = char(0xDC);
    static constexpr char EscEsc = char(0xDD);

    // One complete frame, delimiters included.
    static QByteArray encode(QByteArrayView payload);

    // Feed received bytes in any chunking; completed frames queue up for takeFrame().
    void feed(QByteArrayView chunk);
    bool hasFrame() const { return !m_frames.isEmpty(); }
    SlipFrame takeFrame();
    QList<SlipFrame> takeFrames();

    // Bytes that arrived outside any frame (ROM boot text, line noise) since the last call.
    QByteArray takeOutside();
    qint64 outsideTotal() const { return m_outsideTotal; }
    bool inFrame() const { return m_inFrame; }

    // Forget a half-received frame and queued output, e.g. after a reset of the chip.
    void reset();

    void setMaxFrameSize(qsizetype bytes) { m_maxFrame = bytes; }
    qsizetype maxFrameSize() const { return m_maxFrame; }

private:
    void finishFrame();

    QList<SlipFrame> m_frames;
    SlipFrame m_current;
    QByteArray m_outside;
    qint64 m_outsideTotal = 0;
    qsizetype m_maxFrame = 0x10000;  // twice the largest stub block, so real frames always fit
    qsizetype m_maxOutside = 0x10000;
    bool m_inFrame = false;
    bool m_escape = false;
};

}  // namespace fw::esp
