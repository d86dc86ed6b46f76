#include "ui/HexView.h"

#include "ui/SourceFilterButton.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace fw::ui {

using fw::core::Direction;

namespace {

QToolButton *makeDirectionButton(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoRaise(true);
    b->setCheckable(true);
    b->setChecked(true);
    return b;
}

}  // namespace

HexView::HexView(fw::core::LogBus *bus, QWidget *parent)
    : RecordTableView(parent), m_model(new HexModel(this))
{
    m_sources = new SourceFilterButton(this);
    m_tx = makeDirectionButton(this);
    m_rx = makeDirectionButton(this);
    filterBar()->addWidget(m_sources);
    filterBar()->addWidget(m_tx);
    filterBar()->addWidget(m_rx);
    filterBar()->addStretch(1);
    attach(m_model, bus);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setTableFont(mono);
    QHeaderView *header = tableView()->horizontalHeader();
    const QFontMetrics fm(mono);
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    header->resizeSection(HexModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    header->resizeSection(HexModel::DirectionColumn,
                          std::max(width(tr("→ TX")), width(tr("← RX"))));
    header->resizeSection(HexModel::SourceColumn, width(QString(18, QLatin1Char('x'))));
    header->resizeSection(HexModel::OffsetColumn, width(QStringLiteral("00000000")));
    header->resizeSection(HexModel::HexColumn, width(QString(48, QLatin1Char('0'))));

    connect(m_model, &HexModel::sourceAdded, m_sources, &SourceFilterButton::addSource);
    connect(m_sources, &SourceFilterButton::sourceToggled, m_model, &HexModel::setSourceEnabled);
    connect(m_sources, &SourceFilterButton::allSourcesRequested, m_model,
            &HexModel::enableAllSources);
    connect(m_tx, &QToolButton::toggled, this,
            [this](bool on) { m_model->setDirectionShown(Direction::Tx, on); });
    connect(m_rx, &QToolButton::toggled, this,
            [this](bool on) { m_model->setDirectionShown(Direction::Rx, on); });
    retranslate();
}

void HexView::retranslate()
{
    setAccessibleName(tr("Hex view"));
    m_tx->setText(tr("→ TX"));
    m_tx->setToolTip(tr("Show the bytes sent to the device"));
    m_tx->setAccessibleName(tr("Show sent bytes"));
    m_rx->setText(tr("← RX"));
    m_rx->setToolTip(tr("Show the bytes received from the device"));
    m_rx->setAccessibleName(tr("Show received bytes"));
    setToolTexts({
        .follow = tr("Follow"),
        .followTip = tr("Keep the newest bytes in view; switch off to pause"),
        .clear = tr("Clear"),
        .clearTip = tr("Remove every row and restart the offsets"),
        .copy = tr("Copy"),
        .copyTip = tr("Copy the selected rows as a hex dump (Ctrl+C)"),
        .exportText = tr("Export…"),
        .exportTip = tr("Save the visible rows as a hex dump"),
        .newHintTip = tr("Jump to the newest bytes and follow again"),
    });
    tableView()->setAccessibleName(tr("Hex rows"));
    m_model->retranslate();
}

QString HexView::newHintText(int rows) const
{
    return tr("%n new rows", nullptr, rows);
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

}  // namespace fw::ui
