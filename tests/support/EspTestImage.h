#pragma once
// ESP application images laid out by hand from the format sheet (esp.md §3.1), so tests check
// the image parser, the image checks and the flashing paths against an independent encoding.

#include <QByteArray>
#include <QList>

#include <optional>

namespace fw::test {

class EspTestImage
{
public:
    struct Segment {
        quint32 address;
        QByteArray data;
    };

    // The ESP32 family's 16-byte extended header. Revisions are major * 100 + minor; the
    // default range (0 .. 3.99) lets every chip revision known so far through.
    struct ExtendedHeader {
        quint16 chipId = 0;
        quint16 minRev = 0;
        quint16 maxRev = 399;
        bool hash = false;
    };

    // Header (magic 0xE9), the extended header when given, the segments, zero padding to 15 mod
    // 16, the XOR checksum seeded with 0xEF and, when the extended header asks for it, a SHA-256
    // of everything before it.
    static QByteArray build(const QList<Segment> &segments, quint8 mode, quint8 sizeFreq, quint32 entry,
                            std::optional<ExtendedHeader> ext = std::nullopt);
};

}  // namespace fw::test
