#pragma once
// A blocking byte link (UART or a simulator's pty) as the jobs see it. Every wait is bounded
// by a deadline and sliced so that a cancel is answered within 100 ms.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVector>

namespace fw::core {

class CancelToken;

enum class FlowControl { None, Hardware, Software };

struct SerialSettings {
    qint32 baud = 115200;
    FlowControl flow = FlowControl::None;
    int readTimeoutMs = 1000;   // default deadline for a read
    int writeTimeoutMs = 2000;  // default deadline for a write to drain
};

// One control-line change, recorded so tests and simulators can see reset sequences even
// where the port cannot carry them (pseudo-terminals have no modem lines).
struct ControlLineEvent {
    qint64 tUs = 0;  // microseconds since the link was opened
    enum class Line { Dtr, Rts } line = Line::Dtr;
    bool level = false;
    bool appliedToPort = false;  // false when the port refused (recorded only)
};

class ByteLink {
public:
    virtual ~ByteLink() = default;
    virtual QString name() const = 0;
    virtual bool isOpen() const = 0;
    virtual void close() = 0;
    // Writes all bytes or throws JobError (unplug, timeout).
    virtual void write(const QByteArray &bytes) = 0;
    // Returns what arrives within timeoutMs (at least one byte unless it times out -> empty).
    // Throws JobError on unplug and JobCancelled when the token is cancelled.
    virtual QByteArray read(int maxBytes, int timeoutMs) = 0;
    virtual void setBaudRate(qint32 baud) = 0;
    virtual qint32 baudRate() const = 0;
    virtual void setDtr(bool level) = 0;
    virtual void setRts(bool level) = 0;
    virtual void clearInput() = 0;
    virtual QVector<ControlLineEvent> controlLineEvents() const = 0;
    virtual void setCancelToken(const CancelToken *token) = 0;
    // The QObject whose thread affinity the link's I/O depends on (the QSerialPort), or nullptr.
    // A session that keeps a link open across jobs moves it to each job's worker thread.
    virtual QObject *threadAffineObject() { return nullptr; }
};

}  // namespace fw::core
