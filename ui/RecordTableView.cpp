#include "ui/RecordTableView.h"

#include "core/LogBus.h"
#include "ui/TailFollower.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fw::ui {

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

RecordTableView::RecordTableView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)), m_bar(new QHBoxLayout),
      m_filterBar(new QHBoxLayout)
{
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A table, not a tree: QTreeView re-lays out every row on each insert (45 ms per batch at
    // 200k rows), while a table with a fixed, hidden vertical header stays at a few ms.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setTableFont(m_table->font());
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, as keyboard users expect
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);

    m_bar->setContentsMargins(0, 0, 0, 0);
    m_filterBar->setContentsMargins(0, 0, 0, 0);
    m_bar->addLayout(m_filterBar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void RecordTableView::setTableFont(const QFont &font)
{
    m_table->setFont(font);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 4);
}

void RecordTableView::attach(QAbstractItemModel *model, fw::core::LogBus *bus)
{
    m_table->setModel(model);
    m_follower = new TailFollower(m_table, model, this);

    m_newHint = makeButton(this);
    m_newHint->hide();
    m_follow = makeButton(this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_clearButton = makeButton(this);
    m_copyButton = makeButton(this);
    m_exportButton = makeButton(this);
    for (QToolButton *b : {m_newHint, m_follow, m_clearButton, m_copyButton, m_exportButton})
        m_bar->addWidget(b);

    m_copyAction = new QAction(m_table);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyAction);

    connect(m_follow, &QToolButton::toggled, m_follower, &TailFollower::setFollowing);
    connect(m_follower, &TailFollower::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_follower, &TailFollower::newWhilePausedChanged, this,
            &RecordTableView::updateNewHint);
    connect(m_newHint, &QToolButton::clicked, this, [this] { setFollowing(true); });
    connect(m_clearButton, &QToolButton::clicked, this, &RecordTableView::clear);
    connect(m_copyButton, &QToolButton::clicked, this, &RecordTableView::copySelection);
    connect(m_copyAction, &QAction::triggered, this, &RecordTableView::copySelection);
    connect(m_exportButton, &QToolButton::clicked, this, &RecordTableView::exportWithDialog);
    if (bus)
        connect(bus, &fw::core::LogBus::batch, this, &RecordTableView::ingest);
}

void RecordTableView::setToolTexts(const ToolTexts &texts)
{
    setButtonTexts(m_follow, texts.follow, texts.followTip);
    setButtonTexts(m_clearButton, texts.clear, texts.clearTip);
    setButtonTexts(m_copyButton, texts.copy, texts.copyTip);
    setButtonTexts(m_exportButton, texts.exportText, texts.exportTip);
    m_copyAction->setText(texts.copy);
    m_newHint->setToolTip(texts.newHintTip);
    updateNewHint(newWhilePaused());
}

void RecordTableView::ingest(const fw::core::LogBatch &batch)
{
    m_follower->batchStarting();
    appendToModel(batch);
    m_follower->batchDone();
}

bool RecordTableView::isFollowing() const
{
    return m_follower->isFollowing();
}

void RecordTableView::setFollowing(bool follow)
{
    m_follower->setFollowing(follow);
}

int RecordTableView::newWhilePaused() const
{
    return m_follower->newWhilePaused();
}

void RecordTableView::updateNewHint(int rows)
{
    m_newHint->setVisible(rows > 0);
    if (rows > 0) {
        m_newHint->setText(newHintText(rows));
        m_newHint->setAccessibleName(m_newHint->text());
    }
}

void RecordTableView::clear()
{
    clearModel();
    updateNewHint(0);
}

QString RecordTableView::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &i : std::as_const(rows)) {
        text += rowText(i.row());
        text += QLatin1Char('\n');
    }
    return text;
}

void RecordTableView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void RecordTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(palette());
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace fw::ui
