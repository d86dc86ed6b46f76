#include "core/sim/CoreDemos.h"

#include "core/sim/DemoRegistry.h"
#include "core/sim/Esp8266BootDemo.h"
#include "core/sim/SerialFloodDemo.h"

#include <QtGlobal>

namespace fw::core::sim {

namespace {
// lupdate reads the literal context in each QT_TRANSLATE_NOOP; this must stay equal to it.
constexpr char kContext[] = "fw::core::sim::CoreDemos";
}  // namespace

void registerCoreDemos(DemoRegistry &registry)
{
    DemoDevice boot;
    boot.name = QStringLiteral("esp8266-boot");
    boot.trContext = kContext;
    boot.titleSource = QT_TRANSLATE_NOOP("fw::core::sim::CoreDemos", "ESP8266 plug booting Tasmota");
    boot.descriptionSource = QT_TRANSLATE_NOOP(
        "fw::core::sim::CoreDemos",
        "A Tuya smart plug (TYWE3S module) running Tasmota: the boot ROM talks at 74880 baud, "
        "then Tasmota logs at 115200 and answers console commands such as Status 0, Power and "
        "Restart 1. Reset it with RTS.");
    boot.transport = DemoDevice::Transport::Serial;
    boot.defaultBaud = Esp8266BootDemo::kAppBaud;
    boot.family = QStringLiteral("monitor");
    boot.makeSerial = [] { return std::make_unique<Esp8266BootDemo>(); };
    registry.add(boot);

    DemoDevice flood;
    flood.name = QStringLiteral("serial-flood");
    flood.trContext = kContext;
    flood.titleSource = QT_TRANSLATE_NOOP("fw::core::sim::CoreDemos", "Serial text flood");
    flood.descriptionSource = QT_TRANSLATE_NOOP(
        "fw::core::sim::CoreDemos",
        "Prints numbered lines without pause at whatever baud the monitor sets, to test "
        "throughput. Ctrl+S pauses it and Ctrl+Q resumes.");
    flood.transport = DemoDevice::Transport::Serial;
    flood.defaultBaud = 921600;
    flood.family = QStringLiteral("monitor");
    flood.makeSerial = [] { return std::make_unique<SerialFloodDemo>(); };
    registry.add(flood);
}

}  // namespace fw::core::sim
