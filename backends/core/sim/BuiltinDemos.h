#pragma once
// The registration entry points of the built-in demo devices; DemoRegistry::instance() calls
// each once. Each lives next to its simulators.

namespace fw::core::sim {

class DemoRegistry;

// Serial demos of the core: the serial-monitor device and the throughput flood.
void registerCoreDemos(DemoRegistry &registry);
// Bluetooth LE demos (simulated GATT peripherals).
void registerBleDemos(DemoRegistry &registry);

}  // namespace fw::core::sim
