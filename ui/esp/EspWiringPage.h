#pragma once
// Step 2: which board, a picture of the wiring for it, and the warnings that save modules:
// 3.3 V from a supply strong enough (never 5 V), TX and RX crossed, the TuyaMCU chip.

#include "ui/esp/EspModule.h"
#include "ui/esp/EspWizardPage.h"

class QComboBox;
class QLabel;

namespace fw::ui {

class WiringDiagram;

class EspWiringPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspWiringPage(EspWizard *wizard);

    QString stepTitle() const override;
    void enter() override;
    void commit() override;
    QWidget *mainAction() const override;

    void setModule(EspModule::Id id);
    EspModule::Id selectedModule() const;
    QComboBox *moduleCombo() const { return m_module; }
    WiringDiagram *diagram() const { return m_diagram; }
    QString powerText() const;

protected:
    void retranslate() override;

private:
    void updateForModule();

    QLabel *m_moduleLabel = nullptr;
    QComboBox *m_module = nullptr;
    QLabel *m_moduleHint = nullptr;
    WiringDiagram *m_diagram = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_crossed = nullptr;
    QLabel *m_special = nullptr;  // ESP-01's EN pin, or the dev board's USB
    QLabel *m_tuyaMcu = nullptr;
};

}  // namespace fw::ui
