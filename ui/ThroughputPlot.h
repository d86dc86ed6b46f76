#pragma once
// Live bytes-per-second plot of the running job, computed from its cumulative byte count and
// smoothed over about half a second; an optional dashed line marks what the wire can carry.

#include <QImage>
#include <QPointer>
#include <QSharedPointer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <utility>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;

namespace fw::core {
class JobRunner;
}

namespace fw::ui {

class ThroughputPlot : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputPlot(QWidget *parent = nullptr);
    ~ThroughputPlot() override;

    static constexpr qint64 kSmoothingMs = 500;
    static constexpr int kReplotIntervalMs = 50;  // at most 20 redraws a second

    // Clears the plot and starts over; an empty title shows the default "Throughput".
    void start(const QString &title = {});
    // Replaces the title and keeps the data, e.g. to re-word it after a language switch.
    void setTitle(const QString &title);
    // totalBytesDone is cumulative; a drop (a new phase counting from 0) starts a new baseline.
    void addSample(qint64 elapsedMs, qint64 totalBytesDone);
    // Draws a dashed "wire limit" line; 0 removes it.
    void setWireLimit(double bytesPerSecond);
    double wireLimit() const { return m_wireLimit; }
    void stop();
    void clear();
    bool isRunning() const { return m_running; }

    // started/progress/finished of the runner drive start/addSample/stop.
    void attach(fw::core::JobRunner *runner);

    int pointCount() const;
    QPointF pointAt(int i) const;  // x in seconds since start, y in bytes per second
    QString rateUnit() const;      // unit of the y axis labels, e.g. "kB/s"
    QString title() const;
    QCustomPlot *customPlot() const { return m_plot; }
    QImage renderToImage(QSize size);

protected:
    void changeEvent(QEvent *event) override;

private:
    class RateTicker;

    void applyPalette();
    void retranslate();
    void updateWireLabel();
    void scheduleReplot();
    void updateRanges();

    QCustomPlot *m_plot;
    QCPGraph *m_graph;
    QCPItemStraightLine *m_wireLine;
    QCPItemText *m_wireLabel;
    QCPTextElement *m_title;
    QString m_customTitle;  // empty: the translated default
    QSharedPointer<RateTicker> m_yTicker;  // shared with the y axis
    std::deque<std::pair<qint64, qint64>> m_window;  // (ms, bytes) samples of the last ~0.5 s
    double m_maxRate = 0.0;
    double m_lastX = 0.0;
    double m_wireLimit = 0.0;
    bool m_running = false;
    QTimer m_replotTimer;
    QPointer<fw::core::JobRunner> m_runner;
};

}  // namespace fw::ui
