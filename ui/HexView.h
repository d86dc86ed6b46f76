#pragma once
// The bytes sent to and received from devices, as a live hex dump of the LogBus's byte
// records: direction-coloured rows of 16 bytes with running offsets, filters, copy and export.

#include "core/LogBus.h"
#include "ui/HexModel.h"

#include <QWidget>

class QAction;
class QToolButton;
class QTableView;

namespace fw::ui {

class SourceFilterButton;
class TailFollower;

class HexView : public QWidget {
    Q_OBJECT
public:
    explicit HexView(fw::core::LogBus *bus, QWidget *parent = nullptr);

    HexModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    void ingest(const fw::core::LogBatch &batch);

    bool isFollowing() const;
    void setFollowing(bool follow);
    int newWhilePaused() const;  // rows added since following was switched off

    QString selectedText() const;  // selected rows as hexdump lines
    void copySelection();
    bool exportTo(const QString &path, QString *error = nullptr);
    void exportWithDialog();
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateNewHint(int rows);

    HexModel *m_model;
    QTableView *m_table;
    TailFollower *m_follower;
    SourceFilterButton *m_sources;
    QToolButton *m_tx;
    QToolButton *m_rx;
    QToolButton *m_follow;
    QToolButton *m_newHint;
    QToolButton *m_clearButton;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QAction *m_copyAction;
};

}  // namespace fw::ui
