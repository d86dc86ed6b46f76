#include "telink/MiAuth.h"

#include "telink/MiCrypto.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace fw::telink {

QByteArray MiAuth::command(quint8 cmd)
{
    QByteArray b(4, '\0');
    b[0] = char(cmd);
    return b;
}

std::optional<quint8> MiAuth::statusOf(const QByteArray &value)
{
    if (value.size() != 4)
        return std::nullopt;
    return quint8(value[0]);
}

QString MiAuth::statusName(quint8 status)
{
    switch (status) {
    case RegisterOk: return QCoreApplication::translate("fw::telink::MiAuth", "registration ok");
    case RegisterFailed: return QCoreApplication::translate("fw::telink::MiAuth", "registration failed");
    case RegisterVerifyOk: return QCoreApplication::translate("fw::telink::MiAuth", "registration verified");
    case RegisterVerifyFailed: return QCoreApplication::translate("fw::telink::MiAuth", "registration not verified");
    case LoginOk: return QCoreApplication::translate("fw::telink::MiAuth", "login ok");
    case InvalidLtmk: return QCoreApplication::translate("fw::telink::MiAuth", "invalid long-term key");
    case LoginFailed: return QCoreApplication::translate("fw::telink::MiAuth", "login failed");
    case NotRegistered: return QCoreApplication::translate("fw::telink::MiAuth", "not registered");
    case AlreadyRegistered: return QCoreApplication::translate("fw::telink::MiAuth", "already registered");
    case RepeatLogin: return QCoreApplication::translate("fw::telink::MiAuth", "already logged in");
    case InvalidOob: return QCoreApplication::translate("fw::telink::MiAuth", "invalid out-of-band data");
    default: break;
    }
    return QCoreApplication::translate("fw::telink::MiAuth", "unknown status 0x%1")
        .arg(status, 2, 16, QLatin1Char('0'));
}

QByteArray MiAuth::announce(quint8 type, int frames)
{
    QByteArray b(6, '\0');
    b[3] = char(type);
    b[4] = char(frames);
    return b;
}

QByteArray MiAuth::ready() { return QByteArray("\x00\x00\x01\x01", 4); }
QByteArray MiAuth::receivedOk() { return QByteArray("\x00\x00\x01\x00", 4); }
QByteArray MiAuth::inlineAck() { return QByteArray("\x00\x00\x03\x00", 4); }

QByteArray MiAuth::echoReply(const MiFrame &echo)
{
    return QByteArray("\x00\x00\x05", 3) + echo.payload;
}

int MiAuth::framesFor(int payloadBytes)
{
    return (payloadBytes + FramePayload - 1) / FramePayload;
}

QList<QByteArray> MiAuth::dataFrames(const QByteArray &payload)
{
    QList<QByteArray> frames;
    int seq = 1;
    for (qsizetype at = 0; at < payload.size(); at += FramePayload, ++seq) {
        QByteArray f;
        f.append(char(seq));
        f.append('\0');
        f += payload.mid(at, FramePayload);
        frames << f;
    }
    return frames;
}

