#include "ui/esp/EspModule.h"

#include "esp/EspIdentity.h"
#include "esp/ImageInfo.h"

#include <QCoreApplication>

namespace fw::ui {

QList<EspModule::Id> EspModule::all()
{
    return {Id::Tywe3s, Id::Tywe2s, Id::Esp8266Generic, Id::Esp32DevBoard};
}

QString EspModule::name(Id id)
{
    switch (id) {
    case Id::Tywe3s:
        return QStringLiteral("TYWE3S");
    case Id::Tywe2s:
        return QStringLiteral("TYWE2S");
    case Id::Esp8266Generic:
        return QCoreApplication::translate("fw::ui::EspModule", "ESP-01 or other ESP8266 module");
    case Id::Esp32DevBoard:
        return QCoreApplication::translate("fw::ui::EspModule", "ESP32 development board");
    }
    return {};
}

QString EspModule::description(Id id)
{
    switch (id) {
    case Id::Tywe3s:
        return QCoreApplication::translate("fw::ui::EspModule",
                                           "Tuya module in many plugs and switches (ESP8266, 1 or 2 MB)");
    case Id::Tywe2s:
        return QCoreApplication::translate("fw::ui::EspModule",
                                           "Small Tuya module in plugs and bulbs (ESP8285, 1 MB inside the chip)");
    case Id::Esp8266Generic:
        return QCoreApplication::translate("fw::ui::EspModule",
                                           "ESP-01, ESP-12 and similar bare modules with an ESP8266");
    case Id::Esp32DevBoard:
        return QCoreApplication::translate("fw::ui::EspModule",
                                           "A board with its own USB socket (DevKit, NodeMCU-32S, ...)");
    }
    return {};
}

QString EspModule::key(Id id)
{
    switch (id) {
    case Id::Tywe3s:
        return QStringLiteral("tywe3s");
    case Id::Tywe2s:
        return QStringLiteral("tywe2s");
    case Id::Esp8266Generic:
        return QStringLiteral("esp8266");
    case Id::Esp32DevBoard:
        return QStringLiteral("esp32-devboard");
    }
    return {};
}

std::optional<EspModule::Id> EspModule::fromKey(const QString &k)
{
    for (Id id : all())
        if (key(id) == k)
            return id;
    return std::nullopt;
}

bool EspModule::hasAutoReset(Id id)
{
    return id == Id::Esp32DevBoard;
}

bool EspModule::isEsp8266Family(Id id)
{
    return id != Id::Esp32DevBoard;
}

std::optional<quint8> EspModule::recommendedFlashMode(Id id)
{
    if (isEsp8266Family(id))
        return quint8(fw::esp::ImageInfo::Dout);
    return std::nullopt;
}

EspModule::Id EspModule::forDemo(const QString &demoName)
{
    if (demoName.startsWith(QLatin1String("esp32"), Qt::CaseInsensitive))
        return Id::Esp32DevBoard;
    return Id::Tywe3s;
}

std::optional<EspModule::Id> EspModule::suggestionFor(const fw::esp::EspIdentity &identity, Id chosen)
{
    using fw::esp::ChipKind;
    switch (identity.chip) {
    case ChipKind::Unknown:
        return std::nullopt;
    case ChipKind::Esp8266:
        if (chosen == Id::Tywe2s || chosen == Id::Esp32DevBoard)
            return Id::Tywe3s;
        return std::nullopt;
    case ChipKind::Esp8285:
        if (chosen == Id::Tywe3s || chosen == Id::Esp32DevBoard)
            return Id::Tywe2s;
        return std::nullopt;
    default:  // the ESP32 family
        return chosen == Id::Esp32DevBoard ? std::nullopt : std::optional<Id>(Id::Esp32DevBoard);
    }
}

}  // namespace fw::ui
