#include "ui/WiringCanvas.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace fw::ui {

WiringCanvas::WiringCanvas(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
}

QSize WiringCanvas::sizeHint() const
{
    return {kCanvasWidth, kCanvasHeight};
}

QSize WiringCanvas::minimumSizeHint() const
{
    // Below about two thirds of the drawing the pad names get too small to read.
    return {kCanvasWidth * 2 / 3, kCanvasHeight * 2 / 3};
}

int WiringCanvas::heightForWidth(int width) const
{
    return std::min(width, kCanvasWidth) * kCanvasHeight / kCanvasWidth;
}

void WiringCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshAccessibleText();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void WiringCanvas::refreshAccessibleText()
{
    const QStringList lines = connectionTexts();
    setAccessibleName(accessibleTitle());
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    setToolTip(lines.join(QLatin1Char('\n')));
}

bool WiringCanvas::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void WiringCanvas::beginCanvas(QPainter &p, const QColor &card, const QColor &frame) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double scale = std::min(double(width()) / kCanvasWidth, double(height()) / kCanvasHeight);
    p.translate((width() - kCanvasWidth * scale) / 2, 0);
    p.scale(scale, scale);
    p.setPen(QPen(frame, 1));
    p.setBrush(card);
    p.drawRoundedRect(QRectF(1, 1, kCanvasWidth - 2, kCanvasHeight - 2), 8, 8);
}

QFont WiringCanvas::canvasFont(const QFont &base, double pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

void WiringCanvas::wire(QPainter &p, const QList<QPointF> &points, const QColor &color, bool dashed)
{
    p.setPen(QPen(color, 3.2, dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(points.data(), int(points.size()));
}

void WiringCanvas::dot(QPainter &p, QPointF at, const QColor &color, double radius)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(at, radius, radius);
}

void WiringCanvas::label(QPainter &p, const QRectF &rect, const QString &s, const QColor &color, int flags)
{
    p.setPen(color);
    p.drawText(rect, flags | Qt::TextWordWrap, s);
}

}  // namespace fw::ui
