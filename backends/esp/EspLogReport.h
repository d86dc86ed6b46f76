#pragma once
// What a pasted tool log showed: the known problems found (most decisive first) with the lines
// that show them, and the facts the log states about the device. Made by EspLogDiagnoser.

#include "core/Diagnosis.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace fw::esp {

struct EspLogLine {
    qint64 number = 0;  // 1-based, as an editor counts lines
    QString text;       // cleaned: no colour codes or control characters, at most 300 characters
};

struct EspLogFinding {
    fw::core::Diagnosis diagnosis;
    QList<EspLogLine> lines;  // the first lines that triggered it (a few at most)
    qint64 hits = 0;          // how many lines triggered it in all
    int priority = 0;         // EspDiagnoses::priority()
    bool problem = true;      // false for informational findings (a verified write, set-up hints)
};

struct EspLogFact {
    QString key;    // stable: tool, esptool_version, port, chip, features, crystal, mac,
                    // flash_size, flash_mode, baud, loader
    QString label;  // translated, for people
    QString value;
    qint64 line = 0;
};

struct EspLogReport {
    QList<EspLogFinding> findings;  // most decisive first
    QList<EspLogFact> facts;        // in the order of the keys above
    QString tool;                   // "esptool", "Tasmotizer", "tuya-convert" or empty
    qint64 linesRead = 0;
    qint64 bytesRead = 0;
    bool truncated = false;         // stopped at EspLogOptions::maxBytes

    bool recognised() const { return !findings.isEmpty(); }
    bool hasProblem() const;
    const EspLogFinding *find(const QString &code) const;
    QString fact(const QString &key) const;
    // "esp.diag.nothing_recognised", for the screen that shows an unrecognised log.
    static fw::core::Diagnosis nothingRecognised();
    QVariantMap toVariant() const;  // for --json and support bundles
};

}  // namespace fw::esp
