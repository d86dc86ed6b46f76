#include "esp/EspImageCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fw::esp {

namespace {

using S = ImageFinding::Severity;

QString chipLabel(const EspIdentity &id)
{
    return chipKindName(id.chip);
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 K = 1024;
    if (bytes >= K * K && bytes % (K * K) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (K * K));
    if (bytes >= K && bytes % K == 0)
        return QStringLiteral("%1 KB").arg(bytes / K);
    if (bytes >= K * K)
        return QStringLiteral("%1 MB").arg(double(bytes) / double(K * K), 0, 'f', 2);
    if (bytes >= K)
        return QStringLiteral("%1 KB").arg(double(bytes) / double(K), 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

QString hexOffset(qint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

QString revText(int rev)
{
    return QStringLiteral("v%1.%2").arg(rev / 100).arg(rev % 100);
}

// "ESP32-D0WD-V3 (revision v3.1)" -> 301, "ESP32 (rev 1)" -> 100; -1 when not stated.
int chipRevision(const EspIdentity &id)
{
    static const QRegularExpression re(QStringLiteral("\\brev(?:ision)?\\s*v?(\\d+)(?:\\.(\\d+))?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(id.chipDescription);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt() * 100 + (m.hasCaptured(2) ? m.captured(2).toInt() : 0);
}

bool isTuyaModule(const EspIdentity &id)
{
    return id.moduleGuess.startsWith(QLatin1String("TYWE"), Qt::CaseInsensitive)
        || id.moduleGuess.contains(QLatin1String("Tuya"), Qt::CaseInsensitive);
}

bool isTywe2s(const EspIdentity &id)
{
    return id.moduleGuess.startsWith(QLatin1String("TYWE2S"), Qt::CaseInsensitive);
}

bool hasMagic(const QByteArray &file, qint64 at)
{
    if (at < 0 || at >= file.size())
        return false;
    const quint8 m = quint8(file[at]);
    return m == ImageInfo::Magic || m == ImageInfo::MagicEsp8266V2;
}

struct Checker {
    const QByteArray &file;
    qint64 offset;
    const EspIdentity &id;
    EspImageVerdict v;

    void refuse(const char *code, const QString &message) { v.refusals.append({S::Error, QString::fromLatin1(code), message}); }
    void warn(const char *code, const QString &message) { v.warnings.append({S::Warning, QString::fromLatin1(code), message}); }

    void wrongChip(const QString &imageChip)
    {
        refuse("image.wrong_chip",
               QCoreApplication::translate("fw::esp::EspImageCheck",
                                           "This file is made for an %1, but the connected chip is an %2: written anyway, the device would not start.")
                   .arg(imageChip, chipLabel(id)));
    }

    // Nothing bootable where the ROM looks: say what the file is instead, when we can tell.
    void noBootImage(qint64 boot)
    {
        const bool esp8266 = id.isEsp8266Family();
        const qint64 factoryAt = ImageInfo::locateHeader(file);
        if (esp8266 && factoryAt == 0x1000) {
            const ImageInfo other = ImageInfo::parse(file, factoryAt);
            if (other.family == ImageFamily::Esp32) {
                v.info = other;
                wrongChip(other.chipName());
                return;
            }
        }
        if (!esp8266 && hasMagic(file, 0) && offset == 0) {
            const ImageInfo other = ImageInfo::parse(file, 0);
            v.info = other;
            if (other.family == ImageFamily::Esp8266) {
                wrongChip(QStringLiteral("ESP8266"));
                return;
            }
            refuse("image.no_boot_header",
                   QCoreApplication::translate("fw::esp::EspImageCheck",
                                               "This is an application image without its boot loader: written at 0x0, the %1 would not start. Write it at 0x10000 with a boot loader at 0x1000, or use the complete image (for Tasmota, the .factory.bin file).")
                       .arg(chipLabel(id)));
            return;
        }
        refuse("image.no_boot_header",
               QCoreApplication::translate("fw::esp::EspImageCheck",
                                           "The file has no start-up image (first byte 0xE9) at flash address %1, where the %2 looks for one: the device would not start. A file written there must begin with the boot loader.")
                   .arg(hexOffset(boot), chipLabel(id)));
    }

    void checkChip(const ImageInfo &info)
    {
        if (id.chip == ChipKind::Unknown || id.chip == ChipKind::OtherEsp)
            return;
        if (id.isEsp8266Family()) {
            if (info.family == ImageFamily::Esp32)
                wrongChip(info.chipName());
            return;
        }
        if (info.family == ImageFamily::Esp8266) {
            wrongChip(QStringLiteral("ESP8266"));
            return;
        }
        if (info.family != ImageFamily::Esp32 || !info.hasExtendedHeader)
            return;
        const int want = imageChipIdFor(id.chip);
        if (want >= 0 && info.chipId != want) {
            wrongChip(info.chipName());
            return;
        }
        checkRevision(info);
    }

    void checkRevision(const ImageInfo &info)
    {
        const int minRev = info.minRevision;
        const int maxRev = (info.maxRevision == 0 || info.maxRevision == 0xFFFF) ? -1 : info.maxRevision;
        if (maxRev >= 0 && minRev > maxRev) {
            refuse("image.revision",
                   QCoreApplication::translate("fw::esp::EspImageCheck",
                                               "The file's header asks for chip revision %1 or newer but at most %2, which no chip can meet: the header is damaged.")
                       .arg(revText(minRev), revText(maxRev)));
            return;
        }
        const int rev = chipRevision(id);
        if (rev < 0) {
            if (minRev >= 100)
                warn("image.revision",
                     QCoreApplication::translate("fw::esp::EspImageCheck",
                                                 "The file needs chip revision %1 or newer, and the chip's revision is not known.")
                         .arg(revText(minRev)));
            return;
        }
        // A whole major revision apart means silicon the firmware was never built for.
        if (rev < minRev) {
            const QString msg = QCoreApplication::translate("fw::esp::EspImageCheck",
                                                            "The file needs chip revision %1 or newer, but the chip is revision %2.")
                                    .arg(revText(minRev), revText(rev));
            if (minRev - rev >= 100)
                refuse("image.revision", msg);
            else
                warn("image.revision", msg);
        } else if (maxRev >= 0 && rev > maxRev) {
            const QString msg = QCoreApplication::translate("fw::esp::EspImageCheck",
                                                            "The file supports chip revisions up to %1, but the chip is revision %2.")
                                    .arg(revText(maxRev), revText(rev));
            if (rev - maxRev >= 100)
                refuse("image.revision", msg);
            else
                warn("image.revision", msg);
        }
    }

    void checkBootHeader(const ImageInfo &info, qint64 hdr)
    {
        const std::optional<qint64> headerSize = info.flashSizeBytes();
        if (headerSize && id.flashSize > 0 && *headerSize != id.flashSize) {
            if (*headerSize > id.flashSize)
                warn("image.flash_size_larger",
                     QCoreApplication::translate("fw::esp::EspImageCheck",
                                                 "The file's header says the flash holds %1, but this chip has %2: the firmware may fail to start or lose its settings.")
                         .arg(sizeText(*headerSize), sizeText(id.flashSize)));
            else
                warn("image.flash_size_smaller",
                     QCoreApplication::translate("fw::esp::EspImageCheck",
                                                 "The file's header says the flash holds %1, but this chip has %2: the firmware will use only part of the flash.")
                         .arg(sizeText(*headerSize), sizeText(id.flashSize)));
        }
        const bool needsDout = id.chip == ChipKind::Esp8285 || isTywe2s(id);
        if (needsDout && info.flashMode != ImageInfo::Dout) {
            warn("image.flash_mode",
                 QCoreApplication::translate("fw::esp::EspImageCheck",
                                             "The file asks for the flash mode %1, but the flash of %2 is wired for DOUT only: with %1 the device would not start.")
                     .arg(info.flashModeName(),
                          id.chip == ChipKind::Esp8285 ? QStringLiteral("ESP8285") : QStringLiteral("TYWE2S")));
        }

        ImageInfo::FlashParams want;
        QStringList reasons;
        if (id.isEsp8266Family() && (needsDout || isTuyaModule(id)) && info.flashMode != ImageInfo::Dout) {
            want.mode = ImageInfo::Dout;
            reasons << QCoreApplication::translate("fw::esp::EspImageCheck",
                                                   "Set the flash mode to DOUT: ESP8285 chips and Tuya modules wire their flash for it, and Tasmota recommends it for them.");
        }
        if (id.flashSize > 0 && (!headerSize || *headerSize != id.flashSize)) {
            if (const auto code = ImageInfo::flashSizeCodeFor(info.family, id.flashSize)) {
                want.sizeCode = *code;
                reasons << QCoreApplication::translate("fw::esp::EspImageCheck",
                                                       "Set the flash size to %1 to match the chip.")
                               .arg(sizeText(id.flashSize));
            }
        }
        if (!want.mode && !want.sizeCode)
            return;
        // Only a header that verifies is patched; patchFlashParams checks that again.
        const ImageInfo::PatchResult patched = ImageInfo::patchFlashParams(file, hdr, want, info.family);
        if (patched.changed) {
            v.suggestedPatch = want;
            v.patchReason = reasons.join(QLatin1Char(' '));
            v.patchHeaderOffset = hdr;
        }
    }

    void run()
    {
        if (file.isEmpty()) {
            refuse("image.empty", QCoreApplication::translate("fw::esp::EspImageCheck", "The file is empty: there is nothing to write."));
            return;
        }
        if (offset < 0) {
            refuse("image.bad_offset", QCoreApplication::translate("fw::esp::EspImageCheck", "The write address %1 is negative.").arg(offset));
            return;
        }
        if (offset % 4096 != 0)
            warn("image.unaligned",
                 QCoreApplication::translate("fw::esp::EspImageCheck",
                                             "The write address %1 is not at the start of a 4 KB flash sector: the data before it in the same sector is erased too.")
                     .arg(hexOffset(offset)));
        if (id.flashSize > 0) {
            if (offset + file.size() > id.flashSize)
                refuse("image.too_big",
                       QCoreApplication::translate("fw::esp::EspImageCheck",
                                                   "The file needs %1 of flash from address %2, but the chip has only %3 in all.")
                           .arg(sizeText(file.size()), hexOffset(offset), sizeText(id.flashSize)));
        } else {
            warn("image.flash_size_unknown",
                 QCoreApplication::translate("fw::esp::EspImageCheck",
                                             "The chip's flash size is not known, so Flashwright cannot check that the file fits."));
        }
        if (id.chip == ChipKind::Unknown || id.chip == ChipKind::OtherEsp)
            warn("image.chip_unknown",
                 QCoreApplication::translate("fw::esp::EspImageCheck",
                                             "The chip type is not known, so Flashwright cannot check that the file is made for it."));

        const qint64 boot = bootloaderOffsetFor(id.chip);
        const bool coversBoot = boot >= 0 && offset <= boot && boot < offset + file.size();
        qint64 hdr = -1;
        if (coversBoot) {
            hdr = boot - offset;
            if (!hasMagic(file, hdr)) {
                noBootImage(boot);
                return;
            }
        } else if (hasMagic(file, 0)) {
            hdr = 0;  // an application or boot loader image written elsewhere
        } else {
            return;  // data (file system, settings): only its size matters
        }

        const ImageInfo info = ImageInfo::parse(file, hdr);
        v.info = info;
        const int before = int(v.refusals.size());
        checkChip(info);
        const bool wrongChipFound = std::any_of(v.refusals.cbegin() + before, v.refusals.cend(),
                                                [](const ImageFinding &f) { return f.code == QLatin1String("image.wrong_chip"); });
        for (const ImageFinding &f : info.findings) {
            if (f.severity == S::Error)
                v.refusals.append(f);
            else if (f.severity == S::Warning && !(wrongChipFound && f.code == QLatin1String("image.odd_entry")))
                v.warnings.append(f);
        }
        if (coversBoot && !info.hasErrors() && !wrongChipFound)
            checkBootHeader(info, hdr);
    }
};

}  // namespace

qint64 bootloaderOffsetFor(ChipKind chip)
{
    switch (chip) {
    case ChipKind::Esp8266:
    case ChipKind::Esp8285:
    case ChipKind::Esp32S3:
    case ChipKind::Esp32C3: return 0;
    case ChipKind::Esp32:
    case ChipKind::Esp32S2: return 0x1000;
    case ChipKind::OtherEsp:
    case ChipKind::Unknown: break;
    }
    return -1;
}

EspImageVerdict checkImageForDevice(const QByteArray &file, qint64 offset, const EspIdentity &id)
{
    Checker c{file, offset, id, {}};
    c.run();
    return c.v;
}

fw::core::Diagnosis EspImageVerdict::refusal() const
{
    fw::core::Diagnosis d;
    if (refusals.isEmpty())
        return d;
    d.code = QStringLiteral("esp.image_refused");
    d.summary = QCoreApplication::translate("fw::esp::EspImageCheck", "This file should not be written to the connected device.");
    for (const ImageFinding &f : refusals)
        d.causes << f.message;
    d.nextStep = QCoreApplication::translate("fw::esp::EspImageCheck",
                                             "Choose a firmware file made for this chip and flash size. If you are sure, write it anyway with --force: the device may not start afterwards, so keep your backup.");
    return d;
}

}  // namespace fw::esp
