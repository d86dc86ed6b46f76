#pragma once
// Draws a list entry ("title\nsubtitle") as the title in bold and what it is underneath in a
// dimmer colour (one line per further line of the text), so "ttyUSB0 — CP2102" and "simulated,
// no hardware needed" do not read as two entries. A title alone reads as a group heading.

#include <QStyledItemDelegate>

namespace fw::ui {

class TwoLineItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace fw::ui
