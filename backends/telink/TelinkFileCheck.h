#pragma once
// Decides whether a firmware file may be sent to a Telink device over a given OTA path, and
// explains every refusal as a Diagnosis a non-technical user can act on.

#include "core/Diagnosis.h"
#include "telink/TelinkImage.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace fw::telink {

enum class TelinkTarget {
    StandardOta,      // the SDK dual-bank OTA: at most 128 KiB, written to the idle bank
    PvvxExtendedOta,  // pvvx >= 4.6: image written at 0x40000, < 208 KiB, .zigbee allowed
};

// What runs on the device now, as far as the connection has found out.
enum class TelinkDeviceFirmware {
    Unknown,
    Stock,            // Xiaomi firmware that accepts unsigned images (before 2.1.1_0159)
    StockSignedOnly,  // Xiaomi 2.1.1_0159 and later: only Xiaomi-signed images
    Custom,           // atc1441 or pvvx before 4.6: standard OTA only
    PvvxExtOta,       // pvvx 4.6 or later: extended OTA available
};

struct TelinkFileVerdict {
    TelinkFileFormat format = TelinkFileFormat::Unknown;
    TelinkBinInfo bin;                       // the image that would be sent (inner one for .zigbee)
    std::optional<TelinkZigbeeInfo> zigbee;  // set for .zigbee files
    QByteArray payload;                      // the bytes the OTA would send; empty when refused
    QList<fw::core::Diagnosis> refusals;     // most fundamental first
    QStringList notes;                       // translated warnings and facts worth showing

    bool ok() const { return refusals.isEmpty(); }
    fw::core::Diagnosis refusal() const { return refusals.isEmpty() ? fw::core::Diagnosis{} : refusals.first(); }
};

class TelinkFileCheck {
public:
    static constexpr qint64 StandardOtaLimit = 0x20000;     // 128 KiB
    static constexpr qint64 ExtendedOtaLimit = 0x34000;     // 208 KiB, exclusive
    static constexpr qint64 ZigbeeMinimumPayload = 2048;

    static TelinkFileVerdict check(const QByteArray &file, TelinkTarget target,
                                   TelinkDeviceFirmware device = TelinkDeviceFirmware::Unknown);
};

}  // namespace fw::telink
