#pragma once
// Identifies the chip behind a synced loader: magic register → chip, eFuses → MAC and ESP8285,
// UART divider → crystal, SPI user command 0x9F → flash JEDEC id and size; and attaches the
// flash so later flash commands work. The decoding rules are static, for tests.

#include "core/Job.h"
#include "esp/EspIdentity.h"
#include "esp/EspLoader.h"

namespace fw::esp {

class EspChipProbe {
public:
    static constexpr quint32 kMagicRegister = 0x40001000;
    static constexpr quint32 kEsp8266Efuse = 0x3FF00050;  // four words, MAC0..MAC3
    static constexpr quint32 kEsp32Efuse = 0x3FF5A000;
    static constexpr quint32 kEsp8266UartClkDiv = 0x60000014;
    static constexpr quint32 kEsp32UartClkDiv = 0x3FF40014;
    static constexpr quint32 kEsp8266Spi = 0x60000200;
    static constexpr quint32 kEsp32Spi = 0x3FF42000;

    explicit EspChipProbe(EspLoader &loader);

    // `syncKind` is what the SYNC reply said (status length, or a running stub). Sets the
    // loader's kind to the identified one, and leaves the flash attached with its size set.
    EspIdentity identify(fw::core::JobContext &ctx, LoaderKind syncKind);
    // SPI_ATTACH (ESP32), FLASH_BEGIN(0, 0) (ESP8266 ROM), then SPI_SET_PARAMS when the loader
    // takes it and the size is known. Needed again after every reset.
    void attachFlash(const EspIdentity &id);
    // Manufacturer << 16 | type << 8 | capacity; 0 when the flash does not answer.
    quint32 readJedecId(ChipKind chip);

    static ChipKind chipForMagic(quint32 magic);
    // The MAC from the ESP8266's OTP words (esp.md §1.8); empty for an OUI we cannot tell.
    static QString esp8266Mac(quint32 mac0, quint32 mac1, quint32 mac3);
    static bool isEsp8285(quint32 word0, quint32 word2);
    static QString esp32Mac(quint32 word1, quint32 word2);
    // 256 KB..16 MB for capacity codes 0x12..0x18 and 0x32..0x38; 0 = unknown.
    static qint64 flashSizeForCapacity(quint8 code);
    // 26 or 40 from the UART divider and the baud it divides to; 0 when implausible.
    static int crystalMhz(quint32 clkDivRegister, qint32 baud, ChipKind chip);
    static LoaderCaps capsFor(LoaderKind loader);
    // "TYWE3S (ESP8266, 1 MB)" for the Tuya modules that fit; empty otherwise.
    static QString moduleGuess(const EspIdentity &id);
    static QString macText(quint64 mac);

private:
    void readEsp8266(EspIdentity &id);
    void readEsp32(EspIdentity &id);
    void readCrystal(EspIdentity &id);
    void readFlash(fw::core::JobContext &ctx, EspIdentity &id);

    EspLoader &m_loader;
};

}  // namespace fw::esp
