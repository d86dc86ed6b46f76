#pragma once
// Registration of the ESP loader simulators as Demo devices ("esp8266", "esp32"). fw_core
// cannot see fw_esp, so the applications call this once at start-up.

namespace fw::core::sim {
class DemoRegistry;
}

namespace fw::esp::sim {

void registerEspDemos(fw::core::sim::DemoRegistry &registry);

}  // namespace fw::esp::sim
