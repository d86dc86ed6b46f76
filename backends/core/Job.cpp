#include "core/Job.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace fw::core {

void RateMeter::reset() { m_samples.clear(); }

void RateMeter::sample(qint64 tMs, qint64 done)
{
    if (!m_samples.empty() && m_samples.back().first == tMs) {
        m_samples.back().second = done;
    } else {
        m_samples.emplace_back(tMs, done);
    }
    while (m_samples.size() > 2 && m_samples.front().first < tMs - m_windowMs)
        m_samples.pop_front();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const auto &a = m_samples.front();
    const auto &b = m_samples.back();
    const qint64 dt = b.first - a.first;
    if (dt <= 0)
        return 0.0;
    return double(b.second - a.second) * 1000.0 / double(dt);
}

double RateMeter::etaSeconds(qint64 done, qint64 total) const
{
    const double rate = bytesPerSecond();
    if (total <= 0 || rate <= 0.0)
        return -1.0;
    return double(std::max<qint64>(0, total - done)) / rate;
}

JobContext::JobContext(const CancelToken *cancel, Logger log) : m_cancel(cancel), m_log(std::move(log))
{
    m_clock.start();
}

void JobContext::sleep(int ms) const
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        checkCancel();
        const qint64 left = ms - t.elapsed();
        if (left <= 0)
            return;
        QThread::msleep(ulong(std::min<qint64>(left, 20)));
    }
}

void JobContext::setPhase(const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    if (m_progress.phase == phase)
        return;
    m_progress.phase = phase;
    m_rate.reset();
    m_rate.sample(m_clock.elapsed(), m_progress.done);
    m_dirty = true;
}

void JobContext::setTotal(qint64 total)
{
    QMutexLocker lock(&m_mutex);
    m_progress.total = total;
    m_dirty = true;
}

void JobContext::setDone(qint64 done)
{
    QMutexLocker lock(&m_mutex);
    if (done < m_progress.done) {
        // a new pass (e.g. verify after write) starts over: rates would go negative
        m_rate.reset();
    }
    m_progress.done = done;
    m_rate.sample(m_clock.elapsed(), done);
    m_dirty = true;
}

void JobContext::advance(qint64 delta)
{
    QMutexLocker lock(&m_mutex);
    m_progress.done += delta;
    m_rate.sample(m_clock.elapsed(), m_progress.done);
    m_dirty = true;
}

void JobContext::setOutput(const QString &key, const QVariant &value)
{
    QMutexLocker lock(&m_mutex);
    m_output.insert(key, value);
}

QVariantMap JobContext::output() const
{
    QMutexLocker lock(&m_mutex);
    return m_output;
}

JobProgress JobContext::snapshot(bool *changed)
{
    QMutexLocker lock(&m_mutex);
    if (changed)
        *changed = m_dirty;
    m_dirty = false;
    JobProgress p = m_progress;
    p.elapsedMs = m_clock.elapsed();
    p.bytesPerSecond = m_rate.bytesPerSecond();
    p.etaSeconds = m_rate.etaSeconds(p.done, p.total);
    return p;
}

}  // namespace fw::core
