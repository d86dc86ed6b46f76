#pragma once
// The flasher stub that esptool uploads (legacy stub, esp.md §1.1, §1.2, §4), as both simulated
// ESPs run it: 2-byte status with the error in byte 0, 16 KiB blocks erased just in time,
// zlib writes, erase, READ_FLASH with acknowledgements, raw MD5 and baud changes.

#include "esp/sim/EspStub.h"
#include "esp/sim/LoaderRequest.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <functional>
#include <memory>

namespace fw::esp::sim {

class EspStubHost;

class EspStubModel : public EspStub {
public:
    static constexpr quint32 kMaxBlock = 0x4000;
    static constexpr qint64 kDefaultParamsSize = 16 * 1024 * 1024;  // SPIParamCfg at start-up

    // Status codes (byte 0 of the 2 status bytes).
    static constexpr quint8 kOk = 0x00;
    // The stub folds the result of most parameter checks into a C boolean, so ERASE_REGION,
    // MD5, SPI_ATTACH, SPI_SET_PARAMS, MEM_BEGIN/END and FLASH_BEGIN with a wrong length answer 1.
    static constexpr quint8 kFailed = 0x01;
    static constexpr quint8 kBadDataLen = 0xC0;
    static constexpr quint8 kBadChecksum = 0xC1;
    static constexpr quint8 kBadBlockSize = 0xC2;
    static constexpr quint8 kInvalidCommand = 0xC3;
    static constexpr quint8 kFailedSpiOp = 0xC4;
    static constexpr quint8 kFailedSpiUnlock = 0xC5;
    static constexpr quint8 kNotInFlashMode = 0xC6;
    static constexpr quint8 kInflateError = 0xC7;
    static constexpr quint8 kNotEnoughData = 0xC8;
    static constexpr quint8 kTooMuchData = 0xC9;
    static constexpr quint8 kNotImplemented = 0xFF;
    // Second status byte of the answer to an oversized frame.
    static constexpr quint8 kOversizeMarker = 0xEE;

    explicit EspStubModel(EspStubHost &host);
    ~EspStubModel() override;
    EspStubModel(const EspStubModel &) = delete;
    EspStubModel &operator=(const EspStubModel &) = delete;

    void start(bool greet) override;
    void onFrame(const QByteArray &frame) override;

    bool inFlashMode() const { return m_write.active; }
    bool readingFlash() const { return m_read != nullptr; }
    // Flash size as SPI_SET_PARAMS last set it; reads and writes beyond it fail.
    qint64 paramsFlashSize() const { return m_paramsSize; }
    int requestsHandled() const { return m_requests; }

    // "FLASH_BEGIN", "READ_FLASH", ... for logs; "0x5A" for an unknown opcode.
    static QString opcodeName(quint8 opcode);

private:
    struct Inflater;
    struct ReadJob;
    struct WriteState {
        bool active = false;
        qint64 nextWrite = 0;
        qint64 remaining = 0;
        qint64 nextEraseSector = 0;
        qint64 remainingEraseSectors = 0;
        quint8 lastError = 0;
        qint64 compressedRemaining = 0;
        qint64 written = 0;
    };

    void reply(const LoaderRequest &req, quint8 error, quint32 value = 0,
               const QByteArray &payload = {}, qint64 costUs = 0, std::function<void()> after = {});
    void handle(const LoaderRequest &req);
    void sync(const LoaderRequest &req);
    void writeReg(const LoaderRequest &req);
    void memData(const LoaderRequest &req);
    void memEnd(const LoaderRequest &req);
    void flashBegin(const LoaderRequest &req, bool compressed);
    void flashData(const LoaderRequest &req);
    void flashEnd(const LoaderRequest &req);
    void md5(const LoaderRequest &req);
    void eraseRegion(const LoaderRequest &req);
    void readFlash(const LoaderRequest &req);

    // The stub's write path: erase ahead as far as the data reaches, then program.
    qint64 writeData(const QByteArray &data);
    qint64 startNextErase();
    qint64 inflateData(const QByteArray &data);
    void pumpRead();
    void readAck(const QByteArray &frame);
    void finishRead();
    qint64 md5CostUs(qint64 bytes) const;

    EspStubHost &m_host;
    qint64 m_paramsSize = kDefaultParamsSize;
    WriteState m_write;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_inflateOut;  // output waiting until 32 KiB are ready, as in the stub
    std::unique_ptr<ReadJob> m_read;
    bool m_memActive = false;
    qint64 m_memRemaining = 0;
    int m_requests = 0;
};

}  // namespace fw::esp::sim
