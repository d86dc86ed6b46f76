#include <catch2/catch.hpp>

#include "core/Archive.h"
#include "core/BleScanner.h"
#include "core/Diagnosis.h"
#include "core/FirmwareFile.h"
#include "core/GattLink.h"
#include "ui/LanguageManager.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <functional>

using fw::core::BleScanner;
using fw::core::Diagnosis;
using fw::core::JobError;
using fw::ui::LanguageManager;

namespace {

// Puts English back even when a check fails half-way, so later tests see English texts.
struct EnglishAfterwards {
    ~EnglishAfterwards() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
};

Diagnosis diagnosisOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const JobError &e) {
        return e.diagnosis();
    }
    FAIL("the action did not fail with a diagnosis");
    return {};
}

std::string str(const QString &s)
{
    return s.toStdString();
}

}  // namespace

TEST_CASE("core diagnoses come out in German after switching the language", "[ui][i18n]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString text = tmp.filePath(QStringLiteral("readme.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("This is a plain text file, not a firmware package.\n");
    }
    const QString missing = tmp.filePath(QStringLiteral("missing.bin"));

    EnglishAfterwards restore;
    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("de")));

    // From a file-local reader class inside Archive.cpp.
    const Diagnosis notArchive = diagnosisOf([&] { fw::core::Archive::list(text); });
    CHECK(notArchive.code == QStringLiteral("archive.not_archive"));
    CHECK(str(notArchive.summary)
          == str(QStringLiteral("%1 ist kein Archiv, das dieses Programm lesen kann.")
                     .arg(QDir::toNativeSeparators(text))));
    CHECK(str(notArchive.nextStep)
          == "Laden Sie sie als Firmware-Datei oder laden Sie das Paket erneut herunter.");

    // From a helper in FirmwareFile.cpp's anonymous namespace.
    const Diagnosis notFound = diagnosisOf([&] { fw::core::FirmwareFile::load(missing); });
    CHECK(notFound.code == QStringLiteral("file.not_found"));
    CHECK(str(notFound.summary)
          == str(QStringLiteral("Die Datei %1 existiert nicht.")
                     .arg(QDir::toNativeSeparators(missing))));
    REQUIRE(notFound.causes.size() == 1);
    CHECK(str(notFound.causes.first())
          == "Der Pfad ist falsch geschrieben, oder die Datei wurde verschoben, umbenannt oder "
             "gelöscht.");

    // From a class that is not a QObject.
    CHECK(str(fw::core::GattLink::attErrorName(0x01)) == "Ungültiges Handle");

    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    CHECK(str(fw::core::GattLink::attErrorName(0x01)) == "Invalid Handle");
    CHECK(diagnosisOf([&] { fw::core::Archive::list(text); })
              .summary.endsWith(QStringLiteral("is not an archive this program can read.")));
}

TEST_CASE("BleScanner's state text follows a language switch made after the scan",
          "[ui][i18n][ble]")
{
    QTranslator catalogue;
    REQUIRE(catalogue.load(QStringLiteral("flashwright_de"), LanguageManager::resourceDir()));

    EnglishAfterwards restore;
    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    BleScanner scanner;
    scanner.start(100);
    const BleScanner::State state = scanner.state();
    const QString english = scanner.stateText();
    INFO("state " << int(state) << ": " << str(english));
    REQUIRE_FALSE(english.isEmpty());

    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("de")));
    REQUIRE(scanner.state() == state);
    const QString german = scanner.stateText();
    INFO("German: " << str(german));
    CHECK(str(german) != str(english));
    // Without BlueZ or an adapter (CI, containers) the text has no arguments, so it must be
    // exactly the catalogue's translation.
    if (state == BleScanner::State::BluezUnavailable || state == BleScanner::State::NoAdapter) {
        const QString expected =
            catalogue.translate("fw::core::BleScanner", english.toUtf8().constData());
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(str(german) == str(expected));
    }

    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    CHECK(str(scanner.stateText()) == str(english));
    scanner.stop();

    // The other way round: a state reached in German reads in English after switching back.
    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("de")));
    BleScanner germanScanner;
    germanScanner.start(100);
    const QString before = germanScanner.stateText();
    REQUIRE(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    if (germanScanner.state() == state)
        CHECK(str(germanScanner.stateText()) == str(english));
    else
        CHECK(str(germanScanner.stateText()) != str(before));
    germanScanner.stop();
}
