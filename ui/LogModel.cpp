#include "ui/LogModel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QIODevice>
#include <QPalette>

#include <utility>
#include <vector>

namespace fw::ui {

using fw::core::LogBatch;
using fw::core::LogLevel;
using fw::core::LogRecord;

namespace {

constexpr int kPreviewBytes = 8;
constexpr int kTooltipBytes = 512;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

}  // namespace

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent)
{
    setPalette(QGuiApplication::palette());
}

void LogModel::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Translucent tints keep the selection and alternate-row colours visible underneath.
    m_warningBg = dark ? QColor(227, 179, 65, 40) : QColor(255, 190, 0, 48);
    m_errorBg = dark ? QColor(248, 81, 73, 48) : QColor(220, 30, 30, 40);
    m_warningFg = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x7a, 0x4d, 0x00);
    m_errorFg = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xa4, 0x0e, 0x0e);
    m_debugFg = palette.color(QPalette::PlaceholderText);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

void LogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.rowCount(m_ring.size()));
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LogModel::Entry &LogModel::entryAt(int row) const
{
    return m_ring.at(m_index.seqAt(row, m_ring.firstSeq()));
}

const LogRecord &LogModel::recordAt(int row) const
{
    return entryAt(row).record;
}

quint64 LogModel::sequenceAt(int row) const
{
    return m_index.seqAt(row, m_ring.firstSeq());
}

int LogModel::rowOfSequence(quint64 seq) const
{
    return int(m_index.rowOf(seq, m_ring.firstSeq(), m_ring.endSeq()));
}

QString LogModel::displayText(const LogRecord &r) const
{
    if (!r.hasBytes())
        return r.text;
    const QByteArray preview = r.bytes.left(kPreviewBytes).toHex(' ');
    const QString hex = QString::fromLatin1(preview)
                        + (r.bytes.size() > kPreviewBytes ? QStringLiteral(" ...") : QString());
    return r.text.isEmpty() ? hex : QString(r.text + QStringLiteral(": ") + hex);
}

static QString levelLabel(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return LogModel::tr("Debug");
    case LogLevel::Info: return LogModel::tr("Info");
    case LogLevel::Warning: return LogModel::tr("Warning");
    case LogLevel::Error: return LogModel::tr("Error");
    }
    return {};
}

static QString timeText(qint64 ms, bool withDate)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.toString(withDate ? QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz")
                               : QStringLiteral("hh:mm:ss.zzz"));
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entryAt(index.row());
    const LogRecord &r = e.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(r.timeMs, false);
        case LevelColumn: return levelLabel(r.level);
        case SourceColumn: return r.source;
        case TextColumn: return displayText(r);
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != TextColumn)
            return {};
        QString tip = r.text;
        if (r.hasBytes()) {
            tip += QLatin1Char('\n') + QString::fromLatin1(r.bytes.left(kTooltipBytes).toHex(' '));
            if (r.bytes.size() > kTooltipBytes)
                tip += tr(" ... (%n bytes in all)", nullptr, int(r.bytes.size()));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        switch (r.level) {
        case LogLevel::Warning: return m_warningFg;
        case LogLevel::Error: return m_errorFg;
        case LogLevel::Debug: return m_debugFg;
        case LogLevel::Info: break;
        }
        return {};
    case Qt::BackgroundRole:
        if (r.level == LogLevel::Warning)
            return m_warningBg;
        if (r.level == LogLevel::Error)
            return m_errorBg;
        return {};
    case LevelRole: return int(r.level);
    case SourceRole: return r.source;
    case TimeMsRole: return r.timeMs;
    case DirectionRole: return int(r.direction);
    case BytesRole: return r.bytes;
    case SequenceRole: return sequenceAt(index.row());
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case SourceColumn: return tr("Source");
    case TextColumn: return tr("Text");
    }
    return {};
}

bool LogModel::passes(const Entry &e) const
{
    if (e.record.level < m_minLevel || !m_sources.isEnabled(e.sourceId))
        return false;
    return m_search.isEmpty() || e.record.text.contains(m_search, Qt::CaseInsensitive)
           || e.record.source.contains(m_search, Qt::CaseInsensitive);
}

