#pragma once
// Registration of the wired-rescue simulators as Demo devices: a bricked LYWSD03MMC on the SWS
// pad behind a USB-UART adapter ("telink-swire"), and the same board wired without the resistor.

namespace fw::core::sim {
class DemoRegistry;
}

namespace fw::telink::sim {

// "telink-swire", "telink-swire-no-resistor". Calling it twice is harmless: the registry
// replaces a demo registered under the same name.
void registerTelinkSwireDemos(fw::core::sim::DemoRegistry &registry);

}  // namespace fw::telink::sim
