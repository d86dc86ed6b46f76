#pragma once
// What a connected Telink thermometer is and runs: device information strings, the service
// fingerprint (stock, atc1441, pvvx, Zigbee hybrid), pvvx's own report, battery, and the advice
// that follows for its hardware revision (protocols/telink.md §2, §6).

#include "core/GattLink.h"
#include "telink/TelinkFileCheck.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace fw::telink {

enum class TelinkFirmwareKind {
    Unknown,
    Stock,            // Xiaomi firmware that still takes unsigned images
    StockSignedOnly,  // Xiaomi 2.1.1_0159 and later
    Atc1441,
    Pvvx,
    ZigbeeHybrid,     // pvvx BLE/Zigbee "ZBdevice"
    QingpingStock,
};

// What the user wants the device to run afterwards.
enum class TelinkGoal { PvvxBle, Zigbee, Stock };

struct TelinkIdentity {
    QString address;
    QString name;
    QString model, serial, manufacturer;
    QString hardwareRevision;  // "B1.4" ... "B2.0"; "B1.1" on 2025 SPI-LCD boards
    QString firmwareRevision;  // "1.0.0_0130", "github.com/pvvx"
    QString softwareRevision;  // "0130", "V5.8"
    TelinkFirmwareKind firmware = TelinkFirmwareKind::Unknown;

    bool hasOta = false;
    bool hasMiAuth = false;
    bool hasStockSpeed = false;     // ebe0ccd8: the stock "speed" characteristic
    bool hasPvvxControl = false;
    bool hasEnvironmental = false;
    // The table came from the host's cache and does not fit the firmware the device reports.
    bool servicesLookStale = false;

    int pvvxVersion = -1;  // 0x58 for V5.8
    int pvvxHwId = -1;     // §2.3 enum
    bool extendedOta = false;
    QByteArray pvvxConfig;  // the 0x55 reply as received
    std::optional<int> configLatencyMs;
    std::optional<int> batteryPercent;
    std::optional<int> batteryMv;

    QString firmwareText() const;  // "pvvx 5.8", "Xiaomi stock 1.0.0_0130"
    QString pvvxVersionText() const;  // "5.8"
    TelinkDeviceFirmware forFileCheck() const;
    bool batteryLow() const;  // below 40 % or 2.6 V (§6)
    QVariantMap toVariant() const;
};

class TelinkIdentify {
public:
    static constexpr int LowBatteryPercent = 40;
    static constexpr int LowBatteryMv = 2600;
    static constexpr int MaxOtaLatencyMs = 1000;

    // The fingerprint of §2.1 plus the DIS firmware string.
    static void classify(const QList<fw::core::GattServiceInfo> &services, TelinkIdentity &id);
    // "V5.8" -> 0x58; -1 when the text is not a pvvx version.
    static int parsePvvxVersion(const QString &softwareRevision);
    // pvvx command 0x00 reply: rev, hw_id, version, sensors, service bits.
    static bool parsePvvxInfo(const QByteArray &reply, TelinkIdentity &id);
    // pvvx command 0x55 reply: the configuration with the connection latency.
    static bool parsePvvxConfig(const QByteArray &reply, TelinkIdentity &id);
    // The set-config command (0x5A: not saved) that keeps everything but lowers the latency.
    static QByteArray configWithLatency(const QByteArray &configReply, int latencyMs, bool save = false);
    static QString hwIdName(int hwId);
    // Plain-language advice for this device and goal (revision quirks, battery, firmware path).
    static QStringList advice(const TelinkIdentity &id, TelinkGoal goal);
};

}  // namespace fw::telink
