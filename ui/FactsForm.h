#pragma once
// A form of facts ("Firmware:  pvvx custom 5.8"): keyed rows whose values wrap, can be selected
// and copied, and carry their label as accessible name; the wizards show identities and
// summaries with it.

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace fw::ui {

class FactsForm : public QWidget {
    Q_OBJECT
public:
    explicit FactsForm(QWidget *parent = nullptr);

    // Sets the row `key` (added at the end when new) and shows it.
    void setRow(const QString &key, const QString &label, const QString &value);
    void setRowVisible(const QString &key, bool visible);
    // Hides every row; setRow shows them again one by one.
    void hideAll();
    QString value(const QString &key) const;  // empty for a hidden or unknown row
    QLabel *valueLabel(const QString &key) const;
    // "Label value" per visible row, one a line.
    QString text() const;

private:
    struct Row {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        bool visible = true;
    };

    QFormLayout *m_form;
    QHash<QString, Row> m_rows;
    QStringList m_keys;
};

}  // namespace fw::ui
