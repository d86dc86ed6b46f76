#pragma once
// One step of the ESP wizard: a WizardPage that knows its wizard and the state the steps
// share (port, session, identity, backup, file).

#include "ui/WizardPageFor.h"

namespace fw::ui {

class EspWizard;
struct EspWizardState;

class EspWizardPage : public WizardPageFor<EspWizard, EspWizardState> {
    Q_OBJECT
public:
    using WizardPageFor::WizardPageFor;
};

}  // namespace fw::ui
