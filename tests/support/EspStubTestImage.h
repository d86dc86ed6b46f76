#pragma once
// A small, consistent ESP8266 stub image written to a folder, for tests of the upload itself
// and of --stub-image (the simulators run their own stub, whatever was uploaded); tests of the
// default path use the image the build embeds.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fw::test {

class EspStubTestImage {
public:
    struct Layout {
        QByteArray text;
        QByteArray data;
        quint32 entry = 0x4010D004;
        quint32 textStart = 0x4010D000;
        quint32 dataStart = 0x3FFFACAC;
        quint32 bssStart = 0x3FFE8100;
        quint32 bssEnd = 0x3FFE9000;
        quint32 iramLimit = 0x40110000;
        quint32 dramLimit = 0x3FFFC000;
    };

    // 0x1900 bytes of "code" (two MEM_DATA blocks) and 0x300 bytes of "data".
    static Layout defaults();
    static QString buildId(const QByteArray &text, const QByteArray &data);
    // The layout as layout.json holds it, build id included.
    static QJsonObject layoutJson(const Layout &l);
    // Writes text.bin, data.bin and layout.json (layoutJson(l), then `overrides` on top) into
    // `dir`, which it creates; returns dir.
    static QString write(const QString &dir, const Layout &l, const QJsonObject &overrides = {});

    // A test image in a folder that lives as long as the test program.
    static QString sharedPath();
};

}  // namespace fw::test
