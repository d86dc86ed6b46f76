#include "ui/ThroughputPlot.h"

#include "core/JobRunner.h"
#include "ui/Format.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace fw::ui {

// Keeps the data in bytes per second and only scales the labels, so the tick steps stay
// round numbers in whichever unit is shown.
class ThroughputPlot::RateTicker : public QCPAxisTicker {
public:
    void setDivisor(double d) { m_divisor = d; }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        return locale.toString(tick / m_divisor, 'g', 4);
    }

private:
    double m_divisor = 1.0;
};

ThroughputPlot::ThroughputPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_yTicker(QSharedPointer<RateTicker>::create())
{
    setMinimumSize(240, 140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);

    m_graph = m_plot->addGraph();
    m_graph->setLineStyle(QCPGraph::lsLine);

    auto timeTicker = QSharedPointer<QCPAxisTickerTime>::create();
    timeTicker->setTimeFormat(QStringLiteral("%m:%s"));
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setTicker(m_yTicker);
    m_plot->yAxis->setLabel(rateUnitFor(0).suffix);

    m_wireLine = new QCPItemStraightLine(m_plot);
    m_wireLine->setVisible(false);
    m_wireLabel = new QCPItemText(m_plot);
    m_wireLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_wireLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_wireLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_wireLabel->setVisible(false);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotIntervalMs);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        updateRanges();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });

    applyPalette();
    retranslate();
}

ThroughputPlot::~ThroughputPlot() = default;

void ThroughputPlot::applyPalette()
{
    const QPalette pal = palette();
    const QColor fg = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    QColor grid = pal.color(QPalette::Mid);
    const bool dark = pal.color(QPalette::Window).lightness() < 128;

    m_plot->setBackground(pal.brush(QPalette::Window));
    m_plot->axisRect()->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(fg, 1));
        axis->setTickPen(QPen(fg, 1));
        axis->setSubTickPen(QPen(fg, 1));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 1));
    }
    m_title->setTextColor(fg);
    m_graph->setPen(QPen(accent, 2));
    QColor fill = accent;
    fill.setAlpha(dark ? 70 : 50);
    m_graph->setBrush(fill);
    const QColor limit = dark ? QColor(0xf0, 0x88, 0x3e) : QColor(0xbc, 0x4c, 0x00);
    m_wireLine->setPen(QPen(limit, 1.5, Qt::DashLine));
    m_wireLabel->setColor(limit);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThroughputPlot::retranslate()
{
    setAccessibleName(tr("Throughput plot"));
    setAccessibleDescription(tr("Transfer speed of the running job over time"));
    m_graph->setName(tr("Throughput"));
    m_title->setText(m_customTitle.isEmpty() ? tr("Throughput") : m_customTitle);
    m_plot->xAxis->setLabel(tr("Time (min:s)"));
    // Tick labels use the plot's own locale, fixed when it was made: follow the language.
    QLocale numbers;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    m_plot->setLocale(numbers);
    updateWireLabel();
    updateRanges();  // the y axis label is the translated rate unit
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::updateWireLabel()
{
    m_wireLabel->setText(m_wireLimit > 0 ? tr("wire limit %1").arg(formatRate(m_wireLimit))
                                         : tr("wire limit"));
}

void ThroughputPlot::setTitle(const QString &title)
{
    m_customTitle = title;
    m_title->setText(title.isEmpty() ? tr("Throughput") : title);
    scheduleReplot();
}

void ThroughputPlot::start(const QString &title)
{
    clear();
    setTitle(title);
    m_running = true;
    scheduleReplot();
}

void ThroughputPlot::addSample(qint64 elapsedMs, qint64 totalBytesDone)
{
    if (!m_window.empty()) {
        if (elapsedMs <= m_window.back().first)
            return;
        if (totalBytesDone < m_window.back().second)
            m_window.clear();
    }
    m_window.emplace_back(elapsedMs, totalBytesDone);
    // Keep the newest sample that is at least the smoothing span old as the baseline.
    while (m_window.size() >= 2 && m_window[1].first <= elapsedMs - kSmoothingMs)
        m_window.pop_front();
    if (m_window.size() < 2)
        return;
    const auto &base = m_window.front();
    const double rate = double(totalBytesDone - base.second) * 1000.0
                        / double(elapsedMs - base.first);
    const double x = double(elapsedMs) / 1000.0;
    m_graph->addData(x, rate);
    m_maxRate = std::max(m_maxRate, rate);
    m_lastX = x;
    scheduleReplot();
}

void ThroughputPlot::setWireLimit(double bytesPerSecond)
{
    m_wireLimit = bytesPerSecond > 0 ? bytesPerSecond : 0.0;
    const bool shown = m_wireLimit > 0;
    updateWireLabel();
    m_wireLine->setVisible(shown);
    m_wireLabel->setVisible(shown);
    if (shown) {
        m_wireLine->point1->setCoords(0, m_wireLimit);
        m_wireLine->point2->setCoords(1, m_wireLimit);
        m_wireLabel->position->setCoords(0.99, m_wireLimit);
    }
    scheduleReplot();
}

void ThroughputPlot::stop()
{
    m_running = false;
    m_replotTimer.stop();
    updateRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::clear()
{
    m_graph->data()->clear();
    m_window.clear();
    m_maxRate = 0.0;
    m_lastX = 0.0;
    m_running = false;
    updateRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::attach(fw::core::JobRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);  // the lambdas below too: this is their context
    m_runner = runner;
    if (!runner)
        return;
    using fw::core::JobRunner;
    connect(runner, &JobRunner::started, this, [this](const QString &name) { start(name); });
    connect(runner, &JobRunner::progress, this, [this](const fw::core::JobProgress &p) {
        if (!m_running)
            start();
        addSample(p.elapsedMs, p.done);
    });
    connect(runner, &JobRunner::finished, this, [this] { stop(); });
}

void ThroughputPlot::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void ThroughputPlot::updateRanges()
{
    m_plot->xAxis->setRange(0, std::max(10.0, m_lastX * 1.02));
    const double top = std::max({m_maxRate, m_wireLimit, 1.0});
    const RateUnit unit = rateUnitFor(top);
    m_yTicker->setDivisor(unit.divisor);
    m_plot->yAxis->setLabel(unit.suffix);
    m_plot->yAxis->setRange(0, top * 1.15);
}

int ThroughputPlot::pointCount() const
{
    return m_graph->dataCount();
}

QPointF ThroughputPlot::pointAt(int i) const
{
    const auto it = m_graph->data()->at(i);
    return {it->key, it->value};
}

QString ThroughputPlot::rateUnit() const
{
    return m_plot->yAxis->label();
}

QString ThroughputPlot::title() const
{
    return m_title->text();
}

QImage ThroughputPlot::renderToImage(QSize size)
{
    updateRanges();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->toPixmap(size.width(), size.height()).toImage();
}

}  // namespace fw::ui
