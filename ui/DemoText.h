#pragma once
// A demo device's title and description in the language shown now. The registry keeps the
// texts of the language active when it was filled; these look them up again after a switch.

#include "core/sim/DemoRegistry.h"

#include <QString>

namespace fw::ui {

QString demoTitle(const core::sim::DemoDevice &d);
QString demoDescription(const core::sim::DemoDevice &d);

}  // namespace fw::ui
