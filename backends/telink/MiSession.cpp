#include "telink/MiSession.h"

#include "telink/MiCrypto.h"
#include "telink/TelinkUuids.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::GattWriteMode;
using fw::core::JobError;
namespace u = fw::telink::uuids;

namespace {

Diagnosis notStock()
{
    Diagnosis d;
    d.code = QStringLiteral("telink.mi.no_service");
    d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                            "The device has no Mi authentication service (0xFE95 with 0x0010 and 0x0019).");
    d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                            "It does not run the stock Xiaomi firmware: custom firmware (pvvx, "
                                            "atc1441) needs no Mi login.")
             << QCoreApplication::translate("fw::telink::MiSession",
                                            "The computer shows services cached from another firmware.");
    d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                             "Flash without a Mi token; if the device does run stock firmware, "
                                             "remove it in the system's Bluetooth settings and connect again.");
    return d;
}

}  // namespace

MiSession::MiSession(fw::core::GattLink &link, fw::core::JobContext &ctx, MiSessionOptions options)
    : m_link(link), m_ctx(ctx), m_options(options)
{
}

MiKeys MiSession::activate(fw::core::GattLink &link, fw::core::JobContext &ctx)
{
    return MiSession(link, ctx).activate();
}

void MiSession::login(fw::core::GattLink &link, fw::core::JobContext &ctx, const QByteArray &token)
{
    MiSession(link, ctx).login(token);
}

QByteArray MiSession::parseToken(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char(':'));
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t = t.mid(2);
    if (t.size() != 2 * MiAuth::TokenSize)
        return {};
    for (const QChar c : t) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(t.toLatin1());
}

// ---- plumbing ---------------------------------------------------------------------------------

void MiSession::prepare()
{
    if (!m_link.findCharacteristic(u::miControl()) || !m_link.findCharacteristic(u::miData()))
        throw JobError(notStock());
    m_link.subscribe(u::miControl(), true);
    m_link.subscribe(u::miData(), true);
    m_link.clearNotifications(u::miControl());
    m_link.clearNotifications(u::miData());
    m_status.reset();
}

void MiSession::writeControl(quint8 cmd)
{
    m_link.write(u::miControl(), MiAuth::command(cmd), GattWriteMode::WithResponse);
}

void MiSession::writeData(const QByteArray &value)
{
    m_link.write(u::miData(), value, GattWriteMode::WithoutResponse);
}

MiFrame MiSession::nextFrame(const QString &step)
{
    QDeadlineTimer deadline(m_options.stepTimeoutMs);
    for (;;) {
        m_ctx.checkCancel();
        const int left = int(deadline.remainingTime());
        if (left <= 0)
            throw StepTimeout{step};
        const auto n = m_link.waitNotification({}, qMin(left, 100));
        if (!n)
            continue;
        if (n->characteristic == u::miControl()) {
            const auto s = MiAuth::statusOf(n->value);
            if (!s)
                continue;
            if (*s == MiAuth::RegisterOk || *s == MiAuth::LoginOk || *s == MiAuth::RepeatLogin
                || *s == MiAuth::RegisterVerifyOk) {
                m_status = *s;
                continue;
            }
            failStatus(*s);
        }
        if (n->characteristic != u::miData())
            continue;
        const MiFrame f = MiAuth::parse(n->value);
        if (f.kind == MiFrame::Kind::Echo) {
            writeData(MiAuth::echoReply(f));  // newer firmware checks the link this way
            continue;
        }
        if (f.kind == MiFrame::Kind::Timeout)
            throw StepTimeout{step};
        if (f.kind == MiFrame::Kind::Invalid)
            continue;
        return f;
    }
}

quint8 MiSession::waitStatus(const QString &step)
{
    QDeadlineTimer deadline(m_options.stepTimeoutMs);
    for (;;) {
        if (m_status) {
            const quint8 s = *m_status;
            m_status.reset();
            return s;
        }
        m_ctx.checkCancel();
        const int left = int(deadline.remainingTime());
        if (left <= 0)
            throw StepTimeout{step};
        const auto n = m_link.waitNotification(u::miControl(), qMin(left, 100));
        if (!n)
            continue;
        if (const auto s = MiAuth::statusOf(n->value))
            return *s;
    }
}

void MiSession::sendPayload(quint8 type, const QByteArray &payload, const QString &step)
{
    writeData(MiAuth::announce(type, MiAuth::framesFor(int(payload.size()))));
    for (;;) {
        const MiFrame f = nextFrame(step);
        if (f.kind == MiFrame::Kind::Ready)
            break;
    }
    for (const QByteArray &frame : MiAuth::dataFrames(payload))
        writeData(frame);
    for (;;) {
        const MiFrame f = nextFrame(step);
        if (f.kind == MiFrame::Kind::ReceivedOk)
            return;
    }
}

