#include <catch2/catch.hpp>

#include "ui/LanguageManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsStats {
    int messages = 0;
    QStringList unfinished;  // "context: source" of every message without a finished translation
};

TsStats scanTs(const QString &path)
{
    TsStats stats;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++stats.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                --stats.messages;
                continue;
            }
            // Plural messages keep their forms in <numerusform> children.
            QString text;
            bool empty = false;
            bool hasForms = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    hasForms = true;
                    if (xml.readElementText().trimmed().isEmpty())
                        empty = true;
                }
            }
            if (!hasForms && text.trimmed().isEmpty())
                empty = true;
            if (type == QLatin1String("unfinished") || empty)
                stats.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return stats;
}

}  // namespace

TEST_CASE("the German catalogue is complete", "[ui]")
{
    const TsStats stats = scanTs(QStringLiteral(FW_SOURCE_DIR "/translations/flashwright_de.ts"));
    REQUIRE(stats.messages > 100);
    INFO("unfinished: " << stats.unfinished.join(QLatin1Char('\n')).toStdString());
    REQUIRE(stats.unfinished.isEmpty());
}

TEST_CASE("the embedded German catalogue translates known strings", "[ui]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral("flashwright_de"), fw::ui::LanguageManager::resourceDir()));
    REQUIRE(translator.translate("fw::ui::MainWindow", "&File") == QStringLiteral("&Datei"));
    REQUIRE(translator.translate("fw::ui::MainWindow", "Log and bytes") == QStringLiteral("Protokoll und Bytes"));
    REQUIRE(translator.translate("fw::ui::WelcomePage", "Open serial &monitor")
            == QStringLiteral("Serielle&n Monitor öffnen"));
    REQUIRE(translator.translate("fw::ui::DiscoveryPanel", "Demo devices") == QStringLiteral("Demo-Geräte"));

    auto *languages = fw::ui::LanguageManager::instance();
    struct EnglishAfterwards {
        ~EnglishAfterwards() { fw::ui::LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    } restore;
    REQUIRE(languages->setLanguage(QStringLiteral("de")));
    REQUIRE(QCoreApplication::translate("fw::ui::SerialMonitorWidget", "Closed") == QStringLiteral("Geschlossen"));
    REQUIRE(languages->setLanguage(QStringLiteral("en")));
    REQUIRE(QCoreApplication::translate("fw::ui::SerialMonitorWidget", "Closed") == QStringLiteral("Closed"));
    // An unknown language falls back to English and says so.
    REQUIRE_FALSE(languages->setLanguage(QStringLiteral("xx")));
    REQUIRE(languages->effectiveLanguage() == QStringLiteral("en"));
}
