#include "esp/EspLoader.h"

#include "core/Job.h"
#include "esp/EspBootText.h"
#include "esp/Errors.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using fw::core::Diagnosis;
using fw::core::JobError;

namespace fw::esp {

namespace {

constexpr int kSliceMs = 50;              // longest single read, so a cancel is seen quickly
constexpr int kErrorDrainMs = 200;        // a ROM repeats an "invalid message" answer ~8 times
constexpr qsizetype kMaxKeptOutside = 16 * 1024;
constexpr quint8 kRomInvalidMessage = 0x05;

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

void appendBounded(QByteArray &to, const QByteArray &bytes)
{
    to.append(bytes);
    if (to.size() > kMaxKeptOutside)
        to.remove(0, to.size() - kMaxKeptOutside);
}

}  // namespace

EspLoader::EspLoader(fw::core::ByteLink &link, fw::core::Logger log) : m_link(link), m_log(std::move(log))
{
}

void EspLoader::checkCancel() const
{
    if (m_ctx)
        m_ctx->checkCancel();
}

QString EspLoader::describe(const Command &cmd)
{
    const QString name = opcodeName(cmd.opcode);
    auto w = [&cmd](int i) { return Command::readU32(cmd.data, i * 4); };
    switch (cmd.opcode) {
    case Opcode::Sync:
    case Opcode::EraseFlash:
    case Opcode::GetSecurityInfo:
    case Opcode::RunUserCode:
        return name;
    case Opcode::ReadReg:
        return QStringLiteral("%1 %2").arg(name, hex32(w(0)));
    case Opcode::WriteReg:
        if (w(2) == 0xFFFFFFFF)
            return QStringLiteral("%1 %2 = %3").arg(name, hex32(w(0)), hex32(w(1)));
        return QCoreApplication::translate("fw::esp::EspLoader", "%1 %2 = %3 (mask %4)")
            .arg(name, hex32(w(0)), hex32(w(1)), hex32(w(2)));
    case Opcode::FlashData:
    case Opcode::FlashDeflData:
    case Opcode::MemData:
        return QCoreApplication::translate("fw::esp::EspLoader", "%1 seq %2, %3 bytes")
            .arg(name)
            .arg(w(1))
            .arg(w(0));
    case Opcode::FlashBegin:
    case Opcode::FlashDeflBegin:
    case Opcode::MemBegin:
        return QCoreApplication::translate("fw::esp::EspLoader", "%1 %2 bytes, %3 blocks of %4 at %5")
            .arg(name)
            .arg(w(0))
            .arg(w(1))
            .arg(w(2))
            .arg(hex32(w(3)));
    case Opcode::FlashEnd:
    case Opcode::FlashDeflEnd:
        return w(0) == 0 ? QCoreApplication::translate("fw::esp::EspLoader", "%1 (reboot)").arg(name)
                         : QCoreApplication::translate("fw::esp::EspLoader", "%1 (stay)").arg(name);
    case Opcode::MemEnd:
        return w(0) == 0 ? QCoreApplication::translate("fw::esp::EspLoader", "%1, jump to %2")
                               .arg(name, hex32(w(1)))
                         : QCoreApplication::translate("fw::esp::EspLoader", "%1 (stay)").arg(name);
    case Opcode::ChangeBaudrate:
        return QCoreApplication::translate("fw::esp::EspLoader", "%1 to %2 (from %3)")
            .arg(name)
            .arg(w(0))
            .arg(w(1));
    case Opcode::SpiSetParams:
        return QCoreApplication::translate("fw::esp::EspLoader", "%1, flash size %2 bytes")
            .arg(name)
            .arg(w(1));
    case Opcode::SpiFlashMd5:
    case Opcode::ReadFlash:
    case Opcode::ReadFlashSlow:
    case Opcode::EraseRegion:
        return QCoreApplication::translate("fw::esp::EspLoader", "%1 at %2, %3 bytes")
            .arg(name, hex32(w(0)))
            .arg(w(1));
    case Opcode::SpiAttach:
        return QStringLiteral("%1 %2").arg(name, hex32(w(0)));
    }
    return QCoreApplication::translate("fw::esp::EspLoader", "%1, %2 bytes of data")
        .arg(name)
        .arg(cmd.data.size());
}

void EspLoader::writeBytes(const QByteArray &bytes)
{
    // Written in pieces of about 50 ms of wire time, so a cancel is not held up by a 16 KiB
    // block at 115200 baud.
    const qint32 baud = std::max<qint32>(m_link.baudRate(), 9600);
    const qsizetype piece = std::max<qsizetype>(256, baud / 10 / 20);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        checkCancel();
        m_link.write(bytes.mid(at, piece));
    }
    m_bytesSent += bytes.size();
}

