#include <catch2/catch.hpp>

#include "ui/MonitorRenderer.h"
#include "ui/MonitorSendBar.h"
#include "ui/SerialMonitorWidget.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using fw::ui::MonitorRenderer;
using fw::ui::SerialMonitorWidget;

namespace {

QString rendered(MonitorRenderer &r, const QByteArray &bytes, qint64 t = 0)
{
    MonitorRenderer::Output out;
    r.received(bytes, t, &out);
    r.finish(&out);
    QString s;
    for (const auto &seg : out.segments)
        s += seg.text;
    return s;
}

}  // namespace

TEST_CASE("the monitor shows the Tasmota demo, answers commands and saves the capture", "[ui]")
{
    SerialMonitorWidget monitor;
    monitor.resize(900, 600);
    monitor.show();
    monitor.openPort(QStringLiteral("demo:esp8266-boot"), 115200);
    REQUIRE(QTest::qWaitFor([&] { return monitor.isOpen(); }, 5000));
    REQUIRE(monitor.isDemo());
    REQUIRE(QTest::qWaitFor([&] { return monitor.displayedText().contains(QStringLiteral("Tasmota")); },
                            8000));
    REQUIRE_FALSE(monitor.errorVisible());
    REQUIRE(monitor.statusText().contains(QStringLiteral("115200")));

    SECTION("send Power shows the RESULT answer")
    {
        monitor.setSendMode(SerialMonitorWidget::SendMode::Text);
        monitor.setLineEnding(SerialMonitorWidget::LineEnding::CrLf);
        REQUIRE(monitor.send(QStringLiteral("Power")));
        REQUIRE(QTest::qWaitFor([&] { return monitor.displayedText().contains(QStringLiteral("RESULT")); },
                                5000));
        REQUIRE(monitor.displayedText().contains(QStringLiteral("POWER")));
        REQUIRE(monitor.sentCount() == 7);
    }

    SECTION("hex mode shows hex rows of the same bytes")
    {
        monitor.setHexMode(true);
        const QString text = monitor.displayedText();
        // "Tasmota" = 54 61 73 6d 6f 74 61 somewhere in the rows, and offsets at line starts.
        REQUIRE(text.startsWith(QStringLiteral("00000000  ")));
        REQUIRE(text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}  ([0-9a-f]{2} ){8}"))));
        monitor.setHexMode(false);
        REQUIRE(monitor.displayedText().contains(QStringLiteral("Tasmota")));
    }

    SECTION("timestamps prefix every line")
    {
        monitor.setTimestampsShown(true);
        const QStringList lines = monitor.displayedText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() > 3);
        const QRegularExpression stamp(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d "));
        for (const QString &line : lines)
            REQUIRE(stamp.match(line).hasMatch());
    }

    SECTION("save capture writes the received bytes and the text")
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("capture.bin"));
        const QString txt = dir.filePath(QStringLiteral("capture.txt"));
        REQUIRE(monitor.saveCapture(bin));
        REQUIRE(monitor.saveCapture(txt));
        QFile b(bin);
        REQUIRE(b.open(QIODevice::ReadOnly));
        const QByteArray raw = b.readAll();
        REQUIRE(raw.size() > 100);
        REQUIRE(monitor.receivedBytes().startsWith(raw.left(100)));
        REQUIRE(raw.contains("Tasmota"));
        QFile t(txt);
        REQUIRE(t.open(QIODevice::ReadOnly));
        REQUIRE(t.readAll().contains("Tasmota"));
        QString error;
        REQUIRE_FALSE(monitor.saveCapture(QStringLiteral("/nonexistent-dir/x.bin"), &error));
        REQUIRE(error.contains(QStringLiteral("/nonexistent-dir/x.bin")));
    }

    monitor.closePort();
    REQUIRE(QTest::qWaitFor([&] { return !monitor.isOpen(); }, 3000));
}

