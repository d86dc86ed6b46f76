#pragma once
// One step of a family wizard: a heading, a lead sentence, the step's content and one main
// action; it tells the wizard when Next may be pressed and, when not, what is still missing.

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fw::ui {

class WizardPage : public QWidget {
    Q_OBJECT
public:
    enum class NoteKind { Info, Success, Warning, Danger };

    explicit WizardPage(QWidget *parent = nullptr);

    // The step's name in the step list and on the Next button ("Wiring").
    virtual QString stepTitle() const = 0;
    // Whether Next may be pressed now; blockedReason() says what is missing when not.
    virtual bool isComplete() const { return true; }
    virtual QString blockedReason() const { return {}; }
    // Called each time the page is shown, and when the user presses Next on it.
    virtual void enter() {}
    virtual void commit() {}
    // Forgets what the page showed (the wizard starts over).
    virtual void reset() {}
    // The control that takes the focus when the page appears: its main action.
    virtual QWidget *mainAction() const { return nullptr; }

    QString headingText() const;

    // A paragraph in a tinted box drawn from the palette, so it reads in light and dark themes.
    static QLabel *makeNote(QWidget *parent, NoteKind kind);
    static void setNoteKind(QLabel *note, NoteKind kind);
    // Mixes the tints of every note under root again from the current palette.
    static void retintNotes(QWidget *root);
    // A main-action button, a little taller than the others.
    static QPushButton *makeMainButton(QWidget *parent);
    // A dim, wrapped line under a choice that says what it means (indented to the choice's text).
    static QLabel *makeHint(QWidget *parent, int indent = 0);
    // A bold line above a part of the page ("What to expect").
    static QLabel *makeSubheading(QWidget *parent);
    // A paragraph of rich text that wraps and can be selected and copied.
    static QLabel *makeText(QWidget *parent);
    // Sizes the way flash chips are sold: "512 KB", "1 MB", "475 KB".
    static QString flashBytes(qint64 bytes);
    // An HTML bullet list of plain-text items, for notes.
    static QString bulletList(const QStringList &items);
    // An HTML bullet list of rich-text items with room between them, for longer advice.
    static QString spacedList(const QStringList &htmlItems);

Q_SIGNALS:
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;
    // Re-words every text; also called once the subclass has built its widgets.
    virtual void retranslate() = 0;

    QVBoxLayout *content() const { return m_content; }
    void setHeading(const QString &heading, const QString &lead);
    // Scrolls the page so that w (a result, a diagnosis) is in view.
    void ensureVisible(QWidget *w);

private:
    QLabel *m_heading = nullptr;
    QLabel *m_lead = nullptr;
    QVBoxLayout *m_content = nullptr;
};

}  // namespace fw::ui
