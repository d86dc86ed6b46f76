#pragma once
// A picture of the wired rescue of a LYWSD03MMC: the back of its board with the test pads and
// battery contacts, a USB-UART adapter, TX through a resistor and RX straight to P14 (SWS).

#include "ui/WiringCanvas.h"

class QPainter;

namespace fw::ui {

class TelinkPadsDiagram : public WiringCanvas {
    Q_OBJECT
public:
    explicit TelinkPadsDiagram(QWidget *parent = nullptr);

    QStringList connectionTexts() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    QString accessibleTitle() const override;

private:
    struct Colors;
    Colors colors() const;
    void paintBoard(QPainter &p, const Colors &c) const;
    void paintAdapter(QPainter &p, const Colors &c) const;
    void paintWires(QPainter &p, const Colors &c) const;
    void paintNotes(QPainter &p, const Colors &c) const;
};

}  // namespace fw::ui
