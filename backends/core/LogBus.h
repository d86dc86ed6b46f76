#pragma once
// The one channel every log record travels through. Any thread may post; readers (log view,
// hex view, session file, CLI) receive coalesced batches on the bus's thread.

#include "core/LogRecord.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

namespace fw::core {

class LogBus : public QObject {
    Q_OBJECT
public:
    // intervalMs: how often pending records are delivered (coalescing window).
    explicit LogBus(int intervalMs = 33, QObject *parent = nullptr);
    ~LogBus() override;

    // The application-wide bus; created on first use in the calling thread (call it from main).
    static LogBus *global();

    // Thread-safe. Stamps the time when r.timeMs == 0.
    void post(LogRecord r);
    void post(LogLevel level, const QString &source, const QString &text);
    void postBytes(Direction dir, const QString &source, const QByteArray &bytes,
                   const QString &text = {});

    // Delivers pending records now (bus thread only). Tests and shutdown use it.
    void flush();

    // Records waiting beyond this are dropped (and counted) so a stalled reader cannot
    // exhaust memory.
    void setMaxPending(int n) { m_maxPending = n; }
    // At most this many records go out in one batch signal; the rest follow in later slices.
    void setMaxBatch(int n) { m_maxBatch = qMax(1, n); }
    quint64 droppedCount() const;
    quint64 postedCount() const;

Q_SIGNALS:
    void batch(const fw::core::LogBatch &records);

private:
    bool deliver();  // true when records are still pending after this slice

    mutable QMutex m_mutex;
    LogBatch m_pending;
    quint64 m_dropped = 0;
    quint64 m_posted = 0;
    int m_maxPending = 2'000'000;
    int m_maxBatch = 10'000;
    bool m_sliceQueued = false;
    QTimer m_timer;
};

// A small handle that tags records with a source. Cheap to copy; safe from any thread.
class Logger {
public:
    Logger() = default;
    Logger(LogBus *bus, QString source) : m_bus(bus), m_source(std::move(source)) {}

    void debug(const QString &text) const { post(LogLevel::Debug, text); }
    void info(const QString &text) const { post(LogLevel::Info, text); }
    void warning(const QString &text) const { post(LogLevel::Warning, text); }
    void error(const QString &text) const { post(LogLevel::Error, text); }
    void tx(const QByteArray &bytes, const QString &text = {}) const;
    void rx(const QByteArray &bytes, const QString &text = {}) const;

    const QString &source() const { return m_source; }
    LogBus *bus() const { return m_bus; }

private:
    void post(LogLevel level, const QString &text) const;
    LogBus *m_bus = nullptr;
    QString m_source;
};

}  // namespace fw::core
