#pragma once
// Owns the application's translators (Flashwright's own catalogue and Qt's qtbase one) and
// swaps them at run time; every widget then receives QEvent::LanguageChange and re-sets its texts.

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace fw::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The one manager the application uses (created on first use).
    static LanguageManager *instance();

    // code: "" follows the system locale, "en" (built-in texts) or "de". Returns false when
    // the catalogue for that language is missing (English stays active then).
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }
    // The language actually shown: "en" or "de" (resolves "" against the system locale).
    QString effectiveLanguage() const { return m_effective; }

    // Languages with an embedded catalogue, e.g. {"de"}; English needs none.
    static QStringList availableCatalogues();
    static QString resourceDir() { return QStringLiteral(":/i18n"); }

Q_SIGNALS:
    void languageChanged(const QString &effectiveCode);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_code;
    QString m_effective = QStringLiteral("en");
};

}  // namespace fw::ui
