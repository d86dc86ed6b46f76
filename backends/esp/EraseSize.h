#pragma once
// The erase size to put in an ESP8266 ROM FLASH_BEGIN. That ROM erases more than it is asked to,
// so the host asks for less; stubs and ESP32-family ROMs take the true size.

#include <QtGlobal>

namespace fw::esp {

class EraseSize {
public:
    static constexpr quint32 SectorSize = 0x1000;
    static constexpr quint32 SectorsPerBlock = 16;  // one 64 KiB erase block

    // The value that makes the ESP8266 ROM erase exactly the sectors covering [offset, offset+size).
    static quint32 forEsp8266Rom(quint32 offset, quint32 size);
};

}  // namespace fw::esp
