#pragma once
// The bytes sent to and received from devices, as a live hex dump of the LogBus's byte
// records: direction-coloured rows of 16 bytes with running offsets, filters, copy and export.

#include "core/LogBus.h"
#include "ui/HexModel.h"
#include "ui/RecordTableView.h"

class QToolButton;

namespace fw::ui {

class SourceFilterButton;

class HexView : public RecordTableView {
    Q_OBJECT
public:
    explicit HexView(fw::core::LogBus *bus, QWidget *parent = nullptr);

    HexModel *model() const { return m_model; }

    bool exportTo(const QString &path, QString *error = nullptr);  // the visible rows
    void exportWithDialog() override;

private:
    void appendToModel(const fw::core::LogBatch &batch) override { m_model->append(batch); }
    void clearModel() override { m_model->clear(); }
    QString rowText(int row) const override { return m_model->rowAsDump(row); }  // a hexdump line
    QString newHintText(int rows) const override;
    void retranslate() override;
    void applyPalette(const QPalette &palette) override { m_model->setPalette(palette); }

    HexModel *m_model;
    SourceFilterButton *m_sources;
    QToolButton *m_tx;
    QToolButton *m_rx;
};

}  // namespace fw::ui
