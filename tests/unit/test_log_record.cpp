#include <catch2/catch.hpp>

#include "core/LogBus.h"

#include <QSignalSpy>
#include <QThread>

using namespace fw::core;

TEST_CASE("Log records round-trip through a JSON line", "[unit][log]")
{
    LogRecord r;
    r.timeMs = 1700000000123;
    r.level = LogLevel::Warning;
    r.source = QStringLiteral("serial:/dev/ttyUSB0");
    r.text = QStringLiteral("näive \"quoted\"\nline");
    r.bytes = QByteArray::fromHex("c00008240000c0");
    r.direction = Direction::Tx;
    const QByteArray line = toJsonLine(r);
    CHECK_FALSE(line.contains('\n'));
    LogRecord back;
    REQUIRE(fromJsonLine(line, &back));
    CHECK(back.timeMs == r.timeMs);
    CHECK(back.level == r.level);
    CHECK(back.source == r.source);
    CHECK(back.text == r.text);
    CHECK(back.bytes == r.bytes);
    CHECK(back.direction == Direction::Tx);
    CHECK_FALSE(fromJsonLine("{not json", &back));
    CHECK_FALSE(fromJsonLine(R"({"level":"loud"})", &back));
}

TEST_CASE("LogBus batches records posted from many threads", "[unit][log]")
{
    LogBus bus(10);
    QSignalSpy spy(&bus, &LogBus::batch);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&bus, t] {
            Logger log(&bus, QStringLiteral("t%1").arg(t));
            for (int i = 0; i < 10'000; ++i)
                log.info(QString::number(i));
        });
        threads.last()->start();
    }
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    bus.flush();
    qsizetype total = 0;
    for (const auto &args : spy)
        total += args.at(0).value<LogBatch>().size();
    CHECK(total == 40'000);
    CHECK(spy.count() < 40'000);  // coalesced, not one signal per record
}

TEST_CASE("LogBus drops beyond its pending limit and counts the drops", "[unit][log]")
{
    LogBus bus(1000);
    bus.setMaxPending(100);
    for (int i = 0; i < 150; ++i)
        bus.post(LogLevel::Info, QStringLiteral("x"), QString::number(i));
    CHECK(bus.droppedCount() == 50);
    CHECK(bus.postedCount() == 150);
}

TEST_CASE("LogBus hands a flood over in bounded slices, in order", "[unit][log]")
{
    LogBus bus(1000);
    bus.setMaxBatch(1000);
    QSignalSpy spy(&bus, &LogBus::batch);
    for (int i = 0; i < 4500; ++i)
        bus.post(LogLevel::Info, QStringLiteral("x"), QString::number(i));
    bus.flush();
    REQUIRE(spy.count() == 5);
    int next = 0;
    for (const auto &args : spy) {
        const auto b = args.at(0).value<LogBatch>();
        CHECK(b.size() <= 1000);
        for (const auto &r : b)
            CHECK(r.text.toInt() == next++);
    }
    CHECK(next == 4500);
}
