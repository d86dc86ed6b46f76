#pragma once
// Draws a one-line progress bar on a terminal (stderr), or prints nothing when stderr is not
// a terminal, so piped output and logs stay clean.

#include "core/Job.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace fw::cli {

class TerminalProgress {
public:
    explicit TerminalProgress(FILE *stream = stderr);
    ~TerminalProgress();

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on) { m_enabled = on; }
    void update(const fw::core::JobProgress &p);
    void update(qint64 done, qint64 total, const QString &phase);
    void finish();  // clears the line

    // The line drawn for a state, without terminal control codes (tests use it).
    static QString render(const fw::core::JobProgress &p, int width);

private:
    FILE *m_stream;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1000;
    fw::core::RateMeter m_rate;
};

}  // namespace fw::cli