QByteArray MiSession::receivePayload(quint8 type, const QString &step)
{
    MiFrameAssembler in;
    for (;;) {
        const MiFrame f = nextFrame(step);
        if (f.kind == MiFrame::Kind::Inline && f.type == type) {
            writeData(MiAuth::inlineAck());
            return f.payload;
        }
        if (f.kind == MiFrame::Kind::Announce && f.type == type) {
            in.begin(type, f.frames);
            writeData(MiAuth::ready());
            break;
        }
    }
    while (!in.complete()) {
        const MiFrame f = nextFrame(step);
        if (f.kind == MiFrame::Kind::Data && !in.add(f))
            throw StepTimeout{step};  // a lost frame: the device will not resend it
    }
    writeData(MiAuth::receivedOk());
    return in.take();
}

QString MiSession::firmwareRevision()
{
    try {
        return QString::fromLatin1(m_link.read(u::firmwareRevision(), 2000)).trimmed();
    } catch (const JobError &) {
        return {};
    }
}

void MiSession::failStatus(quint8 status)
{
    Diagnosis d;
    const QString name = MiAuth::statusName(status);
    if (status == MiAuth::NotRegistered) {
        d.code = QStringLiteral("telink.mi.not_registered");
        d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                                "The device is not registered, so it has no token to log in with.");
        d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                                "It was never added to Mi Home, or it was reset.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Run 'flashwright-cli telink activate --ble ADDRESS' first, then "
                                                 "log in with the token it prints.");
    } else if (status == MiAuth::LoginFailed || status == MiAuth::InvalidLtmk) {
        d.code = QStringLiteral("telink.mi.login_failed");
        d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                                "The device refused the Mi login (%1): the token does not match.")
                        .arg(name);
        d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                                "The token is wrong or belongs to another device.")
                 << QCoreApplication::translate("fw::telink::MiSession",
                                                "The device was added to Mi Home again (or activated here) since "
                                                "the token was taken: every pairing makes a new token.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Take the current token from Mi Home with the Xiaomi cloud tokens "
                                                 "extractor, or activate the device again here (it then has to be "
                                                 "re-added in Mi Home).");
    } else {
        d.code = m_activating ? QStringLiteral("telink.mi.activation_failed") : QStringLiteral("telink.mi.login_failed");
        d.summary = QCoreApplication::translate("fw::telink::MiSession", "The device answered the Mi %1 with: %2.")
                        .arg(m_activating ? QCoreApplication::translate("fw::telink::MiSession", "activation")
                                          : QCoreApplication::translate("fw::telink::MiSession", "login"),
                             name);
        d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                                "A frame was lost or garbled on the way (weak signal, busy adapter).")
                 << QCoreApplication::translate("fw::telink::MiSession",
                                                "This firmware version speaks a variant of the exchange.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Move closer, reconnect and try again; if it keeps failing, take the "
                                                 "keys from Mi Home with the Xiaomi cloud tokens extractor.");
    }
    throw JobError(d);
}

// ---- the exchanges ----------------------------------------------------------------------------

MiKeys MiSession::activate()
{
    m_activating = true;
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::MiSession", "Mi activation"));
    prepare();
    try {
        writeControl(MiAuth::CmdRegisterStart);
        const MiFrame hello = nextFrame(QCoreApplication::translate("fw::telink::MiSession", "register"));
        if (hello.kind == MiFrame::Kind::Announce && hello.type == MiAuth::TypeDeviceId && hello.frames >= 2) {
            MiFrameAssembler in;
            in.begin(hello.type, hello.frames);
            writeData(MiAuth::ready());
            while (!in.complete())
                in.add(nextFrame(QCoreApplication::translate("fw::telink::MiSession", "register")));
            writeData(MiAuth::receivedOk());
            const QByteArray known = in.take();
            m_ctx.log().warning(QCoreApplication::translate("fw::telink::MiSession",
                                                            "the device is registered already (device id %1); a new "
                                                            "activation replaces that registration")
                                    .arg(QString::fromLatin1(known.mid(1)).trimmed()));
        }

        writeControl(MiAuth::CmdKeyExchange);
        const MiKeyPair pair = MiCrypto::generateKeyPair();
        sendPayload(MiAuth::TypePublicKey, pair.publicKey, QCoreApplication::translate("fw::telink::MiSession", "key"));
        const QByteArray devicePublic = receivePayload(MiAuth::TypePublicKey, QCoreApplication::translate("fw::telink::MiSession", "key"));
        m_ctx.log().info(QCoreApplication::translate("fw::telink::MiSession", "keys exchanged"));
        const MiSetupKeys keys = MiAuth::setupKeys(MiCrypto::ecdh(pair.privateKey, devicePublic));

        const QByteArray deviceId = MiAuth::makeDeviceId();
        sendPayload(MiAuth::TypeDeviceId, MiAuth::encryptDeviceId(keys.keyA, deviceId), QCoreApplication::translate("fw::telink::MiSession", "device id"));
        writeControl(MiAuth::CmdRegisterDone);
        const quint8 s = waitStatus(QCoreApplication::translate("fw::telink::MiSession", "register done"));
        if (s != MiAuth::RegisterOk && s != MiAuth::RegisterVerifyOk)
            failStatus(s);
        m_ctx.log().info(QCoreApplication::translate("fw::telink::MiSession",
                                                     "activated; the device must be re-added in Mi Home"));
        return MiKeys{keys.token, keys.bindKey, deviceId};
    } catch (const StepTimeout &t) {
        const QString revision = firmwareRevision();
        Diagnosis d;
        d.code = QStringLiteral("telink.mi.activation_hangs");
        d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                                "The device stopped answering during the Mi activation (at the %1 "
                                                "step).")
                        .arg(t.step);
        const QString hang = QCoreApplication::translate("fw::telink::MiSession",
                                                         "Stock firmware 2.1.1_0159 (sold since 2023) cannot be "
                                                         "activated locally: it hangs after the key exchange.");
        const QString radio = QCoreApplication::translate("fw::telink::MiSession",
                                                          "The connection is weak or the battery is low.");
        if (revision.startsWith(QLatin1String("2.1.1_0159")))
            d.causes << hang << radio;
        else
            d.causes << radio << hang;
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Add the thermometer to Mi Home on a phone, take its token and bind "
                                                 "key with the Xiaomi cloud tokens extractor "
                                                 "(github.com/PiotrMachowski/Xiaomi-cloud-tokens-extractor), then "
                                                 "flash with --mi-token TOKEN: the login works where the activation "
                                                 "hangs.");
        throw JobError(d);
    }
}

