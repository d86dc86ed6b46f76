#pragma once
// The command channel to an ESP ROM loader or flasher stub over a blocking ByteLink: sends one
// request, reads SLIP frames until the reply with the same opcode, and turns a failed status into
// a diagnosis. Keeps the bytes seen outside frames (boot text) for the connect diagnosis.

#include "core/LogBus.h"
#include "core/Link.h"
#include "esp/Command.h"
#include "esp/Response.h"
#include "esp/ResponseMatcher.h"
#include "esp/SlipCodec.h"

#include <QByteArray>

#include <optional>

namespace fw::core {
class JobContext;
}

namespace fw::esp {

class EspLoader {
public:
    static constexpr int DefaultTimeoutMs = 3000;

    EspLoader(fw::core::ByteLink &link, fw::core::Logger log);

    fw::core::ByteLink &link() { return m_link; }
    const fw::core::Logger &log() const { return m_log; }
    void setLoaderKind(LoaderKind kind) { m_kind = kind; }
    LoaderKind loaderKind() const { return m_kind; }

    // Sends `cmd` and waits up to timeoutMs for the reply with the same opcode (skipping the
    // ROM's extra SYNC replies and stray frames). Throws JobError: no reply (with the boot text
    // seen, if any), or — when checkStatus — the loader's error as a diagnosis (Errors).
    Response command(const Command &cmd, int timeoutMs = DefaultTimeoutMs, bool checkStatus = true);
    // Like command() but returns nullopt on timeout instead of throwing (SYNC probing).
    std::optional<Response> tryCommand(const Command &cmd, int timeoutMs);

    quint32 readReg(quint32 address, int timeoutMs = DefaultTimeoutMs);
    void writeReg(quint32 address, quint32 value, quint32 mask = 0xFFFFFFFF, quint32 delayUs = 0);

    // Raw frames, for READ_FLASH's data packets and acknowledgements and the stub's OHAI.
    void sendFrame(const QByteArray &payload);
    // The next whole frame (unescaped), or an empty optional after timeoutMs.
    std::optional<QByteArray> readFrame(int timeoutMs);

    // Bytes received outside SLIP frames since the last call (boot text, application output).
    QByteArray takeOutsideBytes();
    // Drops everything buffered and pending on the link (after a reset or a baud change).
    void flushInput();
    // Reads for `ms` and throws away what arrives (the ROM's repeated replies after an error).
    void drain(int ms);

    // Bytes sent and received on the link, for benchmarks, logs and telling "silent" from
    // "answered with something unreadable".
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // The job whose cancel request every wait checks (reads are sliced to 50 ms). Set by the
    // session at each call; nullptr = not cancellable.
    void setJobContext(const fw::core::JobContext *ctx) { m_ctx = ctx; }
    // Frames that could not be decoded (bad escapes, not a reply) since resetStats(): evidence
    // of a baud the adapter cannot carry, or of a chip that is not in its loader.
    int malformedFrames() const { return m_malformed; }
    void resetStats() { m_malformed = 0; }

    // "FLASH_DATA seq 12, 1024 bytes": one command in protocol words, for the log.
    static QString describe(const Command &cmd);

private:
    std::optional<Response> exchange(const Command &cmd, int timeoutMs, ResponseMatcher &matcher);
    // Reads what arrives within timeoutMs (at most one 50 ms slice) into the decoder.
    void pump(int timeoutMs);
    void keepOutside();
    void writeBytes(const QByteArray &bytes);
    void checkCancel() const;
    fw::core::Diagnosis noReplyDiagnosis(const Command &cmd, int timeoutMs,
                                         const ResponseMatcher &matcher) const;

    fw::core::ByteLink &m_link;
    fw::core::Logger m_log;
    LoaderKind m_kind = LoaderKind::Esp8266Rom;
    SlipCodec m_decoder;
    QByteArray m_outside;           // since the last takeOutsideBytes()
    QByteArray m_exchangeOutside;   // during the current command, for its diagnosis
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_exchangeStart = 0;     // m_bytesReceived when the current command went out
    const fw::core::JobContext *m_ctx = nullptr;
    int m_malformed = 0;
};

}  // namespace fw::esp
