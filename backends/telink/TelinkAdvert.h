#pragma once
// Reads what a Telink thermometer says in its advertisements before any connection: the
// firmware family from the name and data format, and the measurements (temperature, humidity,
// battery) of the pvvx, atc1441 and BTHome formats.

#include "core/BleScanner.h"

#include <QString>

#include <optional>

namespace fw::telink {

enum class TelinkAdvertFormat {
    None,          // no measurement data we can read
    PvvxCustom,    // 15 bytes on 0x181A, little-endian, 0.01 units
    Atc1441,       // 13 bytes on 0x181A, big-endian, 0.1 C
    BtHome,        // BTHome v2 objects on 0xFCD2 (pvvx Zigbee/BLE hybrid, THB)
    MiBeacon,      // stock Xiaomi, encrypted on 0xFE95
    Qingping,      // stock Qingping on 0xFDCD
};

struct TelinkAdvertInfo {
    TelinkAdvertFormat format = TelinkAdvertFormat::None;
    QString deviceKind;              // "LYWSD03MMC", "MHO-C401", "CGG1", ... from the name; empty when unknown
    QString firmwareHint;            // "stock", "custom (pvvx or atc1441)", "Zigbee/BLE hybrid"
    QString mac;                     // from the frame, when it carries one
    std::optional<double> temperatureC;
    std::optional<double> humidityPercent;
    std::optional<int> batteryPercent;
    std::optional<int> batteryMv;
    std::optional<int> counter;

    bool isThermometer() const { return !deviceKind.isEmpty() || format != TelinkAdvertFormat::None; }
    QString formatName() const;
    QString summary() const;  // "21.4 °C, 48 %, battery 87 % (2.95 V)"
};

class TelinkAdvert {
public:
    static TelinkAdvertInfo decode(const fw::core::BleDeviceInfo &device);
    // The device kind its advertised name implies ("ATC_1A2B3C" -> LYWSD03MMC), empty if none.
    static QString deviceKindFromName(const QString &name);
    // pvvx's linear scale: 2200 mV = 0 %, 3000 mV = 100 % (battery.h).
    static int batteryPercentFromMv(int mv);
};

}  // namespace fw::telink
