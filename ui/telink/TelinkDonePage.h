#pragma once
// Step 6: what the thermometer runs now (the firmware and hardware revision it reported after
// restarting), and what to expect: its new name and readings, or, for Zigbee, how to pair it
// with the coordinator now that it has left Bluetooth.

#include "ui/telink/TelinkWizardPage.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class FactsForm;

class TelinkDonePage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkDonePage(TelinkWizard *wizard);

    QString stepTitle() const override;
    void enter() override;
    QWidget *mainAction() const override;

    QString factsText() const;
    QString resultText() const;
    QString expectText() const;
    QPushButton *anotherButton() const { return m_another; }

protected:
    void retranslate() override;

private:
    void render();

    QLabel *m_result = nullptr;
    FactsForm *m_facts = nullptr;
    QLabel *m_expectTitle = nullptr;
    QLabel *m_expect = nullptr;
    QPushButton *m_another = nullptr;
};

}  // namespace fw::ui
