#pragma once
// The live session log: a filtered, bounded table of every record on the LogBus with
// follow/pause, search, copy and export. Built to keep up with 100k records a second.

#include "core/LogBus.h"
#include "ui/LogModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;
class QTableView;

namespace fw::ui {

class SourceFilterButton;
class TailFollower;

class LogView : public QWidget {
    Q_OBJECT
public:
    explicit LogView(fw::core::LogBus *bus, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // What the bus delivers; public so tests and benchmarks can feed batches directly.
    void ingest(const fw::core::LogBatch &batch);

    bool isFollowing() const;
    void setFollowing(bool follow);
    int newWhilePaused() const;  // rows added since following was switched off

    // Selected rows as tab-separated text, also put on the clipboard by copySelection().
    QString selectedText() const;
    void copySelection();
    // Text: the visible (filtered) records; JsonLines: every record held.
    bool exportTo(const QString &path, LogModel::ExportFormat format, QString *error = nullptr);
    void exportWithDialog();
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applySearch();
    void updateNewHint(int rows);

    LogModel *m_model;
    QTableView *m_table;
    TailFollower *m_follower;
    QComboBox *m_level;
    SourceFilterButton *m_sources;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QToolButton *m_follow;
    QToolButton *m_newHint;
    QToolButton *m_clearButton;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QAction *m_copyAction;
    QAction *m_findAction;
};

}  // namespace fw::ui
