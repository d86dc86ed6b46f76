// MiAuth without I/O: the 0x0019 framing, the 0x0010 commands and statuses, the key derivations
// of the registration and login, and the simulated device's side of both exchanges.
#include "telink/MiAuth.h"
#include "telink/MiCrypto.h"
#include "telink/TelinkUuids.h"
#include "telink/sim/MiAuthDevice.h"

#include <catch2/catch.hpp>

using fw::telink::MiAuth;
using fw::telink::MiCrypto;
using fw::telink::MiFrame;
using fw::telink::MiFrameAssembler;
using fw::telink::sim::MiAuthDevice;
namespace u = fw::telink::uuids;

namespace {

QByteArray hex(const char *s)
{
    return QByteArray::fromHex(s);
}

// The frames the device sent on 0x0019 (statuses on 0x0010 are collected separately).
struct Wire {
    QList<QByteArray> data;
    QList<QByteArray> control;
    void take(const QList<MiAuthDevice::Notification> &ns)
    {
        for (const auto &n : ns)
            (n.characteristic == u::miData() ? data : control) << n.value;
    }
};

// Host side without a link: send a payload to the device the §3 way.
void send(MiAuthDevice &dev, Wire &w, quint8 type, const QByteArray &payload)
{
    w.take(dev.onData(MiAuth::announce(type, MiAuth::framesFor(int(payload.size())))));
    REQUIRE_FALSE(w.data.isEmpty());
    REQUIRE(MiAuth::parse(w.data.takeLast()).kind == MiFrame::Kind::Ready);
    for (const QByteArray &f : MiAuth::dataFrames(payload))
        w.take(dev.onData(f));
}

QByteArray receive(MiAuthDevice &dev, Wire &w, quint8 type)
{
    REQUIRE_FALSE(w.data.isEmpty());
    const MiFrame a = MiAuth::parse(w.data.takeFirst());
    REQUIRE(a.kind == MiFrame::Kind::Announce);
    REQUIRE(a.type == type);
    w.take(dev.onData(MiAuth::ready()));
    MiFrameAssembler in;
    in.begin(type, a.frames);
    while (!in.complete()) {
        REQUIRE_FALSE(w.data.isEmpty());
        REQUIRE(in.add(MiAuth::parse(w.data.takeFirst())));
    }
    w.take(dev.onData(MiAuth::receivedOk()));
    return in.take();
}

}  // namespace

TEST_CASE("MiAuth builds the control frames and commands of section 3", "[unit][telink]")
{
    CHECK(MiAuth::announce(MiAuth::TypePublicKey, 4) == hex("000000030400"));
    CHECK(MiAuth::ready() == hex("00000101"));
    CHECK(MiAuth::receivedOk() == hex("00000100"));
    CHECK(MiAuth::command(MiAuth::CmdRegisterStart) == hex("a2000000"));
    CHECK(MiAuth::command(MiAuth::CmdLoginStart) == hex("24000000"));
    CHECK(MiAuth::statusOf(hex("21000000")) == quint8(0x21));
    CHECK_FALSE(MiAuth::statusOf(hex("2100")));
    CHECK(MiAuth::statusName(MiAuth::LoginFailed) == QStringLiteral("login failed"));
    CHECK(MiAuth::statusName(0x77).contains(QStringLiteral("0x77")));
}

TEST_CASE("MiAuth splits payloads into numbered frames of at most 18 bytes", "[unit][telink]")
{
    QByteArray key(64, '\0');
    for (int i = 0; i < 64; ++i)
        key[i] = char(i + 1);
    const QList<QByteArray> frames = MiAuth::dataFrames(key);
    REQUIRE(frames.size() == 4);
    CHECK(MiAuth::framesFor(64) == 4);
    CHECK(MiAuth::framesFor(24) == 2);
    CHECK(MiAuth::framesFor(16) == 1);
    CHECK(frames[0].size() == 20);
    CHECK(frames[0].left(3) == hex("010001"));
    CHECK(frames[3] == QByteArray("\x04\x00", 2) + key.mid(54));

    MiFrameAssembler in;
    in.begin(MiAuth::TypePublicKey, 4);
    CHECK_FALSE(in.add(MiAuth::parse(frames[1])));  // out of order
    for (const QByteArray &f : frames)
        CHECK(in.add(MiAuth::parse(f)));
    CHECK(in.complete());
    CHECK(in.take() == key);
    CHECK_FALSE(in.isActive());
}

