#include "esp/EspStubImage.h"

#include "core/Diagnosis.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

using fw::core::Diagnosis;
using fw::core::JobError;

namespace fw::esp {

namespace {

constexpr qint64 kMaxFileBytes = 256 * 1024;  // far more than the whole of the ESP8266's RAM

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}

QString nextStep(const QString &path)
{
    if (path != EspStubImage::builtInPath())
        return QCoreApplication::translate(
            "fw::esp::EspStubImage",
            "Point --stub-image at the output folder of a complete stub build, or leave the option "
            "out to use the stub built into Flashwright.");
    return QCoreApplication::translate(
        "fw::esp::EspStubImage",
        "Reinstall Flashwright, or rebuild it with the ESP8266 (lx106) toolchain installed. To go "
        "on without the stub, use --no-stub (in the wizard: \"Use the chip's ROM loader only\"): "
        "writing still works, but slower and without backup or verification.");
}

}  // namespace

Diagnosis EspStubImage::missingDiagnosis(const QString &path, const QString &file)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.stub.image_missing");
    d.summary = path == EspStubImage::builtInPath()
                    ? QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "This program's ESP8266 flasher stub is missing.")
                    : QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "There is no ESP8266 flasher stub in %1.")
                          .arg(QDir::toNativeSeparators(path));
    if (path == EspStubImage::builtInPath())
        d.causes << QCoreApplication::translate("fw::esp::EspStubImage",
                                                "This copy of Flashwright was built without its ESP8266 stub "
                                                "(%1 is not in it).")
                        .arg(file);
    else
        d.causes << QCoreApplication::translate("fw::esp::EspStubImage",
                                                "The folder %1 has no readable %2; a stub build puts text.bin, "
                                                "data.bin and layout.json there.")
                        .arg(QDir::toNativeSeparators(path), file);
    d.nextStep = nextStep(path);
    return d;
}

Diagnosis EspStubImage::damagedDiagnosis(const QString &path, const QString &problem)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.stub.image_damaged");
    d.summary = path == EspStubImage::builtInPath()
                    ? QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "This program's ESP8266 flasher stub is damaged: %1.")
                          .arg(problem)
                    : QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "The ESP8266 flasher stub in %1 is damaged: %2.")
                          .arg(QDir::toNativeSeparators(path), problem);
    d.causes << QCoreApplication::translate("fw::esp::EspStubImage",
                                            "The files were changed or damaged after the build.")
             << QCoreApplication::translate("fw::esp::EspStubImage",
                                            "The stub build wrote a layout that does not match its code.");
    d.nextStep = nextStep(path);
    return d;
}

