#include "cli/EspCliArgs.h"

#include "esp/ImageInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fw::cli {

using fw::esp::ImageFamily;
using fw::esp::ImageInfo;

namespace {

struct AddressRange {
    quint32 from;
    quint32 to;
};

// Where an application image maps the flash (instruction and data caches), per image chip id.
// A boot loader loads only into internal RAM, so a segment in these ranges marks an app.
QList<AddressRange> flashMappedRanges(quint16 chipId)
{
    switch (chipId) {
    case 0:  // ESP32
        return {{0x3F400000, 0x3F800000}, {0x400C2000, 0x40C00000}};
    case 2:  // ESP32-S2
        return {{0x3F000000, 0x3FF80000}, {0x40080000, 0x40800000}};
    default:  // C3, S3 and later: one data and one instruction window
        return {{0x3C000000, 0x3E000000}, {0x42000000, 0x44000000}};
    }
}

}  // namespace

std::optional<qint64> EspCliArgs::parseOffset(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(0[xX][0-9A-Fa-f]+|[0-9]+)$"));
    if (!re.match(text.trimmed()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const QString t = text.trimmed();
    const qint64 v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toLongLong(&ok, 16)
                                                                             : t.toLongLong(&ok, 10);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

QList<EspCliArgs::FileArg> EspCliArgs::parseFiles(const QStringList &tokens, QString *error)
{
    QList<FileArg> out;
    qint64 pending = -1;  // an offset waiting for its file
    for (const QString &t : tokens) {
        if (const std::optional<qint64> off = parseOffset(t)) {
            if (pending >= 0) {
                if (error)
                    *error = QCoreApplication::translate("fw::cli::EspCliArgs",
                                                         "Two offsets in a row (%1, then %2): each offset needs a file "
                                                         "after it.")
                                 .arg(QStringLiteral("0x%1").arg(pending, 0, 16), t);
                return {};
            }
            pending = *off;
            continue;
        }
        out.append({pending, t});
        pending = -1;
    }
    if (pending >= 0) {
        if (error)
            *error = QCoreApplication::translate("fw::cli::EspCliArgs", "The offset %1 has no file after it.")
                         .arg(QStringLiteral("0x%1").arg(pending, 0, 16));
        return {};
    }
    return out;
}

std::optional<qint64> EspCliArgs::defaultOffset(const QByteArray &bytes, QString *why)
{
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
    };
    const qint64 header = ImageInfo::locateHeader(bytes);
    if (header == 0x1000) {
        say(QCoreApplication::translate("fw::cli::EspCliArgs",
                                        "an ESP32 factory image (boot loader at 0x1000 inside the file)"));
        return 0;
    }
    if (header != 0) {
        say(QCoreApplication::translate("fw::cli::EspCliArgs", "not an ESP firmware image"));
        return std::nullopt;
    }
    const ImageInfo info = ImageInfo::parse(bytes, 0);
    if (info.family != ImageFamily::Esp32) {
        say(QCoreApplication::translate("fw::cli::EspCliArgs", "an ESP8266 image"));
        return 0;
    }
    const QList<AddressRange> mapped = flashMappedRanges(info.chipId);
    for (const fw::esp::ImageSegment &s : info.segments) {
        for (const AddressRange &r : mapped) {
            if (s.loadAddress >= r.from && s.loadAddress < r.to) {
                say(QCoreApplication::translate("fw::cli::EspCliArgs",
                                                "an %1 application image, which goes where its partition table "
                                                "says (usually 0x10000)")
                        .arg(info.chipName()));
                return std::nullopt;
            }
        }
    }
    // The ESP32 and S2 ROMs look for their boot loader at 0x1000, later chips at 0x0.
    const bool at1000 = info.chipId == 0 || info.chipId == 2;
    say(QCoreApplication::translate("fw::cli::EspCliArgs", "an %1 boot loader").arg(info.chipName()));
    return at1000 ? 0x1000 : 0;
}

}  // namespace fw::cli
