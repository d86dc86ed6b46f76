#pragma once
// The ESP8266 boot ROM's serial loader (a Tuya TYWE3S by default): boot text at 74880, eight
// SYNC replies, opcodes 0x02-0x0A only, 2 status bytes, and FLASH_BEGIN's over-erase.

#include "esp/sim/EspRomModel.h"

namespace fw::esp::sim {

class Esp8266RomModel : public EspRomModel {
public:
    static constexpr qint32 kRomBaud = 74880;
    static constexpr quint32 kMagicRegister = 0x40001000;
    static constexpr quint32 kMagicValue = 0xFFF0C101;
    static constexpr quint32 kEfuseBase = 0x3FF00050;
    static constexpr quint32 kUartClkDiv = 0x60000014;
    static constexpr quint32 kRomFlashWriteSize = 0x400;

    struct Options {
        quint32 jedecId = 0xC84014;   // TYWE3S modules carry 1 MB
        Wiring wiring = Wiring::AutoReset;
        bool esp8285 = false;         // flash in the package; eFuse bit 4 set
        quint64 mac = 0x84F3EBC242D5; // 84:F3:EB:C2:42:D5
        double timeScale = 1.0;       // flash timing; 0 = instant
        // The flasher stub is already running (left by an earlier session): no boot text, and
        // SYNC answers with value 0.
        bool stubRunning = false;
        // Fault: this FLASH_DATA / FLASH_DEFL_DATA frame (0-based, over the session) arrives
        // damaged, so the loader refuses it (0x07 from the ROM, 0xC1 from the stub).
        int corruptDataBlock = -1;
    };

    Esp8266RomModel();
    explicit Esp8266RomModel(const Options &options);

    // Sectors the ROM erases for FLASH_BEGIN(eraseSize, offset): the head sectors up to the
    // next 64 KiB boundary are counted twice, which is why hosts send a corrected size.
    static qint64 romEraseLength(qint64 offset, qint64 eraseSize);
    // The eFuse words at 0x3FF00050..5C for a MAC (OUI in word 3).
    static quint32 efuseWord(quint64 mac, bool esp8285, int index);

    const Options &options() const { return m_options; }
    // Last FLASH_BEGIN: what the ROM actually erased.
    qint64 lastEraseOffset() const { return m_lastEraseOffset; }
    qint64 lastEraseLength() const { return m_lastEraseLength; }

protected:
    QByteArray bootText(int resetCause, bool download) const override;
    QByteArray applicationText() const override;
    qint32 romBaud() const override { return kRomBaud; }
    int statusLength() const override { return 2; }
    void handle(const LoaderRequest &req) override;
    quint32 readRegister(quint32 address) const override;
    // Uploaded stubs run as our own stub's portable core (EspPortableStub).
    std::unique_ptr<EspStub> makeStub(EspStubHost &host) override;

private:
    void flashBegin(const LoaderRequest &req);
    void flashData(const LoaderRequest &req);
    void flashEnd(const LoaderRequest &req);

    Options m_options;
    bool m_flashActive = false;
    FlashBegin m_flashBegin;
    qint64 m_lastEraseOffset = -1;
    qint64 m_lastEraseLength = 0;
};

}  // namespace fw::esp::sim
