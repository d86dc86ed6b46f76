#include "telink/sim/MiAuthDevice.h"

#include "telink/MiCrypto.h"
#include "telink/TelinkUuids.h"

namespace fw::telink::sim {

using fw::telink::MiAuth;
using fw::telink::MiCrypto;
using fw::telink::MiFrame;
namespace u = fw::telink::uuids;

MiAuthDevice::MiAuthDevice(QByteArray token) : m_token(std::move(token))
{
    if (!m_token.isEmpty())
        m_deviceId = QByteArray("\0blt.3.129vmihome0g00", 20);  // registered by Mi Home
}

MiAuthDevice::Notification MiAuthDevice::data(const QByteArray &v)
{
    return Notification{u::miData(), v};
}

void MiAuthDevice::status(quint8 code, QList<Notification> &out) const
{
    out << Notification{u::miControl(), MiAuth::command(code)};
}

bool MiAuthDevice::takeLoginSuccess()
{
    const bool s = m_loginSuccess;
    m_loginSuccess = false;
    return s;
}

void MiAuthDevice::disconnected()
{
    m_state = State::Idle;
    m_in.begin(0, 0);
    m_outQueue.clear();
    m_send = Send::None;
    m_pendingId.reset();
}

void MiAuthDevice::queue(quint8 type, const QByteArray &payload, QList<Notification> &out)
{
    m_outQueue.append({type, payload});
    if (m_send == Send::None) {
        out << data(MiAuth::announce(type, MiAuth::framesFor(int(payload.size()))));
        m_send = Send::AwaitReady;
    }
}

QList<MiAuthDevice::Notification> MiAuthDevice::onControl(const QByteArray &value)
{
    QList<Notification> out;
    const auto cmd = MiAuth::statusOf(value);
    if (!cmd || m_state == State::Hung)
        return out;
    switch (*cmd) {
    case MiAuth::CmdRegisterStart:
        disconnected();
        m_state = State::Registering;
        if (isRegistered()) {
            queue(MiAuth::TypeDeviceId, m_deviceId, out);
        } else {
            out << data(MiAuth::announce(MiAuth::TypeDeviceId, 1));
        }
        break;
    case MiAuth::CmdKeyExchange:
        if (m_state == State::Registering)
            m_state = State::KeyExchange;
        break;
    case MiAuth::CmdRegisterDone:
        if (m_state != State::WaitRegisterDone) {
            status(MiAuth::RegisterFailed, out);
            break;
        }
        if (m_pendingId && m_pendingId->size() == MiAuth::DeviceIdSize) {
            m_token = m_setup.token;
            m_bindKey = m_setup.bindKey;
            m_deviceId = *m_pendingId;
            ++m_registrations;
            status(MiAuth::RegisterOk, out);
        } else {
            status(MiAuth::RegisterFailed, out);
        }
        m_state = State::Idle;
        break;
    case MiAuth::CmdLoginStart:
        disconnected();
        if (!isRegistered()) {
            status(MiAuth::NotRegistered, out);
            break;
        }
        m_state = State::Login;
        break;
    default:
        break;
    }
    return out;
}

QList<MiAuthDevice::Notification> MiAuthDevice::onData(const QByteArray &value)
{
    QList<Notification> out;
    if (m_state == State::Hung)
        return out;
    const MiFrame f = MiAuth::parse(value);
    switch (f.kind) {
    case MiFrame::Kind::Announce:
        m_in.begin(f.type, f.frames);
        out << data(MiAuth::ready());
        break;
    case MiFrame::Kind::Data:
        if (!m_in.add(f)) {
            m_in.begin(0, 0);  // out of order: the host starts over
            break;
        }
        if (m_in.complete()) {
            const quint8 type = m_in.type();
            const QByteArray payload = m_in.take();
            out << data(MiAuth::receivedOk());
            received(type, payload, out);
        }
        break;
    case MiFrame::Kind::Inline:
        out << data(MiAuth::inlineAck());
        received(f.type, f.payload, out);
        break;
    case MiFrame::Kind::Echo:
        out << data(MiAuth::echoReply(f));
        break;
    case MiFrame::Kind::Ready:
        if (m_send == Send::AwaitReady && !m_outQueue.isEmpty()) {
            for (const QByteArray &d : MiAuth::dataFrames(m_outQueue.first().second))
                out << data(d);
            m_send = Send::AwaitOk;
        }
        break;
    case MiFrame::Kind::ReceivedOk:
        if (m_send == Send::AwaitOk && !m_outQueue.isEmpty()) {
            m_outQueue.removeFirst();
            m_send = Send::None;
            if (m_hangs && m_state == State::ExpectDeviceId) {
                // 2.1.1_0159: the key went out, and from here on nothing answers.
                m_state = State::Hung;
                m_outQueue.clear();
                break;
            }
            if (!m_outQueue.isEmpty()) {
                const auto &next = m_outQueue.first();
                out << data(MiAuth::announce(next.first, MiAuth::framesFor(int(next.second.size()))));
                m_send = Send::AwaitReady;
            }
        }
        break;
    default:
        break;
    }
    return out;
}

void MiAuthDevice::received(quint8 type, const QByteArray &payload, QList<Notification> &out)
{
    if (m_state == State::KeyExchange && type == MiAuth::TypePublicKey) {
        if (payload.size() != MiCrypto::PublicKeySize) {
            status(MiAuth::RegisterFailed, out);
            m_state = State::Idle;
            return;
        }
        const auto pair = MiCrypto::generateKeyPair();
        try {
            m_setup = MiAuth::setupKeys(MiCrypto::ecdh(pair.privateKey, payload));
        } catch (const std::exception &) {
            status(MiAuth::RegisterFailed, out);
            m_state = State::Idle;
            return;
        }
        m_state = State::ExpectDeviceId;
        queue(MiAuth::TypePublicKey, pair.publicKey, out);
        return;
    }
    if (m_state == State::ExpectDeviceId && type == MiAuth::TypeDeviceId) {
        m_pendingId = MiAuth::decryptDeviceId(m_setup.keyA, payload);
        m_state = State::WaitRegisterDone;
        return;
    }
    if (m_state == State::Login && type == MiAuth::TypeAppRandom && payload.size() == MiAuth::RandomSize) {
        m_appRandom = payload;
        m_devRandom = MiAuth::randomBytes(MiAuth::RandomSize);
        m_login = MiAuth::loginKeys(m_token, m_appRandom, m_devRandom);
        queue(MiAuth::TypeDeviceRandom, m_devRandom, out);
        queue(MiAuth::TypeDeviceConfirmation, MiAuth::deviceConfirmation(m_login, m_appRandom, m_devRandom), out);
        return;
    }
    if (m_state == State::Login && type == MiAuth::TypeAppConfirmation) {
        m_state = State::Idle;
        if (payload == MiAuth::appConfirmation(m_login, m_appRandom, m_devRandom)) {
            m_loginSuccess = true;
            status(MiAuth::LoginOk, out);
        } else {
            ++m_failedLogins;
            status(MiAuth::LoginFailed, out);
        }
    }
}

}  // namespace fw::telink::sim
