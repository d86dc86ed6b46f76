#include "esp/sim/EspDemos.h"

#include "core/sim/DemoRegistry.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"

#include <QtGlobal>

namespace fw::esp::sim {

namespace {
// lupdate reads the literal context in each QT_TRANSLATE_NOOP; this must stay equal to it.
constexpr char kContext[] = "fw::esp::sim::EspDemos";
}  // namespace

void registerEspDemos(fw::core::sim::DemoRegistry &registry)
{
    using fw::core::sim::DemoDevice;

    DemoDevice plug;
    plug.name = QStringLiteral("esp8266");
    plug.trContext = kContext;
    plug.titleSource = QT_TRANSLATE_NOOP("fw::esp::sim::EspDemos", "ESP8266 Tuya plug (TYWE3S) in download mode");
    plug.descriptionSource = QT_TRANSLATE_NOOP(
        "fw::esp::sim::EspDemos",
        "A Tuya smart plug with a TYWE3S module (ESP8266, 1 MB flash), wired by hand with GPIO0 "
        "bridged to GND: the boot ROM prints at 74880 baud, then its serial loader answers at "
        "any baud. It has no compression, no MD5 and no flash read, and FLASH_BEGIN erases too "
        "much unless the flasher corrects the size.");
    plug.transport = DemoDevice::Transport::Serial;
    plug.defaultBaud = 115200;
    plug.family = QStringLiteral("esp");
    plug.makeSerial = [] {
        Esp8266RomModel::Options o;
        o.wiring = EspRomModel::Wiring::Strapped;
        return std::make_unique<Esp8266RomModel>(o);
    };
    registry.add(plug);

    DemoDevice board;
    board.name = QStringLiteral("esp32");
    board.trContext = kContext;
    board.titleSource = QT_TRANSLATE_NOOP("fw::esp::sim::EspDemos", "ESP32 development board (4 MB flash)");
    board.descriptionSource = QT_TRANSLATE_NOOP(
        "fw::esp::sim::EspDemos",
        "An ESP32 board held in its boot ROM's loader (BOOT pressed at power-up): it needs "
        "SPI_ATTACH before flash access, takes compressed writes, reports MD5 checksums, reads "
        "flash 64 bytes at a time and can change its baud rate.");
    board.transport = DemoDevice::Transport::Serial;
    board.defaultBaud = 115200;
    board.family = QStringLiteral("esp");
    // Strapped: a demo port carries no DTR/RTS, so no reset sequence could reach the loader.
    board.makeSerial = [] {
        Esp32RomModel::Options o;
        o.wiring = EspRomModel::Wiring::Strapped;
        return std::make_unique<Esp32RomModel>(o);
    };
    registry.add(board);
}

}  // namespace fw::esp::sim
