#include "ui/LogView.h"

#include "ui/SourceFilterButton.h"
#include "ui/TailFollower.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace fw::ui {

using fw::core::LogLevel;

namespace {

QToolButton *makeButton(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoRaise(true);
    return b;
}

void setButtonTexts(QToolButton *b, const QString &text, const QString &tip)
{
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
}

}  // namespace

LogView::LogView(fw::core::LogBus *bus, QWidget *parent)
    : QWidget(parent), m_model(new LogModel(this)), m_table(new QTableView(this))
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

    m_newHint = makeButton(this);
    m_newHint->hide();
    m_follow = makeButton(this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_clearButton = makeButton(this);
    m_copyButton = makeButton(this);
    m_exportButton = makeButton(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_level);
    bar->addWidget(m_sources);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_newHint);
    bar->addWidget(m_follow);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTextElideMode(Qt::ElideRight);
    // A table, not a tree: QTreeView re-lays out every row on each insert (45 ms per batch at
    // 200k rows), while a table with a fixed, hidden vertical header stays at a few ms.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 4);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, as keyboard users expect
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed widths from the font: measuring contents would walk every row on each batch.
    const QFontMetrics fm(m_table->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    header->resizeSection(LogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    int levelWidth = 0;
    for (const QString &name : {tr("Debug"), tr("Info"), tr("Warning"), tr("Error")})
        levelWidth = std::max(levelWidth, fm.horizontalAdvance(name));
    header->resizeSection(LogModel::LevelColumn, levelWidth + pad);
    header->resizeSection(LogModel::SourceColumn, fm.horizontalAdvance(QLatin1Char('x')) * 22);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_follower = new TailFollower(m_table, m_model, this);

    m_copyAction = new QAction(m_table);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyAction);
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
    connect(m_follow, &QToolButton::toggled, m_follower, &TailFollower::setFollowing);
    connect(m_follower, &TailFollower::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_follower, &TailFollower::newWhilePausedChanged, this, &LogView::updateNewHint);
    connect(m_newHint, &QToolButton::clicked, this, [this] { setFollowing(true); });
    connect(m_clearButton, &QToolButton::clicked, this, &LogView::clear);
    connect(m_copyButton, &QToolButton::clicked, this, &LogView::copySelection);
    connect(m_copyAction, &QAction::triggered, this, &LogView::copySelection);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_exportButton, &QToolButton::clicked, this, &LogView::exportWithDialog);

    if (bus)
        connect(bus, &fw::core::LogBus::batch, this, &LogView::ingest);
    setFocusProxy(m_table);
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
    m_newHint->setToolTip(tr("Jump to the newest record and follow again"));
    updateNewHint(m_follower->newWhilePaused());
    setButtonTexts(m_follow, tr("Follow"), tr("Keep the newest record in view; switch off to pause"));
    setButtonTexts(m_clearButton, tr("Clear"), tr("Remove every record from this view"));
    setButtonTexts(m_copyButton, tr("Copy"), tr("Copy the selected rows as text (Ctrl+C)"));
    setButtonTexts(m_exportButton, tr("Export…"), tr("Save the log to a file"));
    m_copyAction->setText(tr("Copy"));
    m_findAction->setText(tr("Search"));
    m_table->setAccessibleName(tr("Log records"));
    m_model->retranslate();
}

void LogView::ingest(const fw::core::LogBatch &batch)
{
    m_follower->batchStarting();
    m_model->append(batch);
    m_follower->batchDone();
}

bool LogView::isFollowing() const
{
    return m_follower->isFollowing();
}

int LogView::newWhilePaused() const
{
    return m_follower->newWhilePaused();
}

void LogView::setFollowing(bool follow)
{
    m_follower->setFollowing(follow);
}

void LogView::applySearch()
{
    m_model->setSearchText(m_search->text().trimmed());
}

void LogView::updateNewHint(int rows)
{
    m_newHint->setVisible(rows > 0);
    if (rows > 0) {
        m_newHint->setText(tr("%n new", nullptr, rows));
        m_newHint->setAccessibleName(m_newHint->text());
    }
}

void LogView::clear()
{
    m_model->clear();
    updateNewHint(0);
}

QString LogView::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &i : std::as_const(rows)) {
        text += m_model->rowAsText(i.row());
        text += QLatin1Char('\n');
    }
    return text;
}

void LogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
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

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace fw::ui
