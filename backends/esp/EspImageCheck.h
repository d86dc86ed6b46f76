#pragma once
// Decides whether a file may be written at an offset of the connected ESP: refusals (another
// chip, too big, damaged, no start-up image where the chip boots from), warnings, and the flash
// mode/size patch this chip needs (DOUT on ESP8285 and Tuya modules, the detected flash size).

#include "core/Diagnosis.h"
#include "esp/EspIdentity.h"
#include "esp/ImageInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fw::esp {

struct EspImageVerdict {
    QList<ImageFinding> refusals;  // writing needs --force and a clear warning
    QList<ImageFinding> warnings;
    std::optional<ImageInfo::FlashParams> suggestedPatch;  // for ImageInfo::patchFlashParams
    QString patchReason;                                   // translated: why the patch helps
    qint64 patchHeaderOffset = -1;  // where the patched header sits in the file (0, or 0x1000)
    ImageInfo info;                 // the image that was examined (default when none was)

    bool ok() const { return refusals.isEmpty(); }
    // "esp.image_refused", with the refusals as causes, for jobs that stop without --force.
    fw::core::Diagnosis refusal() const;
};

// `offset` is where the file will be written in flash; `id` what EspSession::identify() found.
EspImageVerdict checkImageForDevice(const QByteArray &file, qint64 offset, const EspIdentity &id);

// Where the chip's ROM looks for the second-stage boot loader: 0x0 on the ESP8266 family,
// S3 and C3, 0x1000 on the ESP32 and S2; -1 when the chip is not known.
qint64 bootloaderOffsetFor(ChipKind chip);

}  // namespace fw::esp