void MiSession::login(const QByteArray &token)
{
    m_activating = false;
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::MiSession", "Mi login"));
    if (token.size() != MiAuth::TokenSize) {
        Diagnosis d;
        d.code = QStringLiteral("telink.mi.bad_token");
        d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                                "A Mi token has 12 bytes (24 hex digits); this one has %1.")
                        .arg(token.size());
        d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                                "The bind key (32 hex digits) was given instead of the token, or "
                                                "the token was cut short when copied.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Copy the token (24 hex digits) from the activation output or the "
                                                 "tokens extractor again.");
        throw JobError(d);
    }
    prepare();
    try {
        writeControl(MiAuth::CmdLoginStart);
        const QByteArray appRandom = MiAuth::randomBytes(MiAuth::RandomSize);
        sendPayload(MiAuth::TypeAppRandom, appRandom, QCoreApplication::translate("fw::telink::MiSession", "random"));
        const QByteArray deviceRandom = receivePayload(MiAuth::TypeDeviceRandom, QCoreApplication::translate("fw::telink::MiSession", "random"));
        const QByteArray deviceConfirm = receivePayload(MiAuth::TypeDeviceConfirmation, QCoreApplication::translate("fw::telink::MiSession", "confirmation"));
        const MiLoginKeys keys = MiAuth::loginKeys(token, appRandom, deviceRandom);
        const bool match = MiAuth::deviceConfirmation(keys, appRandom, deviceRandom) == deviceConfirm;
        if (!match)
            m_ctx.log().warning(QCoreApplication::translate("fw::telink::MiSession",
                                                            "the device's confirmation does not match this token"));
        // Sent even on a mismatch, so the device ends the exchange with its own verdict.
        sendPayload(MiAuth::TypeAppConfirmation, MiAuth::appConfirmation(keys, appRandom, deviceRandom),
                    QCoreApplication::translate("fw::telink::MiSession", "confirmation"));
        const quint8 s = waitStatus(QCoreApplication::translate("fw::telink::MiSession", "confirmation"));
        if ((s != MiAuth::LoginOk && s != MiAuth::RepeatLogin) || !match)
            failStatus(s == MiAuth::LoginOk ? quint8(MiAuth::LoginFailed) : s);
        m_ctx.log().info(QCoreApplication::translate("fw::telink::MiSession", "Mi login ok"));
    } catch (const StepTimeout &t) {
        Diagnosis d;
        d.code = QStringLiteral("telink.mi.no_answer");
        d.summary = QCoreApplication::translate("fw::telink::MiSession",
                                                "The device stopped answering during the Mi login (at the %1 step).")
                        .arg(t.step);
        d.causes << QCoreApplication::translate("fw::telink::MiSession",
                                                "The connection is weak or the battery is low.")
                 << QCoreApplication::translate("fw::telink::MiSession",
                                                "This firmware speaks a variant of the login this tool does not know.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiSession",
                                                 "Move the thermometer closer, reinsert the battery and try again.");
        throw JobError(d);
    }
}

bool MiSession::saveKeysFile(const QString &path, const QJsonObject &keys, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = f.errorString();
        f.close();
        f.remove();
        return false;
    }
    if (f.write(QJsonDocument(keys).toJson()) < 0 || !f.flush()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

}  // namespace fw::telink
