#pragma once
// A small, consistent ESP8266 stub image written to a folder, for tests that upload a stub
// without depending on the build's own (the simulators never run the uploaded code), plus the
// choice between the built-in image and this one for tests of the default path.
//
// The two choosers are inline: fw_test_support does not link the ESP library itself.

#include "core/Diagnosis.h"
#include "esp/EspStubImage.h"

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
    // For tests of the default path: empty when the built-in stub loads, so the real one is
    // used; else sharedPath(), until the build embeds one.
    static QString pathForDefaultRuns()
    {
        try {
            fw::esp::EspStubImage::load();
            return {};
        } catch (const fw::core::JobError &) {
            return sharedPath();
        }
    }
    // The same as CLI arguments: {} or {"--stub-image", sharedPath()}.
    static QStringList cliArgs()
    {
        const QString path = pathForDefaultRuns();
        return path.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--stub-image"), path};
    }
};

}  // namespace fw::test