MiFrame MiAuth::parse(const QByteArray &v)
{
    MiFrame f;
    if (v.size() < 2)
        return f;
    const auto at = [&](int i) { return quint8(v[i]); };
    if (at(0) != 0 || at(1) != 0) {
        // Data frames are numbered from 1; the second byte is the high half of the number.
        f.kind = MiFrame::Kind::Data;
        f.seq = at(0) | (at(1) << 8);
        f.payload = v.mid(2);
        if (f.payload.size() > FramePayload)
            f.kind = MiFrame::Kind::Invalid;
        return f;
    }
    if (v.size() < 4)
        return f;
    switch (at(2)) {
    case 0x00:
        if (v.size() >= 5) {
            f.kind = MiFrame::Kind::Announce;
            f.type = at(3);
            f.frames = at(4);
        }
        break;
    case 0x01:
        if (at(3) == 0x01)
            f.kind = MiFrame::Kind::Ready;
        else if (at(3) == 0x00)
            f.kind = MiFrame::Kind::ReceivedOk;
        else if (at(3) == 0x05)
            f.kind = MiFrame::Kind::Timeout;
        break;
    case 0x02:
        f.kind = MiFrame::Kind::Inline;
        f.type = at(3);
        f.payload = v.mid(4);
        break;
    case 0x03:
        f.kind = MiFrame::Kind::InlineAck;
        break;
    case 0x04:
        f.kind = MiFrame::Kind::Echo;
        f.type = at(3);
        f.payload = v.mid(3);
        break;
    case 0x05:
        f.kind = MiFrame::Kind::EchoReply;
        f.type = at(3);
        f.payload = v.mid(3);
        break;
    default:
        break;
    }
    return f;
}

MiSetupKeys MiAuth::setupKeys(const QByteArray &sharedSecret)
{
    const QByteArray okm = MiCrypto::hkdfSha256(sharedSecret, {}, QByteArrayLiteral("mible-setup-info"), 64);
    return MiSetupKeys{okm.mid(0, TokenSize), okm.mid(12, BindKeySize), okm.mid(28, 16)};
}

QByteArray MiAuth::nonce()
{
    QByteArray n;
    for (int i = 0x10; i <= 0x1B; ++i)
        n.append(char(i));
    return n;
}

QByteArray MiAuth::encryptDeviceId(const QByteArray &keyA, const QByteArray &deviceId)
{
    return MiCrypto::aesCcmEncrypt(keyA, nonce(), QByteArrayLiteral("devID"), deviceId, 4);
}

std::optional<QByteArray> MiAuth::decryptDeviceId(const QByteArray &keyA, const QByteArray &sealed)
{
    return MiCrypto::aesCcmDecrypt(keyA, nonce(), QByteArrayLiteral("devID"), sealed, 4);
}

QByteArray MiAuth::makeDeviceId()
{
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray id("\0blt.3.129v", 11);
    for (int i = 0; i < 6; ++i)
        id.append(alnum[QRandomGenerator::system()->bounded(int(sizeof alnum) - 1)]);
    id += "g00";
    return id;
}

MiLoginKeys MiAuth::loginKeys(const QByteArray &token, const QByteArray &appRandom, const QByteArray &deviceRandom)
{
    const QByteArray okm = MiCrypto::hkdfSha256(token, appRandom + deviceRandom, QByteArrayLiteral("mible-login-info"), 64);
    return MiLoginKeys{okm.mid(0, 16), okm.mid(16, 16)};
}

QByteArray MiAuth::deviceConfirmation(const MiLoginKeys &keys, const QByteArray &appRandom,
                                      const QByteArray &deviceRandom)
{
    return MiCrypto::hmacSha256(keys.deviceKey, deviceRandom + appRandom);
}

QByteArray MiAuth::appConfirmation(const MiLoginKeys &keys, const QByteArray &appRandom,
                                   const QByteArray &deviceRandom)
{
    return MiCrypto::hmacSha256(keys.appKey, appRandom + deviceRandom);
}

QByteArray MiAuth::randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::system()->bounded(256));
    return b;
}

// ---- MiFrameAssembler ---------------------------------------------------------------------

void MiFrameAssembler::begin(quint8 type, int frames)
{
    m_type = type;
    m_frames = frames;
    m_next = 1;
    m_payload.clear();
}

bool MiFrameAssembler::add(const MiFrame &data)
{
    if (data.kind != MiFrame::Kind::Data || m_frames <= 0 || data.seq != m_next || m_next > m_frames)
        return false;
    m_payload += data.payload;
    ++m_next;
    return true;
}

QByteArray MiFrameAssembler::take()
{
    const QByteArray p = m_payload;
    begin(0, 0);
    return p;
}

}  // namespace fw::telink
