#pragma once
// What a connected ESP says about itself (chip, MAC, flash, crystal, loader and what that loader
// can do) and our guess of the Tuya module around it. Filled by EspSession::identify().

#include "esp/Response.h"

#include <QString>
#include <QVariantMap>

namespace fw::esp {

enum class ChipKind { Unknown, Esp8266, Esp8285, Esp32, Esp32S2, Esp32S3, Esp32C3, OtherEsp };

// "ESP8266", "ESP8285", "ESP32", ...
QString chipKindName(ChipKind chip);
// The image chip id of §3.3 (ESP32 = 0, S2 = 2, C3 = 5, S3 = 9); -1 for the ESP8266 family.
int imageChipIdFor(ChipKind chip);

// What the loader that answers can do. The ESP8266 ROM can only write (no read, erase, MD5,
// compression or baud change); the ESP32 ROM adds all but erase; a stub does everything.
struct LoaderCaps {
    bool readFlash = false;
    bool eraseFlash = false;
    bool md5 = false;
    bool compressed = false;
    bool changeBaud = false;
};

struct EspIdentity {
    ChipKind chip = ChipKind::Unknown;
    QString chipDescription;  // "ESP8266EX", "ESP8285 (1 MB flash in the package)", "ESP32 (rev 1)"
    quint32 magic = 0;        // READ_REG 0x40001000
    QString mac;              // "84:F3:EB:C2:42:D5"
    quint32 flashJedecId = 0; // manufacturer << 16 | type << 8 | capacity
    qint64 flashSize = 0;     // bytes, from the capacity code; 0 = unknown
    int crystalMhz = 0;       // 26 or 40; 0 = unknown
    LoaderKind loader = LoaderKind::Esp8266Rom;
    LoaderCaps caps;
    QString moduleGuess;      // "TYWE3S (ESP8266, 1 MB)"; empty when nothing fits
    QString stubBuild;        // our stub's build id (SHA-256 hex) when this session started it;
                              // empty on a ROM or a stub that was already running

    bool isEsp8266Family() const { return chip == ChipKind::Esp8266 || chip == ChipKind::Esp8285; }
    // "84F3EBC242D5": used in backup file names.
    QString macCompact() const;
    QString flashSizeText() const;  // "1 MB", "4 MB", "unknown"
    // Translated: "ESP8266 boot ROM", "flasher stub (Flashwright 1a2b3c4d)", "flasher stub", ...
    QString loaderName() const;
    QVariantMap toVariant() const;  // for --json and job outputs
};

}  // namespace fw::esp
