#include <catch2/catch.hpp>

#include "core/LogRecord.h"
#include "core/sim/DemoRegistry.h"
#include "ui/DiscoveryPanel.h"
#include "ui/HexModel.h"
#include "ui/HexView.h"
#include "ui/LanguageManager.h"
#include "ui/LogModel.h"
#include "ui/LogView.h"
#include "ui/MainWindow.h"
#include "ui/ProgressPanel.h"
#include "ui/SerialMonitorWidget.h"
#include "ui/SourceFilterButton.h"
#include "ui/ThroughputPlot.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <qcustomplot.h>

using fw::core::sim::DemoRegistry;
using fw::ui::LanguageManager;

namespace {

// Puts English back even when a check fails half-way, so later tests see English texts.
struct EnglishAfterwards {
    ~EnglishAfterwards() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
};

// What the shipped German catalogue says for a message; checked to really be a translation,
// so a comparison with it cannot pass by accident on an English text.
QString german(const char *context, const char *source)
{
    static QTranslator *catalogue = [] {
        auto *t = new QTranslator;
        REQUIRE(t->load(QStringLiteral("flashwright_de"), LanguageManager::resourceDir()));
        return t;
    }();
    const QString text = catalogue->translate(context, source);
    INFO(context << ": " << source);
    REQUIRE_FALSE(text.isEmpty());
    REQUIRE(text != QString::fromUtf8(source));
    return text;
}

// Catch prints std::string values on failure, but not QString ones.
std::string str(const QString &s)
{
    return s.toStdString();
}

QToolButton *buttonWithText(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *b : buttons)
        if (b->text() == text)
            return b;
    return nullptr;
}

QCPItemText *wireLabel(QCustomPlot *plot)
{
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            return text;
    return nullptr;
}

}  // namespace

