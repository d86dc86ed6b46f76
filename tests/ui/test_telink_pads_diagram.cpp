#include <catch2/catch.hpp>

#include "ui/telink/TelinkPadsDiagram.h"

#include <QImage>
#include <QPainter>

using fw::ui::TelinkPadsDiagram;

TEST_CASE("Telink pads diagram names every connection and draws at any width", "[ui][telink]")
{
    TelinkPadsDiagram d;
    const QStringList lines = d.connectionTexts();
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].contains(QStringLiteral("TX")));
    CHECK(lines[0].contains(QStringLiteral("P14")));
    CHECK(lines[0].contains(QStringLiteral("1 kOhm")));
    CHECK(lines[1].contains(QStringLiteral("RX")));
    CHECK(d.accessibleDescription().contains(QStringLiteral("GND")));
    CHECK(d.heightForWidth(640) == 400);
    CHECK(d.heightForWidth(320) == 200);

    for (int w : {640, 430}) {
        d.resize(w, d.heightForWidth(w));
        QImage img(d.size(), QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        d.render(&img);
        // The board's green and the highlighted SWS pad are in the picture.
        int green = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                if (qGreen(img.pixel(x, y)) > qRed(img.pixel(x, y)) + 40)
                    ++green;
        CHECK(green > 100);
        if (qEnvironmentVariableIsSet("FW_SAVE_DIAGRAM"))
            img.save(QStringLiteral("%1/telink-pads-%2.png").arg(qEnvironmentVariable("FW_SAVE_DIAGRAM")).arg(w));
    }
}
