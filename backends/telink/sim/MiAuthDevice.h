#pragma once
// The device side of the Xiaomi Mi registration and login on chars 0x0010 / 0x0019 of a stock
// LYWSD03MMC (protocols/telink.md §3): answers writes with notifications, keeps the token.

#include "telink/MiAuth.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QList>

#include <optional>

namespace fw::telink::sim {

// Model assumptions where the fact sheet is silent:
// - The answer to A2 00 00 00 is the announce 00 00 00 00 01 00 when not registered, and
//   00 00 00 00 02 00 followed (after the host's ready) by the known 20-byte device id.
// - The device sends its public key right after acknowledging the app's key; random, then
//   confirmation follow the app random in the login.
// - A login on an unregistered device is answered with status 0xE0 at once.
// - hangsAfterKeyExchange (2.1.1_0159): the device sends its key, then ignores everything.
class MiAuthDevice {
public:
    struct Notification {
        QBluetoothUuid characteristic;
        QByteArray value;
    };

    explicit MiAuthDevice(QByteArray token = {});

    void setHangsAfterKeyExchange(bool hangs) { m_hangs = hangs; }
    bool isRegistered() const { return !m_token.isEmpty(); }
    QByteArray token() const { return m_token; }
    QByteArray bindKey() const { return m_bindKey; }
    QByteArray deviceId() const { return m_deviceId; }
    int registrations() const { return m_registrations; }
    int failedLogins() const { return m_failedLogins; }

    QList<Notification> onControl(const QByteArray &value);  // a write to 0x0010
    QList<Notification> onData(const QByteArray &value);     // a write to 0x0019
    // True once after a successful login (the caller unlocks the OTA).
    bool takeLoginSuccess();
    void disconnected();  // a session never survives the link

private:
    enum class State { Idle, Registering, KeyExchange, ExpectDeviceId, WaitRegisterDone, Login, Hung };
    enum class Send { None, AwaitReady, AwaitOk };

    void received(quint8 type, const QByteArray &payload, QList<Notification> &out);
    void queue(quint8 type, const QByteArray &payload, QList<Notification> &out);
    void status(quint8 code, QList<Notification> &out) const;
    static Notification data(const QByteArray &v);

    QByteArray m_token;
    QByteArray m_bindKey;
    QByteArray m_deviceId;
    bool m_hangs = false;
    int m_registrations = 0;
    int m_failedLogins = 0;

    State m_state = State::Idle;
    fw::telink::MiFrameAssembler m_in;
    QList<QPair<quint8, QByteArray>> m_outQueue;
    Send m_send = Send::None;

    fw::telink::MiSetupKeys m_setup;
    std::optional<QByteArray> m_pendingId;
    QByteArray m_appRandom;
    QByteArray m_devRandom;
    fw::telink::MiLoginKeys m_login;
    bool m_loginSuccess = false;
};

}  // namespace fw::telink::sim
