#include "support/EspSlip.h"

namespace fw::test {

void putU32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

quint32 getU32(const QByteArray &b, int at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
           | quint32(quint8(b[at + 3])) << 24;
}

QByteArray words(std::initializer_list<quint32> ws)
{
    QByteArray b;
    for (quint32 w : ws)
        putU32(b, w);
    return b;
}

QByteArray slip(const QByteArray &payload)
{
    QByteArray out(1, char(0xC0));
    for (char c : payload) {
        if (c == char(0xC0))
            out += QByteArray::fromHex("DBDC");
        else if (c == char(0xDB))
            out += QByteArray::fromHex("DBDD");
        else
            out += c;
    }
    return out + char(0xC0);
}

QByteArray request(quint8 op, const QByteArray &data, quint32 checksum)
{
    QByteArray b;
    b.append(char(0x00));
    b.append(char(op));
    b.append(char(data.size() & 0xFF));
    b.append(char((data.size() >> 8) & 0xFF));
    putU32(b, checksum);
    return slip(b + data);
}

quint32 xorSum(const QByteArray &payload)
{
    quint32 s = 0xEF;
    for (char c : payload)
        s ^= quint8(c);
    return s;
}

QByteArray dataRequest(quint8 op, quint32 seq, const QByteArray &payload, int checksumDelta)
{
    return request(op, words({quint32(payload.size()), seq, 0, 0}) + payload,
                   (xorSum(payload) + quint32(checksumDelta)) & 0xFF);
}

QByteArray syncRequest() { return request(0x08, QByteArray::fromHex("07071220") + QByteArray(32, 0x55)); }

QList<QByteArray> takeSlipFrames(QByteArray &raw)
{
    QList<QByteArray> frames;
    for (;;) {
        const int start = int(raw.indexOf(char(0xC0)));
        if (start < 0) {
            raw.clear();
            return frames;
        }
        const int end = int(raw.indexOf(char(0xC0), start + 1));
        if (end < 0) {
            raw = raw.mid(start);
            return frames;
        }
        const QByteArray f = raw.mid(start + 1, end - start - 1);
        if (f.isEmpty()) {  // C0 C0: the second one opens the frame
            raw = raw.mid(end);
            continue;
        }
        raw = raw.mid(end + 1);
        QByteArray u;
        for (int i = 0; i < f.size(); ++i) {
            if (f[i] == char(0xDB) && i + 1 < f.size()) {
                u += f[i + 1] == char(0xDC) ? char(0xC0) : char(0xDB);
                ++i;
            } else {
                u += f[i];
            }
        }
        frames.append(u);
    }
}

}  // namespace fw::test
