#pragma once
// Wired rescue, last step: what was written and where the backup is, and what to do now: take
// the wires off, close it up, and update it over Bluetooth from here on.

#include "ui/telink/TelinkWizardPage.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class FactsForm;

class TelinkRescueDonePage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkRescueDonePage(TelinkWizard *wizard);

    QString stepTitle() const override;
    void enter() override;

    QString factsText() const;
    QString nextText() const;
    QPushButton *bluetoothButton() const { return m_bluetooth; }

protected:
    void retranslate() override;

private:
    FactsForm *m_facts = nullptr;
    QLabel *m_nextTitle = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_bluetooth = nullptr;
    QPushButton *m_another = nullptr;
};

}  // namespace fw::ui
