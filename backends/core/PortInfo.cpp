#include "core/PortInfo.h"

namespace fw::core {

QString PortInfo::displayName() const
{
    QString label;
    if (identity && !identity->adapter.isEmpty())
        label = identity->adapter;
    else if (!description.isEmpty())
        label = description;
    else if (!manufacturer.isEmpty())
        label = manufacturer;
    return label.isEmpty() ? portName : portName + QStringLiteral(" — ") + label;
}

QString PortInfo::vidPidText() const
{
    if (!vid || !pid)
        return {};
    return QStringLiteral("%1:%2").arg(*vid, 4, 16, QLatin1Char('0')).arg(*pid, 4, 16, QLatin1Char('0'));
}

}  // namespace fw::core
