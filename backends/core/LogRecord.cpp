#include "core/LogRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::core {

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return QStringLiteral("debug");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Warning: return QStringLiteral("warning");
    case LogLevel::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool levelFromName(const QString &name, LogLevel *out)
{
    for (LogLevel l : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (levelName(l) == name) {
            *out = l;
            return true;
        }
    }
    return false;
}

QString directionName(Direction d)
{
    switch (d) {
    case Direction::Tx: return QStringLiteral("tx");
    case Direction::Rx: return QStringLiteral("rx");
    case Direction::None: break;
    }
    return {};
}

QByteArray toJsonLine(const LogRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("t"), double(r.timeMs));
    o.insert(QStringLiteral("level"), levelName(r.level));
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("text"), r.text);
    if (r.hasBytes()) {
        o.insert(QStringLiteral("dir"), directionName(r.direction));
        o.insert(QStringLiteral("hex"), QString::fromLatin1(r.bytes.toHex()));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool fromJsonLine(const QByteArray &line, LogRecord *out)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    LogRecord r;
    r.timeMs = qint64(o.value(QStringLiteral("t")).toDouble());
    if (!levelFromName(o.value(QStringLiteral("level")).toString(), &r.level))
        return false;
    r.source = o.value(QStringLiteral("source")).toString();
    r.text = o.value(QStringLiteral("text")).toString();
    const QString dir = o.value(QStringLiteral("dir")).toString();
    r.direction = dir == QLatin1String("tx")   ? Direction::Tx
                  : dir == QLatin1String("rx") ? Direction::Rx
                                               : Direction::None;
    r.bytes = QByteArray::fromHex(o.value(QStringLiteral("hex")).toString().toLatin1());
    *out = r;
    return true;
}

}  // namespace fw::core
