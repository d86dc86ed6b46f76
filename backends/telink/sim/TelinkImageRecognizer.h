#pragma once
// Decides what firmware a Telink image is from the strings and header fields a real build
// carries, so the simulated device knows what it runs after an update (telink.md §2.2, §4).

#include "telink/sim/Lywsd03mmcSetup.h"

#include <QByteArray>
#include <QString>

namespace fw::telink::sim {

struct TelinkImageIdentity {
    TelinkPersonality personality = TelinkPersonality::Unknown;
    QString firmwareRevision;   // DIS 0x2A26 the build reports
    QString softwareRevision;   // DIS 0x2A28 ("" when the build has none)
    int pvvxVersion = 0;        // pvvx family: 0x58 for V5.8
    bool xiaomiSigned = false;  // the Xiaomi signature block follows the image
    bool relocatesToLow = false;  // a pvvx build started at 0x40000 moves itself to 0x00000
};

class TelinkImageRecognizer {
public:
    static constexpr int DefaultPvvxVersion = 0x58;
    static constexpr const char *DefaultStockFirmware = "1.0.0_0130";

    // `image` starts at the bank and may run past the image's end (the signature block lives
    // there). loadAddress is the bank it boots from: a build also has to be able to run there.
    static TelinkImageIdentity recognize(const QByteArray &image, quint32 loadAddress);

    // "V5.8" -> 0x58; 0 when the text is no pvvx version.
    static int versionFromText(const QString &text);
    static QString versionText(int version);  // 0x58 -> "V5.8"
    // Image types of LYWSD03MMC Zigbee builds (ZigbeeTLc 0x020A, devbis/Telink default 0x0203).
    static bool isLywsd03mmcZigbeeType(quint16 imageType);
};

}  // namespace fw::telink::sim
