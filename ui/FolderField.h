#pragma once
// "Save in: [folder] Change…": where a wizard saves its backups, shown as a read-only path with
// a button that asks for another folder.

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class FolderField : public QWidget {
    Q_OBJECT
public:
    // Every text comes from the page, already translated in the page's own context.
    struct Texts {
        QString label;           // "Save &in:"
        QString accessibleName;  // of the path field
        QString button;          // "C&hange…"
        QString buttonToolTip;
        QString dialogTitle;
    };

    explicit FolderField(QWidget *parent = nullptr);

    void setTexts(const Texts &texts);
    void setDir(const QString &dir);
    QString dir() const { return m_current; }
    QPushButton *changeButton() const { return m_change; }

Q_SIGNALS:
    // The user picked another folder in the dialog.
    void dirChosen(const QString &dir);

private:
    QLabel *m_label;
    QLineEdit *m_path;
    QPushButton *m_change;
    QString m_current;
    QString m_dialogTitle;
};

}  // namespace fw::ui
