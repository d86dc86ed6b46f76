#pragma once
// Reads flash through the loader: 64 bytes per READ_FLASH_SLOW on the ESP32 ROM, or the stub's
// streamed READ_FLASH (4 KiB packets, each acknowledged, then an MD5 frame checked here).

#include "core/Job.h"
#include "esp/EspIdentity.h"
#include "esp/EspLoader.h"

#include <QByteArray>

namespace fw::esp {

class EspFlashReader {
public:
    static constexpr int SlowChunk = 64;           // what READ_FLASH_SLOW returns per call
    static constexpr int StubPacket = 0x1000;      // READ_FLASH packet size
    // Packets in flight. Our stub counts packets, so 4 keeps the line busy while acks travel;
    // esptool's legacy stub compares this with un-acknowledged bytes, and so sends one at a time.
    // Kept small so that a read abandoned after a damaged packet drains quickly.
    static constexpr int StubMaxInFlight = 4;
    static constexpr qint64 StubPiece = 256 * 1024; // one READ_FLASH (and one MD5 frame) each
    static constexpr int StubPieceAttempts = 3;

    EspFlashReader(EspLoader &loader, const EspIdentity &identity, fw::core::JobContext &ctx);

    // Progress goes to ctx as progressBase + bytes read. Both throw JobError on failure.
    QByteArray readSlow(qint64 offset, qint64 length, qint64 progressBase);
    QByteArray readStub(qint64 offset, qint64 length, qint64 progressBase);

private:
    // One READ_FLASH; returns false (with *problem set) when the stub's MD5 frame disagrees.
    bool readStubPiece(qint64 offset, qint64 length, qint64 progressBase, QByteArray *out,
                       QString *problem);
    [[noreturn]] void failStream(qint64 offset, const QString &what) const;
    // After a damaged or missing packet: ends the stub's read with a frame that is not an
    // acknowledgement, then waits until the line is quiet, so the piece can be asked for again.
    void abandonRead();

    EspLoader &m_loader;
    const EspIdentity &m_identity;
    fw::core::JobContext &m_ctx;
};

}  // namespace fw::esp