TEST_CASE("a port that does not exist shows a diagnosis inline", "[ui]")
{
    SerialMonitorWidget monitor;
    monitor.show();
    monitor.openPort(QStringLiteral("/dev/ttyUSB-flashwright-test-missing"), 115200);
    REQUIRE(QTest::qWaitFor([&] { return monitor.errorVisible(); }, 5000));
    REQUIRE_FALSE(monitor.isOpen());
    REQUIRE(monitor.errorText().contains(QStringLiteral("ttyUSB-flashwright-test-missing")));
}

TEST_CASE("monitor renderer folds line endings and marks control bytes", "[ui]")
{
    MonitorRenderer r;
    REQUIRE(rendered(r, "a\r\nb\rc\nd") == QStringLiteral("a\nb\nc\nd"));
    r.reset();
    // CR at the end of one chunk and LF at the start of the next end one line, not two.
    const QString first = rendered(r, "x\r");
    const QString second = rendered(r, "\ny");
    REQUIRE(first == QStringLiteral("x\n"));
    REQUIRE(second == QStringLiteral("y"));
    r.reset();
    REQUIRE(rendered(r, QByteArray("A\x01\x1b" "B", 4)) == QString(QStringLiteral("A") + QChar(0xb7) + QChar(0xb7) + QStringLiteral("B")));
    r.reset();
    // A UTF-8 character split over two chunks is decoded whole.
    const QString lead = rendered(r, "\xc3");
    REQUIRE(lead.isEmpty());
    REQUIRE(rendered(r, "\xa4") == QString(QChar(0xe4)));

    // Bytes at the wrong baud decode as invalid UTF-8 and control bytes: counted as unreadable.
    r.reset();
    int shown = 0;
    int unreadable = 0;
    r.takeCounts(&shown, &unreadable);
    rendered(r, QByteArray::fromHex("f0e0a8ff1b0290c3fe8001f7f8"));
    r.takeCounts(&shown, &unreadable);
    REQUIRE(shown > 0);
    REQUIRE(unreadable * 2 > shown);
    rendered(r, "00:00:00.055 CFG: Loaded from flash at F9, Count 3\r\n");
    r.takeCounts(&shown, &unreadable);
    REQUIRE(shown > 40);
    REQUIRE(unreadable == 0);

    MonitorRenderer hex;
    hex.setMode(MonitorRenderer::Mode::Hex);
    MonitorRenderer::Output out;
    hex.received("0123456789abcdefXY", 0, &out);
    hex.finish(&out);
    REQUIRE(out.segments.size() == 1);
    REQUIRE(out.segments.first().text.startsWith(QStringLiteral("00000000  30 31 32")));
    REQUIRE(out.segments.first().text.contains(QStringLiteral("\n00000010  58 59")));
    MonitorRenderer::Output next;
    hex.received("Z", 0, &next);
    hex.finish(&next);
    REQUIRE(next.replaceLastLine);  // the partial row is redrawn with its third byte
    REQUIRE(next.segments.first().text.startsWith(QStringLiteral("00000010  58 59 5a")));
}

TEST_CASE("send bar encodes text, hex and line endings", "[ui]")
{
    using Bar = fw::ui::MonitorSendBar;
    QByteArray bytes;
    QString error;
    REQUIRE(Bar::encode(QStringLiteral("Status 0"), Bar::Mode::Text, Bar::LineEnding::CrLf, &bytes, &error));
    REQUIRE(bytes == "Status 0\r\n");
    REQUIRE(Bar::encode(QStringLiteral("01 a0:FF 0x10"), Bar::Mode::Hex, Bar::LineEnding::None, &bytes, &error));
    REQUIRE(bytes == QByteArray("\x01\xa0\xff\x10", 4));
    REQUIRE_FALSE(Bar::encode(QStringLiteral("0g"), Bar::Mode::Hex, Bar::LineEnding::None, &bytes, &error));
    REQUIRE_FALSE(error.isEmpty());
    REQUIRE_FALSE(Bar::encode(QStringLiteral("abc"), Bar::Mode::Hex, Bar::LineEnding::Lf, &bytes, &error));
}
