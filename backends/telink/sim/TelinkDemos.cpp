#include "telink/sim/TelinkDemos.h"

#include "core/sim/DemoRegistry.h"
#include "telink/sim/Lywsd03mmcModel.h"

#include <QtGlobal>

namespace fw::telink::sim {

namespace {

// lupdate reads the literal context in each QT_TRANSLATE_NOOP; this must stay equal to it.
constexpr char kContext[] = "fw::telink::sim::TelinkDemos";

void add(fw::core::sim::DemoRegistry &registry, const char *name, const char *title,
         const char *description, const Lywsd03mmcSetup &setup)
{
    fw::core::sim::DemoDevice d;
    d.name = QString::fromLatin1(name);
    d.trContext = kContext;
    d.titleSource = title;
    d.descriptionSource = description;
    d.transport = fw::core::sim::DemoDevice::Transport::Ble;
    d.defaultBaud = 0;
    d.family = QStringLiteral("telink");
    d.makeGatt = [setup] { return std::make_unique<Lywsd03mmcModel>(setup); };
    registry.add(d);
}

// Each demo has its own address, so the shared service cache keeps their tables apart.
Lywsd03mmcSetup base(TelinkPersonality personality, const char *address)
{
    Lywsd03mmcSetup s;
    s.personality = personality;
    s.address = QString::fromLatin1(address);
    return s;
}

}  // namespace

void registerTelinkDemos(fw::core::sim::DemoRegistry &registry)
{
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Stock, "A4:C1:38:5E:01:30");
        s.miToken = QByteArray::fromHex("a4c1385e0130a4c1385e0130");  // as paired with Mi Home
        add(registry, "lywsd03mmc-stock",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with Xiaomi firmware 1.0.0_0130"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A Xiaomi thermometer (hardware B1.4) as sold, advertising as LYWSD03MMC. "
                              "It accepts an update only after the Mi login; then custom firmware can "
                              "be sent to it."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Stock, "A4:C1:38:5E:01:59");
        s.stockFirmware = QStringLiteral("2.1.1_0159");
        s.hwRevision = QStringLiteral("B1.6");
        s.miToken = QByteArray::fromHex("a4c1385e0159a4c1385e0159");  // as paired with Mi Home
        add(registry, "lywsd03mmc-stock-0159",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with Xiaomi firmware 2.1.1_0159"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A thermometer sold since 2023 (hardware B1.6). Its firmware accepts only "
                              "Xiaomi-signed images: flash the signed original first, then custom "
                              "firmware. Any other image fails at the end with a firmware check error."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Atc1441, "A4:C1:38:A7:C1:44");
        add(registry, "lywsd03mmc-atc",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with atc1441 firmware"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A thermometer running the original ATC custom firmware: ATC_ name, "
                              "atc1441 advertising format, the Telink OTA, but no extended OTA for "
                              "Zigbee files."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Pvvx, "A4:C1:38:1A:2B:3C");
        add(registry, "lywsd03mmc-pvvx",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with pvvx firmware 5.8"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A thermometer (hardware B1.4) running pvvx custom firmware 5.8: "
                              "configurable, updates over the Telink OTA and takes Zigbee files "
                              "through the extended OTA."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Pvvx, "A4:C1:38:20:3A:9D");
        s.pvvxVersion = 0x44;
        s.hwRevision = QStringLiteral("B1.6");
        add(registry, "lywsd03mmc-pvvx-b16-old",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC B1.6 with old pvvx firmware 4.4"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A B1.6 thermometer left on pvvx 4.4: it has no extended OTA, so a "
                              "Zigbee file or any image over 128 KiB must not be sent to it. Update "
                              "it to a current pvvx release first."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::Pvvx, "A4:C1:38:B4:77:E2");
        s.batteryMv = 2350;
        add(registry, "lywsd03mmc-low-battery",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with a weak battery"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A pvvx thermometer whose coin cell is down to 2.35 V (18 %). It works, "
                              "but every update breaks off within the first blocks when the flash "
                              "erase pulls the battery down. A fresh CR2032 fixes it."),
            s);
    }
    {
        Lywsd03mmcSetup s = base(TelinkPersonality::ZigbeeHybrid, "A4:C1:38:2B:EE:01");
        add(registry, "lywsd03mmc-zigbee-hybrid",
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos", "LYWSD03MMC with pvvx Zigbee/BLE hybrid firmware"),
            QT_TRANSLATE_NOOP("fw::telink::sim::TelinkDemos",
                              "A thermometer running the pvvx hybrid firmware: it advertises BTHome "
                              "data as ATCz2BEE01 and still offers the Telink OTA."),
            s);
    }
}

}  // namespace fw::telink::sim
