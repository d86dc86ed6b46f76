#pragma once
// What a simulated LYWSD03MMC runs and how it is built: the firmware personality, its identity
// strings, battery and the fault knobs tests and demos use (protocols/telink.md §1.7, §2, §6).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace fw::telink::sim {

// Zigbee = pure Zigbee firmware (z03mmc / ZigbeeTLc): no BLE at all, never advertises, connects fail.
// ZigbeeHybrid = pvvx "ZBdevice" (BTHome 0xFCD2 adverts + OTA service, name ATCz...).
// Unknown = a valid Telink image the model does not recognise (another device's firmware): it boots
//   but has no BLE -> the device is effectively bricked until a wired rescue.
enum class TelinkPersonality { Stock, Atc1441, Pvvx, ZigbeeHybrid, Zigbee, Unknown };

// A short English token for logs and test output ("stock", "pvvx", ...).
QString personalityToken(TelinkPersonality personality);
// True when the firmware talks Bluetooth LE at all.
bool personalityHasBle(TelinkPersonality personality);

struct Lywsd03mmcSetup {
    TelinkPersonality personality = TelinkPersonality::Pvvx;
    QString address = QStringLiteral("A4:C1:38:1A:2B:3C");
    QString name;  // empty = personality default: "LYWSD03MMC" stock, "ATC_1A2B3C" atc/pvvx, "ATCz1A2B3C" hybrid
    QString hwRevision = QStringLiteral("B1.4");           // DIS 0x2A27 (2025 boards report "B1.1")
    QString stockFirmware = QStringLiteral("1.0.0_0130");  // DIS 0x2A26 on stock; "2.1.1_0159" = signed images only
    int pvvxVersion = 0x58;      // V5.8 (major.minor as nibbles); < 0x46 has no extended OTA
    int batteryMv = 2950;
    int configLatencyMs = 1000;  // pvvx config conn_latency ((n+1)*20 ms); > 1000 ms breaks OTA starts
    // Fault knobs for tests and demos:
    int forceStatus = 0;          // 1..6: the OTA fails with this code ...
    int forceStatusAtIndex = -1;  // ... when the frame with this index arrives (-1 = at the end frame)
    int forceStatusAttempts = 1;  // ... in this many OTA attempts (then it works)
    int flakyStartAttempts = 0;   // the first N OTA attempts lose the link within the first 8 frames (flaky adapter)

    // Timing of the device (model values, see the model's assumptions):
    int otaTimeoutMs = 16000;       // inactivity timeout of a running OTA (pvvx src/ble.c: 16 s)
    int extOtaSectorEraseMs = 60;   // one 4 KiB sector erase during the extended OTA preparation
    // The bank the firmware runs from: 0x00000, or 0x20000 after an odd number of standard OTAs.
    quint32 runningBank = 0x00000;
    bool loggedIn = false;  // stock: a Mi login has been done (kept until setLoggedIn changes it)
    // stock: the Mi token the device was registered with (12 bytes, as Mi Home left it); empty =
    // never registered. 2.1.1_0159 cannot be registered locally, only logged in with this token.
    QByteArray miToken;
};

}  // namespace fw::telink::sim
