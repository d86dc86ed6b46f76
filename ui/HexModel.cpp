#include "ui/HexModel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QIODevice>
#include <QPalette>

#include <algorithm>
#include <cstring>

namespace fw::ui {

using fw::core::Direction;
using fw::core::LogBatch;
using fw::core::LogRecord;

namespace {

size_t dirIndex(Direction d)
{
    return size_t(d);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString offsetText(quint64 offset)
{
    return QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
}

}  // namespace

HexModel::HexModel(QObject *parent) : QAbstractTableModel(parent)
{
    setPalette(QGuiApplication::palette());
}

void HexModel::setPalette(const QPalette &palette)
{
    // Blue for what we send, green for what the device answers; lighter shades on dark bases.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_txColor = dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae);
    m_rxColor = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
}

QColor HexModel::directionColor(Direction dir) const
{
    return dir == Direction::Tx ? m_txColor : dir == Direction::Rx ? m_rxColor : QColor();
}

void HexModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.rowCount(m_ring.size()));
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HexModel::Row &HexModel::rowAt(int row) const
{
    return m_ring.at(m_index.seqAt(row, m_ring.firstSeq()));
}

QString HexModel::directionLabel(Direction dir) const
{
    switch (dir) {
    case Direction::Tx: return tr("→ TX");
    case Direction::Rx: return tr("← RX");
    case Direction::None: break;
    }
    return tr("· data");
}

QString HexModel::hexText(const char *bytes, int length)
{
    static const char digits[] = "0123456789abcdef";
    QString s(kBytesPerRow * 3, QLatin1Char(' '));
    QChar *out = s.data();
    for (int i = 0; i < length; ++i) {
        const auto b = uchar(bytes[i]);
        // Two spaces between the groups of eight make the row easier to count.
        const int pos = i * 3 + (i >= 8 ? 1 : 0);
        out[pos] = QLatin1Char(digits[b >> 4]);
        out[pos + 1] = QLatin1Char(digits[b & 0xf]);
    }
    s.truncate(kBytesPerRow * 3);
    return s;
}

QString HexModel::asciiText(const char *bytes, int length)
{
    QString s(length, QLatin1Char('.'));
    QChar *out = s.data();
    for (int i = 0; i < length; ++i) {
        const auto b = uchar(bytes[i]);
        if (b >= 0x20 && b < 0x7f)
            out[i] = QLatin1Char(char(b));
    }
    return s;
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return r.firstOfRecord ? timeText(r.timeMs) : QString();
        case DirectionColumn: return directionLabel(r.dir);
        case SourceColumn: return m_sources.name(r.sourceId);
        case OffsetColumn: return offsetText(r.offset);
        case HexColumn: return hexText(r.bytes.data(), r.length);
        case AsciiColumn: return asciiText(r.bytes.data(), r.length);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn || index.column() == DirectionColumn)
            return tr("%1, %2 at offset %3").arg(timeText(r.timeMs), directionLabel(r.dir),
                                                 offsetText(r.offset));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DirectionColumn || index.column() == HexColumn
            || index.column() == AsciiColumn) {
            const QColor c = directionColor(r.dir);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case DirectionRole: return int(r.dir);
    case BytesRole: return QByteArray(r.bytes.data(), r.length);
    case SourceRole: return m_sources.name(r.sourceId);
    case OffsetRole: return qulonglong(r.offset);
    case TimeMsRole: return r.timeMs;
    case FirstRowRole: return r.firstOfRecord;
    default: return {};
    }
}

QVariant HexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case SourceColumn: return tr("Source");
    case OffsetColumn: return tr("Offset");
    case HexColumn: return tr("Hex");
    case AsciiColumn: return tr("ASCII");
    }
    return {};
}

bool HexModel::passes(const Row &r) const
{
    return m_dirShown[dirIndex(r.dir)] && m_sources.isEnabled(r.sourceId);
}

bool HexModel::isFiltering() const
{
    return std::find(m_dirShown.begin(), m_dirShown.end(), false) != m_dirShown.end()
           || m_sources.anyDisabled();
}

