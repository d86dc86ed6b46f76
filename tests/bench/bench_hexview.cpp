// Hex view throughput: how many bytes of TX/RX traffic per second a visible HexView can take
// in through the LogBus, and the longest GUI-thread stall while it does.
#include "core/LogBus.h"
#include "ui/HexView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace fw::core;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    LogBus bus(33);
    fw::ui::HexView view(&bus);
    view.resize(1000, 600);
    view.show();
    std::atomic<qint64> bytesSeen{0};
    QObject::connect(&bus, &LogBus::batch, &app, [&](const LogBatch &b) {
        for (const LogRecord &r : b)
            bytesSeen += r.bytes.size();
    });

    QElapsedTimer clock;
    qint64 last = -1, maxGapNs = 0;
    QTimer tick;
    tick.setInterval(5);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            maxGapNs = std::max(maxGapNs, now - last);
        last = now;
    });

    // 64 MB in packets of 256 bytes, alternating direction, as fast as the producer can post.
    const qint64 packet = 256;
    const qint64 total = 64LL * 1024 * 1024;
    clock.start();
    tick.start();
    std::thread producer([&] {
        const QByteArray payload(int(packet), '\x5a');
        for (qint64 sent = 0, i = 0; sent < total; sent += packet, ++i)
            bus.postBytes(i % 2 ? Direction::Rx : Direction::Tx, QStringLiteral("serial:/dev/ttyUSB0"),
                          payload);
    });
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (bytesSeen >= total)
            loop.quit();
    });
    check.start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    producer.join();
    tick.stop();
    std::printf("hexview_ingest_rate: %.1f MB/s\n", double(total) / seconds / 1e6);
    std::printf("hexview_max_ui_stall: %.1f ms\n", double(maxGapNs) / 1e6);
    std::printf("hexview_rows_held: %lld rows\n", static_cast<long long>(view.model()->totalCount()));
    return 0;
}
