#include "esp/EspBaudSwitch.h"

#include "esp/EspChipProbe.h"
#include "esp/EspConnectDiagnosis.h"

#include <QCoreApplication>

using fw::core::JobError;

namespace fw::esp {

namespace {

constexpr qint32 kLadder[] = {921600, 460800, 230400};
constexpr int kChangeTimeoutMs = 1000;
constexpr int kBlindTimeoutMs = 150;

}  // namespace

EspBaudSwitch::EspBaudSwitch(EspLoader &loader, const EspIdentity &identity, Reconnect reconnect)
    : m_loader(loader), m_identity(identity), m_reconnect(std::move(reconnect))
{
}

QList<qint32> EspBaudSwitch::ladder(qint32 target, qint32 floor)
{
    QList<qint32> out;
    if (target > floor)
        out << target;
    for (qint32 b : kLadder) {
        if (b < target && b > floor)
            out << b;
    }
    return out;
}

quint32 EspBaudSwitch::oldBaudWord(qint32 current) const
{
    // A stub scales its divider by old/new; a ROM wants 0 there.
    return m_identity.loader == LoaderKind::Stub ? quint32(current) : 0u;
}

bool EspBaudSwitch::confirm(fw::core::JobContext &ctx, QString *why)
{
    ctx.sleep(kSettleMs);
    m_loader.flushInput();
    m_loader.takeOutsideBytes();
    const qint64 receivedBefore = m_loader.bytesReceived();
    const std::optional<Response> r =
        m_loader.tryCommand(Command::readReg(EspChipProbe::kMagicRegister), kConfirmTimeoutMs);
    if (r && r->ok() && r->value == m_identity.magic)
        return true;
    const qint64 received = m_loader.bytesReceived() - receivedBefore;
    m_loader.takeOutsideBytes();
    if (r)
        *why = QCoreApplication::translate("fw::esp::EspBaudSwitch", "the test read returned 0x%1")
                   .arg(r->value, 8, 16, QLatin1Char('0'));
    else if (received > 0)
        *why = QCoreApplication::translate("fw::esp::EspBaudSwitch",
                                           "%n bytes came back, but no readable answer", nullptr,
                                           int(received));
    else
        *why = QCoreApplication::translate("fw::esp::EspBaudSwitch", "the chip did not answer at all");
    return false;
}

bool EspBaudSwitch::switchTo(fw::core::JobContext &ctx, qint32 baud, QString *why)
{
    fw::core::ByteLink &link = m_loader.link();
    const qint32 old = link.baudRate();
    const std::optional<Response> r =
        m_loader.tryCommand(Command::changeBaudrate(quint32(baud), oldBaudWord(old)), kChangeTimeoutMs);
    if (!r || r->failed) {
        *why = r ? QCoreApplication::translate("fw::esp::EspBaudSwitch", "the chip refused it (status %1)")
                       .arg(r->statusHex())
                 : QCoreApplication::translate("fw::esp::EspBaudSwitch", "the chip did not confirm the change");
        return false;
    }
    try {
        link.setBaudRate(baud);
    } catch (const JobError &e) {
        *why = e.diagnosis().summary;
        return false;
    }
    return confirm(ctx, why);
}

bool EspBaudSwitch::blindSwitch(fw::core::JobContext &ctx, qint32 to, QString *why)
{
    fw::core::ByteLink &link = m_loader.link();
    // The request may get through even when the answers do not; the answer is not awaited.
    // The host's baud is the chip's too: either both switched or neither did.
    m_loader.tryCommand(Command::changeBaudrate(quint32(to), oldBaudWord(link.baudRate())), kBlindTimeoutMs);
    try {
        link.setBaudRate(to);
    } catch (const JobError &e) {
        *why = e.diagnosis().summary;
        return false;
    }
    return confirm(ctx, why);
}

void EspBaudSwitch::regainContact(fw::core::JobContext &ctx, qint32 home, qint32 lost)
{
    QString why;
    // Perhaps the chip never left `home` (the change request was lost).
    m_loader.link().setBaudRate(home);
    if (confirm(ctx, &why))
        return;
    if (m_reconnect) {
        ctx.log().warning(QCoreApplication::translate("fw::esp::EspBaudSwitch",
                                                      "Lost the chip at %1 baud; resetting it to connect again at %2 baud.")
                              .arg(lost)
                              .arg(home));
        m_reconnect(ctx);
        return;
    }
    throw JobError(EspConnectDiagnosis::baudLost(lost, home));
}

qint32 EspBaudSwitch::raise(fw::core::JobContext &ctx, qint32 target)
{
    fw::core::ByteLink &link = m_loader.link();
    const qint32 home = link.baudRate();
    if (target <= 0 || target == home)
        return home;
    if (!m_identity.caps.changeBaud) {
        ctx.log().info(QCoreApplication::translate(
                           "fw::esp::EspBaudSwitch",
                           "The %1 cannot change its baud rate, so the transfer stays at %2 baud.")
                           .arg(m_identity.loaderName())
                           .arg(home));
        return home;
    }
    const QList<qint32> steps = ladder(target, home);
    bool inContact = true;
    qint32 failed = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const qint32 baud = steps.at(i);
        QString why;
        bool ok = false;
        if (!inContact) {
            ok = blindSwitch(ctx, baud, &why);
            if (!ok) {
                regainContact(ctx, home, failed);
                inContact = true;
            }
        }
        if (!ok)
            ok = switchTo(ctx, baud, &why);
        if (ok) {
            ctx.log().info(QCoreApplication::translate("fw::esp::EspBaudSwitch", "Transfer speed: %1 baud.")
                               .arg(baud));
            return baud;
        }
        inContact = false;
        failed = baud;
        const QString next = i + 1 < steps.size() ? QString::number(steps.at(i + 1)) : QString::number(home);
        QString text = QCoreApplication::translate("fw::esp::EspBaudSwitch",
                                                   "%1 baud does not work on this link (%2); trying %3 baud.")
                           .arg(baud)
                           .arg(why, next);
        if (baud >= 921600)
            text += QLatin1Char(' ')
                    + QCoreApplication::translate("fw::esp::EspBaudSwitch",
                                                  "Many CH340 adapters cannot carry 921600 baud.");
        ctx.log().warning(text);
    }
    if (!inContact) {
        QString why;
        if (!blindSwitch(ctx, home, &why))
            regainContact(ctx, home, failed);
    }
    ctx.log().warning(QCoreApplication::translate("fw::esp::EspBaudSwitch", "The transfer stays at %1 baud.")
                          .arg(home));
    return home;
}

}  // namespace fw::esp
