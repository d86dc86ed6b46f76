#pragma once
// Wired rescue, step 2: how to open the thermometer and wire its pads to the adapter (the
// picture: TX through 1 kOhm and RX to P14, GND and 3.3 V to the battery contacts), and what
// "power-cycle when asked" will mean.

#include "ui/telink/TelinkWizardPage.h"

class QLabel;

namespace fw::ui {

class TelinkPadsDiagram;

class TelinkPadsPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkPadsPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    TelinkPadsDiagram *diagram() const { return m_diagram; }
    QString powerCycleText() const;

protected:
    void retranslate() override;

private:
    QLabel *m_open = nullptr;
    TelinkPadsDiagram *m_diagram = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_resistor = nullptr;
    QLabel *m_powerCycle = nullptr;
};

}  // namespace fw::ui
