#pragma once
// Turns the error codes of the ESP ROM loader and the flasher stub into diagnoses a person can
// act on: what failed, the likely causes and the next step.

#include "core/Diagnosis.h"
#include "esp/Response.h"

#include <QList>

namespace fw::esp {

class Errors {
public:
    // Codes "esp.rom_error.0x07" and "esp.stub_error.0xc1"; unknown codes get a generic text.
    static fw::core::Diagnosis romError(quint8 code);
    static fw::core::Diagnosis stubError(quint8 code);
    // The diagnosis for a failed reply, with the command named in the summary.
    static fw::core::Diagnosis forResponse(const Response &response, LoaderKind kind);

    static QList<quint8> knownRomCodes();
    static QList<quint8> knownStubCodes();
};

}  // namespace fw::esp
