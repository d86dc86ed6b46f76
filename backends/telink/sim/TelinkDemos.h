#pragma once
// Registers the LYWSD03MMC Demo devices (simulated Bluetooth LE thermometers under the firmwares
// the Telink wizard deals with) in the Demo device list.

namespace fw::core::sim {
class DemoRegistry;
}

namespace fw::telink::sim {

// "lywsd03mmc-stock", "lywsd03mmc-stock-0159", "lywsd03mmc-atc", "lywsd03mmc-pvvx",
// "lywsd03mmc-pvvx-b16-old", "lywsd03mmc-low-battery", "lywsd03mmc-zigbee-hybrid".
void registerTelinkDemos(fw::core::sim::DemoRegistry &registry);

}  // namespace fw::telink::sim
