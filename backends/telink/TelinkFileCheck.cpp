#include "telink/TelinkFileCheck.h"

#include <QCoreApplication>

namespace fw::telink {

namespace {

using fw::core::Diagnosis;
using Sev = TelinkFinding::Severity;

QString kib(qint64 bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1);
}

// Turns a structural error found while reading the file into what the user reads. The
// finding's own sentence (with the numbers) goes first among the causes.
Diagnosis structuralDiagnosis(const TelinkFinding &f)
{
    Diagnosis d;
    d.code = f.code;
    d.causes << f.message;
    const QString redownload = QCoreApplication::translate(
        "fw::telink::TelinkFileCheck",
        "Download the firmware again from its official page, check that the download finished, and choose the new file.");
    if (f.code == QLatin1String("telink.file.too_small") || f.code == QLatin1String("telink.file.truncated")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The firmware file is incomplete.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The download stopped early or the file was cut while copying.");
        d.nextStep = redownload;
    } else if (f.code == QLatin1String("telink.file.bad_signature")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The firmware file has a damaged header, so the device would reject it.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The file was changed or damaged after it was built.")
                 << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "It is a raw flash dump or a file for another device, not an OTA firmware.");
        d.nextStep = redownload;
    } else if (f.code == QLatin1String("telink.file.boot_flag_cleared")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "This firmware copy is marked as replaced and would never start.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The file was read back from the device's spare firmware area after an update.");
        d.nextStep = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                 "Use the original firmware file (for example ATC_v58.bin from the pvvx releases) instead of a read-back copy.");
    } else if (f.code == QLatin1String("telink.file.bad_size_alignment")
               || f.code == QLatin1String("telink.file.size_mismatch")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The size written inside the firmware file does not match the file.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "Data was added to or cut from the file after it was built.")
                 << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The file was built without the Telink post-build step that seals the size and checksum.");
        d.nextStep = redownload;
    } else if (f.code == QLatin1String("telink.file.bad_crc")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The firmware file is damaged: its checksum does not match its content.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The download was corrupted or the file was edited.");
        d.nextStep = redownload;
    } else if (f.code == QLatin1String("telink.file.zigbee_not_telink")) {
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "This Zigbee update file is for a different device, not a Telink thermometer.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "Zigbee update collections hold files for many brands; this one was picked by mistake.");
        d.nextStep = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                 "Choose a .zigbee file made for the LYWSD03MMC, for example one from pvvx/ZigbeeTLc (image type 020a).");
    } else {  // telink.file.zigbee_bad_header and anything added later
        d.summary = QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The Zigbee update file has a damaged header.");
        d.causes << QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                "The file was corrupted during download or is not a Zigbee OTA file.");
        d.nextStep = redownload;
    }
    return d;
}

void refuseForFormat(TelinkFileVerdict &v)
{
    Diagnosis d;
    switch (v.format) {
    case TelinkFileFormat::Empty:
        d = {QStringLiteral("telink.file.empty"),
             QCoreApplication::translate("fw::telink::TelinkFileCheck", "The firmware file is empty."),
             {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                          "The download failed or saved nothing.")},
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "Download the firmware again and choose the new file.")};
        break;
    case TelinkFileFormat::EspImage:
        d = {QStringLiteral("telink.file.esp_image"),
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "This is firmware for an ESP8266/ESP32 chip, not for a Telink thermometer."),
             {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                          "The file starts with 0xE9, the mark of ESP images (Tasmota, ESPHome, ...).")},
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "Choose a Telink firmware such as ATC_v58.bin, or flash this file to an ESP device instead.")};
        break;
    case TelinkFileFormat::Archive:
        d = {QStringLiteral("telink.file.archive"),
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "This is a compressed archive, not a firmware image."),
             {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                          "Firmware releases are often shipped as .zip or .gz files.")},
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "Unpack the archive and choose the .bin or .zigbee file inside it.")};
        break;
    default:
        d = {QStringLiteral("telink.file.not_telink"),
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "This file is not a Telink firmware image."),
             {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                          "It has neither the Telink signature \"KNLT\" nor a Zigbee OTA header."),
              QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                          "A web page or error message may have been saved instead of the firmware.")},
             QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                         "Download the firmware again (for example ATC_v58.bin) and choose the .bin or .zigbee file.")};
        break;
    }
    v.refusals.append(d);
}

}  // namespace

