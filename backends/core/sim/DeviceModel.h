#pragma once
// A simulated device behind a pty: receives what the host sends, answers through its SimPort,
// and is driven by a periodic tick and by the host's DTR/RTS changes. Every call is made on the
// simulator's own thread, so a model needs no locking of its own.

#include "core/Link.h"

#include <QByteArray>
#include <QString>

namespace fw::core::sim {

class SimPort;

class DeviceModel {
public:
    virtual ~DeviceModel() = default;

    // Called once, before anything else; the port stays valid until the model is destroyed.
    virtual void start(SimPort &port) = 0;
    // Bytes from the host, released at the wire rate (garbled when deviceBaud() differs
    // from the host's baud, as a real UART would see them).
    virtual void onReceive(const QByteArray &bytes) = 0;
    // Periodic clock for timed behaviour (boot logs, telemetry, flash timing).
    virtual void tick(qint64 nowMs) { Q_UNUSED(nowMs); }
    virtual int tickIntervalMs() const { return 5; }
    // The host changed its baud (termios of the pty slave).
    virtual void onHostBaudChanged(qint32 baud) { Q_UNUSED(baud); }
    // The baud the device itself talks at; 0 = follows the host (auto-baud or matched).
    virtual qint32 deviceBaud() const { return 0; }
    // DTR/RTS from the host. Ptys cannot carry them, so the host API delivers them.
    virtual void onControlLine(const fw::core::ControlLineEvent &event) { Q_UNUSED(event); }
};

}  // namespace fw::core::sim
