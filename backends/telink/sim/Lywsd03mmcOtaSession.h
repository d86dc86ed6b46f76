#pragma once
// How the LYWSD03MMC firmware handles writes to its OTA characteristic: when a transfer starts
// and where it goes, which hardware faults hit it, and when the device reboots afterwards.

#include "telink/sim/Lywsd03mmcSetup.h"
#include "telink/sim/TelinkOtaReceiver.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fw::telink::sim {

class PvvxControlChannel;

class Lywsd03mmcOtaSession {
public:
    static constexpr int FailureRebootMs = 300;      // status readable this long (model value)
    static constexpr int SuccessRebootMs = 100;
    static constexpr int BrownOutBelowMv = 2500;     // the bank erase pulls the supply down
    static constexpr int FlashWritesBelowMv = 2000;  // pvvx stops writing flash
    static constexpr int MaxWorkingLatencyMs = 1000;
    // Silent drops happen within the first 8 data frames, so the first status read (after
    // frame 7) is the first operation that fails, as in the logs (telink.md §1.7).
    static constexpr int BrownOutFrame = 2;
    static constexpr int LatencyFrame = 0;
    static constexpr int FlakyFrame = 4;

    // What the session needs to know about the device at the moment of a write.
    struct Device {
        TelinkPersonality personality = TelinkPersonality::Unknown;
        bool gated = false;  // stock before the Mi login: the OTA is ignored
        int batteryMv = 3000;
        int latencyMs = 0;   // pvvx family: the latency in effect; 0 elsewhere
        std::optional<quint32> bootBank;
        bool signedOnly = false;
        PvvxControlChannel *extOta = nullptr;  // pvvx: may hold a prepared extended OTA
    };
    // What the device does to the link as a result.
    struct Action {
        enum class Kind { None, SilentDrop, Disconnect };
        Kind kind = Kind::None;
        QString reason;
        bool codeDamaged = false;  // the running code was overwritten
    };

    Lywsd03mmcOtaSession(TelinkFlashMap &flash, const Lywsd03mmcSetup &setup)
        : m_flash(flash), m_setup(setup), m_receiver(flash)
    {
    }

    void connected(qint64 nowMs);
    Action onWrite(const QByteArray &value, qint64 nowMs, const Device &device);
    Action tick(qint64 nowMs);
    // The connection ended; true when the device reboots now.
    bool disconnected();
    void reset();  // the device booted

    bool isReceiving() const { return m_receiver.isReceiving(); }
    quint8 statusByte() const;
    int attempts() const { return m_attempts; }
    int successes() const { return m_successes; }
    int lastStatus() const { return m_lastStatus; }

private:
    void start(const Device &device);
    Action data(int index, const QByteArray &value, const Device &device);
    Action end(const QByteArray &value);
    void fail(quint8 status);
    void scheduleReboot(int afterMs, const QString &reason);
    Action loseLink(const QString &reason, bool deviceReset, bool codeDamaged = false);
    static QString failedText(int status);

    TelinkFlashMap &m_flash;
    const Lywsd03mmcSetup &m_setup;
    TelinkOtaReceiver m_receiver;

    qint64 m_nowMs = 0;
    qint64 m_lastWriteMs = 0;
    qint64 m_rebootAtMs = -1;
    QString m_rebootReason;
    bool m_rebootOnDisconnect = false;
    bool m_linkDoomed = false;  // a silent drop was requested; nothing more arrives
    bool m_resetWithoutErase = false;
    int m_dropAtFrame = -1;
    QString m_dropReason;
    bool m_dropIsBrownOut = false;
    int m_forceStatus = 0;
    int m_forceAtIndex = -1;

    int m_attempts = 0;
    int m_successes = 0;
    int m_lastStatus = -1;
};

}  // namespace fw::telink::sim
