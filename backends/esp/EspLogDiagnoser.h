#pragma once
// Reads a log a user pasted or saved from esptool (v2 to v5), Tasmotizer or tuya-convert and
// returns the known problems it shows, most decisive first, with the lines that show them and
// the facts it mentions (chip, MAC, flash size, baud, esptool version, stub or ROM).

#include "esp/EspLogReport.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace fw::esp {

struct EspLogOptions {
    qint64 maxBytes = qint64(256) << 20;  // larger logs are read up to here
    int maxLinesPerFinding = 5;
    int maxLineLength = 4096;             // longer lines (binary junk) are cut
};

class EspLogDiagnoser {
public:
    using Options = EspLogOptions;

    EspLogDiagnoser();
    explicit EspLogDiagnoser(Options options);
    ~EspLogDiagnoser();
    EspLogDiagnoser(const EspLogDiagnoser &) = delete;
    EspLogDiagnoser &operator=(const EspLogDiagnoser &) = delete;

    // Raw bytes in any chunking; UTF-8 unless the log starts with a UTF-16 byte order mark or
    // looks like UTF-16 (PowerShell redirections). Ignored once maxBytes is reached.
    void feed(QByteArrayView bytes);
    // Flushes the last line and ranks what was found. The diagnoser can then be reused.
    EspLogReport finish();

    static EspLogReport diagnoseText(const QString &text, const Options &options = {});
    static EspLogReport diagnoseDevice(QIODevice &device, const Options &options = {});
    // Throws fw::core::JobError ("file.not_found", "file.is_directory", "file.permission",
    // "file.read_error") when the file cannot be read.
    static EspLogReport diagnoseFile(const QString &path, const Options &options = {});

private:
    struct State;
    Options m_options;
    std::unique_ptr<State> d;
};

}  // namespace fw::esp
