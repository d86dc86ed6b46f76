#pragma once
// The recurring ESP / Tuya flashing failures (wiring, power, ports, flash mode, tuya-convert...)
// as diagnoses in plain words, looked up by a stable code or recognised from one log line.

#include "core/Diagnosis.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace fw::esp {

class EspDiagnoses {
public:
    // The diagnosis with this code: "esp.diag.*" from this table, and the loader status codes
    // "esp.rom_error.0x07" / "esp.stub_error.0xc1" from Errors. Unknown codes give an empty one.
    static fw::core::Diagnosis byCode(const QString &code);
    // Every "esp.diag.*" code of the table.
    static QStringList codes();
    // How decisive a finding with this code is: a denied port outranks a generic timeout.
    static int priority(const QString &code);
    // False for the informational entries (a verified write, the set-up after flashing).
    static bool isProblem(const QString &code);

    // The code a single log line points to, judged on that line alone; empty when none.
    // Understands esptool v2–v5, Tasmotizer, tuya-convert, pySerial, dmesg and boot-text lines.
    static QString matchLine(QStringView line);
    // The same for a line that is already in lower case (saves a copy per line on huge logs).
    static QString matchLowercaseLine(const QString &lower);
    // The loader status quoted as "result was C100" / "0107" / "01070000": the Errors code, or
    // empty when the text is not a failed status.
    static QString codeForLoaderStatus(QStringView hex);
};

}  // namespace fw::esp