TEST_CASE("MiAuth recognises every frame kind on 0x0019", "[unit][telink]")
{
    MiFrame a = MiAuth::parse(hex("0000000d0100"));
    CHECK(a.kind == MiFrame::Kind::Announce);
    CHECK(a.type == 0x0D);
    CHECK(a.frames == 1);
    CHECK(MiAuth::parse(hex("00000101")).kind == MiFrame::Kind::Ready);
    CHECK(MiAuth::parse(hex("00000100")).kind == MiFrame::Kind::ReceivedOk);
    CHECK(MiAuth::parse(hex("000001050100")).kind == MiFrame::Kind::Timeout);
    const MiFrame inl = MiAuth::parse(hex("0000020b11223344"));
    CHECK(inl.kind == MiFrame::Kind::Inline);
    CHECK(inl.type == 0x0B);
    CHECK(inl.payload == hex("11223344"));
    CHECK(MiAuth::parse(hex("00000300")).kind == MiFrame::Kind::InlineAck);
    const MiFrame echo = MiAuth::parse(hex("000004aa0102"));
    CHECK(echo.kind == MiFrame::Kind::Echo);
    CHECK(MiAuth::echoReply(echo) == hex("000005aa0102"));
    CHECK(MiAuth::parse(MiAuth::echoReply(echo)).kind == MiFrame::Kind::EchoReply);
    const MiFrame d = MiAuth::parse(hex("0200aabb"));
    CHECK(d.kind == MiFrame::Kind::Data);
    CHECK(d.seq == 2);
    CHECK(d.payload == hex("aabb"));
    CHECK(MiAuth::parse(QByteArray(21, '\x01')).kind == MiFrame::Kind::Invalid);  // 19 data bytes
    CHECK(MiAuth::parse(hex("00")).kind == MiFrame::Kind::Invalid);
}

TEST_CASE("MiAuth registration keys are the slices of HKDF mible-setup-info", "[unit][telink]")
{
    const QByteArray secret = hex("d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de");
    const QByteArray okm = MiCrypto::hkdfSha256(secret, {}, QByteArray("mible-setup-info"), 64);
    const auto keys = MiAuth::setupKeys(secret);
    CHECK(keys.token == okm.mid(0, 12));
    CHECK(keys.bindKey == okm.mid(12, 16));
    CHECK(keys.keyA == okm.mid(28, 16));
    CHECK(MiAuth::nonce() == hex("101112131415161718191a1b"));

    const QByteArray id = MiAuth::makeDeviceId();
    CHECK(id.size() == 20);
    CHECK(id.startsWith(QByteArray("\0blt.3.129v", 11)));
    CHECK(id.endsWith("g00"));
    const QByteArray sealed = MiAuth::encryptDeviceId(keys.keyA, id);
    CHECK(sealed.size() == 24);
    CHECK(sealed == MiCrypto::aesCcmEncrypt(keys.keyA, MiAuth::nonce(), QByteArray("devID"), id, 4));
    CHECK(MiAuth::decryptDeviceId(keys.keyA, sealed) == id);
    CHECK_FALSE(MiAuth::decryptDeviceId(keys.bindKey, sealed));
}

TEST_CASE("MiAuth login confirmations use the two HKDF halves in opposite orders", "[unit][telink]")
{
    const QByteArray token = hex("00112233445566778899aabb");
    const QByteArray app = QByteArray(16, '\x0a');
    const QByteArray dev = QByteArray(16, '\x0d');
    const QByteArray okm = MiCrypto::hkdfSha256(token, app + dev, QByteArray("mible-login-info"), 64);
    const auto keys = MiAuth::loginKeys(token, app, dev);
    CHECK(keys.deviceKey == okm.left(16));
    CHECK(keys.appKey == okm.mid(16, 16));
    CHECK(MiAuth::deviceConfirmation(keys, app, dev) == MiCrypto::hmacSha256(okm.left(16), dev + app));
    CHECK(MiAuth::appConfirmation(keys, app, dev) == MiCrypto::hmacSha256(okm.mid(16, 16), app + dev));
    CHECK(MiAuth::deviceConfirmation(keys, app, dev).size() == 32);
    const auto other = MiAuth::loginKeys(hex("00112233445566778899aabc"), app, dev);
    CHECK(MiAuth::deviceConfirmation(other, app, dev) != MiAuth::deviceConfirmation(keys, app, dev));
}