void EspLoader::keepOutside()
{
    const QByteArray outside = m_decoder.takeOutside();
    if (outside.isEmpty())
        return;
    appendBounded(m_outside, outside);
    appendBounded(m_exchangeOutside, outside);
}

void EspLoader::pump(int timeoutMs)
{
    checkCancel();
    const QByteArray chunk = m_link.read(4096, std::clamp(timeoutMs, 0, kSliceMs));
    m_bytesReceived += chunk.size();
    if (!chunk.isEmpty()) {
        m_decoder.feed(chunk);
        keepOutside();
    }
}

std::optional<Response> EspLoader::exchange(const Command &cmd, int timeoutMs, ResponseMatcher &matcher)
{
    m_log.debug(describe(cmd));
    m_exchangeOutside.clear();
    m_exchangeStart = m_bytesReceived;
    writeBytes(cmd.frame());
    QElapsedTimer t;
    t.start();
    for (;;) {
        // Frames already decoded (the ROM's extra SYNC replies) are offered first.
        while (m_decoder.hasFrame()) {
            const SlipFrame frame = m_decoder.takeFrame();
            switch (matcher.offer(frame)) {
            case ResponseMatcher::Outcome::Matched:
                // The ROM repeats its "unknown command" answer; drop the copies so they do not
                // answer the next request.
                if (matcher.unsupported())
                    drain(200);
                return matcher.response();
            case ResponseMatcher::Outcome::Malformed:
                ++m_malformed;
                m_log.debug(QCoreApplication::translate("fw::esp::EspLoader", "Ignored a damaged frame: %1")
                                .arg(matcher.lastProblem()));
                break;
            case ResponseMatcher::Outcome::Exhausted:
                return std::nullopt;
            case ResponseMatcher::Outcome::Skipped:
                break;
            }
        }
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0)
            return std::nullopt;
        pump(int(left));
    }
}

Diagnosis EspLoader::noReplyDiagnosis(const Command &cmd, int timeoutMs, const ResponseMatcher &matcher) const
{
    Diagnosis d;
    d.code = QStringLiteral("esp.no_reply");
    d.summary = QCoreApplication::translate("fw::esp::EspLoader", "The chip did not answer %1 within %2 ms.")
                    .arg(opcodeName(cmd.opcode))
                    .arg(timeoutMs);
    if (!m_exchangeOutside.isEmpty() && EspBootText::isReadable(m_exchangeOutside)) {
        d.causes << QCoreApplication::translate(
                        "fw::esp::EspLoader",
                        "The chip printed text instead of answering, so it has probably left its "
                        "boot loader and runs its firmware (it printed: \"%1\").")
                        .arg(EspBootText::excerpt(m_exchangeOutside));
    } else if (matcher.malformed() > 0 || m_bytesReceived > m_exchangeStart) {
        d.causes << QCoreApplication::translate(
                        "fw::esp::EspLoader",
                        "Its answers arrived damaged (%1 bytes, %2 unreadable frames): the baud "
                        "rate %3 is too high for the adapter or the wires are too long.")
                        .arg(m_bytesReceived - m_exchangeStart)
                        .arg(matcher.malformed())
                        .arg(m_link.baudRate());
    }
    if (matcher.exhausted())
        d.causes << QCoreApplication::translate("fw::esp::EspLoader",
                                                "It sent %1 replies to other commands instead.")
                        .arg(matcher.framesSeen());
    d.causes << QCoreApplication::translate(
                    "fw::esp::EspLoader",
                    "The chip reset or lost power: it needs up to 300 mA, more than many USB "
                    "adapters supply on their 3.3 V pin.")
             << QCoreApplication::translate("fw::esp::EspLoader", "A loose TX, RX or GND wire.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspLoader",
        "Power the module from a separate 3.3 V supply with a common GND, check the wires, put "
        "the chip back into download mode (GPIO0 to GND while powering up) and retry.");
    return d;
}

