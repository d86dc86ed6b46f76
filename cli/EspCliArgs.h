#pragma once
// The file arguments of `flashwright-cli esp`: "[OFFSET] FILE [OFFSET FILE...]" pairs, offsets in
// hex (0x1000) or decimal, and the offset an image goes to when none is given.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw::cli {

class EspCliArgs {
public:
    struct FileArg {
        qint64 offset = -1;  // -1 = take the default for the image
        QString path;
    };

    // "0x1000", "4096"; nullopt for anything else (a file name).
    static std::optional<qint64> parseOffset(const QString &text);
    // Pairs of [OFFSET] FILE; *error gets a usage message when an offset has no file after it.
    static QList<FileArg> parseFiles(const QStringList &tokens, QString *error);

    // Where an image file is written when no offset is given: 0x0 for an ESP8266 image or an
    // ESP32 factory image (0xFF up to a boot loader at 0x1000), 0x1000 for an ESP32/S2 boot
    // loader, 0x0 for the boot loader of later chips. nullopt for an application image or a
    // file that is not an image: those need an explicit offset. *why says which it was.
    static std::optional<qint64> defaultOffset(const QByteArray &bytes, QString *why = nullptr);
};

}  // namespace fw::cli
