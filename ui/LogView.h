#pragma once
// The live session log: a filtered, bounded table of every record on the LogBus with
// follow/pause, search, copy and export. Built to keep up with 100k records a second.

#include "core/LogBus.h"
#include "ui/LogModel.h"
#include "ui/RecordTableView.h"

class QAction;
class QComboBox;
class QLineEdit;
class QTimer;

namespace fw::ui {

class SourceFilterButton;

class LogView : public RecordTableView {
    Q_OBJECT
public:
    explicit LogView(fw::core::LogBus *bus, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }

    // Text: the visible (filtered) records; JsonLines: every record held.
    bool exportTo(const QString &path, LogModel::ExportFormat format, QString *error = nullptr);
    void exportWithDialog() override;

private:
    void appendToModel(const fw::core::LogBatch &batch) override { m_model->append(batch); }
    void clearModel() override { m_model->clear(); }
    QString rowText(int row) const override { return m_model->rowAsText(row); }
    QString newHintText(int rows) const override;
    void retranslate() override;
    void applyPalette(const QPalette &palette) override { m_model->setPalette(palette); }
    void applySearch();

    LogModel *m_model;
    QComboBox *m_level;
    SourceFilterButton *m_sources;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QAction *m_findAction;
};

}  // namespace fw::ui
