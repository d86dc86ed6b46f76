#pragma once
// Why connecting to an ESP's loader failed, judged from what arrived while we tried: nothing at
// all, the firmware's own text, damaged data, or a port that went away; each with a next step.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QString>

namespace fw::esp {

class EspConnectDiagnosis {
public:
    // What the attempts saw.
    struct Evidence {
        QString port;
        qint32 baud = 115200;
        QByteArray unframed;      // bytes outside SLIP frames, at the connect baud
        int malformedFrames = 0;  // frames that were not valid replies
        QByteArray bootText;      // readable boot text from a diagnostic reset at the ROM baud
        bool manual = false;      // the user was asked to power-cycle
        int waitedSeconds = 0;    // manual mode: how long we waited
    };

    // Picks the diagnosis that fits the evidence best (codes esp.connect.*).
    static fw::core::Diagnosis forFailedConnect(const Evidence &e);

    static fw::core::Diagnosis noAnswer(const Evidence &e);
    static fw::core::Diagnosis bootedNormally(const Evidence &e, const QByteArray &text);
    static fw::core::Diagnosis loaderDeaf(const Evidence &e, const QByteArray &text);
    static fw::core::Diagnosis garbled(const Evidence &e);
    // The port went away while connecting; `original` is the link's own diagnosis.
    static fw::core::Diagnosis portVanished(const QString &port, const fw::core::Diagnosis &original);
    // The chip stopped answering after a baud change and cannot be reset from here.
    static fw::core::Diagnosis baudLost(qint32 baud, qint32 safeBaud);

    // True when the evidence is worth a diagnostic reset at the ROM's boot-text baud: bytes
    // arrived, but none of them readable.
    static bool wantsBootText(const Evidence &e);
};

}  // namespace fw::esp
