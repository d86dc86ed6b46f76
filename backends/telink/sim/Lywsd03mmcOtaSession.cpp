#include "telink/sim/Lywsd03mmcOtaSession.h"

#include "telink/sim/PvvxControlChannel.h"

#include <QCoreApplication>

namespace fw::telink::sim {

QString Lywsd03mmcOtaSession::failedText(int status)
{
    return QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                       "the update failed with status %1; the device restarts")
        .arg(status);
}

void Lywsd03mmcOtaSession::reset()
{
    m_receiver.reset();
    m_rebootAtMs = -1;
    m_rebootOnDisconnect = false;
    m_linkDoomed = false;
    m_resetWithoutErase = false;
    m_dropAtFrame = -1;
    m_forceStatus = 0;
}

void Lywsd03mmcOtaSession::connected(qint64 nowMs)
{
    m_nowMs = nowMs;
    m_lastWriteMs = nowMs;
}

quint8 Lywsd03mmcOtaSession::statusByte() const
{
    return m_receiver.state() == TelinkOtaReceiver::State::Failed ? m_receiver.status() : quint8(0);
}

bool Lywsd03mmcOtaSession::disconnected()
{
    if (m_receiver.isReceiving()) {
        // The OTA dies with the link: the firmware wipes what it wrote and reboots, unless the
        // supply collapsed first (then the MCU simply restarts).
        if (!m_resetWithoutErase)
            m_receiver.fail(TelinkOtaReceiver::Timeout);
        m_rebootOnDisconnect = true;
    }
    return m_rebootOnDisconnect;
}

Lywsd03mmcOtaSession::Action Lywsd03mmcOtaSession::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_rebootAtMs >= 0 && nowMs >= m_rebootAtMs) {
        m_rebootAtMs = -1;
        return Action{Action::Kind::Disconnect, m_rebootReason, false};
    }
    if (m_receiver.isReceiving() && !m_linkDoomed && nowMs - m_lastWriteMs >= m_setup.otaTimeoutMs)
        fail(TelinkOtaReceiver::Timeout);
    return {};
}

Lywsd03mmcOtaSession::Action Lywsd03mmcOtaSession::onWrite(const QByteArray &value, qint64 nowMs,
                                                           const Device &device)
{
    m_nowMs = nowMs;
    const int word = TelinkOtaReceiver::leadingWord(value);
    // Model assumption: stock firmware ignores the OTA until a Mi login succeeded (§3).
    if (word < 0 || device.gated)
        return {};
    if (m_linkDoomed || m_rebootAtMs >= 0)
        return {};  // about to reset: nothing more is processed
    m_lastWriteMs = nowMs;
    switch (word) {
    case 0xFF00: return {};  // version request: the SDK only calls back into the application
    case 0xFF01: start(device); return {};
    case 0xFF02: return end(value);
    default: break;
    }
    if (TelinkOtaReceiver::isCommand(word))
        return {};  // 0xFF03..0xFF0F are reserved
    return data(word, value, device);
}

void Lywsd03mmcOtaSession::start(const Device &device)
{
    if (m_receiver.isReceiving() || !device.bootBank)
        return;
    const int attempt = ++m_attempts;
    const quint32 running = *device.bootBank;
    TelinkOtaReceiver::Plan plan;
    plan.runningBank = running;
    plan.runningSize = m_flash.imageSizeAt(running);
    plan.signedOnly = device.signedOnly;
    const bool flashWritable = device.batteryMv >= FlashWritesBelowMv;
    if (device.extOta && device.extOta->extOtaReady()) {
        plan.target = device.extOta->extOtaAddress();
        plan.prepared = device.extOta->extOtaBytes();
        plan.eraseFirst = false;  // 0x73 erased the region already
        plan.extended = true;
        device.extOta->consumeExtOta();
    } else {
        plan.target = running == TelinkFlashMap::Bank0 ? TelinkFlashMap::Bank1 : TelinkFlashMap::Bank0;
        plan.prepared = TelinkFlashMap::BankSize;
        plan.eraseFirst = flashWritable;
    }
    m_receiver.start(plan);

    m_dropAtFrame = -1;
    m_dropIsBrownOut = false;
    auto dropAt = [this](int frame, const QString &reason, bool brownOut) {
        if (m_dropAtFrame < 0 || frame < m_dropAtFrame) {
            m_dropAtFrame = frame;
            m_dropReason = reason;
            m_dropIsBrownOut = brownOut;
        }
    };
    if (flashWritable && device.batteryMv < BrownOutBelowMv)
        dropAt(BrownOutFrame,
               QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                           "the battery (%1 mV) collapsed while the device erased its flash")
                   .arg(device.batteryMv),
               true);
    if (device.latencyMs > MaxWorkingLatencyMs)
        dropAt(LatencyFrame,
               QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                           "the connection latency of %1 ms let the link time out")
                   .arg(device.latencyMs),
               false);
    if (attempt <= m_setup.flakyStartAttempts)
        dropAt(FlakyFrame,
               QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                           "the Bluetooth adapter lost the link"),
               false);
    const bool forced = m_setup.forceStatus >= 1 && m_setup.forceStatus <= 6
        && attempt <= m_setup.forceStatusAttempts;
    m_forceStatus = forced ? m_setup.forceStatus : 0;
    m_forceAtIndex = m_setup.forceStatusAtIndex;
}

