// Registers the Bluetooth LE demo devices (simulated GATT peripherals).

#include "core/sim/BuiltinDemos.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/DemoThermometerModel.h"

#include <QtGlobal>

namespace fw::core::sim {

namespace {
// lupdate reads the literal context in each QT_TRANSLATE_NOOP; this must stay equal to it.
constexpr char kContext[] = "fw::core::sim::BleDemos";
}  // namespace

void registerBleDemos(DemoRegistry &registry)
{
    DemoDevice thermometer;
    thermometer.name = QStringLiteral("ble-thermometer");
    thermometer.trContext = kContext;
    thermometer.titleSource =
        QT_TRANSLATE_NOOP("fw::core::sim::BleDemos", "Bluetooth LE thermometer (LYWSD03MMC)");
    thermometer.descriptionSource = QT_TRANSLATE_NOOP(
        "fw::core::sim::BleDemos",
        "A Xiaomi LYWSD03MMC temperature and humidity sensor with custom firmware, advertising "
        "as ATC_1A2B3C. It reports temperature and humidity every 2 seconds by notification and "
        "shows its battery level and device information (model, hardware B1.4, firmware).");
    thermometer.transport = DemoDevice::Transport::Ble;
    thermometer.defaultBaud = 0;
    thermometer.family = QStringLiteral("telink");
    thermometer.makeGatt = [] { return std::make_unique<DemoThermometerModel>(); };
    registry.add(thermometer);
}

}  // namespace fw::core::sim
