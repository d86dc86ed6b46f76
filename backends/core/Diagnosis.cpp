#include "core/Diagnosis.h"

#include <QCoreApplication>

namespace fw::core {

QString Diagnosis::toText() const
{
    QString out = summary;
    if (!causes.isEmpty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("fw::core::Diagnosis", "Likely causes:");
        int i = 1;
        for (const QString &c : causes)
            out += QStringLiteral("\n  %1. %2").arg(i++).arg(c);
    }
    if (!nextStep.isEmpty())
        out += QLatin1Char('\n') + QCoreApplication::translate("fw::core::Diagnosis", "Next step: %1").arg(nextStep);
    return out;
}

}  // namespace fw::core
