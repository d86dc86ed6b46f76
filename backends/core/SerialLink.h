#pragma once
// A ByteLink over QSerialPort, used from one worker thread in blocking style. Turns every
// failure into a diagnosis (missing port, permission, busy, baud, unplug) and logs all bytes.

#include "core/Link.h"
#include "core/LogBus.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSerialPort>

#include <memory>

namespace fw::core {

class SerialLink : public ByteLink {
public:
    SerialLink();
    ~SerialLink() override;

    // portName: "/dev/ttyUSB0", "ttyUSB0" or "/dev/pts/3". Throws JobError with a diagnosis.
    void open(const QString &portName, const SerialSettings &settings = {});

    QString name() const override { return m_location; }
    bool isOpen() const override;
    void close() override;
    void write(const QByteArray &bytes) override;
    QByteArray read(int maxBytes, int timeoutMs) override;
    void setBaudRate(qint32 baud) override;
    qint32 baudRate() const override { return m_settings.baud; }
    void setDtr(bool level) override;
    void setRts(bool level) override;
    void clearInput() override;
    QVector<ControlLineEvent> controlLineEvents() const override;
    void setCancelToken(const CancelToken *token) override { m_cancel = token; }
    QObject *threadAffineObject() override;

    void setFlowControl(FlowControl flow);
    SerialSettings settings() const { return m_settings; }
    // Every TX and RX chunk goes to this logger as a byte record.
    void setLogger(const Logger &log)
    {
        m_log = log;
        m_logBus = nullptr;
    }
    // Convenience: logs to bus under the source "serial:<port>".
    void setLogBus(LogBus *bus);
    // How many error signals the port raised; after an unplug this stays at one or two
    // (Qt 6.4 would otherwise raise thousands).
    quint64 portErrorCount() const { return m_errorSignals; }

    // "/dev/ttyUSB0" for "ttyUSB0"; paths pass through.
    static QString resolveLocation(const QString &portName);
    // Diagnosis of a failed open. accessible: whether this user may read and write the node.
    static Diagnosis openErrorDiagnosis(QSerialPort::SerialPortError error, const QString &location,
                                        const QString &detail, bool accessible);
    static Diagnosis openErrorDiagnosis(QSerialPort::SerialPortError error, const QString &location,
                                        const QString &detail);
    static Diagnosis notFoundDiagnosis(const QString &location);
    static Diagnosis unpluggedDiagnosis(const QString &location, const QString &detail = {});
    static Diagnosis baudDiagnosis(const QString &location, qint32 baud);

private:
    void ensureOpen() const;
    void failUnplugged(const QString &detail);
    void checkPortError(bool forWrite);
    void applyFlowControl();
    void recordControlLine(ControlLineEvent::Line line, bool level, bool applied);

    std::unique_ptr<QSerialPort> m_port;
    QString m_location;
    SerialSettings m_settings;
    const CancelToken *m_cancel = nullptr;
    Logger m_log;
    LogBus *m_logBus = nullptr;  // set by setLogBus(): the source follows the port name
    bool m_unplugged = false;
    QString m_unplugDetail;
    quint64 m_errorSignals = 0;
    QElapsedTimer m_clock;
    mutable QMutex m_eventsMutex;
    QVector<ControlLineEvent> m_events;
};

}  // namespace fw::core
