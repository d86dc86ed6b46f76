#pragma once
// Sends one contiguous range of flash to the loader: FLASH_BEGIN or FLASH_DEFL_BEGIN, the data
// blocks (three tries each) and, on a stub, the END that commits the last block. A range whose
// blocks keep failing starts again from its BEGIN, the last time uncompressed.

#include "core/Diagnosis.h"
#include "core/Job.h"
#include "esp/EspIdentity.h"
#include "esp/EspLoader.h"

#include <QByteArray>

#include <exception>

namespace fw::esp {

class EspFlashWriter {
public:
    static constexpr int RomBlockSize = 0x400;
    static constexpr int StubBlockSize = 0x4000;
    static constexpr int RangeAttempts = 3;  // the first pass and two restarts

    EspFlashWriter(EspLoader &loader, const EspIdentity &identity, fw::core::JobContext &ctx);

    // Writes `data` at `address` (4 KiB aligned). `packed` is the zlib stream of data when a
    // compressed write is wanted, else empty. Progress goes to ctx as progressBase + bytes of
    // this range done. Returns the payload bytes sent (compressed where compressed).
    qint64 writeRange(qint64 address, const QByteArray &data, const QByteArray &packed,
                      qint64 progressBase);

    int blockSize() const;
    bool isStub() const { return m_identity.loader == LoaderKind::Stub; }
    int blocksResent() const { return m_blocksResent; }
    int rangesRestarted() const { return m_rangesRestarted; }

private:
    struct BlockFailure : std::exception {
        BlockFailure(fw::core::Diagnosis d, qint64 at, bool begin)
            : last(std::move(d)), address(at), duringBegin(begin) {}
        const char *what() const noexcept override { return "block failed"; }
        fw::core::Diagnosis last;
        qint64 address;
        bool duringBegin;
    };

    qint64 writePlain(qint64 address, const QByteArray &data, qint64 progressBase);
    qint64 writeCompressed(qint64 address, const QByteArray &data, const QByteArray &packed,
                           qint64 progressBase);
    // Whether a block may simply be sent again. A ROM writes an uncompressed block where its
    // sequence number says, so sending it twice is harmless. A stub writes blocks one after the
    // other and an inflater takes each block once: those may be resent only when the loader
    // refused them on arrival; after a lost answer the range starts over instead.
    enum class Resend { Always, OnlyIfRefused };
    // One command with retries; a final failure becomes a BlockFailure for the range loop.
    void send(const Command &cmd, int timeoutMs, qint64 address, bool begin, Resend resend = Resend::Always);
    bool refusedOnArrival(const fw::core::Diagnosis &d) const;
    // Stubs write the last block after acknowledging it: END (stay in the loader) commits it.
    void endOnStub(bool compressed, int timeoutMs, qint64 address);
    bool withEncryptWord() const;
    fw::core::Diagnosis failure(const BlockFailure &f) const;

    EspLoader &m_loader;
    const EspIdentity &m_identity;
    fw::core::JobContext &m_ctx;
    int m_blocksResent = 0;
    int m_rangesRestarted = 0;
};

}  // namespace fw::esp
