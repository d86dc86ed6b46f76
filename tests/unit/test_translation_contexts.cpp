#include <catch2/catch.hpp>

#include "core/Archive.h"
#include "core/BleScanner.h"
#include "core/Diagnosis.h"
#include "core/FirmwareFile.h"
#include "core/GattLink.h"
#include "core/SerialLink.h"
#include "core/SupportBundle.h"
#include "core/UsbCatalog.h"
#include "core/ZipWriter.h"
#include "core/sim/DemoPorts.h"
#include "core/sim/DemoRegistry.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace fw::core;

namespace {

// One <message> of a Qt Linguist catalogue; the key is "context\nsource".
struct TsEntry {
    QString translation;
    QString type;  // "", "unfinished", "obsolete", "vanished"
};

struct Catalogue {
    QHash<QString, TsEntry> messages;
    QSet<QString> contexts;
};

QString key(const QString &context, const QString &source)
{
    return context + QLatin1Char('\n') + source;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue cat;
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
            cat.contexts.insert(context);
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            TsEntry e;
            e.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages keep their forms in <numerusform> children; the first one is enough
            // to tell a translated message from an empty one.
            e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            cat.messages.insert(key(context, source), e);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return cat;
}

const Catalogue &germanCatalogue()
{
    static const Catalogue cat =
        readCatalogue(QStringLiteral(FW_SOURCE_DIR "/translations/flashwright_de.ts"));
    return cat;
}

// Answers no translation, but notes every (context, source) the code asks for, so the test sees
// the context really used at run time instead of trusting what the source code seems to say.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString ctx = QString::fromUtf8(context);
        if (ctx.startsWith(QLatin1String("fw::"))) {
            QMutexLocker lock(&m_mutex);
            m_seen.insert(key(ctx, QString::fromUtf8(sourceText)));
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<QString> seen() const
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_seen;
};

// Runs an action that is expected to end in a diagnosis and ignores it; only the lookups matter.
void expectDiagnosis(const std::function<void()> &action)
{
    try {
        action();
    } catch (const JobError &) {
        return;
    }
    FAIL("the action did not fail with a diagnosis");
}

QString sourceFileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

TEST_CASE("core texts are filed in the German catalogue under the context used at run time",
          "[unit][i18n]")
{
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    struct Uninstall {
        QTranslator *t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall{&recorder};

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString text = tmp.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("This is a plain text file, not a firmware package.\n");
    }
    const QString missing = tmp.filePath(QStringLiteral("no-such-file.bin"));

    // Texts from member functions, from helpers in anonymous namespaces and from file-local
    // classes: each of these kinds was once filed under a context nobody asks for.
    expectDiagnosis([&] { Archive::list(text); });
    expectDiagnosis([&] { Archive::list(missing); });
    expectDiagnosis([&] { Archive::readEntry(text, QStringLiteral("x"), 10); });
    expectDiagnosis([&] { FirmwareFile::load(missing); });
    expectDiagnosis([&] { SupportBundle::build(text + QStringLiteral("/sub/bundle.zip")); });
    expectDiagnosis([&] { ZipWriter w(tmp.filePath(QStringLiteral("missing/out.zip"))); });
    expectDiagnosis([] { sim::DemoPortResolver::start(QStringLiteral("no-such-demo")); });
    CHECK_FALSE(GattLink::attErrorName(0x01).isEmpty());
    CHECK_FALSE(GattLink::disconnectedError(QStringLiteral("A4:C1:38:1A:2B:3C"), {})
                    .diagnosis()
                    .summary.isEmpty());
    CHECK_FALSE(SerialLink::notFoundDiagnosis(QStringLiteral("/dev/ttyUSB9")).summary.isEmpty());
    BleScanner scanner;
    scanner.start(100);
    CHECK_FALSE(scanner.stateText().isEmpty());
    scanner.stop();
    // Demo texts are stored untranslated with a context of their own and translated on use.
    for (const sim::DemoDevice &demo : sim::DemoRegistry::instance().all()) {
        if (demo.trContext && QByteArray(demo.trContext).startsWith("fw::core::")) {
            CHECK_FALSE(demo.title().isEmpty());
            CHECK_FALSE(demo.description().isEmpty());
        }
    }

    const QSet<QString> seen = recorder.seen();
    QSet<QString> contextsSeen;
    for (const QString &k : seen)
        contextsSeen.insert(k.section(QLatin1Char('\n'), 0, 0));
    for (const char *expected :
         {"fw::core::Archive", "fw::core::FirmwareFile", "fw::core::SupportBundle",
          "fw::core::ZipWriter", "fw::core::sim::DemoPortResolver", "fw::core::GattLink",
          "fw::core::SerialLink", "fw::core::BleScanner", "fw::core::sim::CoreDemos",
          "fw::core::sim::BleDemos"}) {
        INFO("no text was looked up under " << expected);
        CHECK(contextsSeen.contains(QString::fromLatin1(expected)));
    }

    const Catalogue &cat = germanCatalogue();
    for (const QString &k : seen) {
        INFO("looked up at run time as [" << k.section(QLatin1Char('\n'), 0, 0).toStdString()
                                         << "] " << k.section(QLatin1Char('\n'), 1).toStdString());
        const auto it = cat.messages.constFind(k);
        REQUIRE(it != cat.messages.cend());
        CHECK(it->type.isEmpty());
        CHECK_FALSE(it->translation.trimmed().isEmpty());
    }
}

TEST_CASE("known core messages sit in the German catalogue under their class", "[unit][i18n]")
{
    struct Known {
        const char *context;
        const char *source;
    };
    // Samples from every kind of place a text can come from; the contexts are the literals the
    // code passes to QCoreApplication::translate or the class a tr() call belongs to.
    const Known known[] = {
        {"fw::core::Archive", "%1 is not an archive this program can read."},
        {"fw::core::Archive", "The archive %1 is damaged or incomplete."},
        {"fw::core::Archive", "The file %1 does not exist."},
        {"fw::core::FirmwareFile", "The file %1 does not exist."},
        {"fw::core::SupportBundle", "Cannot create the folder %1 for the support bundle."},
        {"fw::core::SupportBundle", "[bytes removed: they may contain a secret]"},
        {"fw::core::GattLink", "Invalid Handle"},
        {"fw::core::GattLink", "The Bluetooth connection to %1 was lost."},
        {"fw::core::sim::SimulatedGattLink", "The link is not connected."},
        {"fw::core::BleScanner",
         "Bluetooth service (BlueZ) is not running. Start it with: sudo systemctl start bluetooth "
         "(install the package \"bluez\" if it is missing)."},
        {"fw::core::BleScanner",
         "The system D-Bus is not running, so Bluetooth cannot be used. Start it (sudo systemctl "
         "start dbus), then start the Bluetooth service with: sudo systemctl start bluetooth"},
    };
    const Catalogue &cat = germanCatalogue();
    for (const Known &k : known) {
        INFO("[" << k.context << "] " << k.source);
        const auto it = cat.messages.constFind(
            key(QString::fromLatin1(k.context), QString::fromUtf8(k.source)));
        REQUIRE(it != cat.messages.cend());
        CHECK(it->type.isEmpty());
        CHECK_FALSE(it->translation.trimmed().isEmpty());
    }
    // Contexts that only lupdate ever used: a namespace, a file-local class, an unqualified name.
    for (const char *stale : {"fw::core", "fw::core::Reader", "GattLink", "fw::core::sim"}) {
        INFO(stale);
        CHECK_FALSE(cat.contexts.contains(QString::fromLatin1(stale)));
    }
}

TEST_CASE("every context in the German catalogue is one the code translates with", "[unit][i18n]")
{
    // A context is used at run time when the code passes it literally (QCoreApplication::translate,
    // QT_TRANSLATE_NOOP, Q_DECLARE_TR_FUNCTIONS, a .ui form's class) or when it names a Q_OBJECT
    // class, whose tr() uses it.
    QStringList sources;
    for (const char *dir : {"/backends", "/ui"}) {
        QDirIterator it(QStringLiteral(FW_SOURCE_DIR) + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << sourceFileText(it.next());
    }
    REQUIRE(sources.size() > 20);

    const Catalogue &cat = germanCatalogue();
    REQUIRE(cat.contexts.size() > 10);
    for (const QString &context : cat.contexts) {
        const QString name = context.section(QStringLiteral("::"), -1);
        const QString ns = context.section(QStringLiteral("::"), 0, -2);
        const QRegularExpression qobjectClass(
            QStringLiteral("class\\s+%1\\b[^;{]*\\{\\s*Q_OBJECT\\b")
                .arg(QRegularExpression::escape(name)));
        const QString literal = QLatin1Char('"') + context + QLatin1Char('"');
        const QString form = QStringLiteral("<class>%1</class>").arg(context);
        const QString declared = QStringLiteral("Q_DECLARE_TR_FUNCTIONS(%1)").arg(context);
        bool used = false;
        for (const QString &text : sources) {
            if (text.contains(literal) || text.contains(form) || text.contains(declared)
                || (!ns.isEmpty() && text.contains(QStringLiteral("namespace ") + ns)
                    && text.contains(qobjectClass))) {
                used = true;
                break;
            }
        }
        INFO("context " << context.toStdString()
                        << " is neither passed literally nor a Q_OBJECT class, so nothing looks "
                           "its texts up");
        CHECK(used);
    }
}

TEST_CASE("the German catalogue keeps no obsolete entries", "[unit][i18n]")
{
    const Catalogue &cat = germanCatalogue();
    QStringList stale;
    for (auto it = cat.messages.cbegin(); it != cat.messages.cend(); ++it) {
        if (it->type == QLatin1String("obsolete") || it->type == QLatin1String("vanished"))
            stale << it.key();
    }
    INFO(stale.join(QLatin1String("; ")).toStdString());
    CHECK(stale.isEmpty());
}

TEST_CASE("every USB adapter note has a German translation under the catalog's context",
          "[unit][i18n]")
{
    // The notes live in a JSON resource that lupdate cannot read; UsbCatalog.cpp repeats them
    // for it. A note added to the JSON alone is caught here.
    QFile f(QStringLiteral(FW_SOURCE_DIR "/resources/devices/usb-ids.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray adapters =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("adapters")).toArray();
    REQUIRE(adapters.size() > 10);

    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    struct Uninstall {
        QTranslator *t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall{&recorder};
    const auto ch340 = UsbCatalog::instance().lookup(0x1a86, 0x7523);
    REQUIRE(ch340);
    REQUIRE(recorder.seen().contains(key(QStringLiteral("fw::core::UsbCatalog"), ch340->notes)));

    const Catalogue &cat = germanCatalogue();
    int notes = 0;
    for (const QJsonValue &a : adapters) {
        const QString note = a.toObject().value(QLatin1String("notes")).toString();
        if (note.isEmpty())
            continue;
        ++notes;
        INFO(note.toStdString());
        const auto it = cat.messages.constFind(key(QStringLiteral("fw::core::UsbCatalog"), note));
        REQUIRE(it != cat.messages.cend());
        CHECK(it->type.isEmpty());
        CHECK_FALSE(it->translation.trimmed().isEmpty());
    }
    CHECK(notes > 10);
}
