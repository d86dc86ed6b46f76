#include "telink/sim/TelinkSwireDemos.h"

#include "core/sim/DemoRegistry.h"
#include "telink/sim/Tlsr825xSwireModel.h"

#include <QtGlobal>

namespace fw::telink::sim {

namespace {
// lupdate reads the literal context in each QT_TRANSLATE_NOOP; this must stay equal to it.
constexpr char kContext[] = "fw::telink::sim::TelinkSwireDemos";

void add(fw::core::sim::DemoRegistry &registry, const char *name, const char *title, const char *description,
         const Tlsr825xSwireModel::Options &options)
{
    fw::core::sim::DemoDevice d;
    d.name = QString::fromLatin1(name);
    d.trContext = kContext;
    d.titleSource = title;
    d.descriptionSource = description;
    d.transport = fw::core::sim::DemoDevice::Transport::Serial;
    d.defaultBaud = 921600;
    d.family = QStringLiteral("telink");
    d.makeSerial = [options] { return std::make_unique<Tlsr825xSwireModel>(options); };
    registry.add(d);
}

}  // namespace

void registerTelinkSwireDemos(fw::core::sim::DemoRegistry &registry)
{
    Tlsr825xSwireModel::Options wired;
    add(registry, "telink-swire",
        QT_TRANSLATE_NOOP("fw::telink::sim::TelinkSwireDemos", "Bricked LYWSD03MMC on the SWS pad (USB-UART)"),
        QT_TRANSLATE_NOOP("fw::telink::sim::TelinkSwireDemos",
                          "A LYWSD03MMC thermometer whose firmware no longer works, wired to a USB-UART "
                          "adapter: TX through 1 kOhm and RX straight to pad P14 (SWS), GND and 3.3 V to the "
                          "battery contacts. Its firmware keeps the SWS pad, so it answers only when it is "
                          "stopped right after power-up: the simulated owner takes the battery out and puts "
                          "it back shortly after the activation starts. 512 KiB flash with the device's MAC, "
                          "calibration and Mi keys from 0x74000."),
        wired);

    Tlsr825xSwireModel::Options noResistor;
    noResistor.replyPath = Tlsr825xSwireModel::ReplyPath::NoResistor;
    add(registry, "telink-swire-no-resistor",
        QT_TRANSLATE_NOOP("fw::telink::sim::TelinkSwireDemos", "LYWSD03MMC on the SWS pad, wired without the resistor"),
        QT_TRANSLATE_NOOP("fw::telink::sim::TelinkSwireDemos",
                          "The same bricked thermometer, but the adapter's TX goes straight to P14: the chip "
                          "hears every command but cannot pull the line against TX, so only the echo comes "
                          "back and the rescue explains the wiring."),
        noResistor);
}

}  // namespace fw::telink::sim
