// Log view throughput: how fast records can flow from producer threads through the LogBus into
// a visible LogView, how long the GUI thread stalls meanwhile, and what a 1M-record ring costs.
#include "core/LogBus.h"
#include "ui/LogView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QTableView>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

using namespace fw::core;

namespace {

long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

LogRecord makeRecord(quint64 i)
{
    static const QString sources[] = {QStringLiteral("esp"), QStringLiteral("serial:/dev/ttyUSB0"),
                                      QStringLiteral("sim:esp8266-boot")};
    LogRecord r;
    r.source = sources[i % 3];
    if (i % 5 == 0) {
        r.level = LogLevel::Debug;
        r.direction = i % 10 == 0 ? Direction::Tx : Direction::Rx;
        r.bytes = QByteArray(32, char(i));
        r.text = QStringLiteral("RX 32 bytes");
    } else {
        r.level = i % 97 == 0 ? LogLevel::Warning : LogLevel::Info;
        r.text = QStringLiteral("write block %1 at 0x%2 ok").arg(i).arg(i * 1024, 8, 16, QLatin1Char('0'));
    }
    return r;
}

// Counts paint events on the view's viewport, so we know the view really redrew.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Measures the longest gap between ticks of a 5 ms timer in the GUI thread.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_maxGapNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxGapNs = 0;
};

void runUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start();
    loop.exec();
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    LogBus bus(33);
    fw::ui::LogView view(&bus);
    view.resize(1000, 600);
    view.show();
    PaintCounter painter;
    view.tableView()->viewport()->installEventFilter(&painter);
    std::atomic<quint64> ingested{0};
    QObject::connect(&bus, &LogBus::batch, &app,
                     [&](const LogBatch &b) { ingested += quint64(b.size()); });
    StallMeter stall;

    // 1. Memory: a million records pass through a ring that holds them all.
    {
        const qsizetype capacity = 1'000'000;
        view.model()->setCapacity(capacity);
        const quint64 n = 1'000'000;
        const quint64 base = ingested;
        std::thread producer([&] {
            for (quint64 i = 0; i < n; ++i)
                bus.post(makeRecord(i));
        });
        runUntil([&] { return ingested - base >= n; });
        producer.join();
        std::printf("logview_ring_capacity: %lld records\n", static_cast<long long>(capacity));
        std::printf("logview_rows_held_1M: %lld records\n",
                    static_cast<long long>(view.model()->totalCount()));
        std::printf("logview_peak_rss_1M: %.0f MB\n", double(vmHwmKb()) / 1024.0);
        view.model()->setCapacity(fw::ui::LogModel::kDefaultCapacity);
        view.clear();
    }

    // 2. Sustained 100k records/s for 3 s while the view follows and repaints.
    {
        const quint64 base = ingested;
        const quint64 droppedBefore = bus.droppedCount();
        const int paintsBefore = painter.paints;
        std::atomic<quint64> posted{0};
        std::atomic<bool> producing{true};
        stall.start();
        std::thread producer([&] {
            using clock = std::chrono::steady_clock;
            const auto t0 = clock::now();
            quint64 i = 0;
            for (int tick = 1; tick <= 300; ++tick) {  // 1000 records every 10 ms
                for (int k = 0; k < 1000; ++k)
                    bus.post(makeRecord(i++));
                posted = i;
                std::this_thread::sleep_until(t0 + std::chrono::milliseconds(10 * tick));
            }
            producing = false;
        });
        runUntil([&] { return !producing && ingested - base >= posted; });
        producer.join();
        const double maxStall = stall.stop();
        std::printf("logview_max_ui_stall: %.1f ms\n", maxStall);
        std::printf("logview_sustained_100k_dropped: %llu records\n",
                    static_cast<unsigned long long>(bus.droppedCount() - droppedBefore));
        std::printf("logview_sustained_paints: %d\n", painter.paints - paintsBefore);
    }

    // 3. As fast as possible: two producers flood the bus; rate as seen by the view.
    {
        const quint64 n = 2'000'000;
        const quint64 base = ingested;
        stall.start();
        QElapsedTimer t;
        t.start();
        auto produce = [&](quint64 from) {
            for (quint64 i = from; i < n; i += 2)
                bus.post(makeRecord(i));
        };
        std::thread p1(produce, 0);
        std::thread p2(produce, 1);
        runUntil([&] { return ingested - base >= n; });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        p1.join();
        p2.join();
        const double maxStall = stall.stop();
        std::printf("logview_ingest_rate: %.0f records/s\n", double(n) / seconds);
        std::printf("logview_flood_max_ui_stall: %.1f ms\n", maxStall);
    }

    // 4. The model and view alone, fed pre-built batches of 1000 (no bus, no producer).
    {
        std::vector<LogBatch> batches(200);
        for (int b = 0; b < 200; ++b)
            for (int i = 0; i < 1000; ++i)
                batches[size_t(b)].append(makeRecord(quint64(b) * 1000 + quint64(i)));
        QElapsedTimer t;
        t.start();
        for (int round = 0; round < 5; ++round)
            for (const LogBatch &b : batches)
                view.ingest(b);
        QApplication::processEvents();
        std::printf("logview_append_rate: %.0f records/s\n", 1e6 / (double(t.nsecsElapsed()) / 1e9));
    }
    return 0;
}
