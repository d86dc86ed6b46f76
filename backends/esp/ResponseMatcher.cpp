#include "esp/ResponseMatcher.h"

namespace fw::esp {

ResponseMatcher::ResponseMatcher(Opcode expected, LoaderKind kind, int frameLimit)
    : m_expected(expected), m_kind(kind), m_limit(frameLimit > 0 ? frameLimit : DefaultFrameLimit)
{
}

ResponseMatcher::Outcome ResponseMatcher::offer(const SlipFrame &frame)
{
    if (frame.badEscape || frame.overflow) {
        if (matched())
            return Outcome::Matched;
        ++m_seen;
        ++m_malformed;
        m_lastProblem = frame.badEscape ? QStringLiteral("frame with an invalid SLIP escape")
                                        : QStringLiteral("frame larger than any reply");
        return m_seen >= m_limit ? Outcome::Exhausted : Outcome::Malformed;
    }
    return offer(QByteArrayView(frame.data));
}

ResponseMatcher::Outcome ResponseMatcher::offer(QByteArrayView frame)
{
    if (matched())
        return Outcome::Matched;
    if (m_seen >= m_limit)
        return Outcome::Exhausted;
    ++m_seen;
    QString why;
    std::optional<Response> r = Response::decode(frame, m_kind, &why);
    if (!r) {
        ++m_malformed;
        m_lastProblem = why;
        return m_seen >= m_limit ? Outcome::Exhausted : Outcome::Malformed;
    }
    if (r->opcode != quint8(m_expected)) {
        // A ROM that does not know a command answers "invalid message" (0x05) under the opcode
        // of the previous one; that is its answer to this request, not a stray frame.
        if (m_kind != LoaderKind::Stub && r->failed && r->errorCode == kRomInvalidMessage) {
            m_unsupported = true;
            m_response = std::move(r);
            return Outcome::Matched;
        }
        // The ROM answers one SYNC up to eight times; the extras trail into the next command.
        if (r->isSync())
            ++m_skippedSync;
        else
            ++m_skippedOther;
        return m_seen >= m_limit ? Outcome::Exhausted : Outcome::Skipped;
    }
    m_response = std::move(r);
    return Outcome::Matched;
}

}  // namespace fw::esp
