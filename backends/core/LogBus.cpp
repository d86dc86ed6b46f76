#include "core/LogBus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

namespace fw::core {

LogBus::LogBus(int intervalMs, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fw::core::LogRecord>();
    qRegisterMetaType<fw::core::LogBatch>();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { deliver(); });
    m_timer.start();
}

LogBus::~LogBus() = default;

LogBus *LogBus::global()
{
    static LogBus *bus = [] {
        auto *b = new LogBus(33, QCoreApplication::instance());
        return b;
    }();
    return bus;
}

void LogBus::post(LogRecord r)
{
    if (r.timeMs == 0)
        r.timeMs = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    ++m_posted;
    if (m_pending.size() >= m_maxPending) {
        ++m_dropped;
        return;
    }
    m_pending.append(std::move(r));
}

void LogBus::post(LogLevel level, const QString &source, const QString &text)
{
    LogRecord r;
    r.level = level;
    r.source = source;
    r.text = text;
    post(std::move(r));
}

void LogBus::postBytes(Direction dir, const QString &source, const QByteArray &bytes,
                       const QString &text)
{
    LogRecord r;
    r.level = LogLevel::Debug;
    r.source = source;
    r.direction = dir;
    r.bytes = bytes;
    r.text = text.isEmpty()
                 ? QStringLiteral("%1 %2 bytes")
                       .arg(dir == Direction::Tx ? QStringLiteral("TX") : QStringLiteral("RX"))
                       .arg(bytes.size())
                 : text;
    post(std::move(r));
}

void LogBus::flush()
{
    while (deliver()) {
    }
}

quint64 LogBus::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

quint64 LogBus::postedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_posted;
}

bool LogBus::deliver()
{
    LogBatch out;
    bool more = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty())
            return false;
        if (m_pending.size() <= m_maxBatch) {
            out.swap(m_pending);
        } else {
            // A flood is handed over in slices with the event loop running in between, so
            // readers never block the UI thread for more than one slice.
            out = m_pending.mid(0, m_maxBatch);
            m_pending.remove(0, m_maxBatch);
            more = true;
        }
    }
    Q_EMIT batch(out);
    if (more && !m_sliceQueued) {
        m_sliceQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_sliceQueued = false;
            deliver();
        });
    }
    return more;
}

void Logger::post(LogLevel level, const QString &text) const
{
    if (m_bus)
        m_bus->post(level, m_source, text);
}

void Logger::tx(const QByteArray &bytes, const QString &text) const
{
    if (m_bus)
        m_bus->postBytes(Direction::Tx, m_source, bytes, text);
}

void Logger::rx(const QByteArray &bytes, const QString &text) const
{
    if (m_bus)
        m_bus->postBytes(Direction::Rx, m_source, bytes, text);
}

}  // namespace fw::core
