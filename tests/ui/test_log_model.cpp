#include <catch2/catch.hpp>

#include "ui/LogModel.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fw::core;
using fw::ui::LogModel;

namespace {

LogRecord rec(int i, LogLevel level = LogLevel::Info, const QString &source = QStringLiteral("esp"),
              const QString &text = {})
{
    LogRecord r;
    r.timeMs = 1'700'000'000'000 + i;
    r.level = level;
    r.source = source;
    r.text = text.isEmpty() ? QStringLiteral("record %1").arg(i) : text;
    return r;
}

void appendRange(LogModel &m, int from, int to, int batchSize)
{
    for (int start = from; start < to; start += batchSize) {
        LogBatch b;
        for (int i = start; i < std::min(to, start + batchSize); ++i)
            b.append(rec(i, LogLevel(i % 4), i % 3 == 0 ? QStringLiteral("serial")
                                                         : QStringLiteral("esp")));
        m.append(b);
    }
}

int indexOf(const QString &text)
{
    return text.mid(text.indexOf(QLatin1Char(' ')) + 1).toInt();
}

}  // namespace

TEST_CASE("LogModel keeps only the newest records up to its capacity", "[ui][logmodel]")
{
    LogModel m;
    REQUIRE(m.capacity() == 200'000);
    appendRange(m, 0, 300'000, 1000);
    CHECK(m.totalCount() == 200'000);
    CHECK(m.rowCount() == 200'000);
    CHECK(m.recordAt(0).text == QStringLiteral("record 100000"));
    CHECK(m.recordAt(m.rowCount() - 1).text == QStringLiteral("record 299999"));
    CHECK(m.index(0, LogModel::TextColumn).data().toString() == QStringLiteral("record 100000"));
}

TEST_CASE("LogModel signals one insert per batch and one removal for the overflow",
          "[ui][logmodel]")
{
    LogModel m;
    m.setCapacity(2500);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    appendRange(m, 0, 2000, 1000);
    CHECK(inserted.count() == 2);
    CHECK(removed.count() == 0);
    appendRange(m, 2000, 3000, 1000);  // 500 fall out
    CHECK(inserted.count() == 3);
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(1).toInt() == 0);
    CHECK(removed.at(0).at(2).toInt() == 499);
    CHECK(m.rowCount() == 2500);
    CHECK(m.recordAt(0).text == QStringLiteral("record 500"));

    // A batch larger than the whole ring resets the model once.
    appendRange(m, 3000, 6000, 3000);
    CHECK(reset.count() == 1);
    CHECK(m.rowCount() == 2500);
    CHECK(m.recordAt(0).text == QStringLiteral("record 3500"));
}

TEST_CASE("LogModel filters by level, source and text, alone and combined", "[ui][logmodel]")
{
    LogModel m;
    LogBatch b;
    b << rec(0, LogLevel::Debug, QStringLiteral("esp"), QStringLiteral("sync attempt"))
      << rec(1, LogLevel::Info, QStringLiteral("esp"), QStringLiteral("Chip is ESP8266EX"))
      << rec(2, LogLevel::Warning, QStringLiteral("serial:/dev/ttyUSB0"),
             QStringLiteral("no answer, retrying"))
      << rec(3, LogLevel::Error, QStringLiteral("esp"), QStringLiteral("Timed out waiting"))
      << rec(4, LogLevel::Info, QStringLiteral("serial:/dev/ttyUSB0"), QStringLiteral("opened"));
    QSignalSpy added(&m, &LogModel::sourceAdded);
    m.append(b);
    CHECK(added.count() == 2);
    CHECK(m.sources() == QStringList{QStringLiteral("esp"), QStringLiteral("serial:/dev/ttyUSB0")});

    m.setMinimumLevel(LogLevel::Warning);
    REQUIRE(m.visibleCount() == 2);
    CHECK(m.recordAt(0).level == LogLevel::Warning);
    CHECK(m.recordAt(1).level == LogLevel::Error);

    m.setMinimumLevel(LogLevel::Debug);
    m.setSourceEnabled(QStringLiteral("esp"), false);
    REQUIRE(m.visibleCount() == 2);
    CHECK(m.recordAt(0).text == QStringLiteral("no answer, retrying"));
    CHECK_FALSE(m.isSourceEnabled(QStringLiteral("esp")));

    m.enableAllSources();
    m.setSearchText(QStringLiteral("CHIP"));
    REQUIRE(m.visibleCount() == 1);
    CHECK(m.recordAt(0).text == QStringLiteral("Chip is ESP8266EX"));

    // Combined: text "o" at level >= Info from serial only.
    m.setSearchText(QStringLiteral("o"));
    m.setMinimumLevel(LogLevel::Info);
    m.setSourceEnabled(QStringLiteral("esp"), false);
    REQUIRE(m.visibleCount() == 2);
    CHECK(m.recordAt(0).text == QStringLiteral("no answer, retrying"));
    CHECK(m.recordAt(1).text == QStringLiteral("opened"));

    // New records are filtered incrementally as they arrive.
    LogBatch more;
    more << rec(5, LogLevel::Info, QStringLiteral("serial:/dev/ttyUSB0"), QStringLiteral("closed"))
         << rec(6, LogLevel::Info, QStringLiteral("esp"), QStringLiteral("done"))
         << rec(7, LogLevel::Debug, QStringLiteral("serial:/dev/ttyUSB0"), QStringLiteral("ok"));
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    m.append(more);
    CHECK(inserted.count() == 1);
    REQUIRE(m.visibleCount() == 3);
    CHECK(m.recordAt(2).text == QStringLiteral("closed"));
    CHECK(m.totalCount() == 8);
}

TEST_CASE("LogModel filtering stays correct across ring overflow", "[ui][logmodel]")
{
    LogModel m;
    m.setCapacity(1000);
    m.setMinimumLevel(LogLevel::Error);          // every 4th record (i % 4 == 3)
    m.setSourceEnabled(QStringLiteral("serial"), false);  // i % 3 == 0 off
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    appendRange(m, 0, 5000, 300);
    CHECK(removed.count() > 0);
    // Held: records 4000..4999; shown: i % 4 == 3 and i % 3 != 0.
    int expected = 0;
    for (int i = 4000; i < 5000; ++i)
        expected += (i % 4 == 3 && i % 3 != 0) ? 1 : 0;
    REQUIRE(m.visibleCount() == expected);
    int previous = -1;
    for (int row = 0; row < m.rowCount(); ++row) {
        const int i = indexOf(m.recordAt(row).text);
        CHECK(i >= 4000);
        CHECK(i % 4 == 3);
        CHECK(i % 3 != 0);
        CHECK(i > previous);
        previous = i;
    }
    // Dropping the filter shows everything the ring still holds.
    m.setMinimumLevel(LogLevel::Debug);
    m.enableAllSources();
    CHECK(m.visibleCount() == 1000);
    CHECK(m.recordAt(0).text == QStringLiteral("record 4000"));
}

TEST_CASE("LogModel shows a hex preview for byte records and colours problems",
          "[ui][logmodel]")
{
    LogModel m;
    LogRecord r = rec(0, LogLevel::Debug);
    r.text = QStringLiteral("RX 12 bytes");
    r.bytes = QByteArray::fromHex("c00108000000000007122055");
    r.direction = Direction::Rx;
    m.append({r, rec(1, LogLevel::Error), rec(2, LogLevel::Info)});
    CHECK(m.index(0, LogModel::TextColumn).data().toString()
          == QStringLiteral("RX 12 bytes: c0 01 08 00 00 00 00 00 ..."));
    CHECK(m.index(0, LogModel::TextColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("07 12 20 55")));
    CHECK(m.index(1, LogModel::TextColumn).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(m.index(2, LogModel::TextColumn).data(Qt::BackgroundRole).isValid());
    CHECK(m.index(0, LogModel::TimeColumn).data().toString().size() == 12);  // hh:mm:ss.zzz
}

TEST_CASE("LogModel exports visible records as text and all records as JSON lines",
          "[ui][logmodel]")
{
    LogModel m;
    m.append({rec(0, LogLevel::Info, QStringLiteral("esp"), QStringLiteral("hello")),
              rec(1, LogLevel::Error, QStringLiteral("esp"), QStringLiteral("bad thing"))});
    m.setMinimumLevel(LogLevel::Error);

    QBuffer text;
    text.open(QIODevice::WriteOnly);
    REQUIRE(m.write(&text, LogModel::ExportFormat::Text));
    const QStringList lines = QString::fromUtf8(text.data()).split(QLatin1Char('\n'),
                                                                   Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    CHECK(lines.at(0).endsWith(QStringLiteral("\tError\tesp\tbad thing")));

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    REQUIRE(m.write(&json, LogModel::ExportFormat::JsonLines));
    const QList<QByteArray> jl = json.data().split('\n');
    REQUIRE(jl.size() == 3);  // two records and the trailing newline
    LogRecord back;
    REQUIRE(fromJsonLine(jl.at(0), &back));
    CHECK(back.text == QStringLiteral("hello"));
    REQUIRE(fromJsonLine(jl.at(1), &back));
    CHECK(back.level == LogLevel::Error);
}
