#include <catch2/catch.hpp>

#include "ui/ThroughputPlot.h"

#include <QImage>
#include <QSet>

#include <qcustomplot.h>

using fw::ui::ThroughputPlot;

TEST_CASE("ThroughputPlot turns cumulative samples into smoothed rates", "[ui][plot]")
{
    ThroughputPlot plot;
    plot.start(QStringLiteral("Writing firmware"));
    CHECK(plot.title() == QStringLiteral("Writing firmware"));
    // 10 kB every 100 ms = 100 kB/s, then 20 kB every 100 ms = 200 kB/s.
    qint64 done = 0;
    for (int t = 0; t <= 1000; t += 100) {
        plot.addSample(t, done);
        done += 10'000;
    }
    for (int t = 1100; t <= 2000; t += 100) {
        done += 10'000;
        plot.addSample(t, done);
        done += 10'000;
    }
    REQUIRE(plot.pointCount() == 20);  // the first sample only sets the baseline
    CHECK(plot.pointAt(0).x() == Approx(0.1));
    CHECK(plot.pointAt(0).y() == Approx(100'000.0));
    CHECK(plot.pointAt(9).y() == Approx(100'000.0));
    // Smoothing over 0.5 s: the rate reaches 200 kB/s once the window holds only fast samples.
    CHECK(plot.pointAt(19).x() == Approx(2.0));
    CHECK(plot.pointAt(19).y() == Approx(200'000.0));
    CHECK(plot.pointAt(10).y() > 100'000.0);
    CHECK(plot.pointAt(10).y() < 200'000.0);

    // Samples that do not move time forward are ignored; a drop in bytes starts over.
    plot.addSample(2000, done + 5);
    CHECK(plot.pointCount() == 20);
    plot.addSample(2100, 0);
    plot.addSample(2200, 1000);
    REQUIRE(plot.pointCount() == 21);
    CHECK(plot.pointAt(20).y() == Approx(10'000.0));
    (void)plot.renderToImage(QSize(400, 200));
    CHECK(plot.rateUnit() == QStringLiteral("kB/s"));
}

TEST_CASE("ThroughputPlot draws a wire limit line and renders a non-blank image", "[ui][plot]")
{
    ThroughputPlot plot;
    plot.resize(600, 300);
    plot.start();
    plot.setWireLimit(11'520.0);  // 115200 baud, 8N1
    CHECK(plot.wireLimit() == Approx(11'520.0));
    QCustomPlot *cp = plot.customPlot();
    auto *line = qobject_cast<QCPItemStraightLine *>(cp->item(0));
    REQUIRE(line);
    CHECK(line->visible());
    CHECK(line->point1->coords().y() == Approx(11'520.0));
    CHECK(line->pen().style() == Qt::DashLine);

    for (int t = 0; t <= 3000; t += 50)
        plot.addSample(t, qint64(t) * 10);  // 10 kB/s
    const QImage img = plot.renderToImage(QSize(600, 300));
    REQUIRE(img.size() == QSize(600, 300));
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    CHECK(colours.size() > 5);
    // The y axis covers the wire limit so the line is on screen.
    CHECK(cp->yAxis->range().upper > 11'520.0);

    plot.setWireLimit(0);
    CHECK_FALSE(line->visible());
    plot.stop();
    CHECK_FALSE(plot.isRunning());
    plot.clear();
    CHECK(plot.pointCount() == 0);
}