Response EspLoader::command(const Command &cmd, int timeoutMs, bool checkStatus)
{
    ResponseMatcher matcher(cmd.opcode, m_kind);
    const std::optional<Response> r = exchange(cmd, timeoutMs, matcher);
    if (!r) {
        m_log.warning(QCoreApplication::translate("fw::esp::EspLoader", "No answer to %1 within %2 ms")
                          .arg(describe(cmd))
                          .arg(timeoutMs));
        throw JobError(noReplyDiagnosis(cmd, timeoutMs, matcher));
    }
    if (cmd.opcode == Opcode::ReadReg)
        m_log.debug(QStringLiteral("%1 = %2").arg(describe(cmd), hex32(r->value)));
    if (checkStatus && r->failed) {
        m_log.warning(QCoreApplication::translate("fw::esp::EspLoader", "%1 failed with status %2")
                          .arg(describe(cmd), r->statusHex()));
        if (m_kind != LoaderKind::Stub && r->errorCode == kRomInvalidMessage)
            drain(kErrorDrainMs);
        throw JobError(Errors::forResponse(*r, m_kind));
    }
    return *r;
}

std::optional<Response> EspLoader::tryCommand(const Command &cmd, int timeoutMs)
{
    ResponseMatcher matcher(cmd.opcode, m_kind);
    return exchange(cmd, timeoutMs, matcher);
}

quint32 EspLoader::readReg(quint32 address, int timeoutMs)
{
    return command(Command::readReg(address), timeoutMs).value;
}

void EspLoader::writeReg(quint32 address, quint32 value, quint32 mask, quint32 delayUs)
{
    command(Command::writeReg(address, value, mask, delayUs));
}

void EspLoader::sendFrame(const QByteArray &payload)
{
    writeBytes(SlipCodec::encode(payload));
}

std::optional<QByteArray> EspLoader::readFrame(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        while (m_decoder.hasFrame()) {
            const SlipFrame frame = m_decoder.takeFrame();
            if (!frame.badEscape && !frame.overflow)
                return frame.data;
            ++m_malformed;
            m_log.warning(QCoreApplication::translate("fw::esp::EspLoader",
                                                      "Dropped a damaged frame of %1 bytes")
                              .arg(frame.data.size()));
        }
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0)
            return std::nullopt;
        pump(int(left));
    }
}

QByteArray EspLoader::takeOutsideBytes()
{
    keepOutside();
    QByteArray out;
    out.swap(m_outside);
    return out;
}

void EspLoader::flushInput()
{
    // What is pending is read rather than discarded, so that boot text still counts as
    // evidence for the connect diagnosis; half-received frames are forgotten.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 100) {
        checkCancel();
        const QByteArray chunk = m_link.read(4096, 2);
        if (chunk.isEmpty())
            break;
        m_bytesReceived += chunk.size();
        m_decoder.feed(chunk);
        keepOutside();
    }
    const int dropped = int(m_decoder.takeFrames().size());
    if (dropped > 0)
        m_log.debug(QCoreApplication::translate("fw::esp::EspLoader", "Dropped %1 stale frames").arg(dropped));
    m_decoder.reset();
}

void EspLoader::drain(int ms)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        const qint64 left = ms - t.elapsed();
        if (left <= 0)
            break;
        pump(int(left));
    }
    m_decoder.takeFrames();
}

}  // namespace fw::esp
