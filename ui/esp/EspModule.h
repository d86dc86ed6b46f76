#pragma once
// The boards the ESP wizard can show the wiring for (Tuya TYWE3S and TYWE2S, ESP-01 and other bare
// ESP8266 modules, ESP32 development boards): names, how they enter the loader, flash-mode advice.

#include <QList>
#include <QString>

#include <optional>

namespace fw::esp {
struct EspIdentity;
}

namespace fw::ui {

class EspModule {
public:
    enum class Id { Tywe3s, Tywe2s, Esp8266Generic, Esp32DevBoard };

    static QList<Id> all();
    static QString name(Id id);         // "TYWE3S", in the current language where it is words
    static QString description(Id id);  // one line: where it is found, which chip
    static QString key(Id id);          // stable id for settings: "tywe3s"
    static std::optional<Id> fromKey(const QString &key);

    // Dev boards carry a USB-serial chip and the DTR/RTS reset circuit; bare modules and Tuya
    // plugs need GPIO0 bridged to GND by hand.
    static bool hasAutoReset(Id id);
    static bool isEsp8266Family(Id id);
    // The flash mode that boots on this board whatever the image says (DOUT on the ESP8266/8285
    // Tuya modules, whose flash is often wired for two data lines only); nullopt: keep the file's.
    static std::optional<quint8> recommendedFlashMode(Id id);
    // The board a demo device simulates ("esp8266" -> TYWE3S), or the Tuya default.
    static Id forDemo(const QString &demoName);
    // The board that fits what the chip said, when the user's choice does not fit at all.
    static std::optional<Id> suggestionFor(const fw::esp::EspIdentity &identity, Id chosen);
};

}  // namespace fw::ui
