#include "esp/Response.h"

namespace fw::esp {

QString Response::statusHex() const
{
    return QString::fromLatin1(status.left(2).toHex()).toUpper();
}

std::optional<Response> Response::decode(QByteArrayView frame, LoaderKind kind, QString *why)
{
    auto reject = [why](const QString &reason) -> std::optional<Response> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (frame.size() < 8)
        return reject(QStringLiteral("reply shorter than its 8-byte header (%1 bytes)").arg(frame.size()));
    if (quint8(frame[0]) != ResponseDirection)
        return reject(QStringLiteral("first byte is 0x%1, not a reply")
                          .arg(quint8(frame[0]), 2, 16, QLatin1Char('0')));
    Response r;
    r.opcode = quint8(frame[1]);
    r.declaredLength = Command::readU16(frame, 2);
    r.value = Command::readU32(frame, 4);
    // The status sits at the end of the data actually received; trusting the frame rather than
    // the length field copes with ROMs that count the status bytes differently.
    const QByteArrayView data = frame.sliced(8);
    const int statusLen = statusLength(kind);
    if (data.size() < statusLen)
        return reject(QStringLiteral("%1 reply carries %2 data bytes, fewer than the %3 status bytes")
                          .arg(opcodeName(r.opcode))
                          .arg(data.size())
                          .arg(statusLen));
    r.payload = data.first(data.size() - statusLen).toByteArray();
    r.status = data.sliced(data.size() - statusLen).toByteArray();
    const quint8 s0 = quint8(r.status[0]);
    const quint8 s1 = quint8(r.status[1]);
    if (kind == LoaderKind::Stub) {
        r.errorCode = s0;
        r.failed = s0 != 0;
    } else {
        r.failed = s0 != 0;
        r.errorCode = r.failed ? s1 : 0;
    }
    return r;
}

}  // namespace fw::esp
