#include "esp/EspIdentity.h"

#include <QCoreApplication>

namespace fw::esp {

QString chipKindName(ChipKind chip)
{
    switch (chip) {
    case ChipKind::Esp8266: return QStringLiteral("ESP8266");
    case ChipKind::Esp8285: return QStringLiteral("ESP8285");
    case ChipKind::Esp32: return QStringLiteral("ESP32");
    case ChipKind::Esp32S2: return QStringLiteral("ESP32-S2");
    case ChipKind::Esp32S3: return QStringLiteral("ESP32-S3");
    case ChipKind::Esp32C3: return QStringLiteral("ESP32-C3");
    case ChipKind::OtherEsp:
        return QCoreApplication::translate("fw::esp::EspIdentity", "Espressif chip");
    case ChipKind::Unknown: break;
    }
    return QCoreApplication::translate("fw::esp::EspIdentity", "unknown chip");
}

int imageChipIdFor(ChipKind chip)
{
    switch (chip) {
    case ChipKind::Esp32: return 0;
    case ChipKind::Esp32S2: return 2;
    case ChipKind::Esp32C3: return 5;
    case ChipKind::Esp32S3: return 9;
    default: return -1;
    }
}

QString EspIdentity::macCompact() const
{
    QString out = mac;
    out.remove(QLatin1Char(':'));
    return out.toUpper();
}

QString EspIdentity::flashSizeText() const
{
    constexpr qint64 kMb = 1024 * 1024;
    if (flashSize <= 0)
        return QCoreApplication::translate("fw::esp::EspIdentity", "unknown");
    if (flashSize >= kMb && flashSize % kMb == 0)
        return QCoreApplication::translate("fw::esp::EspIdentity", "%1 MB").arg(flashSize / kMb);
    return QCoreApplication::translate("fw::esp::EspIdentity", "%1 KB").arg(flashSize / 1024);
}

QString EspIdentity::loaderName() const
{
    switch (loader) {
    case LoaderKind::Esp8266Rom:
        return QCoreApplication::translate("fw::esp::EspIdentity", "ESP8266 boot ROM");
    case LoaderKind::Esp32Rom:
        return QCoreApplication::translate("fw::esp::EspIdentity", "%1 boot ROM")
            .arg(chip == ChipKind::Unknown ? QStringLiteral("ESP32") : chipKindName(chip));
    case LoaderKind::Stub:
        if (!stubBuild.isEmpty())
            return QCoreApplication::translate("fw::esp::EspIdentity", "flasher stub (Flashwright %1)")
                .arg(stubBuild.left(8));
        return QCoreApplication::translate("fw::esp::EspIdentity", "flasher stub");
    }
    return {};
}

QVariantMap EspIdentity::toVariant() const
{
    QVariantMap caps;
    caps.insert(QStringLiteral("readFlash"), this->caps.readFlash);
    caps.insert(QStringLiteral("eraseFlash"), this->caps.eraseFlash);
    caps.insert(QStringLiteral("md5"), this->caps.md5);
    caps.insert(QStringLiteral("compressed"), this->caps.compressed);
    caps.insert(QStringLiteral("changeBaud"), this->caps.changeBaud);

    QVariantMap m;
    m.insert(QStringLiteral("chip"), chipKindName(chip));
    m.insert(QStringLiteral("chipDescription"), chipDescription);
    m.insert(QStringLiteral("magic"), QStringLiteral("0x%1").arg(magic, 8, 16, QLatin1Char('0')));
    m.insert(QStringLiteral("mac"), mac);
    m.insert(QStringLiteral("flashJedecId"),
             QStringLiteral("%1").arg(flashJedecId, 6, 16, QLatin1Char('0')).toUpper());
    m.insert(QStringLiteral("flashSize"), flashSize);
    m.insert(QStringLiteral("flashSizeText"), flashSizeText());
    m.insert(QStringLiteral("crystalMhz"), crystalMhz);
    m.insert(QStringLiteral("loader"), loader == LoaderKind::Stub         ? QStringLiteral("stub")
                                       : loader == LoaderKind::Esp32Rom ? QStringLiteral("esp32-rom")
                                                                        : QStringLiteral("esp8266-rom"));
    m.insert(QStringLiteral("loaderName"), loaderName());
    m.insert(QStringLiteral("stubBuild"), stubBuild);
    m.insert(QStringLiteral("caps"), caps);
    m.insert(QStringLiteral("moduleGuess"), moduleGuess);
    m.insert(QStringLiteral("imageChipId"), imageChipIdFor(chip));
    return m;
}

}  // namespace fw::esp
