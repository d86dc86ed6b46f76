#include <catch2/catch.hpp>

#include "ui/HexView.h"

#include <QApplication>
#include <QClipboard>
#include <QTableView>

using namespace fw::core;
using fw::ui::HexModel;
using fw::ui::HexView;

namespace {

LogRecord bytesRecord(Direction dir, const QByteArray &bytes,
                      const QString &source = QStringLiteral("serial:/dev/ttyUSB0"))
{
    LogRecord r;
    r.timeMs = 1'700'000'000'000;
    r.level = LogLevel::Debug;
    r.source = source;
    r.direction = dir;
    r.bytes = bytes;
    r.text = QStringLiteral("bytes");
    return r;
}

QString cell(const HexModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

}  // namespace

TEST_CASE("HexView splits TX and RX records into rows with running offsets", "[ui][hexview]")
{
    HexView view(nullptr);
    HexModel *m = view.model();
    QByteArray tx = QByteArray::fromHex("c000083300000000000707122055555555555555555555555555555555c0");
    REQUIRE(tx.size() == 30);
    QByteArray rx = QByteArrayLiteral("OK\r\nhello");
    LogRecord text;
    text.text = QStringLiteral("no bytes here");
    view.ingest({bytesRecord(Direction::Tx, tx), text, bytesRecord(Direction::Rx, rx),
                 bytesRecord(Direction::Tx, QByteArray(4, '\x01'))});

    REQUIRE(m->rowCount() == 4);  // 16 + 14 TX, 9 RX, 4 TX
    CHECK(cell(m, 0, HexModel::OffsetColumn) == QStringLiteral("00000000"));
    CHECK(cell(m, 1, HexModel::OffsetColumn) == QStringLiteral("00000010"));
    CHECK(cell(m, 2, HexModel::OffsetColumn) == QStringLiteral("00000000"));  // RX counts apart
    CHECK(cell(m, 3, HexModel::OffsetColumn) == QStringLiteral("0000001e"));  // TX continues at 30
    CHECK(cell(m, 0, HexModel::HexColumn)
          == QStringLiteral("c0 00 08 33 00 00 00 00  00 07 07 12 20 55 55 55"));
    CHECK(cell(m, 1, HexModel::HexColumn).trimmed()
          == QStringLiteral("55 55 55 55 55 55 55 55  55 55 55 55 55 c0"));
    CHECK(cell(m, 0, HexModel::AsciiColumn) == QStringLiteral("...3........ UUU"));
    CHECK(cell(m, 2, HexModel::AsciiColumn) == QStringLiteral("OK..hello"));
    CHECK(cell(m, 0, HexModel::SourceColumn) == QStringLiteral("serial:/dev/ttyUSB0"));
    CHECK_FALSE(cell(m, 0, HexModel::TimeColumn).isEmpty());
    CHECK(cell(m, 1, HexModel::TimeColumn).isEmpty());  // continuation row of the same record

    // Direction: data role, label and colour tell TX and RX apart.
    CHECK(m->index(0, 0).data(HexModel::DirectionRole).toInt() == int(Direction::Tx));
    CHECK(m->index(2, 0).data(HexModel::DirectionRole).toInt() == int(Direction::Rx));
    CHECK(cell(m, 0, HexModel::DirectionColumn).contains(QStringLiteral("TX")));
    CHECK(cell(m, 2, HexModel::DirectionColumn).contains(QStringLiteral("RX")));
    const auto txColor = m->index(0, HexModel::DirectionColumn).data(Qt::ForegroundRole);
    const auto rxColor = m->index(2, HexModel::DirectionColumn).data(Qt::ForegroundRole);
    REQUIRE(txColor.isValid());
    CHECK(txColor != rxColor);
    CHECK(m->index(2, 0).data(HexModel::BytesRole).toByteArray() == rx);
}

TEST_CASE("HexView filters by direction and source", "[ui][hexview]")
{
    HexView view(nullptr);
    HexModel *m = view.model();
    view.ingest({bytesRecord(Direction::Tx, QByteArray(20, 'a'), QStringLiteral("a")),
                 bytesRecord(Direction::Rx, QByteArray(5, 'b'), QStringLiteral("a")),
                 bytesRecord(Direction::Rx, QByteArray(5, 'c'), QStringLiteral("b"))});
    REQUIRE(m->rowCount() == 4);
    CHECK(m->sources() == QStringList{QStringLiteral("a"), QStringLiteral("b")});

    m->setDirectionShown(Direction::Tx, false);
    REQUIRE(m->rowCount() == 2);
    CHECK(m->index(0, 0).data(HexModel::DirectionRole).toInt() == int(Direction::Rx));

    m->setSourceEnabled(QStringLiteral("a"), false);
    REQUIRE(m->rowCount() == 1);
    CHECK(cell(m, 0, HexModel::AsciiColumn) == QStringLiteral("ccccc"));

    // Arriving rows are filtered too.
    view.ingest({bytesRecord(Direction::Rx, QByteArray(3, 'd'), QStringLiteral("b")),
                 bytesRecord(Direction::Tx, QByteArray(3, 'e'), QStringLiteral("b"))});
    REQUIRE(m->rowCount() == 2);
    CHECK(cell(m, 1, HexModel::AsciiColumn) == QStringLiteral("ddd"));
    CHECK(cell(m, 1, HexModel::OffsetColumn) == QStringLiteral("00000005"));

    m->setDirectionShown(Direction::Tx, true);
    m->enableAllSources();
    CHECK(m->rowCount() == 6);
}

TEST_CASE("HexView keeps a bounded ring of rows and copies a hex dump", "[ui][hexview]")
{
    HexView view(nullptr);
    HexModel *m = view.model();
    m->setCapacity(100);
    for (int i = 0; i < 30; ++i)
        view.ingest({bytesRecord(Direction::Rx, QByteArray(64, char('A' + i % 26)))});
    CHECK(m->rowCount() == 100);
    CHECK(m->index(99, 0).data(HexModel::OffsetRole).toULongLong() == 30 * 64 - 16);
    CHECK(m->index(0, 0).data(HexModel::OffsetRole).toULongLong() == 30 * 64 - 1600);

    view.tableView()->selectionModel()->select(
        m->index(99, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.copySelection();
    CHECK(QApplication::clipboard()->text()
          == QStringLiteral("RX 00000770  44 44 44 44 44 44 44 44  44 44 44 44 44 44 44 44  "
                            "|DDDDDDDDDDDDDDDD|\n"));
}
