#include "cli/CliContext.h"

#include "cli/ExitCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::cli {

int CliContext::fail(const fw::core::Diagnosis &d) const
{
    const int code = exitCodeFor(d);
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("error"), d.code);
        o.insert(QStringLiteral("summary"), d.summary);
        o.insert(QStringLiteral("causes"), QJsonArray::fromStringList(d.causes));
        o.insert(QStringLiteral("next_step"), d.nextStep);
        o.insert(QStringLiteral("exit_code"), code);
        printJson(o);
    } else {
        *err << QCoreApplication::translate("fw::cli::CliContext", "Error: %1").arg(d.toText()) << Qt::endl;
    }
    return code;
}

int CliContext::usage(const QString &message) const
{
    *err << message << Qt::endl
         << QCoreApplication::translate("fw::cli::CliContext", "Run 'flashwright-cli %1 --help' for usage.")
                .arg(command)
         << Qt::endl;
    return ExitUsage;
}

void CliContext::printJson(const QJsonValue &v) const
{
    QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    *out << doc.toJson(QJsonDocument::Indented);
    out->flush();
}

}  // namespace fw::cli
