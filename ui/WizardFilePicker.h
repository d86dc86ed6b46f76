#pragma once
// The file part of the wizards' firmware and restore steps: a path field with its "Choose…" button and
// dialog, and the refusal note with the "write anyway" box that lets the user overrule it.

#include <QObject>
#include <QString>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace fw::ui {

class WrapCheckBox;

class WizardFilePicker : public QObject {
    Q_OBJECT
public:
    // Every text comes from the page, already translated in the page's own context.
    struct Texts {
        QString placeholder;     // in the empty path field
        QString accessibleName;  // of the path field
        QString chooseLabel;     // on the button
        QString dialogTitle;
        QString dialogFilter;
        QString refusalHeading;  // above the list of reasons
        QString overrideLabel;   // on the "write anyway" box
    };

    // Adds the path field and its button to layout. The refusal note and the override box come
    // later (addRefusalTo) so that the page's own controls keep their place in the tab order.
    WizardFilePicker(QWidget *page, QVBoxLayout *layout);
    void addRefusalTo(QVBoxLayout *layout);

    void setTexts(const Texts &texts);
    void setPath(const QString &path);
    // Runs the file dialog from startDir; empty when the user cancels.
    QString askForFile(const QString &startDir) const;
    // Runs the file dialog in the folder of `current`, or else in the folder last used under
    // settingsKey, and remembers the folder; empty when the user cancels.
    QString chooseFile(const QString &current, const QString &settingsKey) const;
    // Reads a firmware file whole. Empty, with *error in plain words, when it is missing, a
    // folder, larger than maxSize (tooLargeText gets the file's size as %1), unreadable or empty.
    static QByteArray readFile(const QString &path, qint64 maxSize, const QString &tooLargeText, QString *error);

    // Shows the reasons with the override box under them; hides both when there are none.
    void showRefusals(const QStringList &reasons);
    // The refusal note as shown, empty when hidden.
    QString refusalText() const;

    QPushButton *chooseButton() const { return m_choose; }
    QCheckBox *overrideCheck() const { return m_override; }
    bool isOverridden() const;
    // Unticks the box without a signal: a new file starts without the user's consent.
    void clearOverride();
    // Puts back the user's earlier answer after a re-check that still refuses.
    void restoreOverride(bool wasOverridden, const QStringList &reasons);
    bool allowsWrite(const QStringList &reasons) const { return reasons.isEmpty() || isOverridden(); }
    bool isForced(const QStringList &reasons) const { return !reasons.isEmpty() && isOverridden(); }

Q_SIGNALS:
    void chooseRequested();
    void overrideToggled(bool checked);

private:
    QWidget *m_page;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_refusal = nullptr;
    WrapCheckBox *m_overrideRow = nullptr;
    QCheckBox *m_override = nullptr;
    Texts m_texts;
};

}  // namespace fw::ui
