#pragma once
// The serial monitor's engine: owns a SerialLink on a worker thread, forwards what arrives
// (and what is sent) as log records and as signals for the monitor view. Used by the GUI
// monitor and by `flashwright-cli monitor`.

#include "core/Diagnosis.h"
#include "core/Link.h"
#include "core/LogBus.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace fw::core {

class MonitorSession : public QObject {
    Q_OBJECT
public:
    explicit MonitorSession(LogBus *bus, QObject *parent = nullptr);
    ~MonitorSession() override;

    // portName: a system location (/dev/ttyUSB0) or "demo:NAME" (starts that simulator).
    // Result arrives as opened() or failed().
    void open(const QString &portName, const SerialSettings &settings);
    void close();
    bool isOpen() const { return m_open; }
    void send(const QByteArray &bytes);
    void setBaudRate(qint32 baud);
    void setDtr(bool level);
    void setRts(bool level);
    QString portName() const { return m_portName; }
    quint64 bytesReceived() const { return m_rxTotal; }

Q_SIGNALS:
    void opened(const QString &portName);
    void received(const QByteArray &bytes, qint64 timeMs);
    void sent(const QByteArray &bytes, qint64 timeMs);
    void failed(const fw::core::Diagnosis &diagnosis);  // open failure or unplug
    void closed();

private:
    class Worker;
    LogBus *m_bus;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QString m_portName;
    bool m_open = false;
    quint64 m_rxTotal = 0;
};

}  // namespace fw::core
