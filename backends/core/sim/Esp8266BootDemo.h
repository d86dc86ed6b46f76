#pragma once
// The serial-monitor demo: a Tuya plug (TYWE3S, ESP8266) running Tasmota. It prints the ROM
// boot text at 74880 baud, then Tasmota's log at 115200, telemetry every two seconds, and
// answers console commands. DTR/RTS behave like the usual auto-reset circuit (RTS -> EN,
// DTR -> GPIO0), so a reset from the monitor reboots it.

#include "core/sim/DeviceModel.h"

#include <QByteArray>
#include <QString>

#include <deque>

namespace fw::core::sim {

class Esp8266BootDemo : public DeviceModel {
public:
    static constexpr qint32 kRomBaud = 74880;
    static constexpr qint32 kAppBaud = 115200;
    static constexpr qint64 kTelemetryPeriodMs = 2000;

    Esp8266BootDemo();

    void start(SimPort &port) override;
    void onReceive(const QByteArray &bytes) override;
    void tick(qint64 nowMs) override;
    qint32 deviceBaud() const override { return m_baud; }
    void onControlLine(const ControlLineEvent &event) override;

    // External reset (the plug's button or the EN pin): boots again.
    void reset();
    bool powerOn() const { return m_power; }
    int bootCount() const { return m_bootCount; }

    // The text the ESP8266 boot ROM prints (at 74880 baud) for a reset cause and boot mode.
    static QByteArray romText(int resetCause, bool downloadMode);

private:
    enum class State { Held, Booting, Download, Running, Restarting };
    struct Scheduled {
        qint64 atMs;      // since the application started
        QString tag;      // "CFG", "WIF", ... (empty = raw text)
        QString text;
    };

    void boot(int resetCause, bool downloadMode);
    void startApplication();
    void logLine(const QString &tag, const QString &text);
    void publish(const QString &topicTail, const QString &payload);
    void handleCommand(const QString &line);
    void sendStatus(int which);
    QString uptimeStamp() const;
    QString uptimeText() const;
    qint64 uptimeSec() const;
    QString stateJson() const;

    SimPort *m_port = nullptr;
    State m_state = State::Held;
    qint32 m_baud = kRomBaud;
    qint64 m_now = 0;
    qint64 m_stateSinceMs = 0;   // when the current state began
    qint64 m_appStartMs = 0;     // Tasmota's uptime origin
    qint64 m_nextTelemetryMs = 0;
    std::deque<Scheduled> m_script;
    QByteArray m_input;
    bool m_power = false;
    bool m_dtr = false;
    bool m_rts = false;
    int m_bootCount = 0;
    int m_resetCause = 1;
    qint64 m_enRiseAtMs = -1;  // EN released: the chip starts when the RC delay has passed
};

}  // namespace fw::core::sim
