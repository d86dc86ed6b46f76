#include "telink/SwireMaster.h"

#include "core/Diagnosis.h"
#include "telink/TelinkRescueDiagnoses.h"

#include <QElapsedTimer>

#include <algorithm>

namespace fw::telink {

using fw::core::JobError;
using Status = SwireCodec::ReplyStatus;

namespace {

constexpr int kSliceMs = 20;        // longest single wait: cancel is answered well within 100 ms
constexpr int kEchoWindow = 2048;   // bytes sent ahead of their echo (about 22 ms at 921600 Bd)
constexpr int kEchoSlackMs = 500;   // USB adapters hand received bytes over in bursts
constexpr int kResyncTimeoutMs = 1000;
constexpr int kPlainWriteChunk = 1000;
constexpr int kUncheckedAheadMs = 40;  // activation: wire time queued ahead (a 4 KiB tty buffer at 921600)
constexpr int kUncheckedTailMs = 30;
constexpr int kReadChunk = 1024;
constexpr int kReadAttempts = 3;
constexpr int kStatusPulses = 64;   // status bytes per read transaction while polling
constexpr quint8 kWip = 0x01;
constexpr quint8 kBlockProtectBits = 0x1C;  // BP0..BP2

}  // namespace

SwireMaster::SwireMaster(fw::core::ByteLink &link, const fw::core::JobContext &ctx) : m_link(link), m_ctx(ctx)
{
    m_clock.start();
}

int SwireMaster::echoTimeoutMs() const
{
    const qint64 baud = std::max<qint64>(1200, m_link.baudRate());
    return kEchoSlackMs + int(qint64(m_expect.size()) * 10 * 1000 / baud);
}

void SwireMaster::send(const QByteArray &uartBytes)
{
    // Above 460800 Bd each chunk has to be out on the wire before the next one is handed over
    // (the flasher scripts drain the port after every 60 bytes); otherwise the USB driver packs
    // them into 64-byte packets and the adapter's pause between packets lands inside a frame.
    const bool chunked = m_link.baudRate() > ChunkAboveBaud;
    const int chunk = chunked ? ChunkBytes : kPlainWriteChunk;
    for (qsizetype at = 0; at < uartBytes.size(); at += chunk) {
        const QByteArray piece = uartBytes.mid(at, chunk);
        if (m_echoChecked) {
            const qsizetype window = chunked ? 0 : kEchoWindow;
            while (!m_expect.isEmpty() && m_expect.size() + piece.size() > window)
                readEcho(echoTimeoutMs());
        } else {
            // Paced by the clock: at most the window's worth of wire time ahead (none when chunked).
            const qint64 aheadUs = m_wireBusyUntilUs - m_clock.nsecsElapsed() / 1000;
            const qint64 allowedUs = chunked ? 0 : qint64(kUncheckedAheadMs) * 1000;
            if (aheadUs > allowedUs)
                m_ctx.sleep(int((aheadUs - allowedUs) / 1000) + 1);
        }
        m_ctx.checkCancel();
        m_link.write(piece);
        m_sent += piece.size();
        if (m_echoChecked) {
            m_expect += piece;
        } else {
            const qint64 baud = std::max<qint64>(1200, m_link.baudRate());
            m_wireBusyUntilUs = std::max(m_wireBusyUntilUs, m_clock.nsecsElapsed() / 1000)
                                + qint64(piece.size()) * 10 * 1'000'000 / baud;
            if (m_clock.elapsed() - m_lastDiscardMs > 500) {
                m_link.clearInput();  // the echo is not looked at: keep the buffer small
                m_lastDiscardMs = m_clock.elapsed();
            }
        }
    }
    if (m_echoChecked)
        readEcho(0);
}

void SwireMaster::readEcho(int waitMs)
{
    QElapsedTimer quiet;
    quiet.start();
    for (;;) {
        const qsizetype n = std::min(m_rx.size(), m_expect.size());
        if (n > 0) {
            if (m_echoChecked && m_rx.left(n) != m_expect.left(n)) {
                const QByteArray sent = m_expect.left(n);
                const QByteArray got = m_rx.left(n);
                resync();
                throw JobError(TelinkRescueDiagnoses::echoGarbled(m_link.name(), m_link.baudRate(), sent, got));
            }
            m_rx.remove(0, n);
            m_expect.remove(0, n);
        }
        if (m_expect.isEmpty())
            return;
        const qint64 left = qint64(waitMs) - quiet.elapsed();
        const QByteArray got = m_link.read(4096, int(std::clamp<qint64>(left, 0, kSliceMs)));
        m_ctx.checkCancel();
        if (!got.isEmpty()) {
            m_rx += got;
            quiet.restart();
            continue;
        }
        if (left > 0)
            continue;
        if (waitMs <= 0)
            return;
        const bool never = m_sent == m_expect.size();
        m_expect.clear();
        throw JobError(never ? TelinkRescueDiagnoses::noEcho(m_link.name())
                             : TelinkRescueDiagnoses::echoStopped(m_link.name()));
    }
}

void SwireMaster::settle()
{
    while (!m_expect.isEmpty())
        readEcho(echoTimeoutMs());
}

void SwireMaster::setEchoChecked(bool checked)
{
    if (checked == m_echoChecked)
        return;
    if (checked) {
        // Let the wire run empty, then start again behind an END frame's echo.
        const qint64 leftUs = m_wireBusyUntilUs - m_clock.nsecsElapsed() / 1000;
        m_ctx.sleep(int(std::max<qint64>(0, leftUs) / 1000) + kUncheckedTailMs);
        resyncBehindEnd();
    } else {
        m_expect.clear();
        m_wireBusyUntilUs = m_clock.nsecsElapsed() / 1000;
        m_lastDiscardMs = m_clock.elapsed();
    }
    m_echoChecked = checked;
}

void SwireMaster::resync()
{
    m_expect.clear();
    m_rx.clear();
    m_link.clearInput();
}

void SwireMaster::resyncBehindEnd()
{
    m_expect.clear();
    // Two END frames in a row: every transaction ends with one, but none is followed by another.
    const QByteArray end = SwireCodec::endFrame() + SwireCodec::endFrame();
    m_link.write(end);
    m_sent += end.size();
    QByteArray seen = m_rx;
    QElapsedTimer t;
    t.start();
    while (!seen.endsWith(end) && t.elapsed() < kResyncTimeoutMs) {
        seen += m_link.read(4096, kSliceMs);
        m_ctx.checkCancel();
    }
    m_rx.clear();
    if (!seen.endsWith(end))
        m_link.clearInput();  // no clean END came back: drop whatever is there
}

SwireMaster::EchoProbe SwireMaster::probeEcho()
{
    resync();
    const QByteArray end = SwireCodec::endFrame() + SwireCodec::endFrame();
    m_link.write(end);
    m_sent += end.size();
    QElapsedTimer t;
    t.start();
    // Whatever arrives first may be late bytes of something earlier: the probe passes when
    // the END frame comes back whole at the end.
    while (!m_rx.endsWith(end) && t.elapsed() < echoTimeoutMs()) {
        m_rx += m_link.read(4096, kSliceMs);
        m_ctx.checkCancel();
    }
    const QByteArray got = m_rx;
    m_rx.clear();
    if (got.isEmpty())
        return EchoProbe::Silent;
    return got.endsWith(end) ? EchoProbe::Ok : EchoProbe::Garbled;
}

void SwireMaster::writeRegisters(quint32 address, const QByteArray &data)
{
    send(SwireCodec::writeTransaction(address, data));
}

bool SwireMaster::collect(int count, int timeoutMs)
{
    QElapsedTimer quiet;
    quiet.start();
    while (m_rx.size() < count) {
        const qint64 left = qint64(timeoutMs) - quiet.elapsed();
        if (left <= 0)
            return false;
        const QByteArray got = m_link.read(4096, int(std::min<qint64>(left, kSliceMs)));
        m_ctx.checkCancel();
        if (!got.isEmpty()) {
            m_rx += got;
            quiet.restart();
        }
    }
    return true;
}

SwireMaster::ReadOutcome SwireMaster::readStream(quint32 address, int maxCount,
                                                  const std::function<bool(quint8)> &stop)
{
    ReadOutcome out;
    settle();
    m_rx.clear();
    const QByteArray head = SwireCodec::readHeader(address);
    const QByteArray pulse = SwireCodec::readPulse();
    // The pulse may follow the header at once: the chip takes it after RW_ID's end unit.
    m_link.write(head + pulse);
    m_sent += head.size() + pulse.size();
    m_expect = head;
    settle();
    for (int i = 0; i < maxCount; ++i) {
        if (i > 0) {
            m_link.write(pulse);
            ++m_sent;
        }
        collect(SwireCodec::ReplyUartBytes, m_replyTimeoutMs);
        const QByteArray raw = m_rx.left(SwireCodec::ReplyUartBytes);
        const SwireCodec::Reply reply = SwireCodec::decodeReply(raw);
        if (reply.status != Status::Ok) {
            out.status = reply.status;
            out.badReply = raw;
            // A chip whose bit time is off may still be talking: let it finish, then end the
            // transaction and forget whatever came back before the END's echo.
            m_ctx.sleep(5);
            resyncBehindEnd();
            return out;
        }
        m_rx.remove(0, SwireCodec::ReplyUartBytes);
        out.data.append(char(reply.value));
        if (stop && stop(reply.value))
            break;
    }
    out.status = Status::Ok;
    send(SwireCodec::endFrame());
    return out;
}

SwireMaster::ReadOutcome SwireMaster::tryRead(quint32 address, int count)
{
    return readStream(address, count, {});
}

void SwireMaster::throwFor(const ReadOutcome &o, quint32 address) const
{
    if (o.status == Status::Garbled)
        throw JobError(TelinkRescueDiagnoses::replyGarbled(m_link.name(), m_link.baudRate(), address, o.badReply));
    throw JobError(TelinkRescueDiagnoses::noReply(m_link.name(), address));
}

QByteArray SwireMaster::read(quint32 address, int count)
{
    const ReadOutcome o = tryRead(address, count);
    if (!o.ok())
        throwFor(o, address);
    return o.data;
}

QByteArray SwireMaster::tx(quint32 address, std::initializer_list<quint8> bytes) const
{
    QByteArray data;
    for (quint8 b : bytes)
        data.append(char(b));
    return SwireCodec::writeTransaction(address, data);
}

void SwireMaster::beginFlashAccess()
{
    writeRegister(RegSwsMode, SwsFifoMode);
    m_fifo = true;
    send(tx(RegSpiControl, {SpiCsHigh}));
}

void SwireMaster::endFlashAccess()
{
    if (!m_fifo)
        return;
    send(tx(RegSpiControl, {SpiCsHigh}) + tx(RegSwsMode, {0x00}));
    m_fifo = false;
    settle();
}

// Ends whatever command ran (CS high), starts a new one (CS low) and clocks its bytes out.
// In FIFO mode both CS writes go to the control register in one transaction.
void SwireMaster::flashCommand(const QByteArray &spiBytes)
{
    send(tx(RegSpiControl, {SpiCsHigh, SpiCsLow}) + SwireCodec::writeTransaction(RegSpiData, spiBytes));
}

void SwireMaster::flashWake()
{
    flashCommand(QByteArray(1, char(0xAB)));
    send(tx(RegSpiControl, {SpiCsHigh}));
}

quint32 SwireMaster::readJedecId()
{
    // The trailing 0x00 clocks the first id byte into the data register; auto-read mode then
    // clocks the next one each time the register is read.
    flashCommand(QByteArrayLiteral("\x9F\x00"));
    send(tx(RegSpiControl, {SpiAutoRead}));
    const QByteArray id = read(RegSpiData, 3);
    send(tx(RegSpiControl, {SpiCsHigh}));
    return (quint32(quint8(id[0])) << 16) | (quint32(quint8(id[1])) << 8) | quint8(id[2]);
}

quint8 SwireMaster::readFlashStatus()
{
    flashCommand(QByteArrayLiteral("\x05\x00"));
    send(tx(RegSpiControl, {SpiAutoRead}));
    const QByteArray s = read(RegSpiData, 1);
    send(tx(RegSpiControl, {SpiCsHigh}));
    return quint8(s[0]);
}

void SwireMaster::waitFlashReady(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    flashCommand(QByteArrayLiteral("\x05\x00"));
    send(tx(RegSpiControl, {SpiAutoRead}));
    for (;;) {
        // The status register repeats while CS stays low: one read transaction polls many times.
        const ReadOutcome o = readStream(RegSpiData, kStatusPulses, [](quint8 s) { return !(s & kWip); });
        if (!o.ok())
            throwFor(o, RegSpiData);
        const quint8 last = quint8(o.data.back());
        if (!(last & kWip))
            break;
        if (t.elapsed() > timeoutMs)
            throw JobError(TelinkRescueDiagnoses::flashTimeout(last, timeoutMs));
        m_ctx.sleep(2);
    }
    // CS stays low on the status register: the next command starts by raising it anyway.
}

void SwireMaster::unprotectFlash()
{
    quint8 status = readFlashStatus();
    for (int attempt = 0; attempt < 2 && (status & kBlockProtectBits); ++attempt) {
        flashCommand(QByteArray(1, char(0x06)));
        flashCommand(QByteArrayLiteral("\x01\x00"));
        waitFlashReady(500);
        status = readFlashStatus();
    }
    if (status & kBlockProtectBits)
        throw JobError(TelinkRescueDiagnoses::flashProtected(status));
}

void SwireMaster::eraseSector(quint32 address)
{
    QByteArray cmd(1, char(0x20));
    cmd.append(char((address >> 16) & 0xFF)).append(char((address >> 8) & 0xFF)).append(char(address & 0xFF));
    flashCommand(QByteArray(1, char(0x06)));
    flashCommand(cmd);
    waitFlashReady(2000);  // CS goes high first: that starts the erase
}

void SwireMaster::programPage(quint32 address, const QByteArray &data)
{
    QByteArray cmd(1, char(0x02));
    cmd.append(char((address >> 16) & 0xFF)).append(char((address >> 8) & 0xFF)).append(char(address & 0xFF));
    cmd += data;
    flashCommand(QByteArray(1, char(0x06)));
    flashCommand(cmd);
    waitFlashReady(500);
}

QByteArray SwireMaster::readFlash(quint32 address, int length, const std::function<void(qint64)> &progress)
{
    QByteArray out;
    out.reserve(length);
    while (out.size() < length) {
        const quint32 at = address + quint32(out.size());
        const int n = std::min<int>(kReadChunk, length - int(out.size()));
        ReadOutcome o;
        for (int attempt = 0; attempt < kReadAttempts; ++attempt) {
            QByteArray cmd(1, char(0x03));
            cmd.append(char((at >> 16) & 0xFF)).append(char((at >> 8) & 0xFF)).append(char(at & 0xFF));
            cmd.append('\0');  // clocks the first data byte in
            flashCommand(cmd);
            send(tx(RegSpiControl, {SpiAutoRead}));
            o = tryRead(RegSpiData, n);
            if (o.ok())
                break;
        }
        if (!o.ok())
            throwFor(o, at);
        out += o.data;
        if (progress)
            progress(out.size());
    }
    send(tx(RegSpiControl, {SpiCsHigh}));
    return out;
}

}  // namespace fw::telink
