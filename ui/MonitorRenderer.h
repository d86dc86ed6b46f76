#pragma once
// Turns the serial monitor's byte stream into display text: UTF-8 with visible placeholders
// for control bytes, CR/LF folding and optional timestamps, or a hex+ASCII dump.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace fw::ui {

class MonitorRenderer {
public:
    enum class Mode { Text, Hex };

    struct Segment {
        QString text;
        bool sent = false;  // not from the device: typed by the user or a note (other colour)
    };
    struct Output {
        bool replaceLastLine = false;  // hex: the last (partial) row is redrawn
        QList<Segment> segments;
        bool isEmpty() const { return segments.isEmpty() && !replaceLastLine; }
    };

    void setMode(Mode m) { m_mode = m; }
    Mode mode() const { return m_mode; }
    void setTimestamps(bool on) { m_timestamps = on; }
    bool timestamps() const { return m_timestamps; }
    // Forgets all line state (after Clear, or before re-rendering the capture).
    void reset();

    void received(const QByteArray &bytes, qint64 timeMs, Output *out);
    void sent(const QByteArray &bytes, qint64 timeMs, Output *out);
    // A line of our own between the device's output (e.g. "demo:x opened at 115200 baud").
    void note(const QString &text, Output *out);
    // Ends one display update: in hex mode the incomplete last row is shown as well.
    void finish(Output *out);

    // Text mode: characters shown since the last takeCounts(), and how many of them were
    // unreadable (invalid UTF-8 or control bytes), a sign of a wrong baud rate.
    void takeCounts(int *shown, int *unreadable);

    static QString timestamp(qint64 timeMs);  // "hh:mm:ss.zzz " in local time
    // One hex row: "00000010  48 65 6c 6c 6f ...  Hello..."
    static QString hexRow(qint64 offset, const QByteArray &row);
    // What a control byte shows as in text mode.
    static QChar placeholder(uchar c);

private:
    void receivedText(const QByteArray &bytes, qint64 timeMs, Output *out);
    void receivedHex(const QByteArray &bytes, qint64 timeMs, Output *out);
    void takeBackTail(Output *out);
    void append(Output *out, const QString &text, bool sent);
    void endLine(Output *out);

    Mode m_mode = Mode::Text;
    bool m_timestamps = false;
    bool m_atLineStart = true;
    bool m_lastWasCr = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    qint64 m_rowOffset = 0;   // hex: stream offset of the row being filled
    QByteArray m_partialRow;  // hex: bytes of the row not yet complete
    qint64 m_partialTime = 0;
    bool m_tailShown = false;
    int m_shown = 0;
    int m_unreadable = 0;  // hex: the partial row is on screen and must be redrawn
};

}  // namespace fw::ui
