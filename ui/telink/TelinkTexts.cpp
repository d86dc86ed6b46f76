#include "ui/telink/TelinkTexts.h"

#include "ui/WizardPage.h"

#include <QCoreApplication>
#include <QLocale>

namespace fw::ui {

using fw::telink::TelinkFileFormat;

QString TelinkTexts::battery(const fw::telink::TelinkIdentity &id)
{
    const QString volts = id.batteryMv ? QLocale().toString(*id.batteryMv / 1000.0, 'f', 2) : QString();
    if (id.batteryPercent && id.batteryMv)
        return QCoreApplication::translate("fw::ui::TelinkTexts", "%1 % (%2 V)").arg(*id.batteryPercent).arg(volts);
    if (id.batteryPercent)
        return QCoreApplication::translate("fw::ui::TelinkTexts", "%1 %").arg(*id.batteryPercent);
    if (id.batteryMv)
        return QCoreApplication::translate("fw::ui::TelinkTexts", "%1 V").arg(volts);
    return QCoreApplication::translate("fw::ui::TelinkTexts", "not reported by this firmware");
}

QString TelinkTexts::updateMethod(const fw::telink::TelinkIdentity &id)
{
    if (!id.hasOta)
        return QCoreApplication::translate("fw::ui::TelinkTexts",
                                           "none over Bluetooth: this firmware has no update service. It can be "
                                           "flashed by wire.");
    if (id.extendedOta)
        return QCoreApplication::translate("fw::ui::TelinkTexts",
                                           "Bluetooth update, also of Zigbee files and files up to 208 KB "
                                           "(pvvx's extended update)");
    return QCoreApplication::translate("fw::ui::TelinkTexts", "Bluetooth update of files up to 128 KB");
}

QString TelinkTexts::firmwareOnHardware(const QString &firmware, const QString &hardware)
{
    if (hardware.isEmpty())
        return firmware;
    return QCoreApplication::translate("fw::ui::TelinkTexts", "%1 on hardware %2").arg(firmware, hardware);
}

QString TelinkTexts::fileFacts(const fw::telink::TelinkFileVerdict &verdict, qint64 fileSize)
{
    const QString size = WizardPage::flashBytes(fileSize);
    if (verdict.zigbee) {
        const auto &z = *verdict.zigbee;
        return QCoreApplication::translate("fw::ui::TelinkTexts",
                                           "Zigbee update file for manufacturer %1, image type %2, version %3, %4")
            .arg(QStringLiteral("0x%1").arg(z.manufacturerCode, 4, 16, QLatin1Char('0')),
                 QStringLiteral("0x%1").arg(z.imageType, 4, 16, QLatin1Char('0')),
                 QStringLiteral("0x%1").arg(z.fileVersion, 8, 16, QLatin1Char('0')), size);
    }
    switch (verdict.format) {
    case TelinkFileFormat::TelinkBin:
        if (verdict.bin.hasXiaomiSignature)
            return QCoreApplication::translate("fw::ui::TelinkTexts", "Xiaomi firmware signed by Xiaomi, %1").arg(size);
        if (verdict.bin.kind == fw::telink::TelinkImageKind::PvvxBle)
            return QCoreApplication::translate("fw::ui::TelinkTexts", "pvvx Bluetooth firmware, %1").arg(size);
        return QCoreApplication::translate("fw::ui::TelinkTexts", "Telink firmware, version 0x%1, %2")
            .arg(QStringLiteral("%1").arg(verdict.bin.version, 8, 16, QLatin1Char('0')), size);
    case TelinkFileFormat::EspImage:
        return QCoreApplication::translate("fw::ui::TelinkTexts", "firmware for an ESP chip, not a thermometer, %1")
            .arg(size);
    case TelinkFileFormat::Archive:
        return QCoreApplication::translate("fw::ui::TelinkTexts", "an archive that still has to be unpacked, %1")
            .arg(size);
    case TelinkFileFormat::Empty:
        return QCoreApplication::translate("fw::ui::TelinkTexts", "an empty file");
    case TelinkFileFormat::ZigbeeOta:
    case TelinkFileFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("fw::ui::TelinkTexts", "not a firmware file Flashwright knows, %1").arg(size);
}

}  // namespace fw::ui
