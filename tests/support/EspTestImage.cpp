#include "support/EspTestImage.h"

#include "support/EspSlip.h"

#include <QCryptographicHash>

namespace fw::test {

QByteArray EspTestImage::build(const QList<Segment> &segments, quint8 mode, quint8 sizeFreq, quint32 entry,
                               std::optional<ExtendedHeader> ext)
{
    QByteArray out;
    out.append(char(0xE9));
    out.append(char(segments.size()));
    out.append(char(mode));
    out.append(char(sizeFreq));
    putU32(out, entry);
    if (ext) {
        QByteArray e(16, '\0');
        e[0] = char(0xEE);
        e[4] = char(ext->chipId & 0xFF);
        e[5] = char(ext->chipId >> 8);
        e[7] = char(ext->minRev & 0xFF);
        e[8] = char(ext->minRev >> 8);
        e[9] = char(ext->maxRev & 0xFF);
        e[10] = char(ext->maxRev >> 8);
        e[15] = char(ext->hash ? 1 : 0);
        out.append(e);
    }
    quint8 sum = 0xEF;
    for (const Segment &s : segments) {
        putU32(out, s.address);
        putU32(out, quint32(s.data.size()));
        out.append(s.data);
        for (char c : s.data)
            sum ^= quint8(c);
    }
    while (out.size() % 16 != 15)
        out.append('\0');
    out.append(char(sum));
    if (ext && ext->hash)
        out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    return out;
}

}  // namespace fw::test
