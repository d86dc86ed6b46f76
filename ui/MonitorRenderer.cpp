#include "ui/MonitorRenderer.h"

#include <QDateTime>

namespace fw::ui {

namespace {
constexpr int kRowBytes = 16;
}

void MonitorRenderer::reset()
{
    m_atLineStart = true;
    m_lastWasCr = false;
    m_decoder.resetState();
    m_rowOffset = 0;
    m_partialRow.clear();
    m_partialTime = 0;
    m_tailShown = false;
}

void MonitorRenderer::takeCounts(int *shown, int *unreadable)
{
    *shown = m_shown;
    *unreadable = m_unreadable;
    m_shown = 0;
    m_unreadable = 0;
}

QString MonitorRenderer::timestamp(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("hh:mm:ss.zzz "));
}

QChar MonitorRenderer::placeholder(uchar c)
{
    Q_UNUSED(c);
    // A middle dot: every monospace font has it (the U+2400 control pictures are often
    // missing and would show as empty boxes). Hex mode shows the exact byte.
    return QChar(0x00b7);
}

QString MonitorRenderer::hexRow(qint64 offset, const QByteArray &row)
{
    QString s = QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
    QString ascii;
    for (int i = 0; i < kRowBytes; ++i) {
        if (i < row.size()) {
            const auto b = uchar(row.at(i));
            s += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
            ascii += (b >= 0x20 && b < 0x7f) ? QChar(b) : QLatin1Char('.');
        } else {
            s += QStringLiteral("   ");
        }
        if (i == 7)
            s += QLatin1Char(' ');
    }
    return s + QLatin1Char(' ') + ascii;
}

void MonitorRenderer::append(Output *out, const QString &text, bool sent)
{
    if (text.isEmpty())
        return;
    if (!out->segments.isEmpty() && out->segments.last().sent == sent)
        out->segments.last().text += text;
    else
        out->segments.append(Segment{text, sent});
}

void MonitorRenderer::endLine(Output *out)
{
    append(out, QStringLiteral("\n"), false);
    m_atLineStart = true;
}

void MonitorRenderer::received(const QByteArray &bytes, qint64 timeMs, Output *out)
{
    if (m_mode == Mode::Hex)
        receivedHex(bytes, timeMs, out);
    else
        receivedText(bytes, timeMs, out);
}

void MonitorRenderer::receivedText(const QByteArray &bytes, qint64 timeMs, Output *out)
{
    // Split at line breaks ourselves so CR, LF and CR LF all end exactly one line, even when
    // CR and LF arrive in different chunks.
    QByteArray run;
    auto flushRun = [&] {
        if (run.isEmpty())
            return;
        QString text = m_decoder.decode(run);
        run.clear();
        QString shown;
        shown.reserve(text.size());
        for (QChar ch : std::as_const(text)) {
            const ushort u = ch.unicode();
            ++m_shown;
            if (u == '\t' || (u >= 0x20 && u != 0x7f)) {
                shown += ch;
                m_unreadable += u == 0xfffd ? 1 : 0;
            } else {
                shown += placeholder(uchar(u));
                ++m_unreadable;
            }
        }
        if (shown.isEmpty())
            return;
        if (m_atLineStart && m_timestamps)
            append(out, timestamp(timeMs), false);
        m_atLineStart = false;
        append(out, shown, false);
    };

    for (char c : bytes) {
        if (c == '\r' || c == '\n') {
            flushRun();
            if (c == '\n' && m_lastWasCr) {
                m_lastWasCr = false;
                continue;
            }
            m_lastWasCr = c == '\r';
            if (m_atLineStart && m_timestamps)
                append(out, timestamp(timeMs), false);  // an empty line still gets its time
            endLine(out);
        } else {
            m_lastWasCr = false;
            run += c;
        }
    }
    flushRun();
}

void MonitorRenderer::takeBackTail(Output *out)
{
    // The partial hex row shown at the end of the last flush is redrawn with its new bytes.
    if (m_tailShown) {
        m_tailShown = false;
        if (out->segments.isEmpty())
            out->replaceLastLine = true;
    }
}

void MonitorRenderer::receivedHex(const QByteArray &bytes, qint64 timeMs, Output *out)
{
    takeBackTail(out);
    if (m_partialRow.isEmpty())
        m_partialTime = timeMs;
    m_partialRow += bytes;
    while (m_partialRow.size() >= kRowBytes) {
        QString line;
        if (m_timestamps)
            line += timestamp(m_partialTime);
        line += hexRow(m_rowOffset, m_partialRow.left(kRowBytes)) + QLatin1Char('\n');
        append(out, line, false);
        m_partialRow.remove(0, kRowBytes);
        m_rowOffset += kRowBytes;
        m_partialTime = timeMs;
    }
    m_atLineStart = true;
}

void MonitorRenderer::finish(Output *out)
{
    if (m_mode != Mode::Hex || m_partialRow.isEmpty() || m_tailShown)
        return;
    QString line;
    if (m_timestamps)
        line += timestamp(m_partialTime);
    append(out, line + hexRow(m_rowOffset, m_partialRow), false);
    m_tailShown = true;
}

void MonitorRenderer::note(const QString &text, Output *out)
{
    if (m_mode == Mode::Hex) {
        takeBackTail(out);
        if (!m_partialRow.isEmpty()) {
            append(out, hexRow(m_rowOffset, m_partialRow) + QLatin1Char('\n'), false);
            m_rowOffset += m_partialRow.size();
            m_partialRow.clear();
        }
    } else if (!m_atLineStart) {
        endLine(out);
    }
    append(out, QStringLiteral("── ") + text + QStringLiteral(" ──\n"), true);
    m_atLineStart = true;
    m_lastWasCr = false;
}

void MonitorRenderer::sent(const QByteArray &bytes, qint64 timeMs, Output *out)
{
    // Sent data gets its own line, marked with an arrow, so it never mixes with a half-received line.
    if (m_mode == Mode::Hex) {
        takeBackTail(out);
        if (!m_partialRow.isEmpty()) {
            // Close the short row here; the next row starts at the following offset.
            QString line;
            if (m_timestamps)
                line += timestamp(m_partialTime);
            append(out, line + hexRow(m_rowOffset, m_partialRow) + QLatin1Char('\n'), false);
            m_rowOffset += m_partialRow.size();
            m_partialRow.clear();
        }
    } else if (!m_atLineStart) {
        endLine(out);
    }
    QString line;
    if (m_timestamps)
        line += timestamp(timeMs);
    line += QStringLiteral("→ ");
    if (m_mode == Mode::Hex) {
        line += QString::fromLatin1(bytes.toHex(' '));
    } else {
        const QString text = QString::fromUtf8(bytes);
        // The line ending the user chose shows as one return arrow, so it is visible.
        QString shown;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
                shown += QChar(0x21b5);
                if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
            } else if (ch.unicode() < 0x20 && ch != QLatin1Char('\t')) {
                shown += placeholder(uchar(ch.unicode()));
            } else {
                shown += ch;
            }
        }
        line += shown;
    }
    append(out, line + QLatin1Char('\n'), true);
    m_atLineStart = true;
    m_lastWasCr = false;
}

}  // namespace fw::ui
