#include "ui/HexView.h"

#include "ui/SourceFilterButton.h"
#include "ui/TailFollower.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fw::ui {

using fw::core::Direction;

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

HexView::HexView(fw::core::LogBus *bus, QWidget *parent)
    : QWidget(parent), m_model(new HexModel(this)), m_table(new QTableView(this))
{
    m_sources = new SourceFilterButton(this);
    m_tx = makeButton(this);
    m_tx->setCheckable(true);
    m_tx->setChecked(true);
    m_rx = makeButton(this);
    m_rx->setCheckable(true);
    m_rx->setChecked(true);
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
    bar->addWidget(m_sources);
    bar->addWidget(m_tx);
    bar->addWidget(m_rx);
    bar->addStretch(1);
    bar->addWidget(m_newHint);
    bar->addWidget(m_follow);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_table->setFont(mono);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    const QFontMetrics fm(mono);
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    header->resizeSection(HexModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    header->resizeSection(HexModel::DirectionColumn,
                          std::max(width(tr("→ TX")), width(tr("← RX"))));
    header->resizeSection(HexModel::SourceColumn, width(QString(18, QLatin1Char('x'))));
    header->resizeSection(HexModel::OffsetColumn, width(QStringLiteral("00000000")));
    header->resizeSection(HexModel::HexColumn, width(QString(48, QLatin1Char('0'))));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_follower = new TailFollower(m_table, m_model, this);

    m_copyAction = new QAction(m_table);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyAction);

    connect(m_model, &HexModel::sourceAdded, m_sources, &SourceFilterButton::addSource);
    connect(m_sources, &SourceFilterButton::sourceToggled, m_model, &HexModel::setSourceEnabled);
    connect(m_sources, &SourceFilterButton::allSourcesRequested, m_model,
            &HexModel::enableAllSources);
    connect(m_tx, &QToolButton::toggled, this,
            [this](bool on) { m_model->setDirectionShown(Direction::Tx, on); });
    connect(m_rx, &QToolButton::toggled, this,
            [this](bool on) { m_model->setDirectionShown(Direction::Rx, on); });
    connect(m_follow, &QToolButton::toggled, m_follower, &TailFollower::setFollowing);
    connect(m_follower, &TailFollower::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_follower, &TailFollower::newWhilePausedChanged, this, &HexView::updateNewHint);
    connect(m_newHint, &QToolButton::clicked, this, [this] { setFollowing(true); });
    connect(m_clearButton, &QToolButton::clicked, this, &HexView::clear);
    connect(m_copyButton, &QToolButton::clicked, this, &HexView::copySelection);
    connect(m_copyAction, &QAction::triggered, this, &HexView::copySelection);
    connect(m_exportButton, &QToolButton::clicked, this, &HexView::exportWithDialog);

    if (bus)
        connect(bus, &fw::core::LogBus::batch, this, &HexView::ingest);
    setFocusProxy(m_table);
    retranslate();
}

void HexView::retranslate()
{
    setAccessibleName(tr("Hex view"));
    setButtonTexts(m_tx, tr("→ TX"), tr("Show the bytes sent to the device"));
    m_tx->setAccessibleName(tr("Show sent bytes"));
    setButtonTexts(m_rx, tr("← RX"), tr("Show the bytes received from the device"));
    m_rx->setAccessibleName(tr("Show received bytes"));
    m_newHint->setToolTip(tr("Jump to the newest bytes and follow again"));
    updateNewHint(m_follower->newWhilePaused());
    setButtonTexts(m_follow, tr("Follow"), tr("Keep the newest bytes in view; switch off to pause"));
    setButtonTexts(m_clearButton, tr("Clear"), tr("Remove every row and restart the offsets"));
    setButtonTexts(m_copyButton, tr("Copy"), tr("Copy the selected rows as a hex dump (Ctrl+C)"));
    setButtonTexts(m_exportButton, tr("Export…"), tr("Save the visible rows as a hex dump"));
    m_copyAction->setText(tr("Copy"));
    m_table->setAccessibleName(tr("Hex rows"));
    m_model->retranslate();
}

void HexView::ingest(const fw::core::LogBatch &batch)
{
    m_follower->batchStarting();
    m_model->append(batch);
    m_follower->batchDone();
}

bool HexView::isFollowing() const
{
    return m_follower->isFollowing();
}

int HexView::newWhilePaused() const
{
    return m_follower->newWhilePaused();
}

void HexView::setFollowing(bool follow)
{
    m_follower->setFollowing(follow);
}

void HexView::updateNewHint(int rows)
{
    m_newHint->setVisible(rows > 0);
    if (rows > 0) {
        m_newHint->setText(tr("%n new rows", nullptr, rows));
        m_newHint->setAccessibleName(m_newHint->text());
    }
}

void HexView::clear()
{
    m_model->clear();
    updateNewHint(0);
}

QString HexView::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &i : std::as_const(rows)) {
        text += m_model->rowAsDump(i.row());
        text += QLatin1Char('\n');
    }
    return text;
}

void HexView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool HexView::exportTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_model->write(&file) && file.commit();
    if (!ok && error) {
        *error = tr("Could not save the hex dump to %1: %2. Choose a folder you can write to, "
                    "or free some disk space, and export again.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return ok;
}

void HexView::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export hex dump"), dir + QStringLiteral("/flashwright-bytes.txt"),
        tr("Hex dump (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export hex dump"), error);
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace fw::ui
