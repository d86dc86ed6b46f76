#include "ui/LogView.h"

#include "ui/SourceFilterButton.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QTableView>

#include <algorithm>
#include <iterator>

namespace fw::ui {

using fw::core::LogLevel;

LogView::LogView(fw::core::LogBus *bus, QWidget *parent)
    : RecordTableView(parent), m_model(new LogModel(this))
{
    m_level = new QComboBox(this);
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        m_level->addItem(QString(), int(level));

    m_sources = new SourceFilterButton(this);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);

    filterBar()->addWidget(m_level);
    filterBar()->addWidget(m_sources);
    filterBar()->addWidget(m_search, 1);
    attach(m_model, bus);

    QTableView *table = tableView();
    table->setAlternatingRowColors(true);
    // Fixed widths from the font: measuring contents would walk every row on each batch.
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(table->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    header->resizeSection(LogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    int levelWidth = 0;
    for (const QString &name : {tr("Debug"), tr("Info"), tr("Warning"), tr("Error")})
        levelWidth = std::max(levelWidth, fm.horizontalAdvance(name));
    header->resizeSection(LogModel::LevelColumn, levelWidth + pad);
    header->resizeSection(LogModel::SourceColumn, fm.horizontalAdvance(QLatin1Char('x')) * 22);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setMinimumLevel(LogLevel(m_level->itemData(i).toInt()));
    });
    connect(m_model, &LogModel::sourceAdded, m_sources, &SourceFilterButton::addSource);
    connect(m_sources, &SourceFilterButton::sourceToggled, m_model, &LogModel::setSourceEnabled);
    connect(m_sources, &SourceFilterButton::allSourcesRequested, m_model,
            &LogModel::enableAllSources);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &LogView::applySearch);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    retranslate();
}

void LogView::retranslate()
{
    setAccessibleName(tr("Session log"));
    // Same order as the items added in the constructor.
    const QString levels[] = {tr("Debug"), tr("Info"), tr("Warning"), tr("Error")};
    for (int i = 0; i < m_level->count() && i < int(std::size(levels)); ++i)
        m_level->setItemText(i, levels[i]);
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setToolTip(tr("Show records of this level and above"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the log"));
    setToolTexts({
        .follow = tr("Follow"),
        .followTip = tr("Keep the newest record in view; switch off to pause"),
        .clear = tr("Clear"),
        .clearTip = tr("Remove every record from this view"),
        .copy = tr("Copy"),
        .copyTip = tr("Copy the selected rows as text (Ctrl+C)"),
        .exportText = tr("Export…"),
        .exportTip = tr("Save the log to a file"),
        .newHintTip = tr("Jump to the newest record and follow again"),
    });
    m_findAction->setText(tr("Search"));
    tableView()->setAccessibleName(tr("Log records"));
    m_model->retranslate();
}

QString LogView::newHintText(int rows) const
{
    return tr("%n new", nullptr, rows);
}

void LogView::applySearch()
{
    m_model->setSearchText(m_search->text().trimmed());
}

bool LogView::exportTo(const QString &path, LogModel::ExportFormat format, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_model->write(&file, format)
                    && file.commit();
    if (!ok && error) {
        *error = tr("Could not save the log to %1: %2. Choose a folder you can write to, or "
                    "free some disk space, and export again.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return ok;
}

void LogView::exportWithDialog()
{
    const QString textFilter = tr("Visible records as text (*.txt)");
    const QString jsonFilter = tr("All records as JSON lines (*.jsonl)");
    QString selected = textFilter;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export log"),
                                                dir + QStringLiteral("/flashwright-log.txt"),
                                                textFilter + QStringLiteral(";;") + jsonFilter,
                                                &selected);
    if (path.isEmpty())
        return;
    const bool json = selected == jsonFilter
                      || QFileInfo(path).suffix().compare(QLatin1String("jsonl"),
                                                          Qt::CaseInsensitive) == 0;
    if (json && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".jsonl");
    QString error;
    if (!exportTo(path, json ? LogModel::ExportFormat::JsonLines : LogModel::ExportFormat::Text,
                  &error))
        QMessageBox::warning(this, tr("Export log"), error);
}

}  // namespace fw::ui
