#pragma once
// A picture of how to wire one board for flashing: adapter TX/RX crossed to the module, GND in
// common with a separate 3.3 V supply, GPIO0 bridged to GND; or a dev board's USB and buttons.

#include "ui/esp/EspModule.h"

#include "ui/WiringCanvas.h"

namespace fw::ui {

class WiringDiagram : public WiringCanvas {
    Q_OBJECT
public:
    explicit WiringDiagram(QWidget *parent = nullptr);

    void setModule(EspModule::Id id);
    EspModule::Id module() const { return m_module; }

    // The connections in words ("Adapter TX to module RXD").
    QStringList connectionTexts() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    QString accessibleTitle() const override;

private:
    enum class Role { None, Vcc, Gnd, Rx, Tx, Gpio0, En };
    struct Pad {
        QString label;
        Role role = Role::None;
        bool left = false;  // on the module's left edge
        double y = 0;
    };
    struct Colors;

    QList<Pad> padsFor(EspModule::Id id) const;
    void paintModuleWiring(QPainter &p, const Colors &c) const;
    void paintDevBoard(QPainter &p, const Colors &c) const;

    EspModule::Id m_module = EspModule::Id::Tywe3s;
};

}  // namespace fw::ui