void LogModel::append(const LogBatch &batch)
{
    if (batch.isEmpty())
        return;
    QStringList added;
    auto makeEntry = [&](const LogRecord &r) {
        Entry e{r, m_sources.intern(r.source, &added)};
        // Sharing one string per source keeps a million records from holding a million copies.
        e.record.source = m_sources.name(e.sourceId);
        return e;
    };

    const qsizetype n = batch.size();
    if (n >= m_ring.capacity()) {
        beginResetModel();
        m_ring.clear();
        for (qsizetype i = n - m_ring.capacity(); i < n; ++i)
            m_ring.push(makeEntry(batch.at(i)));
        rebuildIndex();
        endResetModel();
    } else {
        const qsizetype overflow = m_ring.size() + n - m_ring.capacity();
        if (overflow > 0) {
            const quint64 newFirst = m_ring.firstSeq() + quint64(overflow);
            const qsizetype gone = m_index.rowsBefore(newFirst, m_ring.firstSeq());
            if (gone > 0) {
                beginRemoveRows({}, 0, int(gone - 1));
                m_index.dropFront(gone);
                m_ring.dropOldest(overflow);
                endRemoveRows();
            } else {
                m_ring.dropOldest(overflow);
            }
        }
        const int oldRows = rowCount();
        if (!m_index.isFiltered()) {
            beginInsertRows({}, oldRows, oldRows + int(n) - 1);
            for (const LogRecord &r : batch)
                m_ring.push(makeEntry(r));
            endInsertRows();
        } else {
            std::vector<quint64> shown;
            for (const LogRecord &r : batch) {
                Entry e = makeEntry(r);
                if (passes(e))
                    shown.push_back(m_ring.endSeq());
                m_ring.push(std::move(e));
            }
            if (!shown.empty()) {
                beginInsertRows({}, oldRows, oldRows + int(shown.size()) - 1);
                for (quint64 seq : shown)
                    m_index.append(seq);
                endInsertRows();
            }
        }
    }
    for (const QString &s : std::as_const(added))
        Q_EMIT sourceAdded(s);
}

void LogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    rebuildIndex();
    endResetModel();
}

void LogModel::setCapacity(qsizetype capacity)
{
    beginResetModel();
    m_ring.setCapacity(capacity);
    rebuildIndex();
    endResetModel();
}

bool LogModel::isFiltering() const
{
    return m_minLevel != LogLevel::Debug || !m_search.isEmpty() || m_sources.anyDisabled();
}

void LogModel::rebuildIndex()
{
    m_index.reset(isFiltering());
    if (!m_index.isFiltered())
        return;
    for (quint64 seq = m_ring.firstSeq(); seq < m_ring.endSeq(); ++seq) {
        if (passes(m_ring.at(seq)))
            m_index.append(seq);
    }
}

void LogModel::refilter()
{
    beginResetModel();
    rebuildIndex();
    endResetModel();
    Q_EMIT filterChanged();
}

void LogModel::setMinimumLevel(LogLevel level)
{
    if (level == m_minLevel)
        return;
    m_minLevel = level;
    refilter();
}

void LogModel::setSourceEnabled(const QString &source, bool enabled)
{
    QStringList added;
    const bool changed = m_sources.setEnabled(source, enabled, &added);
    for (const QString &s : std::as_const(added))
        Q_EMIT sourceAdded(s);
    if (changed)
        refilter();
}

void LogModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

QString LogModel::rowAsText(int row, bool withDate) const
{
    const LogRecord &r = recordAt(row);
    return timeText(r.timeMs, withDate) + QLatin1Char('\t') + levelLabel(r.level)
           + QLatin1Char('\t') + r.source + QLatin1Char('\t') + displayText(r);
}

bool LogModel::write(QIODevice *out, ExportFormat format) const
{
    if (format == ExportFormat::JsonLines) {
        for (quint64 seq = m_ring.firstSeq(); seq < m_ring.endSeq(); ++seq) {
            QByteArray line = fw::core::toJsonLine(m_ring.at(seq).record);
            line.append('\n');
            if (out->write(line) != line.size())
                return false;
        }
        return true;
    }
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const QByteArray line = QString(rowAsText(row, true) + QLatin1Char('\n')).toUtf8();
        if (out->write(line) != line.size())
            return false;
    }
    return true;
}

}  // namespace fw::ui