Lywsd03mmcOtaSession::Action Lywsd03mmcOtaSession::loseLink(const QString &reason, bool deviceReset,
                                                            bool codeDamaged)
{
    m_linkDoomed = true;
    m_resetWithoutErase = deviceReset;
    m_rebootOnDisconnect = true;
    return Action{Action::Kind::SilentDrop, reason, codeDamaged};
}

Lywsd03mmcOtaSession::Action Lywsd03mmcOtaSession::data(int index, const QByteArray &value,
                                                        const Device &device)
{
    if (!m_receiver.isReceiving())
        return {};  // model assumption: data before 01 FF is ignored
    if (m_dropAtFrame >= 0 && index >= m_dropAtFrame)
        return loseLink(m_dropReason, m_dropIsBrownOut);
    if (m_forceStatus && m_forceAtIndex >= 0 && index == m_forceAtIndex) {
        fail(quint8(m_forceStatus));
        return {};
    }
    switch (m_receiver.onData(value, device.batteryMv >= FlashWritesBelowMv)) {
    case TelinkOtaReceiver::Outcome::Failed:
        m_lastStatus = m_receiver.status();
        scheduleReboot(FailureRebootMs, failedText(m_receiver.status()));
        break;
    case TelinkOtaReceiver::Outcome::OverwroteRunningCode:
        return loseLink(QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                                    "the update overwrote the code the device was running"),
                        true, true);
    case TelinkOtaReceiver::Outcome::Ignored:
    case TelinkOtaReceiver::Outcome::Accepted:
    case TelinkOtaReceiver::Outcome::Succeeded:
        break;
    }
    return {};
}

Lywsd03mmcOtaSession::Action Lywsd03mmcOtaSession::end(const QByteArray &value)
{
    if (!m_receiver.isReceiving())
        return {};
    if (m_dropAtFrame >= 0)
        return loseLink(m_dropReason, m_dropIsBrownOut);  // an image shorter than the fault's frame
    if (m_forceStatus && m_forceAtIndex < 0) {
        fail(quint8(m_forceStatus));
        return {};
    }
    const TelinkOtaReceiver::Outcome outcome = m_receiver.onEnd(value);
    if (outcome == TelinkOtaReceiver::Outcome::Succeeded) {
        ++m_successes;
        m_lastStatus = TelinkOtaReceiver::Success;
        scheduleReboot(SuccessRebootMs,
                       QCoreApplication::translate("fw::telink::sim::Lywsd03mmcOtaSession",
                                                   "the update is done; the device restarts into the new firmware"));
    } else if (outcome == TelinkOtaReceiver::Outcome::Failed) {
        m_lastStatus = m_receiver.status();
        scheduleReboot(FailureRebootMs, failedText(m_receiver.status()));
    }
    return {};
}

void Lywsd03mmcOtaSession::fail(quint8 status)
{
    m_receiver.fail(status);
    m_lastStatus = status;
    scheduleReboot(FailureRebootMs, failedText(status));
}

void Lywsd03mmcOtaSession::scheduleReboot(int afterMs, const QString &reason)
{
    m_rebootAtMs = m_nowMs + afterMs;
    m_rebootReason = reason;
    m_rebootOnDisconnect = true;
}

}  // namespace fw::telink::sim
