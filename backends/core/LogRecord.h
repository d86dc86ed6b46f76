#pragma once
// One entry of the session log: text for the log view, optional bytes for the hex view.
// Every job, link and simulator emits these; the LogBus fans them out to all readers.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace fw::core {

enum class LogLevel : quint8 { Debug, Info, Warning, Error };
enum class Direction : quint8 { None, Tx, Rx };

struct LogRecord {
    qint64 timeMs = 0;  // milliseconds since the Unix epoch
    LogLevel level = LogLevel::Info;
    QString source;     // "serial:/dev/ttyUSB0", "esp", "sim:esp8266-boot", ...
    QString text;
    QByteArray bytes;   // payload for the hex view, empty when the record is text only
    Direction direction = Direction::None;

    bool hasBytes() const { return !bytes.isEmpty(); }
};

using LogBatch = QVector<LogRecord>;

QString levelName(LogLevel level);
bool levelFromName(const QString &name, LogLevel *out);
QString directionName(Direction d);

// Serialises one record as a single JSON object (one line of a session file).
QByteArray toJsonLine(const LogRecord &r);
// Parses a line written by toJsonLine(); returns false on malformed input.
bool fromJsonLine(const QByteArray &line, LogRecord *out);

}  // namespace fw::core

Q_DECLARE_METATYPE(fw::core::LogRecord)
Q_DECLARE_METATYPE(fw::core::LogBatch)
