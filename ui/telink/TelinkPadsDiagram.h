#pragma once
// A picture of the wired rescue of a LYWSD03MMC: the back of its board with the test pads and
// battery contacts, a USB-UART adapter, TX through a resistor and RX straight to P14 (SWS).

#include <QStringList>
#include <QWidget>

class QPainter;

namespace fw::ui {

class TelinkPadsDiagram : public QWidget {
    Q_OBJECT
public:
    explicit TelinkPadsDiagram(QWidget *parent = nullptr);

    // The connections in words, for screen readers, the tooltip and tests.
    QStringList connectionTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    static constexpr int kCanvasWidth = 640;  // the logical drawing, scaled to the widget
    static constexpr int kCanvasHeight = 400;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Colors;
    Colors colors() const;
    void paintBoard(QPainter &p, const Colors &c) const;
    void paintAdapter(QPainter &p, const Colors &c) const;
    void paintWires(QPainter &p, const Colors &c) const;
    void paintNotes(QPainter &p, const Colors &c) const;
    void updateAccessibleText();
};

}  // namespace fw::ui
