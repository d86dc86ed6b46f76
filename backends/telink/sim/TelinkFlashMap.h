#pragma once
// The 512 KiB SPI flash of a TLSR8251 in a LYWSD03MMC: erase by 4 KiB sectors, program by
// clearing bits only, and the boot choice by the "KNLT" mark of the banks (telink.md §1.4, §5.4).

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace fw::telink::sim {

class TelinkFlashMap {
public:
    static constexpr quint32 Size = 0x80000;
    static constexpr quint32 SectorSize = 0x1000;
    static constexpr quint32 Bank0 = 0x00000;
    static constexpr quint32 Bank1 = 0x20000;     // the standard OTA's second bank
    static constexpr quint32 ExtBank = 0x40000;   // pvvx extended OTA, also the pvvx log
    static constexpr quint32 BankSize = 0x20000;
    static constexpr quint32 HwStringAddress = 0x55000;
    static constexpr quint32 MacAddress = 0x76000;
    static constexpr quint32 BootFlagOffset = 0x08;
    static constexpr char BootFlag = 0x4B;        // 'K' of "KNLT"

    TelinkFlashMap();

    const QByteArray &data() const { return m_data; }
    QByteArray read(quint32 address, qint64 length) const;
    bool isBlank(quint32 address, qint64 length) const;

    // Erases every sector the range touches.
    void erase(quint32 address, qint64 length);
    // Programming only clears bits: writing over data that was not erased corrupts it.
    void program(quint32 address, const QByteArray &bytes);
    // Factory programming (a wired writer erases first): the bytes land exactly as given.
    void load(quint32 address, const QByteArray &bytes);

    // The bank the boot code starts: the first of 0x00000, 0x20000, 0x40000 marked "KNLT".
    std::optional<quint32> bootBank() const;
    bool isBootable(quint32 bank) const;
    void setBootFlag(quint32 bank);
    void clearBootFlag(quint32 bank);  // byte 8 programmed to 0x00: "replaced"
    // The image in a bank as its size field describes it (clamped to the flash), or empty.
    QByteArray imageAt(quint32 bank) const;
    quint32 imageSizeAt(quint32 bank) const;

private:
    QByteArray m_data;
};

}  // namespace fw::telink::sim
