#pragma once
// The frame the live log and hex views share: a table tuned for fast appends, kept at its newest
// row by a TailFollower, with follow, "n new", clear, copy and export buttons after the filters.

#include "core/LogRecord.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QTableView;
class QToolButton;

namespace fw::core {
class LogBus;
}

namespace fw::ui {

class TailFollower;

class RecordTableView : public QWidget {
    Q_OBJECT
public:
    QTableView *tableView() const { return m_table; }

    // What the bus delivers; public so tests and benchmarks can feed batches directly.
    void ingest(const fw::core::LogBatch &batch);

    bool isFollowing() const;
    void setFollowing(bool follow);
    int newWhilePaused() const;  // rows added since following was switched off

    // The selected rows, one rowText() line each; copySelection() puts them on the clipboard.
    QString selectedText() const;
    void copySelection();
    virtual void exportWithDialog() = 0;
    void clear();

protected:
    explicit RecordTableView(QWidget *parent);

    // The subclass adds its filter widgets here, then calls attach() once at the end of its
    // constructor: the buttons are made there, so Tab reaches them after the filters.
    QHBoxLayout *filterBar() const { return m_filterBar; }
    void attach(QAbstractItemModel *model, fw::core::LogBus *bus);
    void setTableFont(const QFont &font);  // also fits the row height to it

    // The buttons' texts, set by the subclass so they are translated in its own context.
    struct ToolTexts {
        QString follow, followTip;
        QString clear, clearTip;
        QString copy, copyTip;
        QString exportText, exportTip;
        QString newHintTip;
    };
    void setToolTexts(const ToolTexts &texts);

    virtual void appendToModel(const fw::core::LogBatch &batch) = 0;
    virtual void clearModel() = 0;
    virtual QString rowText(int row) const = 0;
    virtual QString newHintText(int rows) const = 0;  // the "n new" button, shown while paused
    // Empty here: may run before the subclass is built (a palette change on reparenting).
    virtual void retranslate() {}
    virtual void applyPalette(const QPalette &) {}

    void changeEvent(QEvent *event) override;

private:
    void updateNewHint(int rows);

    QTableView *m_table;
    QHBoxLayout *m_bar;
    QHBoxLayout *m_filterBar;
    TailFollower *m_follower = nullptr;
    QToolButton *m_newHint = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_copyAction = nullptr;
};

}  // namespace fw::ui
