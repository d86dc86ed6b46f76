#pragma once
// The serial demo devices of the core (the serial-monitor plug and the throughput flood).
// Declared with the other built-in registration functions in BuiltinDemos.h.

#include "core/sim/BuiltinDemos.h"
