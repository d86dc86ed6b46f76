#pragma once
// The bytes of the session log as hex-dump rows of 16 bytes, with per-source, per-direction
// running offsets. A bounded ring of rows, filtered by source and direction inside the model.

#include "core/LogRecord.h"
#include "ui/RecordRing.h"
#include "ui/SourceFilter.h"
#include "ui/VisibleIndex.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <array>
#include <vector>

class QIODevice;
class QPalette;

namespace fw::ui {

class HexModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn, DirectionColumn, SourceColumn, OffsetColumn, HexColumn, AsciiColumn,
        ColumnCount
    };
    enum Role {
        DirectionRole = Qt::UserRole + 1,  // int(fw::core::Direction)
        BytesRole,                         // QByteArray, the bytes of this row
        SourceRole,                        // QString
        OffsetRole,                        // qulonglong, offset of the row's first byte
        TimeMsRole,                        // qint64
        FirstRowRole,                      // bool, first row of its record
    };
    static constexpr qsizetype kDefaultCapacity = 100'000;
    static constexpr int kBytesPerRow = 16;

    explicit HexModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Records without bytes are ignored. One insert/remove notification per batch.
    void append(const fw::core::LogBatch &batch);
    void clear();  // also restarts the offsets at 0
    void setCapacity(qsizetype rows);
    qsizetype capacity() const { return m_ring.capacity(); }
    qsizetype totalCount() const { return m_ring.size(); }
    qsizetype visibleCount() const { return rowCount(); }

    void setSourceEnabled(const QString &source, bool enabled);
    bool isSourceEnabled(const QString &source) const { return m_sources.isEnabled(source); }
    void enableAllSources()
    {
        if (m_sources.enableAll())
            refilter();
    }
    QStringList sources() const { return m_sources.sorted(); }  // every source seen
    void setDirectionShown(fw::core::Direction dir, bool shown);
    bool isDirectionShown(fw::core::Direction dir) const;

    // Re-announces the headers and the translated cells (direction names, tooltips)
    // after a language switch; the texts themselves are looked up when the view asks.
    void retranslate();

    void setPalette(const QPalette &palette);
    QColor directionColor(fw::core::Direction dir) const;

    static QString hexText(const char *bytes, int length);    // "c0 01 ... 07  12 20 ..."
    static QString asciiText(const char *bytes, int length);  // '.' for non-printables
    // One hexdump line; withContext adds time and source in front.
    QString rowAsDump(int row, bool withContext = false) const;
    bool write(QIODevice *out) const;  // every visible row, with context

Q_SIGNALS:
    void sourceAdded(const QString &source);

private:
    struct Row {
        qint64 timeMs = 0;
        quint64 offset = 0;
        int sourceId = 0;
        fw::core::Direction dir = fw::core::Direction::None;
        quint8 length = 0;
        bool firstOfRecord = false;
        std::array<char, kBytesPerRow> bytes{};
    };

    bool passes(const Row &r) const;
    void rebuildIndex();
    void refilter();
    bool isFiltering() const;
    const Row &rowAt(int row) const;
    QString directionLabel(fw::core::Direction dir) const;

    RecordRing<Row> m_ring{kDefaultCapacity};
    VisibleIndex m_index;
    SourceFilter m_sources;
    std::vector<std::array<quint64, 3>> m_offsets;  // per source id: None, Tx, Rx
    std::array<bool, 3> m_dirShown{true, true, true};
    QColor m_txColor, m_rxColor;
};

}  // namespace fw::ui
