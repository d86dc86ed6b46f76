#pragma once
// One request of the ESP serial loader as the simulated ROM reads it from a SLIP frame:
// direction 0x00, opcode, length (u16 LE), checksum (u32 LE), data; plus the reply layout.

#include <QByteArray>
#include <QtGlobal>

namespace fw::esp::sim {

struct LoaderRequest {
    enum class Parse { Ok, NotARequest, LengthMismatch };

    quint8 opcode = 0;
    quint32 checksum = 0;
    QByteArray data;

    // A frame shorter than the 8-byte header, or not starting with 0x00, is NotARequest
    // (a ROM ignores it); a length field that disagrees with the data is LengthMismatch.
    static Parse parse(const QByteArray &frame, LoaderRequest *out);

    // u32 LE word `index` of the data; 0 past the end.
    quint32 word(int index) const;
    int wordCount() const { return int(data.size() / 4); }

    // 0xEF XOR every byte after the 16-byte header of a *_DATA command.
    static quint8 dataChecksum(const QByteArray &payload);
    // Response frame contents (before SLIP): 0x01, opcode, length, value, body.
    static QByteArray response(quint8 opcode, quint32 value, const QByteArray &body);

    static quint32 readU32(const QByteArray &bytes, int offset);
    static void appendU32(QByteArray &out, quint32 v);
};

}  // namespace fw::esp::sim
