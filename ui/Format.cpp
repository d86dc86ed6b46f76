#include "ui/Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fw::ui {

namespace {

// Three significant digits read well and do not flicker in a label updated 30 times a second.
QString scaled(double value, double divisor)
{
    const double v = value / divisor;
    const int decimals = v >= 100.0 ? 0 : v >= 10.0 ? 1 : 2;
    return QLocale().toString(v, 'f', decimals);
}

}  // namespace

RateUnit rateUnitFor(double bytesPerSecond)
{
    const double v = std::abs(bytesPerSecond);
    if (v >= 1e6)
        return {1e6, QCoreApplication::translate("fw::ui::Format", "MB/s")};
    if (v >= 1e3)
        return {1e3, QCoreApplication::translate("fw::ui::Format", "kB/s")};
    return {1.0, QCoreApplication::translate("fw::ui::Format", "B/s")};
}

QString formatBytes(qint64 bytes)
{
    const double v = std::abs(double(bytes));
    if (v >= 1e9)
        return QCoreApplication::translate("fw::ui::Format", "%1 GB").arg(scaled(double(bytes), 1e9));
    if (v >= 1e6)
        return QCoreApplication::translate("fw::ui::Format", "%1 MB").arg(scaled(double(bytes), 1e6));
    if (v >= 1e3)
        return QCoreApplication::translate("fw::ui::Format", "%1 kB").arg(scaled(double(bytes), 1e3));
    return QCoreApplication::translate("fw::ui::Format", "%1 B").arg(bytes);
}

QString formatRate(double bytesPerSecond)
{
    if (bytesPerSecond < 0 || !std::isfinite(bytesPerSecond))
        return {};
    if (bytesPerSecond < 1e3)
        return QCoreApplication::translate("fw::ui::Format", "%1 B/s").arg(qRound64(bytesPerSecond));
    const RateUnit unit = rateUnitFor(bytesPerSecond);
    return QCoreApplication::translate("fw::ui::Format", "%1 %2").arg(scaled(bytesPerSecond, unit.divisor), unit.suffix);
}

QString formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return {};
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return QCoreApplication::translate("fw::ui::Format", "%1 s").arg(s);
    if (s < 3600) {
        const qint64 rest = s % 60;
        return rest == 0 ? QCoreApplication::translate("fw::ui::Format", "%1 min").arg(s / 60) : QCoreApplication::translate("fw::ui::Format", "%1 min %2 s").arg(s / 60).arg(rest);
    }
    const qint64 minutes = (s % 3600) / 60;
    return minutes == 0 ? QCoreApplication::translate("fw::ui::Format", "%1 h").arg(s / 3600)
                        : QCoreApplication::translate("fw::ui::Format", "%1 h %2 min").arg(s / 3600).arg(minutes);
}

}  // namespace fw::ui
