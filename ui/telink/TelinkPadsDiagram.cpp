#include "ui/telink/TelinkPadsDiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fw::ui {

struct TelinkPadsDiagram::Colors {
    QColor card, frame, text, dim;
    QColor pcb, pcbText, padIdle, padOff, coin, coinText;
    QColor adapter, onDark;
    QColor vcc, gnd, tx, rx, resistor, highlight;
};

namespace {

// Geometry in canvas units (kCanvasWidth x kCanvasHeight). The board is drawn as a schematic:
// pad positions differ between revisions, the printed names do not.
constexpr QRectF kBoard(30, 36, 270, 290);
constexpr QPointF kCoin(165, 250);
constexpr double kCoinRadius = 66;
constexpr double kPadY = 92;
constexpr QPointF kSws(258, kPadY);           // P14
constexpr QPointF kMinus(165, 250);           // -Vbat: the middle of the coin cell
constexpr QPointF kPlus(212, 297);            // +Vbat: the clip at the cell's edge
constexpr QPointF kJunction(330, kPadY);      // where TX (through the resistor) meets RX
constexpr QRectF kAdapter(440, 118, 170, 190);
constexpr double kPinTx = 150;
constexpr double kPinRx = 190;
constexpr double kPinGnd = 230;
constexpr double kPinVcc = 270;
constexpr QRectF kResistor(348, kPadY - 7, 48, 14);

}  // namespace

TelinkPadsDiagram::TelinkPadsDiagram(QWidget *parent) : WiringCanvas(parent)
{
    refreshAccessibleText();
}

QStringList TelinkPadsDiagram::connectionTexts() const
{
    return {tr("Adapter TX through a 1 kOhm resistor (1 to 1.8 kOhm) to pad P14 (SWS)"),
            tr("Adapter RX straight to pad P14 (SWS)"),
            tr("Adapter GND to the battery's minus contact"),
            tr("Adapter 3.3 V to the battery's plus contact, or leave the battery in instead"),
            tr("When asked, power-cycle the thermometer: battery out and back in, or the 3.3 V wire off and on")};
}

QString TelinkPadsDiagram::accessibleTitle() const
{
    return tr("Wiring picture for the wired rescue of a LYWSD03MMC");
}

TelinkPadsDiagram::Colors TelinkPadsDiagram::colors() const
{
    const bool dark = darkPalette();
    Colors c;
    c.card = palette().color(QPalette::Base);
    c.frame = palette().color(QPalette::Mid);
    c.text = palette().color(QPalette::Text);
    c.dim = palette().color(QPalette::PlaceholderText);
    c.pcb = dark ? QColor(0x2e, 0x6b, 0x3f) : QColor(0x1f, 0x5e, 0x33);
    c.pcbText = QColor(0xf2, 0xf5, 0xf2);
    c.padIdle = QColor(0xc9, 0xa2, 0x27);
    c.padOff = QColor(0x8a, 0x8f, 0x8a);
    c.coin = QColor(0xc9, 0xcc, 0xd1);
    c.coinText = QColor(0x22, 0x22, 0x22);
    c.adapter = dark ? QColor(0x54, 0x6e, 0x7a) : QColor(0x45, 0x5a, 0x64);
    c.onDark = QColor(0xff, 0xff, 0xff);
    c.vcc = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    c.gnd = c.text;
    c.tx = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    c.rx = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    c.resistor = dark ? QColor(0xd7, 0xcc, 0xc8) : QColor(0x8d, 0x6e, 0x63);
    c.highlight = dark ? QColor(0xff, 0xee, 0x58) : QColor(0xf9, 0xa8, 0x25);
    return c;
}

void TelinkPadsDiagram::paintEvent(QPaintEvent *)
{
    const Colors c = colors();
    QPainter p(this);
    beginCanvas(p, c.card, c.frame);

    paintBoard(p, c);
    paintAdapter(p, c);
    paintWires(p, c);
    paintNotes(p, c);
}

void TelinkPadsDiagram::paintBoard(QPainter &p, const Colors &c) const
{
    p.setPen(QPen(c.pcb.darker(140), 1.5));
    p.setBrush(c.pcb);
    p.drawRoundedRect(kBoard, 34, 34);
    p.setFont(canvasFont(font(), 12, true));
    label(p, QRectF(kBoard.left() + 20, kBoard.top() + 8, kBoard.width() - 40, 18),
          tr("LYWSD03MMC, back of the board"), c.pcbText, Qt::AlignHCenter | Qt::AlignTop);

    // The coin cell's place: minus in the middle, the plus clip at its edge.
    p.setPen(QPen(c.coin, 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(kCoin, kCoinRadius, kCoinRadius);
    p.setFont(canvasFont(font(), 11));
    label(p, QRectF(kCoin.x() - 60, kCoin.y() - 44, 120, 16), tr("battery (CR2032)"), c.pcbText, Qt::AlignCenter);
    dot(p, kMinus, c.padIdle, 9);
    p.setFont(canvasFont(font(), 12, true));
    label(p, QRectF(kMinus.x() + 14, kMinus.y() - 8, 80, 16), tr("- (GND)"), c.pcbText, Qt::AlignLeft | Qt::AlignVCenter);
    p.setPen(QPen(c.padIdle.darker(130), 1.2));
    p.setBrush(c.padIdle);
    p.drawRoundedRect(QRectF(kPlus.x() - 10, kPlus.y() - 6, 20, 12), 3, 3);
    label(p, QRectF(kPlus.x() - 112, kPlus.y() - 22, 100, 16), tr("+ (3.3 V)"), c.pcbText, Qt::AlignRight);

    // The test pads with their printed names. "reset" is a button input (PA5), not RESET.
    struct Pad {
        const char *name;
        double x;
        bool used;
    };
    const Pad pads[] = {{"P8", 62, false}, {"P9", 100, false}, {"P12", 138, false},
                        {"P15", 176, false}, {"reset", 214, false}, {"P14", kSws.x(), true}};
    p.setFont(canvasFont(font(), 11, true));
    for (const Pad &pad : pads) {
        const QPointF at(pad.x, kPadY);
        if (pad.used) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.highlight);
            p.drawEllipse(at, 14, 14);
        }
        p.setPen(QPen(c.pcb.darker(150), 1.2));
        p.setBrush(pad.used ? c.padIdle : c.padOff);
        p.drawEllipse(at, 8, 8);
        label(p, QRectF(pad.x - 24, kPadY + 12, 48, 16), QString::fromLatin1(pad.name), c.pcbText, Qt::AlignCenter);
    }
    p.setFont(canvasFont(font(), 11, true));
    label(p, QRectF(kSws.x() - 30, kPadY + 26, 60, 16), tr("SWS"), c.highlight, Qt::AlignCenter);
    p.setFont(canvasFont(font(), 10));
    label(p, QRectF(44, kPadY + 28, 180, 30), tr("\"reset\" is a button input, not the chip's RESET"),
          c.pcbText, Qt::AlignLeft | Qt::AlignTop);
}