namespace {

[[noreturn]] void missing(const QString &path, const QString &file)
{
    throw JobError(EspStubImage::missingDiagnosis(path, file));
}

[[noreturn]] void damaged(const QString &path, const QString &problem)
{
    throw JobError(EspStubImage::damagedDiagnosis(path, problem));
}

QByteArray readFile(const QString &path, const QString &name)
{
    QFile f(path + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        missing(path, name);
    if (f.size() > kMaxFileBytes)
        damaged(path, QCoreApplication::translate("fw::esp::EspStubImage", "%1 is %2 bytes, more than the chip's RAM")
                          .arg(name)
                          .arg(f.size()));
    return f.readAll();
}

// A layout number: a JSON number, or a string in hex ("0x4010D000") or decimal.
std::optional<quint32> number(const QJsonObject &layout, const char *key)
{
    const QJsonValue v = layout.value(QLatin1String(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 4294967295.0 || d != double(quint64(d)))
            return std::nullopt;
        return quint32(quint64(d));
    }
    if (v.isString()) {
        bool ok = false;
        const qulonglong n = v.toString().trimmed().toULongLong(&ok, 0);
        if (ok && n <= 0xFFFFFFFFull)
            return quint32(n);
    }
    return std::nullopt;
}

bool inside(quint64 start, quint64 size, quint64 lo, quint64 hi)
{
    return start >= lo && start + size <= hi;
}

}  // namespace

EspStubImage EspStubImage::load(const QString &path)
{
    EspStubImage img;
    img.path = path;
    img.text = readFile(path, QStringLiteral("text.bin"));
    img.data = readFile(path, QStringLiteral("data.bin"));
    const QByteArray json = readFile(path, QStringLiteral("layout.json"));

    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        damaged(path, QCoreApplication::translate("fw::esp::EspStubImage", "layout.json is not a JSON object (%1)")
                          .arg(err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("-")));
    const QJsonObject layout = doc.object();

    struct Field {
        const char *key;
        quint32 *to;
    };
    quint32 textSize = 0;
    quint32 dataSize = 0;
    const Field fields[] = {{"entry", &img.entry},         {"text_start", &img.textStart}, {"text_size", &textSize},
                            {"data_start", &img.dataStart}, {"data_size", &dataSize},       {"bss_start", &img.bssStart},
                            {"bss_end", &img.bssEnd},       {"iram_limit", &img.iramLimit}, {"dram_limit", &img.dramLimit}};
    for (const Field &f : fields) {
        const std::optional<quint32> v = number(layout, f.key);
        if (!v)
            damaged(path, QCoreApplication::translate("fw::esp::EspStubImage",
                                                      "layout.json lacks the number \"%1\"")
                              .arg(QLatin1String(f.key)));
        *f.to = *v;
    }
    img.build = layout.value(QLatin1String("build")).toString().trimmed().toLower();

    if (quint32(img.text.size()) != textSize)
        damaged(path, QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "text.bin has %1 bytes, layout.json says %2")
                          .arg(img.text.size())
                          .arg(textSize));
    if (quint32(img.data.size()) != dataSize)
        damaged(path, QCoreApplication::translate("fw::esp::EspStubImage",
                                                  "data.bin has %1 bytes, layout.json says %2")
                          .arg(img.data.size())
                          .arg(dataSize));
    const QByteArray sha = QCryptographicHash::hash(QByteArray(img.text + img.data), QCryptographicHash::Sha256).toHex();
    if (img.build != QString::fromLatin1(sha))
        damaged(path, img.build.isEmpty()
                          ? QCoreApplication::translate("fw::esp::EspStubImage", "layout.json has no build id")
                          : QCoreApplication::translate("fw::esp::EspStubImage",
                                                        "its code does not match its build id (SHA-256 %1, "
                                                        "layout.json says %2)")
                                .arg(QString::fromLatin1(sha.left(16)), img.build.left(16)));
    if (const QString p = img.problem(); !p.isEmpty())
        damaged(path, p);
    return img;
}

QString EspStubImage::problem() const
{
    const quint64 textEnd = quint64(textStart) + quint64(text.size());
    const quint64 dataEnd = quint64(dataStart) + quint64(data.size());
    if (text.isEmpty())
        return QCoreApplication::translate("fw::esp::EspStubImage", "it has no code");
    if (iramLimit <= kIramStart || iramLimit > kIramEnd || dramLimit <= kDramStart || dramLimit > kDramEnd)
        return QCoreApplication::translate("fw::esp::EspStubImage",
                                           "its memory limits (IRAM up to %1, DRAM up to %2) are not the ESP8266's")
            .arg(hex32(iramLimit), hex32(dramLimit));
    // The ROM's MEM_DATA writes IRAM in whole words only.
    if (textStart % 4 != 0 || dataStart % 4 != 0)
        return QCoreApplication::translate("fw::esp::EspStubImage", "its segments do not start on a word boundary");
    if (!inside(textStart, quint64(text.size()), kIramStart, iramLimit))
        return QCoreApplication::translate("fw::esp::EspStubImage", "its code (%1 bytes at %2) does not fit in IRAM below %3")
            .arg(text.size())
            .arg(hex32(textStart), hex32(iramLimit));
    if (!data.isEmpty() && !inside(dataStart, quint64(data.size()), kDramStart, dramLimit))
        return QCoreApplication::translate("fw::esp::EspStubImage", "its data (%1 bytes at %2) does not fit in DRAM below %3")
            .arg(data.size())
            .arg(hex32(dataStart), hex32(dramLimit));
    if (bssEnd < bssStart || (bssEnd > bssStart && !inside(bssStart, bssEnd - bssStart, kDramStart, dramLimit)))
        return QCoreApplication::translate("fw::esp::EspStubImage", "its zeroed data (%1 to %2) lies outside DRAM below %3")
            .arg(hex32(bssStart), hex32(bssEnd), hex32(dramLimit));
    if (!data.isEmpty() && bssEnd > bssStart && dataStart < bssEnd && bssStart < dataEnd)
        return QCoreApplication::translate("fw::esp::EspStubImage", "its data and its zeroed data overlap");
    if (entry < textStart || entry >= textEnd)
        return QCoreApplication::translate("fw::esp::EspStubImage", "its entry point %1 is not inside its code (%2 to %3)")
            .arg(hex32(entry), hex32(textStart), hex32(quint32(textEnd)));
    return {};
}

}  // namespace fw::esp
