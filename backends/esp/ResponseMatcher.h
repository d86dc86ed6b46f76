#pragma once
// Picks the reply to one request out of the frames a loader sends: skips the ROM's extra SYNC
// replies and stray frames, and gives up after as many frames as esptool would read.

#include "esp/Response.h"
#include "esp/SlipCodec.h"

#include <optional>

namespace fw::esp {

class ResponseMatcher {
public:
    enum class Outcome { Matched, Skipped, Malformed, Exhausted };

    static constexpr int DefaultFrameLimit = 100;

    ResponseMatcher(Opcode expected, LoaderKind kind, int frameLimit = DefaultFrameLimit);

    // Offer one received frame; Matched means response() holds the reply.
    Outcome offer(const SlipFrame &frame);
    Outcome offer(QByteArrayView frame);

    static constexpr quint8 kRomInvalidMessage = 0x05;

    bool matched() const { return m_response.has_value(); }
    // The match is a ROM's "invalid message" reply carrying another opcode: the loader does
    // not know the command. The ROM repeats it, so drain the link before the next request.
    bool unsupported() const { return m_unsupported; }
    const std::optional<Response> &response() const { return m_response; }
    int skippedSyncReplies() const { return m_skippedSync; }
    int skippedOther() const { return m_skippedOther; }
    int malformed() const { return m_malformed; }
    int framesSeen() const { return m_seen; }
    bool exhausted() const { return !matched() && m_seen >= m_limit; }
    QString lastProblem() const { return m_lastProblem; }
    Opcode expected() const { return m_expected; }
    LoaderKind loaderKind() const { return m_kind; }

private:
    Opcode m_expected;
    LoaderKind m_kind;
    int m_limit;
    int m_seen = 0;
    int m_skippedSync = 0;
    int m_skippedOther = 0;
    int m_malformed = 0;
    bool m_unsupported = false;
    QString m_lastProblem;
    std::optional<Response> m_response;
};

}  // namespace fw::esp
