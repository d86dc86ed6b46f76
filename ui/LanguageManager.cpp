#include "ui/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace fw::ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

QStringList LanguageManager::availableCatalogues()
{
    QStringList codes;
    const QStringList files =
        QDir(resourceDir()).entryList({QStringLiteral("flashwright_*.qm")}, QDir::Files);
    for (const QString &f : files) {
        QString code = f.mid(int(qstrlen("flashwright_")));
        code.chop(3);
        codes << code;
    }
    return codes;
}

void LanguageManager::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool LanguageManager::setLanguage(const QString &code)
{
    QString wanted = code.trimmed().toLower();
    if (wanted.isEmpty()) {
        // Follow the system: use the first UI language we have a catalogue for.
        wanted = QStringLiteral("en");
        const QStringList available = availableCatalogues();
        for (const QString &name : QLocale::system().uiLanguages()) {
            const QString lang = name.section(QLatin1Char('-'), 0, 0).toLower();
            if (lang == QLatin1String("en") || available.contains(lang)) {
                wanted = lang;
                break;
            }
        }
    }

    bool ok = true;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    if (wanted != QLatin1String("en")) {
        app = std::make_unique<QTranslator>();
        if (!app->load(QStringLiteral("flashwright_") + wanted, resourceDir())) {
            app.reset();
            ok = false;
            wanted = QStringLiteral("en");
        } else {
            qt = std::make_unique<QTranslator>();
            // Qt's own dialogs (file chooser, message box buttons); optional package.
            if (!qt->load(QStringLiteral("qtbase_") + wanted,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                qt.reset();
        }
    }

    removeTranslators();
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    m_code = code.trimmed().toLower();
    m_effective = wanted;
    QLocale::setDefault(QLocale(wanted));

    // QApplication posts LanguageChange to the windows; deliver it now so callers (and tests)
    // see the new texts as soon as this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    Q_EMIT languageChanged(m_effective);
    return ok;
}

}  // namespace fw::ui
