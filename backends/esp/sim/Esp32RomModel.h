#pragma once
// The ESP32 boot ROM's serial loader: boot text at 115200, 4 status bytes, SPI_ATTACH before
// any flash access, compressed writes (ROM inflate), MD5 as hex text, 64-byte slow reads and
// CHANGE_BAUDRATE.

#include "esp/sim/EspRomModel.h"

#include <memory>

namespace fw::esp::sim {

class Esp32RomModel : public EspRomModel {
public:
    static constexpr qint32 kRomBaud = 115200;
    static constexpr quint32 kMagicRegister = 0x40001000;
    static constexpr quint32 kMagicValue = 0x00F01D83;
    static constexpr quint32 kEfuseBase = 0x3FF5A000;
    static constexpr quint32 kUartClkDiv = 0x3FF40014;
    static constexpr int kReadSlowMax = 64;
    // Not attached: flash commands fail with this error (the ROM cannot reach the chip).
    static constexpr quint8 kErrNotAttached = kErrFlashRead;

    struct Options {
        quint32 jedecId = 0xC84016;    // 4 MB
        Wiring wiring = Wiring::AutoReset;
        quint64 mac = 0x240AC4123456;  // 24:0A:C4:12:34:56
        double timeScale = 1.0;
        // The flasher stub is already running (left by an earlier session): no boot text, and
        // SYNC answers with value 0.
        bool stubRunning = false;
        // Fault: this FLASH_DATA / FLASH_DEFL_DATA frame (0-based, over the session) arrives
        // damaged, so the loader refuses it (0x07 from the ROM, 0xC1 from the stub).
        int corruptDataBlock = -1;
    };

    Esp32RomModel();
    explicit Esp32RomModel(const Options &options);
    ~Esp32RomModel() override;

    const Options &options() const { return m_options; }
    bool spiAttached() const { return m_attached; }
    // The baud fixed by CHANGE_BAUDRATE; 0 while the ROM still follows the host (auto-baud).
    qint32 changedBaud() const { return deviceBaud(); }

protected:
    QByteArray bootText(int resetCause, bool download) const override;
    QByteArray applicationText() const override;
    qint32 romBaud() const override { return kRomBaud; }
    int statusLength() const override { return 4; }
    void handle(const LoaderRequest &req) override;
    quint32 readRegister(quint32 address) const override;
    void onBoot() override;

private:
    struct Inflater;
    bool requireAttach(const LoaderRequest &req);
    void flashBegin(const LoaderRequest &req, bool compressed);
    void flashData(const LoaderRequest &req);
    void deflData(const LoaderRequest &req);
    void flashEnd(const LoaderRequest &req);
    void md5(const LoaderRequest &req);
    void readSlow(const LoaderRequest &req);
    void changeBaud(const LoaderRequest &req);
    qint64 eraseCost(qint64 offset, qint64 length);

    Options m_options;
    bool m_attached = false;
    bool m_flashActive = false;
    bool m_compressed = false;
    FlashBegin m_flashBegin;
    quint32 m_nextSeq = 0;
    qint64 m_writePos = 0;
    std::unique_ptr<Inflater> m_inflater;
};

}  // namespace fw::esp::sim
