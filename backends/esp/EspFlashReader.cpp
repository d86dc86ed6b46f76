#include "esp/EspFlashReader.h"

#include "esp/EspCommandRetry.h"
#include "esp/EspTimeouts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>

namespace fw::esp {

namespace {
QString hex(qint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }
}  // namespace

EspFlashReader::EspFlashReader(EspLoader &loader, const EspIdentity &identity, fw::core::JobContext &ctx)
    : m_loader(loader), m_identity(identity), m_ctx(ctx)
{
}

QByteArray EspFlashReader::readSlow(qint64 offset, qint64 length, qint64 progressBase)
{
    QByteArray out;
    out.reserve(length);
    while (out.size() < length) {
        m_ctx.checkCancel();
        const qint64 at = offset + out.size();
        const int n = int(std::min<qint64>(SlowChunk, length - out.size()));
        const Response r = EspCommandRetry::command(m_loader, m_ctx, Command::readFlashSlow(quint32(at), quint32(n)),
                                                    EspTimeouts::DefaultMs);
        // The ROM answers with its whole 64-byte buffer whatever was asked for.
        if (r.payload.size() < n)
            failStream(at, QCoreApplication::translate("fw::esp::EspFlashReader",
                                                       "the chip sent %1 bytes where %2 were asked for")
                               .arg(r.payload.size())
                               .arg(n));
        out.append(r.payload.constData(), n);
        m_ctx.setDone(progressBase + out.size());
    }
    return out;
}

QByteArray EspFlashReader::readStub(qint64 offset, qint64 length, qint64 progressBase)
{
    QByteArray out;
    out.reserve(length);
    while (out.size() < length) {
        const qint64 at = offset + out.size();
        const qint64 n = std::min<qint64>(StubPiece, length - out.size());
        QString problem;
        for (int attempt = 1;; ++attempt) {
            QByteArray piece;
            if (readStubPiece(at, n, progressBase + out.size(), &piece, &problem)) {
                out.append(piece);
                break;
            }
            if (attempt >= StubPieceAttempts)
                failStream(at, problem);
            m_ctx.log().warning(QCoreApplication::translate("fw::esp::EspFlashReader",
                                                            "Reading %1 bytes at %2 again: %3")
                                    .arg(n)
                                    .arg(hex(at), problem));
        }
    }
    return out;
}

bool EspFlashReader::readStubPiece(qint64 offset, qint64 length, qint64 progressBase, QByteArray *out,
                                   QString *problem)
{
    m_loader.command(Command::readFlash(quint32(offset), quint32(length), StubPacket, StubMaxInFlight),
                     EspTimeouts::DefaultMs);
    QByteArray data;
    data.reserve(length);
    while (data.size() < length) {
        m_ctx.checkCancel();
        const std::optional<QByteArray> packet = m_loader.readFrame(EspTimeouts::DefaultMs);
        QString wrong;
        if (!packet)
            wrong = QCoreApplication::translate("fw::esp::EspFlashReader", "no data arrived for %1 ms")
                        .arg(EspTimeouts::DefaultMs);
        // Only the last packet may be short; anything else means bytes were lost or damaged.
        else if (data.size() + packet->size() < length && packet->size() != StubPacket)
            wrong = QCoreApplication::translate("fw::esp::EspFlashReader",
                                                "a data packet of %1 bytes arrived where %2 were expected")
                        .arg(packet->size())
                        .arg(StubPacket);
        else if (data.size() + packet->size() > length)
            wrong = QCoreApplication::translate("fw::esp::EspFlashReader",
                                                "the stub sent more data than was asked for");
        if (!wrong.isEmpty()) {
            *problem = QCoreApplication::translate("fw::esp::EspFlashReader", "at %1, %2")
                           .arg(hex(offset + data.size()), wrong);
            abandonRead();
            return false;
        }
        data.append(*packet);
        QByteArray ack;
        Command::appendU32(ack, quint32(data.size()));
        m_loader.sendFrame(ack);
        m_ctx.setDone(progressBase + data.size());
    }
    const std::optional<QByteArray> digest = m_loader.readFrame(EspTimeouts::DefaultMs);
    if (!digest || digest->size() != 16) {
        *problem = QCoreApplication::translate("fw::esp::EspFlashReader", "the closing checksum frame is missing");
        abandonRead();
        return false;
    }
    const QByteArray ours = QCryptographicHash::hash(data, QCryptographicHash::Md5);
    if (ours != *digest) {
        *problem = QCoreApplication::translate("fw::esp::EspFlashReader",
                                               "the data does not match the stub's checksum (MD5 %1, stub says %2)")
                       .arg(QString::fromLatin1(ours.toHex()), QString::fromLatin1(digest->toHex()));
        return false;
    }
    *out = data;
    return true;
}

void EspFlashReader::abandonRead()
{
    // Any frame but a 4-byte acknowledgement ends a stub's read; a SYNC is harmless whatever
    // state the stub is in, and its answers are drained with the rest.
    m_loader.sendFrame(Command::sync().encode());
    const qint64 before = m_loader.bytesReceived();
    qint64 seen = -1;
    QElapsedTimer t;
    t.start();
    // Until nothing has come for a quarter of a second (packets already on their way, the
    // stub's SYNC answers), but not for ever.
    while (seen != m_loader.bytesReceived() && t.elapsed() < 60'000) {
        m_ctx.checkCancel();
        seen = m_loader.bytesReceived();
        m_loader.drain(250);
    }
    m_ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashReader",
                                                 "Read abandoned; %1 bytes drained from the line")
                         .arg(m_loader.bytesReceived() - before));
}

void EspFlashReader::failStream(qint64 offset, const QString &what) const
{
    fw::core::Diagnosis d;
    d.code = QStringLiteral("esp.read.failed");
    d.summary = QCoreApplication::translate("fw::esp::EspFlashReader", "Reading the flash stopped at %1: %2.")
                    .arg(hex(offset), what);
    d.causes << QCoreApplication::translate("fw::esp::EspFlashReader",
                                            "Bytes were lost on the serial line: long or loose wires, or a baud "
                                            "rate too high for this adapter.")
             << QCoreApplication::translate("fw::esp::EspFlashReader",
                                            "The chip reset or lost power during the read (%1).")
                    .arg(m_identity.loaderName());
    d.nextStep = QCoreApplication::translate("fw::esp::EspFlashReader",
                                             "Check the wiring and the supply, choose a lower baud rate and read "
                                             "again. Nothing on the chip was changed.");
    throw fw::core::JobError(d);
}

}  // namespace fw::esp
