#include "ui/TwoLineItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace fw::ui {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 5;
constexpr int kGap = 1;
}  // namespace

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The item view hands multi-line text over with line separators in place of '\n'.
    QString full = opt.text;
    full.replace(QChar::LineSeparator, QLatin1Char('\n'));
    opt.text.clear();  // the style draws the background and focus; the words are ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString title = full.section(QLatin1Char('\n'), 0, 0);
    const QStringList subtitles = full.section(QLatin1Char('\n'), 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);

    QFont bold = opt.font;
    bold.setBold(true);
    const QRect area = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const int titleHeight = QFontMetrics(bold).height();
    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(dim);
    const QFontMetrics fm(opt.font);
    int top = area.top() + titleHeight + kGap;
    for (const QString &line : subtitles) {
        painter->drawText(QRect(area.left(), top, area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(line, Qt::ElideRight, area.width()));
        top += fm.height();
    }
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int lines = int(index.data(Qt::DisplayRole).toString().count(QLatin1Char('\n')));
    const int height = QFontMetrics(bold).height() + (lines > 0 ? kGap + lines * QFontMetrics(option.font).height() : 0);
    return {200, height + 2 * kPadY};
}

}  // namespace fw::ui
