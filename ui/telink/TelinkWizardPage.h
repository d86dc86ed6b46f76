#pragma once
// One step of the thermometer wizard: a WizardPage that knows its wizard and the state the
// steps share (the thermometer, its link and identity, the file, the rescue).

#include "ui/WizardPageFor.h"

namespace fw::ui {

class TelinkWizard;
struct TelinkWizardState;

class TelinkWizardPage : public WizardPageFor<TelinkWizard, TelinkWizardState> {
    Q_OBJECT
public:
    using WizardPageFor::WizardPageFor;
};

}  // namespace fw::ui
