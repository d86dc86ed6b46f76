#include <catch2/catch.hpp>

#include "ui/LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTableView>

using namespace fw::core;
using fw::ui::LogModel;
using fw::ui::LogView;

namespace {

LogBatch makeBatch(int first, int count)
{
    LogBatch b;
    b.reserve(count);
    for (int i = first; i < first + count; ++i) {
        LogRecord r;
        r.timeMs = 1'700'000'000'000 + i;
        r.level = i % 100 == 0 ? LogLevel::Warning : LogLevel::Info;
        r.source = QStringLiteral("sim:esp8266-boot");
        r.text = QStringLiteral("record %1").arg(i);
        b.append(std::move(r));
    }
    return b;
}

bool rowVisible(QTableView *table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    return rect.isValid() && table->viewport()->rect().intersects(rect);
}

QString topText(QTableView *table)
{
    const QModelIndex top = table->indexAt(QPoint(4, 4));
    return top.sibling(top.row(), LogModel::TextColumn).data().toString();
}

}  // namespace

TEST_CASE("LogView ingests 100k records from the bus and follows the newest", "[ui][logview]")
{
    LogBus bus(1000);
    LogView view(&bus);
    view.resize(1000, 600);
    view.show();
    REQUIRE(view.isFollowing());

    // Post through the real bus the way jobs do, then let it deliver in batches.
    for (int i = 0; i < 100'000; ++i) {
        LogRecord r;
        r.source = QStringLiteral("esp");
        r.text = QStringLiteral("record %1").arg(i);
        bus.post(std::move(r));
        if (i % 1000 == 999)
            bus.flush();
    }
    QApplication::processEvents();
    CHECK(view.model()->rowCount() == 100'000);
    CHECK(view.model()->recordAt(99'999).text == QStringLiteral("record 99999"));
    QTableView *table = view.tableView();
    CHECK(rowVisible(table, 99'999));
    CHECK_FALSE(rowVisible(table, 0));
}

TEST_CASE("LogView keeps its position while paused, even as old rows fall out",
          "[ui][logview]")
{
    LogView view(nullptr);
    view.model()->setCapacity(20'000);
    view.resize(1000, 600);
    view.show();
    for (int b = 0; b < 10; ++b)
        view.ingest(makeBatch(b * 1000, 1000));
    QApplication::processEvents();
    QTableView *table = view.tableView();
    REQUIRE(rowVisible(table, 9999));

    view.setFollowing(false);
    table->scrollTo(view.model()->index(8000, 0), QAbstractItemView::PositionAtTop);
    QApplication::processEvents();
    const QString before = topText(table);
    REQUIRE(before == QStringLiteral("record 8000"));

    // 15k more: the ring (20k) drops the 5k oldest rows above the viewed position.
    for (int b = 10; b < 25; ++b) {
        view.ingest(makeBatch(b * 1000, 1000));
        CHECK(topText(table) == before);
    }
    QApplication::processEvents();
    CHECK(view.model()->recordAt(0).text == QStringLiteral("record 5000"));
    CHECK(topText(table) == before);
    CHECK(view.newWhilePaused() == 15'000);
    CHECK_FALSE(rowVisible(table, view.model()->rowCount() - 1));

    view.setFollowing(true);
    QApplication::processEvents();
    CHECK(rowVisible(table, view.model()->rowCount() - 1));
}

TEST_CASE("LogView copies the selected rows as text", "[ui][logview]")
{
    LogView view(nullptr);
    view.resize(800, 400);
    view.show();
    view.ingest(makeBatch(0, 10));
    QTableView *table = view.tableView();
    table->selectionModel()->select(view.model()->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(view.model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    view.copySelection();
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).endsWith(QStringLiteral("\tInfo\tsim:esp8266-boot\trecord 1")));
    CHECK(lines.at(1).endsWith(QStringLiteral("\trecord 3")));
}

TEST_CASE("LogView exports to .txt and .jsonl and reports an unwritable path", "[ui][logview]")
{
    LogView view(nullptr);
    view.ingest(makeBatch(0, 200));
    view.model()->setMinimumLevel(LogLevel::Warning);  // records 0 and 100
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString txt = dir.filePath(QStringLiteral("log.txt"));
    const QString jsonl = dir.filePath(QStringLiteral("log.jsonl"));
    REQUIRE(view.exportTo(txt, LogModel::ExportFormat::Text));
    REQUIRE(view.exportTo(jsonl, LogModel::ExportFormat::JsonLines));
    QFile t(txt);
    REQUIRE(t.open(QIODevice::ReadOnly));
    CHECK(t.readAll().count('\n') == 2);
    QFile j(jsonl);
    REQUIRE(j.open(QIODevice::ReadOnly));
    CHECK(j.readAll().count('\n') == 200);

    QString error;
    CHECK_FALSE(view.exportTo(dir.filePath(QStringLiteral("missing/dir/log.txt")),
                              LogModel::ExportFormat::Text, &error));
    CHECK(error.contains(QStringLiteral("missing")));
}