void HexModel::append(const LogBatch &batch)
{
    QStringList added;
    std::vector<Row> rows;
    for (const LogRecord &rec : batch) {
        if (!rec.hasBytes())
            continue;
        const int sourceId = m_sources.intern(rec.source, &added);
        if (size_t(sourceId) >= m_offsets.size())
            m_offsets.resize(size_t(sourceId) + 1, {0, 0, 0});
        quint64 &offset = m_offsets[size_t(sourceId)][dirIndex(rec.direction)];
        const qsizetype n = rec.bytes.size();
        for (qsizetype pos = 0; pos < n; pos += kBytesPerRow) {
            Row r;
            r.timeMs = rec.timeMs;
            r.offset = offset + quint64(pos);
            r.sourceId = sourceId;
            r.dir = rec.direction;
            r.length = quint8(std::min<qsizetype>(kBytesPerRow, n - pos));
            r.firstOfRecord = pos == 0;
            std::memcpy(r.bytes.data(), rec.bytes.constData() + pos, r.length);
            rows.push_back(r);
        }
        offset += quint64(n);
    }

    const qsizetype n = qsizetype(rows.size());
    if (n >= m_ring.capacity()) {
        beginResetModel();
        m_ring.clear();
        for (qsizetype i = n - m_ring.capacity(); i < n; ++i)
            m_ring.push(std::move(rows[size_t(i)]));
        rebuildIndex();
        endResetModel();
    } else if (n > 0) {
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
            for (Row &r : rows)
                m_ring.push(std::move(r));
            endInsertRows();
        } else {
            std::vector<quint64> shown;
            for (Row &r : rows) {
                if (passes(r))
                    shown.push_back(m_ring.endSeq());
                m_ring.push(std::move(r));
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

void HexModel::clear()
{
    beginResetModel();
    m_ring.clear();
    for (auto &o : m_offsets)
        o = {0, 0, 0};
    rebuildIndex();
    endResetModel();
}

void HexModel::setCapacity(qsizetype rows)
{
    beginResetModel();
    m_ring.setCapacity(rows);
    rebuildIndex();
    endResetModel();
}

void HexModel::rebuildIndex()
{
    m_index.reset(isFiltering());
    if (!m_index.isFiltered())
        return;
    for (quint64 seq = m_ring.firstSeq(); seq < m_ring.endSeq(); ++seq) {
        if (passes(m_ring.at(seq)))
            m_index.append(seq);
    }
}

void HexModel::refilter()
{
    beginResetModel();
    rebuildIndex();
    endResetModel();
}

void HexModel::setSourceEnabled(const QString &source, bool enabled)
{
    QStringList added;
    const bool changed = m_sources.setEnabled(source, enabled, &added);
    for (const QString &s : std::as_const(added))
        Q_EMIT sourceAdded(s);
    if (changed)
        refilter();
}

void HexModel::setDirectionShown(Direction dir, bool shown)
{
    if (m_dirShown[dirIndex(dir)] == shown)
        return;
    m_dirShown[dirIndex(dir)] = shown;
    refilter();
}

bool HexModel::isDirectionShown(Direction dir) const
{
    return m_dirShown[dirIndex(dir)];
}

QString HexModel::rowAsDump(int row, bool withContext) const
{
    const Row &r = rowAt(row);
    const QString dir = r.dir == Direction::Tx   ? QStringLiteral("TX")
                        : r.dir == Direction::Rx ? QStringLiteral("RX")
                                                 : QStringLiteral("--");
    QString line;
    if (withContext)
        line = timeText(r.timeMs) + QLatin1Char(' ') + m_sources.name(r.sourceId)
               + QLatin1Char(' ');
    line += dir + QLatin1Char(' ') + offsetText(r.offset) + QStringLiteral("  ")
            + hexText(r.bytes.data(), r.length) + QStringLiteral("  |")
            + asciiText(r.bytes.data(), r.length) + QLatin1Char('|');
    return line;
}

bool HexModel::write(QIODevice *out) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const QByteArray line = QString(rowAsDump(row, true) + QLatin1Char('\n')).toUtf8();
        if (out->write(line) != line.size())
            return false;
    }
    return true;
}

}  // namespace fw::ui