TEST_CASE("MiAuthDevice registers over raw frames and logs in with the new token", "[unit][telink]")
{
    MiAuthDevice dev;
    Wire w;
    w.take(dev.onControl(MiAuth::command(MiAuth::CmdRegisterStart)));
    REQUIRE(w.data.size() == 1);
    CHECK(w.data.takeFirst() == hex("000000000100"));  // not registered

    w.take(dev.onControl(MiAuth::command(MiAuth::CmdKeyExchange)));
    const auto pair = MiCrypto::generateKeyPair();
    send(dev, w, MiAuth::TypePublicKey, pair.publicKey);
    REQUIRE(w.data.size() >= 2);
    CHECK(MiAuth::parse(w.data.takeFirst()).kind == MiFrame::Kind::ReceivedOk);
    const QByteArray devicePublic = receive(dev, w, MiAuth::TypePublicKey);
    REQUIRE(devicePublic.size() == 64);
    const auto keys = MiAuth::setupKeys(MiCrypto::ecdh(pair.privateKey, devicePublic));
    const QByteArray id = MiAuth::makeDeviceId();
    send(dev, w, MiAuth::TypeDeviceId, MiAuth::encryptDeviceId(keys.keyA, id));
    CHECK(MiAuth::parse(w.data.takeFirst()).kind == MiFrame::Kind::ReceivedOk);
    w.take(dev.onControl(MiAuth::command(MiAuth::CmdRegisterDone)));
    REQUIRE(w.control.size() == 1);
    CHECK(w.control.takeFirst() == hex("11000000"));
    CHECK(dev.token() == keys.token);
    CHECK(dev.bindKey() == keys.bindKey);
    CHECK(dev.deviceId() == id);

    for (const bool right : {true, false}) {
        const QByteArray token = right ? keys.token : QByteArray(12, '\x42');
        w.take(dev.onControl(MiAuth::command(MiAuth::CmdLoginStart)));
        const QByteArray app = MiAuth::randomBytes(16);
        send(dev, w, MiAuth::TypeAppRandom, app);
        CHECK(MiAuth::parse(w.data.takeFirst()).kind == MiFrame::Kind::ReceivedOk);
        const QByteArray devRandom = receive(dev, w, MiAuth::TypeDeviceRandom);
        const QByteArray devConfirm = receive(dev, w, MiAuth::TypeDeviceConfirmation);
        const auto lk = MiAuth::loginKeys(token, app, devRandom);
        CHECK((MiAuth::deviceConfirmation(lk, app, devRandom) == devConfirm) == right);
        send(dev, w, MiAuth::TypeAppConfirmation, MiAuth::appConfirmation(lk, app, devRandom));
        REQUIRE(w.control.size() == 1);
        CHECK(w.control.takeFirst() == (right ? hex("21000000") : hex("23000000")));
        CHECK(dev.takeLoginSuccess() == right);
        w.data.clear();
    }
    CHECK(dev.failedLogins() == 1);
}

TEST_CASE("MiAuthDevice refuses a login before registration and answers echo and inline frames",
          "[unit][telink]")
{
    MiAuthDevice dev;
    Wire w;
    w.take(dev.onControl(MiAuth::command(MiAuth::CmdLoginStart)));
    REQUIRE(w.control.size() == 1);
    CHECK(w.control.first() == hex("e0000000"));
    w.take(dev.onData(hex("000004010203")));
    REQUIRE(w.data.size() == 1);
    CHECK(w.data.first() == hex("000005010203"));

    MiAuthDevice known(hex("00112233445566778899aabb"));
    Wire k;
    k.take(known.onControl(MiAuth::command(MiAuth::CmdLoginStart)));
    k.take(known.onData(QByteArray("\x00\x00\x02\x0b", 4) + QByteArray(16, '\x01')));  // inline app random
    REQUIRE_FALSE(k.data.isEmpty());
    CHECK(k.data.first() == MiAuth::inlineAck());
    CHECK(MiAuth::parse(k.data.at(1)).type == MiAuth::TypeDeviceRandom);
}
