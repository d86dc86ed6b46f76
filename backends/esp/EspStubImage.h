#pragma once
// Our ESP8266 flasher stub as the build embeds it (code, data and where each goes in RAM),
// loaded and checked for consistency before a single byte of it is sent to a chip.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QString>

namespace fw::esp {

class EspStubImage {
public:
    // ESP8266 memory the stub may occupy (esp.md §4.6): IRAM including the cache area, and the
    // user DRAM below the ROM's own data.
    static constexpr quint32 kIramStart = 0x40100000;
    static constexpr quint32 kIramEnd = 0x40110000;
    static constexpr quint32 kDramStart = 0x3FFE8000;
    static constexpr quint32 kDramEnd = 0x3FFFC000;

    // The resource folder the build fills: text.bin, data.bin and layout.json.
    static QString builtInPath() { return QStringLiteral(":/esp/stub/esp8266"); }

    QString path;        // where it was loaded from
    QByteArray text;     // code, to textStart
    QByteArray data;     // initialised data, to dataStart (may be empty)
    quint32 entry = 0;
    quint32 textStart = 0;
    quint32 dataStart = 0;
    quint32 bssStart = 0;
    quint32 bssEnd = 0;
    quint32 iramLimit = 0;
    quint32 dramLimit = 0;
    QString build;       // SHA-256 of text + data, lower-case hex

    // "1a2b3c4d": the first 8 characters of the build id, for logs and the loader's name.
    QString shortBuild() const { return build.left(8); }
    bool isBuiltIn() const { return path == builtInPath(); }

    // Reads folder `path` (a ":/" resource or a directory on disk) and checks the layout.
    // Throws JobError esp.stub.image_missing or esp.stub.image_damaged.
    static EspStubImage load(const QString &path = builtInPath());

    // Empty when the image is consistent, else what is wrong with it (translated, one phrase).
    QString problem() const;

    // What load() throws: `file` is missing from `path`, or the image there has `problem`.
    // The built-in image's say to reinstall or rebuild, or to go on with --no-stub.
    static fw::core::Diagnosis missingDiagnosis(const QString &path, const QString &file);
    static fw::core::Diagnosis damagedDiagnosis(const QString &path, const QString &problem);
};

}  // namespace fw::esp
