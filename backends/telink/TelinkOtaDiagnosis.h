#pragma once
// Turns the evidence of failed Telink OTA attempts into one diagnosis whose causes are ranked
// by what was seen: battery, connection latency, stale services, missing Mi login, wrong file,
// the radio link (protocols/telink.md §1.7, §7.2).

#include "core/Diagnosis.h"
#include "telink/TelinkIdentity.h"
#include "telink/TelinkOta.h"

#include <QList>

namespace fw::telink {

class TelinkOtaDiagnosis {
public:
    static fw::core::Diagnosis build(const TelinkIdentity &device, const QList<TelinkOtaAttempt> &attempts,
                                     const TelinkOtaOptions &options, qint64 payloadBytes);
    // Stock firmware that has not been logged in refuses updates (§3).
    static fw::core::Diagnosis loginRequired(const TelinkIdentity &device);
    // The connection shows no OTA service at all.
    static fw::core::Diagnosis noOtaService(const TelinkIdentity &device);
};

}  // namespace fw::telink
