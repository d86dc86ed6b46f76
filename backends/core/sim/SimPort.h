#pragma once
// The device side of a simulated wire, as a DeviceModel sees it: send bytes (paced by the wire
// model at the device's baud), see the host's baud, the clock and the host's control lines.

#include <QByteArray>
#include <QString>

namespace fw::core::sim {

class SimPort {
public:
    virtual ~SimPort() = default;
    // Queues bytes for the wire; they reach the host at the wire rate, after any fault.
    // The device's baud at this moment (DeviceModel::deviceBaud()) is stamped on the bytes.
    virtual void send(const QByteArray &bytes) = 0;
    // Bytes queued but not yet on the wire (a model that streams keeps this small).
    virtual qint64 pendingBytes() const = 0;
    // The baud the host has set on its side of the pty (read from the slave's termios).
    virtual qint32 hostBaud() const = 0;
    // Milliseconds since the simulator started.
    virtual qint64 nowMs() const = 0;
    // A line for the session log, tagged "sim:<name>".
    virtual void log(const QString &text) = 0;
    // The device drops off the bus (e.g. USB re-enumeration after a reset into DFU).
    virtual void disconnect() = 0;
};

}  // namespace fw::core::sim
