#pragma once
// Draws a port list entry as two lines, the name in bold and what it is underneath in a dimmer
// colour, so "ttyUSB0 — CP2102" and "simulated, no hardware needed" do not read as two entries.

#include <QStyledItemDelegate>

namespace fw::ui {

class EspPortItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace fw::ui
