#pragma once
// Human-readable sizes, rates and durations for progress text and plot axes.
// All units are decimal (1 kB = 1000 B), matching what link speeds are quoted in.

#include <QString>
#include <QtGlobal>

namespace fw::ui {

// "512 B", "23.4 kB", "1.20 MB"
QString formatBytes(qint64 bytes);
// "23.4 kB/s"; an empty string for a negative (unknown) rate
QString formatRate(double bytesPerSecond);
// "45 s", "1 min 20 s", "2 h 5 min"; an empty string for a negative (unknown) duration
QString formatDuration(double seconds);

// A unit for showing values of about this magnitude: divisor and translated suffix ("kB/s").
struct RateUnit {
    double divisor = 1.0;
    QString suffix;
};
RateUnit rateUnitFor(double bytesPerSecond);

}  // namespace fw::ui