TEST_CASE("switching to German retranslates the log, bytes, progress and plot", "[ui][i18n]")
{
    EnglishAfterwards restore;
    auto *languages = LanguageManager::instance();
    REQUIRE(languages->setLanguage(QStringLiteral("en")));

    fw::ui::MainWindow window;
    window.show();
    fw::ui::LogView *log = window.logView();
    fw::ui::HexView *hex = window.hexView();
    fw::ui::ThroughputPlot *plot = window.throughputPlot();
    auto *progress = window.findChild<fw::ui::ProgressPanel *>();
    REQUIRE(progress);

    // A warning with bytes gives the log a level cell and the hex view a direction cell.
    fw::core::LogRecord r;
    r.timeMs = QDateTime::currentMSecsSinceEpoch();
    r.level = fw::core::LogLevel::Warning;
    r.source = QStringLiteral("test:i18n");
    r.text = QStringLiteral("sent");
    r.bytes = QByteArray("\x01\x02\x03", 3);
    r.direction = fw::core::Direction::Tx;
    log->ingest({r});
    hex->ingest({r});
    plot->setWireLimit(11'520);

    // The English state, held by the widgets themselves (not by pointers found later).
    QToolButton *follow = buttonWithText(log, QStringLiteral("Follow"));
    QToolButton *exportButton = buttonWithText(log, QStringLiteral("Export…"));
    QToolButton *hexFollow = buttonWithText(hex, QStringLiteral("Follow"));
    REQUIRE(follow);
    REQUIRE(exportButton);
    REQUIRE(hexFollow);
    auto *level = log->findChild<QComboBox *>();
    auto *search = log->findChild<QLineEdit *>();
    auto *sources = log->findChild<fw::ui::SourceFilterButton *>();
    REQUIRE(level);
    REQUIRE(search);
    REQUIRE(sources);
    REQUIRE(str(level->itemText(2)) == "Warning");
    REQUIRE(str(sources->text()) == "All sources");
    fw::ui::LogModel *logModel = log->model();
    fw::ui::HexModel *hexModel = hex->model();
    REQUIRE(logModel->rowCount() >= 1);
    REQUIRE(hexModel->rowCount() >= 1);
    const QModelIndex levelCell =
        logModel->index(logModel->rowCount() - 1, fw::ui::LogModel::LevelColumn);
    REQUIRE(str(logModel->data(levelCell).toString()) == "Warning");
    REQUIRE(str(logModel->headerData(fw::ui::LogModel::TimeColumn, Qt::Horizontal).toString())
            == "Time");
    REQUIRE(str(progress->statusText()) == "No job running.");
    REQUIRE(str(plot->customPlot()->xAxis->label()) == "Time (min:s)");
    REQUIRE(str(plot->title()) == "Throughput");
    REQUIRE(wireLabel(plot->customPlot()));
    REQUIRE(wireLabel(plot->customPlot())->text().startsWith(QStringLiteral("wire limit ")));

    QSignalSpy logHeaders(logModel, &QAbstractItemModel::headerDataChanged);
    QSignalSpy hexHeaders(hexModel, &QAbstractItemModel::headerDataChanged);
    QSignalSpy logCells(logModel, &QAbstractItemModel::dataChanged);

    REQUIRE(languages->setLanguage(QStringLiteral("de")));

    // Log dock: buttons, level list, search field, source filter, model headers and cells.
    CHECK(str(follow->text()) == str(german("fw::ui::LogView", "Follow")));
    CHECK(str(follow->accessibleName()) == str(german("fw::ui::LogView", "Follow")));
    CHECK(str(exportButton->text()) == str(german("fw::ui::LogView", "Export…")));
    CHECK(str(level->itemText(2)) == str(german("fw::ui::LogView", "Warning")));
    CHECK(str(search->placeholderText()) == str(german("fw::ui::LogView", "Search (Ctrl+F)")));
    CHECK(str(sources->text()) == str(german("fw::ui::SourceFilterButton", "All sources")));
    CHECK(str(logModel->headerData(fw::ui::LogModel::TimeColumn, Qt::Horizontal).toString())
          == str(german("fw::ui::LogModel", "Time")));
    CHECK(str(logModel->data(levelCell).toString())
          == str(german("fw::ui::LogModel", "Warning")));
    // The header view and the table only repaint when the model says so.
    CHECK(logHeaders.count() >= 1);
    CHECK(logCells.count() >= 1);

    // Bytes tab.
    CHECK(str(hexFollow->text()) == str(german("fw::ui::HexView", "Follow")));
    CHECK(str(hexModel->headerData(fw::ui::HexModel::DirectionColumn, Qt::Horizontal).toString())
          == str(german("fw::ui::HexModel", "Dir")));
    CHECK(hexHeaders.count() >= 1);

    // Activity dock: progress panel and plot.
    CHECK(str(progress->statusText()) == str(german("fw::ui::ProgressPanel", "No job running.")));
    CHECK(str(plot->customPlot()->xAxis->label())
          == str(german("fw::ui::ThroughputPlot", "Time (min:s)")));
    CHECK(str(plot->title()) == str(german("fw::ui::ThroughputPlot", "Throughput")));
    CHECK(wireLabel(plot->customPlot())->text().startsWith(
        german("fw::ui::ThroughputPlot", "wire limit %1").arg(QString())));

    // Demo devices in the device list: the registry was filled once, in English.
    QTreeWidgetItem *demos =
        window.discoveryPanel()->groupItem(fw::ui::DiscoveryPanel::Group::Demo);
    QStringList demoTitles;
    for (int i = 0; i < demos->childCount(); ++i)
        demoTitles << demos->child(i)->text(0);
    CHECK(demoTitles.contains(german("fw::core::sim::CoreDemos", "ESP8266 plug booting Tasmota")));

    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    CHECK(str(follow->text()) == "Follow");
    CHECK(str(level->itemText(2)) == "Warning");
    CHECK(str(logModel->data(levelCell).toString()) == "Warning");
    CHECK(str(hexFollow->text()) == "Follow");
    CHECK(str(progress->statusText()) == "No job running.");
    CHECK(str(plot->customPlot()->xAxis->label()) == "Time (min:s)");
    CHECK(str(plot->title()) == "Throughput");
}

TEST_CASE("demo device texts are translated when they are read, not when registered", "[ui][i18n]")
{
    EnglishAfterwards restore;
    auto *languages = LanguageManager::instance();
    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    // The registry is filled on first use; make sure that happens in English.
    const auto *boot = DemoRegistry::instance().find(QStringLiteral("esp8266-boot"));
    const auto *thermometer = DemoRegistry::instance().find(QStringLiteral("ble-thermometer"));
    REQUIRE(boot);
    REQUIRE(thermometer);
    REQUIRE(str(boot->title()) == "ESP8266 plug booting Tasmota");
    REQUIRE(boot->description().startsWith(QStringLiteral("A Tuya smart plug")));

    REQUIRE(languages->setLanguage(QStringLiteral("de")));
    CHECK(str(boot->title())
          == str(german("fw::core::sim::CoreDemos", "ESP8266 plug booting Tasmota")));
    CHECK(str(boot->description()) == str(german(boot->trContext, boot->descriptionSource)));
    CHECK(str(thermometer->title())
          == str(german("fw::core::sim::BleDemos", "Bluetooth LE thermometer (LYWSD03MMC)")));

    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    CHECK(str(boot->title()) == "ESP8266 plug booting Tasmota");

    // Without texts a demo still has a title to show: its name.
    fw::core::sim::DemoDevice bare;
    bare.name = QStringLiteral("bare");
    CHECK(str(bare.title()) == "bare");
    CHECK(bare.description().isEmpty());
}

TEST_CASE("the plot title of a monitor session follows the language", "[ui][i18n]")
{
    EnglishAfterwards restore;
    auto *languages = LanguageManager::instance();
    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    fw::ui::MainWindow window;
    window.show();
    window.openSerialMonitor(QStringLiteral("demo:serial-flood"), 115200);
    REQUIRE(QTest::qWaitFor([&] { return window.serialMonitor()->isOpen(); }, 5000));
    const QString english = QStringLiteral("Serial monitor: demo:serial-flood");
    REQUIRE(str(window.throughputPlot()->title()) == str(english));
    const int pointsBefore = window.throughputPlot()->pointCount();

    REQUIRE(languages->setLanguage(QStringLiteral("de")));
    const QString germanTitle = german("fw::ui::SerialMonitorWidget", "Serial monitor: %1")
                                    .arg(QStringLiteral("demo:serial-flood"));
    CHECK(str(window.throughputPlot()->title()) == str(germanTitle));
    // Re-wording the title keeps the curve drawn so far.
    CHECK(window.throughputPlot()->pointCount() >= pointsBefore);

    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    CHECK(str(window.throughputPlot()->title()) == str(english));
    window.serialMonitor()->closePort();
}
