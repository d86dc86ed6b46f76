#include "cli/TerminalProgress.h"

#include <QCoreApplication>

#include <unistd.h>

namespace fw::cli {

namespace {

QString humanRate(double bps)
{
    if (bps >= 1e6)
        return QStringLiteral("%1 MB/s").arg(bps / 1e6, 0, 'f', 2);
    if (bps >= 1e3)
        return QStringLiteral("%1 kB/s").arg(bps / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 B/s").arg(qRound(bps));
}

QString clock(double seconds)
{
    const int s = qMax(0, qRound(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TerminalProgress::TerminalProgress(FILE *stream) : m_stream(stream), m_enabled(isatty(fileno(stream)) != 0)
{
    m_clock.start();
}

TerminalProgress::~TerminalProgress() { finish(); }

QString TerminalProgress::render(const fw::core::JobProgress &p, int width)
{
    QString tail;
    if (p.bytesPerSecond > 0)
        tail += QLatin1Char(' ') + humanRate(p.bytesPerSecond);
    if (p.etaSeconds >= 0)
        tail += QLatin1Char(' ') + QCoreApplication::translate("fw::cli::TerminalProgress", "ETA %1").arg(clock(p.etaSeconds));
    QString head = p.phase.isEmpty() ? QString() : p.phase + QLatin1Char(' ');
    if (p.total > 0) {
        const double frac = qBound(0.0, double(p.done) / double(p.total), 1.0);
        const QString pct = QStringLiteral(" %1%").arg(qRound(frac * 100), 3);
        const int barWidth = qMax(10, width - int(head.size() + pct.size() + tail.size()) - 2);
        const int filled = int(frac * barWidth);
        return head + QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
               QString(barWidth - filled, QLatin1Char('.')) + QLatin1Char(']') + pct + tail;
    }
    return head + QStringLiteral("%1 bytes").arg(p.done) + tail;
}

void TerminalProgress::update(const fw::core::JobProgress &p)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    const bool last = p.total > 0 && p.done >= p.total;
    if (!last && now - m_lastDrawMs < 100)
        return;  // a terminal does not need more than 10 redraws a second
    m_lastDrawMs = now;
    const QByteArray line = render(p, 78).left(78).toLocal8Bit();
    std::fprintf(m_stream, "\r\033[K%s", line.constData());
    std::fflush(m_stream);
    m_drawn = true;
}

void TerminalProgress::update(qint64 done, qint64 total, const QString &phase)
{
    m_rate.sample(m_clock.elapsed(), done);
    fw::core::JobProgress p;
    p.done = done;
    p.total = total;
    p.phase = phase;
    p.bytesPerSecond = m_rate.bytesPerSecond();
    p.etaSeconds = m_rate.etaSeconds(done, total);
    update(p);
}

void TerminalProgress::finish()
{
    if (m_enabled && m_drawn) {
        std::fprintf(m_stream, "\r\033[K");
        std::fflush(m_stream);
    }
    m_drawn = false;
}

}  // namespace fw::cli
