#pragma once
// The frame of a wiring picture: a fixed logical canvas scaled into the widget, its accessible
// text built from the connections in words, and the pen strokes every wiring picture draws with.

#include <QFont>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace fw::ui {

class WiringCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCanvasWidth = 640;  // the logical drawing, scaled to the widget
    static constexpr int kCanvasHeight = 400;

    // The connections in words, for screen readers, the tooltip and tests.
    virtual QStringList connectionTexts() const = 0;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    explicit WiringCanvas(QWidget *parent = nullptr);

    void changeEvent(QEvent *event) override;
    // The picture's name for screen readers ("Wiring picture for TYWE3S").
    virtual QString accessibleTitle() const = 0;
    // Sets name, description and tooltip from accessibleTitle() and connectionTexts(); a
    // subclass calls it from its constructor and whenever what it shows changes.
    void refreshAccessibleText();

    bool darkPalette() const;
    // Scales and centres `p` onto the canvas and draws the card the picture sits on.
    void beginCanvas(QPainter &p, const QColor &card, const QColor &frame) const;

    static QFont canvasFont(const QFont &base, double pixels, bool bold = false);
    static void wire(QPainter &p, const QList<QPointF> &points, const QColor &color, bool dashed = false);
    static void dot(QPainter &p, QPointF at, const QColor &color, double radius = 5);
    static void label(QPainter &p, const QRectF &rect, const QString &s, const QColor &color, int flags);
};

}  // namespace fw::ui