TelinkFileVerdict TelinkFileCheck::check(const QByteArray &file, TelinkTarget target,
                                         TelinkDeviceFirmware device)
{
    TelinkFileVerdict v;
    v.format = TelinkImage::sniff(file);
    QList<TelinkFinding> findings;
    QByteArray payload;

    if (v.format == TelinkFileFormat::ZigbeeOta) {
        v.zigbee = TelinkImage::parseZigbee(file);
        findings = v.zigbee->findings;
        if (v.zigbee->wrapsTelinkImage) {
            v.bin = v.zigbee->inner;
            findings += v.bin.findings;
            payload = v.zigbee->upgradeImage(file);
        }
    } else if (v.format == TelinkFileFormat::TelinkBin) {
        v.bin = TelinkImage::parseBin(file);
        findings = v.bin.findings;
        payload = file;
    } else {
        refuseForFormat(v);
        return v;
    }

    for (const TelinkFinding &f : findings) {
        if (f.severity == Sev::Error) {
            // One diagnosis per code: a bad size also spoils alignment and CRC.
            bool seen = false;
            for (const Diagnosis &d : v.refusals)
                seen = seen || d.code == f.code;
            if (!seen)
                v.refusals.append(structuralDiagnosis(f));
        } else {
            v.notes << f.message;
        }
    }
    if (!v.refusals.isEmpty())
        return v;

    const bool isZigbee = v.zigbee.has_value();
    const qint64 size = payload.size();
    const bool extOtaKnownMissing = device == TelinkDeviceFirmware::Stock
        || device == TelinkDeviceFirmware::StockSignedOnly || device == TelinkDeviceFirmware::Custom;

    if (isZigbee && size < ZigbeeMinimumPayload)
        v.refusals.append({QStringLiteral("telink.file.too_small"),
                           QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                       "The Zigbee update file holds too small an image to be a real firmware."),
                           {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                        "The image inside has %1 bytes; real firmware has at least 2048.")
                                .arg(size)},
                           QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                       "Download the .zigbee file again from its official page.")});

    if (target == TelinkTarget::StandardOta) {
        if (isZigbee) {
            v.refusals.append({QStringLiteral("telink.file.zigbee_needs_ext_ota"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "A .zigbee file can only be installed through the pvvx extended update."),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "The standard update can only replace the firmware with another Bluetooth firmware of at most 128 KiB; Zigbee firmware is written to a different area.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "First install the custom pvvx firmware (ATC_v58.bin, version 4.6 or newer), reconnect, then choose this .zigbee file again.")});
        } else if (size > StandardOtaLimit) {
            v.refusals.append({QStringLiteral("telink.file.too_big_for_standard_ota"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "This firmware is too big for the standard update (%1 KiB, at most 128 KiB).")
                                   .arg(kib(size)),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "A larger file would overwrite the running firmware and could leave the thermometer dead.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Install the custom pvvx firmware (4.6 or newer) first; it offers the extended update that takes files up to 208 KiB.")});
        }
        // 2.1.1_0159 checks the Xiaomi signature itself and rejects anything else.
        if (!isZigbee && device == TelinkDeviceFirmware::StockSignedOnly && !v.bin.hasXiaomiSignature)
            v.refusals.append({QStringLiteral("telink.file.needs_signed_image"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "The thermometer's Xiaomi firmware (2.1.1_0159 or newer) only accepts firmware signed by Xiaomi."),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "This file carries no Xiaomi signature, so the thermometer would refuse it at the end of the transfer.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Flash the signed Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin first, reconnect, then flash this file.")});
    } else {
        if (extOtaKnownMissing)
            v.refusals.append({QStringLiteral("telink.file.ext_ota_unavailable"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "The firmware on the thermometer has no extended update."),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "Only the custom pvvx firmware 4.6 or newer offers it; Xiaomi and atc1441 firmware do not.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Install the custom pvvx firmware (ATC_v58.bin) with the standard update first, reconnect, then try again.")});
        // The extended update runs the image from 0x40000 and relies on it moving itself to
        // 0x00000 on first start (pvvx "big_to_low_ota"). Stock firmware does not, so it is
        // only ever sent through the standard update, as TelinkMiFlasher does.
        if (v.bin.hasXiaomiSignature)
            v.refusals.append({QStringLiteral("telink.file.signed_stock_via_ext_ota"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Signed Xiaomi firmware cannot be installed through the extended update."),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "The extended update is meant for custom and Zigbee firmware that can move itself into place; the Xiaomi firmware cannot.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Choose the standard update to return to the Xiaomi firmware.")});
        if (size >= ExtendedOtaLimit)
            v.refusals.append({QStringLiteral("telink.file.too_big_for_ext_ota"),
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "This firmware is too big even for the extended update (%1 KiB, less than 208 KiB allowed).")
                                   .arg(kib(size)),
                               {QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                            "The thermometer has no room for a larger image next to its settings and keys.")},
                               QCoreApplication::translate("fw::telink::TelinkFileCheck",
                                                           "Check that the file is meant for this thermometer model; if it is, it can only be written over wires (SWire).")});
    }

    if (v.refusals.isEmpty())
        v.payload = payload;
    return v;
}

}  // namespace fw::telink