void TelinkPadsDiagram::paintAdapter(QPainter &p, const Colors &c) const
{
    p.setPen(QPen(c.adapter.darker(130), 1.5));
    p.setBrush(c.adapter);
    p.drawRoundedRect(kAdapter, 8, 8);
    // USB plug on the far side.
    p.setBrush(c.coin);
    p.drawRect(QRectF(kAdapter.right(), kAdapter.center().y() - 18, 22, 36));
    p.setFont(canvasFont(font(), 12, true));
    label(p, QRectF(kAdapter.left() + 40, kAdapter.top() + 8, kAdapter.width() - 48, 36), tr("USB-UART adapter"),
          c.onDark, Qt::AlignHCenter | Qt::AlignTop);
    struct Pin {
        const char *name;
        double y;
        QColor color;
    };
    const Pin pins[] = {{"TX", kPinTx, c.tx}, {"RX", kPinRx, c.rx}, {"GND", kPinGnd, c.onDark}, {"3V3", kPinVcc, c.vcc}};
    p.setFont(canvasFont(font(), 12, true));
    for (const Pin &pin : pins) {
        dot(p, QPointF(kAdapter.left(), pin.y), pin.color, 6);
        label(p, QRectF(kAdapter.left() + 12, pin.y - 9, 60, 18), QString::fromLatin1(pin.name), c.onDark,
              Qt::AlignLeft | Qt::AlignVCenter);
    }
    p.setFont(canvasFont(font(), 10));
    label(p, QRectF(kAdapter.left() + 70, kAdapter.top() + 50, kAdapter.width() - 78, 80),
          tr("CH340 or CP2102; not FTDI, no LED on RX"), c.onDark, Qt::AlignLeft | Qt::AlignTop);
}

void TelinkPadsDiagram::paintWires(QPainter &p, const Colors &c) const
{
    const double x0 = kAdapter.left();
    // TX: up to the pad row, through the resistor, on to the junction.
    wire(p, {QPointF(x0, kPinTx), QPointF(410, kPinTx), QPointF(410, kPadY), QPointF(kResistor.right(), kPadY)}, c.tx);
    wire(p, {QPointF(kResistor.left(), kPadY), kJunction}, c.tx);
    p.setPen(QPen(c.resistor.darker(140), 1.5));
    p.setBrush(c.resistor);
    p.drawRect(kResistor);
    p.setFont(canvasFont(font(), 11, true));
    label(p, QRectF(kResistor.left() - 20, kResistor.top() - 34, kResistor.width() + 40, 16), tr("1 kOhm"), c.text,
          Qt::AlignCenter);
    p.setFont(canvasFont(font(), 10));
    label(p, QRectF(kResistor.left() - 30, kResistor.top() - 19, kResistor.width() + 60, 14), tr("(1 to 1.8 kOhm)"),
          c.dim, Qt::AlignCenter);
    // RX: straight to the junction; the junction on to P14.
    wire(p, {QPointF(x0, kPinRx), QPointF(kJunction.x(), kPinRx), kJunction}, c.rx);
    wire(p, {kJunction, kSws}, c.rx);
    dot(p, kJunction, c.rx);
    // GND to the middle of the coin, 3.3 V (dashed: or the battery) to the clip.
    wire(p, {QPointF(x0, kPinGnd), QPointF(kMinus.x(), kPinGnd), kMinus}, c.gnd);
    wire(p, {QPointF(x0, kPinVcc), QPointF(300, kPinVcc), QPointF(300, kPlus.y()), kPlus}, c.vcc, true);
    p.setFont(canvasFont(font(), 10));
    label(p, QRectF(306, kPinVcc + 4, 130, 30), tr("or keep the battery in"), c.vcc, Qt::AlignLeft | Qt::AlignTop);
    label(p, QRectF(340, kPinRx - 20, 96, 16), tr("straight"), c.rx, Qt::AlignLeft);
}

void TelinkPadsDiagram::paintNotes(QPainter &p, const Colors &c) const
{
    p.setFont(canvasFont(font(), 12));
    label(p, QRectF(30, 336, 580, 58),
          tr("When Flashwright asks, power-cycle the thermometer: take the battery out and put it back (or pull "
             "the 3.3 V wire off and on). Its chip only listens for a moment after power-up."),
          c.text, Qt::AlignLeft | Qt::AlignTop);
}

}  // namespace fw::ui
