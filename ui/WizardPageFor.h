#pragma once
// A WizardPage of one family's wizard: it reaches its wizard and the state the wizard's steps
// share. Each family names its own page class after it, e.g. EspWizardPage.

#include "ui/WizardPage.h"

namespace fw::ui {

template <class Wizard, class State>
class WizardPageFor : public WizardPage {
public:
    explicit WizardPageFor(Wizard *wizard, QWidget *parent = nullptr) : WizardPage(parent), m_wizard(wizard) {}

protected:
    Wizard *wizard() const { return m_wizard; }
    State &state() const { return m_wizard->state(); }

private:
    Wizard *m_wizard;
};

}  // namespace fw::ui
