#pragma once
// Plain-word texts about a thermometer that several steps of the wizard show the same way:
// its battery, how it can be updated, what a file is.

#include "telink/TelinkFileCheck.h"
#include "telink/TelinkIdentity.h"

#include <QString>

namespace fw::ui {

class TelinkTexts {
public:
    // "87 % (2.95 V)", "2.95 V", or that it was not reported.
    static QString battery(const fw::telink::TelinkIdentity &id);
    // How this thermometer takes new firmware over Bluetooth.
    static QString updateMethod(const fw::telink::TelinkIdentity &id);
    // "pvvx custom 5.8 on hardware B1.4".
    static QString firmwareOnHardware(const QString &firmware, const QString &hardware);
    // What a checked file is: "Telink firmware, version 0x99993001, 80 KB".
    static QString fileFacts(const fw::telink::TelinkFileVerdict &verdict, qint64 fileSize);
};

}  // namespace fw::ui
