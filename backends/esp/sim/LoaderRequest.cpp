#include "esp/sim/LoaderRequest.h"

namespace fw::esp::sim {

quint32 LoaderRequest::readU32(const QByteArray &bytes, int offset)
{
    if (offset < 0 || offset + 4 > bytes.size())
        return 0;
    return quint32(quint8(bytes[offset])) | quint32(quint8(bytes[offset + 1])) << 8
           | quint32(quint8(bytes[offset + 2])) << 16 | quint32(quint8(bytes[offset + 3])) << 24;
}

void LoaderRequest::appendU32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

LoaderRequest::Parse LoaderRequest::parse(const QByteArray &frame, LoaderRequest *out)
{
    if (frame.size() < 8 || frame[0] != 0x00)
        return Parse::NotARequest;
    out->opcode = quint8(frame[1]);
    const int length = quint8(frame[2]) | quint8(frame[3]) << 8;
    out->checksum = readU32(frame, 4);
    out->data = frame.mid(8);
    return out->data.size() == length ? Parse::Ok : Parse::LengthMismatch;
}

quint32 LoaderRequest::word(int index) const { return readU32(data, index * 4); }

quint8 LoaderRequest::dataChecksum(const QByteArray &payload)
{
    quint8 sum = 0xEF;
    for (char c : payload)
        sum ^= quint8(c);
    return sum;
}

QByteArray LoaderRequest::response(quint8 opcode, quint32 value, const QByteArray &body)
{
    QByteArray out;
    out.reserve(8 + body.size());
    out.append(char(0x01));
    out.append(char(opcode));
    out.append(char(body.size() & 0xFF));
    out.append(char((body.size() >> 8) & 0xFF));
    appendU32(out, value);
    out.append(body);
    return out;
}

}  // namespace fw::esp::sim
