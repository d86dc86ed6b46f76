#include "ui/esp/WiringDiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fw::ui {

struct WiringDiagram::Colors {
    QColor card, frame, text, dim;
    QColor pcb, pcbText, can, canText, padIdle;
    QColor adapter, supply, onDark;
    QColor vcc, gnd, toModuleRx, toModuleTx, gpio0, warn;
};

namespace {

// Board geometry, in canvas units (see kCanvasWidth/kCanvasHeight).
constexpr double kAdapterX = 440;  // the adapter's left edge, where its pins are
constexpr double kAdapterW = 160;
constexpr double kRailY = 300;
constexpr double kSupplyY = 332;
constexpr double kSupplyH = 56;
constexpr double kLane = 24;  // spacing of the vertical wire runs

void pad(QPainter &p, QPointF at, const QColor &fill, const QColor &outline)
{
    p.setPen(QPen(outline, 1.2));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(at.x() - 8, at.y() - 5, 16, 10), 2, 2);
}

void antenna(QPainter &p, const QRectF &area, const QColor &color)
{
    QPainterPath path;
    const double step = area.width() / 8;
    path.moveTo(area.left(), area.bottom());
    for (int i = 0; i < 8; ++i) {
        const double x = area.left() + i * step;
        path.lineTo(x, area.top());
        path.lineTo(x + step / 2, area.top());
        path.lineTo(x + step / 2, area.bottom());
        path.lineTo(x + step, area.bottom());
    }
    p.setPen(QPen(color, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

}  // namespace

WiringDiagram::WiringDiagram(QWidget *parent) : WiringCanvas(parent)
{
    refreshAccessibleText();
}

void WiringDiagram::setModule(EspModule::Id id)
{
    if (id == m_module)
        return;
    m_module = id;
    refreshAccessibleText();
    update();
}

QStringList WiringDiagram::connectionTexts() const
{
    if (m_module == EspModule::Id::Esp32DevBoard)
        return {tr("Board USB socket to this computer, with a data cable"),
                tr("If connecting fails: hold BOOT, press and release EN, then release BOOT")};
    QStringList lines{tr("Adapter TX to module RX"), tr("Adapter RX to module TX"),
                      tr("Adapter GND to module GND"),
                      tr("3.3 V supply + to module VCC (3.3 V, never 5 V)"),
                      tr("3.3 V supply GND to module GND (common ground)"),
                      tr("Module GPIO0 to GND while it powers up, for flashing")};
    if (m_module == EspModule::Id::Esp8266Generic)
        lines.insert(4, tr("Module EN (CH_PD) to 3.3 V"));
    return lines;
}

QString WiringDiagram::accessibleTitle() const
{
    return tr("Wiring picture for %1").arg(EspModule::name(m_module));
}

QList<WiringDiagram::Pad> WiringDiagram::padsFor(EspModule::Id id) const
{
    QList<Pad> pads;
    if (id == EspModule::Id::Tywe3s) {
        // The ESP-12 footprint the TYWE3S uses: eight pads down each long side, antenna on top.
        const char *left[] = {"RST", "ADC", "EN", "GPIO16", "GPIO14", "GPIO12", "GPIO13", "VCC"};
        const char *right[] = {"TXD", "RXD", "GPIO5", "GPIO4", "GPIO0", "GPIO2", "GPIO15", "GND"};
        const Role rightRoles[] = {Role::Tx, Role::Rx, Role::None, Role::None,
                                   Role::Gpio0, Role::None, Role::None, Role::Gnd};
        for (int i = 0; i < 8; ++i) {
            const double y = 90 + i * 22;
            pads << Pad{QString::fromLatin1(left[i]), i == 7 ? Role::Vcc : Role::None, true, y};
            pads << Pad{QString::fromLatin1(right[i]), rightRoles[i], false, y};
        }
        return pads;
    }
    // The other boards differ in pad order between makers: a schematic with the names to look for.
    const bool tuya = id == EspModule::Id::Tywe2s;
    pads << Pad{tuya ? QStringLiteral("TX") : QStringLiteral("TXD"), Role::Tx, false, 104};
    pads << Pad{tuya ? QStringLiteral("RX") : QStringLiteral("RXD"), Role::Rx, false, 128};
    pads << Pad{tuya ? QStringLiteral("IO0") : QStringLiteral("GPIO0"), Role::Gpio0, false, 178};
    pads << Pad{QStringLiteral("GND"), Role::Gnd, false, 222};
    pads << Pad{tuya ? QStringLiteral("3.3V") : QStringLiteral("VCC"), Role::Vcc, true, 222};
    if (id == EspModule::Id::Esp8266Generic)
        pads << Pad{QStringLiteral("EN"), Role::En, true, 178};
    return pads;
}

void WiringDiagram::paintEvent(QPaintEvent *)
{
    const bool dark = darkPalette();
    Colors c;
    c.card = palette().color(QPalette::Base);
    c.frame = palette().color(QPalette::Mid);
    c.text = palette().color(QPalette::Text);
    c.dim = palette().color(QPalette::PlaceholderText);
    c.pcb = dark ? QColor(0x2a, 0x5d, 0xa8) : QColor(0x1f, 0x4f, 0x8f);
    c.pcbText = QColor(0xf2, 0xf5, 0xfa);
    c.can = QColor(0xc9, 0xcc, 0xd1);
    c.canText = QColor(0x22, 0x22, 0x22);
    c.padIdle = QColor(0xc9, 0xa2, 0x27);
    c.adapter = dark ? QColor(0x54, 0x6e, 0x7a) : QColor(0x45, 0x5a, 0x64);
    c.supply = dark ? QColor(0x79, 0x55, 0x48) : QColor(0x6d, 0x4c, 0x41);
    c.onDark = QColor(0xff, 0xff, 0xff);
    c.vcc = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    c.gnd = c.text;
    c.toModuleRx = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    c.toModuleTx = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    c.gpio0 = dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
    c.warn = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);

    QPainter p(this);
    beginCanvas(p, c.card, c.frame);

    if (m_module == EspModule::Id::Esp32DevBoard)
        paintDevBoard(p, c);
    else
        paintModuleWiring(p, c);
}

void WiringDiagram::paintModuleWiring(QPainter &p, const Colors &c) const
{
    const bool footprint = m_module == EspModule::Id::Tywe3s;
    const QRectF body = footprint ? QRectF(50, 16, 200, 246) : QRectF(60, 60, 190, 190);
    const double L = body.left();
    const double R = body.right();
    const QList<Pad> pads = padsFor(m_module);
    auto padY = [&pads](Role role) {
        for (const Pad &pd : pads)
            if (pd.role == role)
                return pd.y;
        return -1.0;
    };
    auto roleColor = [&c](Role role) {
        switch (role) {
        case Role::Vcc:
        case Role::En:
            return c.vcc;
        case Role::Gnd:
            return c.gnd;
        case Role::Rx:
            return c.toModuleRx;
        case Role::Tx:
            return c.toModuleTx;
        case Role::Gpio0:
            return c.gpio0;
        case Role::None:
            break;
        }
        return c.padIdle;
    };

    // The module: board, antenna, shield can with its name, pads with their printed names.
    p.setPen(QPen(c.pcb.darker(140), 1.5));
    p.setBrush(c.pcb);
    p.drawRoundedRect(body, 6, 6);
    const double antennaH = footprint ? 48 : 26;
    antenna(p, QRectF(L + 24, body.top() + 10, body.width() - 48, antennaH - 16), c.padIdle);
    const double inset = footprint ? 60 : 58;
    const QRectF can(L + inset, body.top() + antennaH + 14, body.width() - 2 * inset,
                     body.height() - antennaH - 24);
    p.setPen(QPen(c.can.darker(130), 1));
    p.setBrush(c.can);
    p.drawRoundedRect(can, 3, 3);
    p.setFont(canvasFont(font(), 15, true));
    const QString chip = m_module == EspModule::Id::Tywe2s ? QStringLiteral("ESP8285")
                                                             : QStringLiteral("ESP8266");
    const QString title = m_module == EspModule::Id::Esp8266Generic ? tr("module")
                                                                      : EspModule::name(m_module);
    label(p, can.adjusted(0, 0, 0, -can.height() / 2), title, c.canText, Qt::AlignHCenter | Qt::AlignBottom);
    p.setFont(canvasFont(font(), 12));
    label(p, can.adjusted(0, can.height() / 2 + 2, 0, 0), chip, c.canText, Qt::AlignHCenter | Qt::AlignTop);

    p.setFont(canvasFont(font(), 11, true));
    for (const Pad &pd : pads) {
        const double x = pd.left ? L : R;
        const bool used = pd.role != Role::None;
        pad(p, {x, pd.y}, used ? roleColor(pd.role) : c.padIdle, c.pcb.darker(160));
        const QRectF labelRect = pd.left ? QRectF(L + 10, pd.y - 9, inset - 11, 18)
                                         : QRectF(R - inset + 1, pd.y - 9, inset - 11, 18);
        QColor labelColor = c.pcbText;
        if (!used)
            labelColor.setAlpha(140);
        p.setPen(labelColor);
        p.drawText(labelRect, (pd.left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, pd.label);
    }

    // The adapter, its pins level with the module's TX and RX so those two wires run straight.
    const double txY = padY(Role::Tx);
    const double rxY = padY(Role::Rx);
    const double topPin = std::min(txY, rxY);
    const double adapterGndY = std::max(txY, rxY) + 44;
    const QRectF adapter(kAdapterX, topPin - 74, kAdapterW, adapterGndY - topPin + 74 + 26);
    p.setPen(QPen(c.adapter.darker(140), 1.5));
    p.setBrush(c.adapter);
    p.drawRoundedRect(adapter, 6, 6);
    p.setFont(canvasFont(font(), 14, true));
    label(p, QRectF(adapter.left() + 12, adapter.top() + 6, adapter.width() - 24, 38), tr("USB-serial adapter"),
         c.onDark, Qt::AlignLeft | Qt::AlignTop);
    p.setFont(canvasFont(font(), 12));
    label(p, QRectF(adapter.left() + 12, adapter.top() + 46, adapter.width() - 24, 18), tr("switch set to 3.3 V"),
         c.onDark, Qt::AlignLeft | Qt::AlignTop);
    const QRectF plug(adapter.right(), adapter.center().y() - 10, 14, 20);
    p.setPen(QPen(c.frame, 1));
    p.setBrush(c.can);
    p.drawRect(plug);
    wire(p, {QPointF(plug.right(), plug.center().y()), QPointF(kCanvasWidth - 4, plug.center().y())}, c.dim);

    p.setFont(canvasFont(font(), 13, true));
    const struct {
        double y;
        QString name;
        QColor color;
    } pins[] = {
        {txY, QStringLiteral("RX"), c.toModuleTx},
        {rxY, QStringLiteral("TX"), c.toModuleRx},
        {adapterGndY, QStringLiteral("GND"), c.gnd},
    };
    for (const auto &pin : pins) {
        pad(p, {kAdapterX, pin.y}, pin.color, c.adapter.darker(160));
        label(p, QRectF(kAdapterX + 12, pin.y - 9, 50, 18), pin.name, c.onDark, Qt::AlignLeft | Qt::AlignVCenter);
    }

    // Signal wires, crossed: the module's TX goes to the adapter's RX and the other way round.
    wire(p, {QPointF(R + 8, txY), QPointF(kAdapterX - 8, txY)}, c.toModuleTx);
    wire(p, {QPointF(R + 8, rxY), QPointF(kAdapterX - 8, rxY)}, c.toModuleRx);
    p.setFont(canvasFont(font(), 13));
    label(p, QRectF(R + 10, topPin - 28, kAdapterX - R - 20, 20), tr("TX and RX cross over"), c.text,
         Qt::AlignHCenter | Qt::AlignBottom);

    // Ground: module GND, GPIO0 (the boot bridge), adapter GND and the supply share one rail.
    const QRectF supply(L - 40, kSupplyY, 260, kSupplyH);
    const double plusX = L - kLane;
    const double minusX = supply.right() - 40;
    const double gndLane = R + kLane;
    const double bootLane = R + 2 * kLane + 4;
    const double adapterDrop = kAdapterX - kLane;
    wire(p, {QPointF(minusX, kRailY), QPointF(adapterDrop, kRailY)}, c.gnd);
    wire(p, {QPointF(R + 8, padY(Role::Gnd)), QPointF(gndLane, padY(Role::Gnd)), QPointF(gndLane, kRailY)}, c.gnd);
    wire(p, {QPointF(kAdapterX - 8, adapterGndY), QPointF(adapterDrop, adapterGndY), QPointF(adapterDrop, kRailY)},
         c.gnd);
    wire(p, {QPointF(minusX, supply.top()), QPointF(minusX, kRailY)}, c.gnd);
    const double bootY = padY(Role::Gpio0);
    wire(p, {QPointF(R + 8, bootY), QPointF(bootLane, bootY), QPointF(bootLane, kRailY)}, c.gpio0, true);
    for (double x : {gndLane, adapterDrop, minusX})
        dot(p, {x, kRailY}, c.gnd);
    dot(p, {bootLane, kRailY}, c.gpio0);
    p.setFont(canvasFont(font(), 13, true));
    label(p, QRectF(bootLane + 8, bootY + 4, adapterDrop - bootLane - 14, 72), tr("GPIO0 to GND while it powers up"),
         c.gpio0, Qt::AlignLeft | Qt::AlignTop);
    p.setFont(canvasFont(font(), 12));
    label(p, QRectF(minusX + 6, kRailY + 4, adapterDrop - minusX - 12, 18), tr("one common GND"), c.text,
         Qt::AlignHCenter | Qt::AlignTop);

    // Power from a separate supply: the adapter's own 3.3 V pin is usually too weak.
    const double vccY = padY(Role::Vcc);
    const double enY = padY(Role::En);
    wire(p, {QPointF(L - 8, vccY), QPointF(plusX, vccY), QPointF(plusX, supply.top())}, c.vcc);
    if (enY >= 0) {
        wire(p, {QPointF(L - 8, enY), QPointF(plusX, enY), QPointF(plusX, vccY)}, c.vcc);
        dot(p, {plusX, vccY}, c.vcc);
    }
    p.setPen(QPen(c.supply.darker(140), 1.5));
    p.setBrush(c.supply);
    p.drawRoundedRect(supply, 6, 6);
    pad(p, {plusX, supply.top()}, c.vcc, c.supply.darker(160));
    pad(p, {minusX, supply.top()}, c.gnd, c.supply.darker(160));
    p.setFont(canvasFont(font(), 13, true));
    label(p, QRectF(plusX - 10, supply.top() + 7, 30, 18), QStringLiteral("+"), c.onDark, Qt::AlignLeft | Qt::AlignTop);
    label(p, QRectF(minusX - 50, supply.top() + 7, 80, 18), QStringLiteral("GND"), c.onDark,
         Qt::AlignRight | Qt::AlignTop);
    p.setFont(canvasFont(font(), 14, true));
    label(p, supply.adjusted(24, 7, -60, -26), tr("3.3 V supply"), c.onDark, Qt::AlignHCenter | Qt::AlignTop);
    p.setFont(canvasFont(font(), 12));
    label(p, supply.adjusted(24, 28, -60, -4), tr("300 mA or more"), c.onDark, Qt::AlignHCenter | Qt::AlignTop);

    // The one mistake that kills the module, said where the power comes from.
    const QRectF never(supply.right() + 14, kSupplyY + 6, kAdapterX + kAdapterW - supply.right() - 14, 44);
    p.setPen(QPen(c.warn, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(never, 6, 6);
    p.setFont(canvasFont(font(), 14, true));
    label(p, never.adjusted(6, 2, -6, -2), tr("Never 5 V: it destroys the module"), c.warn, Qt::AlignCenter);
}

void WiringDiagram::paintDevBoard(QPainter &p, const Colors &c) const
{
    const QRectF board(150, 30, 180, 300);
    p.setPen(QPen(c.pcb.darker(140), 1.5));
    p.setBrush(c.pcb);
    p.drawRoundedRect(board, 6, 6);
    for (int i = 0; i < 18; ++i) {
        const double y = board.top() + 22 + i * 15;
        for (double x : {board.left() + 10, board.right() - 10}) {
            p.setPen(QPen(c.padIdle, 1.5));
            p.setBrush(c.pcb.darker(150));
            p.drawEllipse(QPointF(x, y), 4, 4);
        }
    }
    const QRectF can(board.left() + 32, board.top() + 14, board.width() - 64, 130);
    p.setPen(QPen(c.can.darker(130), 1));
    p.setBrush(c.can);
    p.drawRoundedRect(can, 3, 3);
    antenna(p, QRectF(can.left() + 10, can.top() + 8, can.width() - 20, 18), c.padIdle.darker(120));
    p.setFont(canvasFont(font(), 16, true));
    label(p, can.adjusted(0, 36, 0, 0), QStringLiteral("ESP32"), c.canText, Qt::AlignHCenter | Qt::AlignTop);
    p.setFont(canvasFont(font(), 12));
    label(p, can.adjusted(4, 60, -4, 0), tr("module"), c.canText, Qt::AlignHCenter | Qt::AlignTop);

    // The two buttons, with what each does.
    const QRectF en(board.left() + 30, board.bottom() - 62, 30, 20);
    const QRectF boot(board.right() - 60, board.bottom() - 62, 30, 20);
    for (const QRectF &b : {en, boot}) {
        p.setPen(QPen(c.frame.darker(120), 1));
        p.setBrush(c.can);
        p.drawRoundedRect(b, 3, 3);
        p.setBrush(c.canText);
        p.drawEllipse(b.center(), 5, 5);
    }
    p.setFont(canvasFont(font(), 12, true));
    label(p, en.adjusted(-12, 22, 12, 24), QStringLiteral("EN"), c.pcbText, Qt::AlignHCenter | Qt::AlignTop);
    label(p, boot.adjusted(-16, 22, 16, 24), QStringLiteral("BOOT"), c.pcbText, Qt::AlignHCenter | Qt::AlignTop);
    const double bootTextY = 196;
    wire(p, {QPointF(en.left() - 4, en.center().y()), QPointF(board.left() - 20, en.center().y())}, c.dim);
    wire(p, {QPointF(boot.right() + 4, boot.center().y()), QPointF(board.right() + 20, boot.center().y()),
             QPointF(board.right() + 20, bootTextY), QPointF(board.right() + 30, bootTextY)},
         c.dim);
    p.setFont(canvasFont(font(), 14));
    label(p, QRectF(6, en.center().y() - 40, board.left() - 30, 80), tr("EN restarts the board"), c.text,
         Qt::AlignRight | Qt::AlignVCenter);
    label(p, QRectF(board.right() + 36, bootTextY - 60, kCanvasWidth - board.right() - 44, 120),
         tr("If connecting fails: hold BOOT, press and release EN, then let go of BOOT"), c.text,
         Qt::AlignLeft | Qt::AlignVCenter);

    // USB socket and the cable to the computer, kept clear of the words.
    const QRectF socket(board.center().x() - 16, board.bottom() - 6, 32, 16);
    p.setPen(QPen(c.frame.darker(130), 1));
    p.setBrush(c.can);
    p.drawRoundedRect(socket, 2, 2);
    const QRectF screen(476, 262, 130, 74);
    QPainterPath cable;
    cable.moveTo(socket.center().x(), socket.bottom());
    cable.cubicTo(socket.center().x(), 394, 430, 394, screen.left() - 12, screen.bottom() + 12);
    p.setPen(QPen(c.dim, 4, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(cable);
    p.setPen(QPen(c.text, 2));
    p.setBrush(c.card);
    p.drawRoundedRect(screen, 5, 5);
    QPainterPath base;
    base.moveTo(screen.left() - 14, screen.bottom() + 14);
    base.lineTo(screen.right() + 14, screen.bottom() + 14);
    base.lineTo(screen.right(), screen.bottom());
    base.lineTo(screen.left(), screen.bottom());
    base.closeSubpath();
    p.drawPath(base);
    p.setFont(canvasFont(font(), 13));
    label(p, screen.adjusted(6, 6, -6, -6), tr("this computer"), c.text, Qt::AlignCenter);
    label(p, QRectF(screen.left() - 10, screen.bottom() + 18, kCanvasWidth - screen.left() + 4, 44),
         tr("USB data cable (not a charge-only one)"), c.text, Qt::AlignLeft | Qt::AlignTop);
}

}  // namespace fw::ui
