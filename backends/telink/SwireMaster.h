#pragma once
// The SWire master on a USB-UART adapter: register reads and writes of a TLSR825x through its SWS
// pin, and the chip's SPI flash driven through its SPI registers (JEDEC id, erase, program, read).

#include "core/Job.h"
#include "core/Link.h"
#include "telink/SwireCodec.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <functional>

namespace fw::telink {

class SwireMaster {
public:
    // Registers (telink.md §5.3).
    static constexpr quint32 RegSpiData = 0x000C;
    static constexpr quint32 RegSpiControl = 0x000D;
    static constexpr quint32 RegReset = 0x006F;
    static constexpr quint32 RegSwsSpeed = 0x00B2;
    static constexpr quint32 RegSwsMode = 0x00B3;
    static constexpr quint32 RegCpu = 0x0602;
    static constexpr quint32 RegPc = 0x06BC;
    static constexpr quint8 SpiCsHigh = 0x01;
    static constexpr quint8 SpiCsLow = 0x00;
    static constexpr quint8 SpiAutoRead = 0x0A;  // each read of the data register clocks the next byte
    static constexpr quint8 SwsFifoMode = 0x80;  // multi-byte accesses stay on one address
    static constexpr quint8 CpuStop = 0x05;
    static constexpr quint8 CpuGo = 0x88;
    static constexpr quint8 SoftReset = 0x20;

    static constexpr int PageSize = 256;
    static constexpr int SectorSize = 4096;
    // Above this baud USB-UART chips stall between USB packets; writes then go in chunks of a
    // whole number of SWire frames that fit one 64-byte packet.
    static constexpr qint32 ChunkAboveBaud = 460800;
    static constexpr int ChunkBytes = 60;

    struct ReadOutcome {
        SwireCodec::ReplyStatus status = SwireCodec::ReplyStatus::Silent;
        QByteArray data;     // the bytes read before any failure
        QByteArray badReply; // the UART bytes of the first reply that did not decode
        bool ok() const { return status == SwireCodec::ReplyStatus::Ok; }
    };

    SwireMaster(fw::core::ByteLink &link, const fw::core::JobContext &ctx);

    // ---- wire ----
    // Sends UART bytes, never more than a window ahead of their echo; above 460800 Bd in
    // 60-byte chunks, each on the wire before the next is handed over.
    void send(const QByteArray &uartBytes);
    // Waits until everything sent has come back on RX. Throws telink.swire.no_echo or
    // telink.swire.echo_garbled.
    void settle();
    // Activation: the board may be without power (its pad then holds the line low and nothing
    // comes back), so sending is paced by the clock and the echo is thrown away. Switching
    // back waits for the wire to run empty and starts from a clean input.
    void setEchoChecked(bool checked);
    // Drops pending echo and input (after a failed read, or after activation).
    void resync();
    enum class EchoProbe { Ok, Silent, Garbled };
    // Sends two END frames (harmless to the chip) and compares what comes back.
    EchoProbe probeEcho();

    // ---- registers ----
    void writeRegisters(quint32 address, const QByteArray &data);
    void writeRegister(quint32 address, quint8 value) { writeRegisters(address, QByteArray(1, char(value))); }
    // Reads `count` bytes (address auto-increments unless FIFO mode). Never throws for a bad
    // reply: the outcome says what came back.
    ReadOutcome tryRead(quint32 address, int count);
    // Like tryRead, throwing telink.swire.* diagnoses.
    QByteArray read(quint32 address, int count);

    // ---- SPI flash (the SWS interface in FIFO mode for the whole session) ----
    void beginFlashAccess();
    void endFlashAccess();
    void flashWake();
    quint32 readJedecId();  // manufacturer << 16 | type << 8 | capacity
    quint8 readFlashStatus();
    // Polls the status register until WIP clears (CS stays low on it); throws telink.flash.timeout.
    void waitFlashReady(int timeoutMs);
    // Clears the block-protect bits when any are set; throws telink.flash.protected if they stay.
    void unprotectFlash();
    void eraseSector(quint32 address);
    // One page program (data within one 256-byte page); waits until the flash is ready.
    void programPage(quint32 address, const QByteArray &data);
    // Reads in chunks; progress(bytesDone) after each chunk. A garbled chunk is read again
    // (twice) before the read fails.
    QByteArray readFlash(quint32 address, int length, const std::function<void(qint64)> &progress = {});

    qint64 uartBytesSent() const { return m_sent; }
    int replyTimeoutMs() const { return m_replyTimeoutMs; }
    void setReplyTimeoutMs(int ms) { m_replyTimeoutMs = ms; }

private:
    void readEcho(int waitMs);
    // Sends END twice (harmless anywhere) and drops everything received up to their echo, so
    // what comes next is in step again even when late bytes were still on their way.
    void resyncBehindEnd();
    int echoTimeoutMs() const;
    bool collect(int count, int timeoutMs);
    // One read transaction of up to maxCount bytes; stops early once stop(byte) is true.
    ReadOutcome readStream(quint32 address, int maxCount, const std::function<bool(quint8)> &stop);
    [[noreturn]] void throwFor(const ReadOutcome &o, quint32 address) const;
    QByteArray tx(quint32 address, std::initializer_list<quint8> bytes) const;
    void flashCommand(const QByteArray &spiBytes);

    fw::core::ByteLink &m_link;
    const fw::core::JobContext &m_ctx;
    QByteArray m_expect;  // sent, echo not seen yet
    QByteArray m_rx;      // received, not consumed yet
    bool m_echoChecked = true;
    QElapsedTimer m_clock;
    qint64 m_wireBusyUntilUs = 0;  // unchecked mode: when the wire will have sent everything
    qint64 m_lastDiscardMs = 0;
    bool m_fifo = false;
    qint64 m_sent = 0;
    int m_replyTimeoutMs = 250;  // quiet time after the last byte before a reply counts as short
};

}  // namespace fw::telink
