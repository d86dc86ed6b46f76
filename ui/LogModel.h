#pragma once
// The session log as a table: a bounded ring of records (oldest fall out) with level, source
// and text filters applied inside the model, so batches of thousands of records stay cheap.

#include "core/LogRecord.h"
#include "ui/RecordRing.h"
#include "ui/SourceFilter.h"
#include "ui/VisibleIndex.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

class QIODevice;
class QPalette;

namespace fw::ui {

class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, SourceColumn, TextColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1,  // int(fw::core::LogLevel)
        SourceRole,                    // QString
        TimeMsRole,                    // qint64, ms since the epoch
        DirectionRole,                 // int(fw::core::Direction)
        BytesRole,                     // QByteArray
        SequenceRole,                  // quint64, stable identity of the record
    };
    enum class ExportFormat { Text, JsonLines };
    static constexpr qsizetype kDefaultCapacity = 200'000;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One insert (and at most one remove) notification per batch, whatever its size.
    void append(const fw::core::LogBatch &batch);
    void clear();
    void setCapacity(qsizetype capacity);
    qsizetype capacity() const { return m_ring.capacity(); }

    const fw::core::LogRecord &recordAt(int row) const;
    quint64 sequenceAt(int row) const;
    int rowOfSequence(quint64 seq) const;  // -1 when filtered out or gone
    qsizetype totalCount() const { return m_ring.size(); }
    qsizetype visibleCount() const { return rowCount(); }

    void setMinimumLevel(fw::core::LogLevel level);
    fw::core::LogLevel minimumLevel() const { return m_minLevel; }
    // Sources are enabled until switched off; sources first seen later start enabled.
    void setSourceEnabled(const QString &source, bool enabled);
    bool isSourceEnabled(const QString &source) const { return m_sources.isEnabled(source); }
    void enableAllSources()
    {
        if (m_sources.enableAll())
            refilter();
    }
    QStringList sources() const { return m_sources.sorted(); }  // every source seen
    void setSearchText(const QString &text);  // case-insensitive, matches text and source
    QString searchText() const { return m_search; }
    bool isFiltering() const;

    // Re-announces the headers and the translated cells (level names, tooltips)
    // after a language switch; the texts themselves are looked up when the view asks.
    void retranslate();

    // Colours for warnings and errors that read well on this palette's base colour.
    void setPalette(const QPalette &palette);

    QString displayText(const fw::core::LogRecord &r) const;  // text plus a short hex preview
    QString rowAsText(int row, bool withDate = false) const;  // tab-separated columns
    bool write(QIODevice *out, ExportFormat format) const;    // Text: visible rows, JSON: all

Q_SIGNALS:
    void sourceAdded(const QString &source);
    void filterChanged();

private:
    struct Entry {
        fw::core::LogRecord record;
        int sourceId = 0;
    };

    bool passes(const Entry &e) const;
    void rebuildIndex();
    void refilter();
    const Entry &entryAt(int row) const;

    RecordRing<Entry> m_ring{kDefaultCapacity};
    VisibleIndex m_index;
    SourceFilter m_sources;
    fw::core::LogLevel m_minLevel = fw::core::LogLevel::Debug;
    QString m_search;
    QColor m_warningFg, m_warningBg, m_errorFg, m_errorBg, m_debugFg;
};

}  // namespace fw::ui
