#pragma once
// A check box whose text wraps to the width it gets: long consent texts ("I understand that I
// cannot undo this without a backup") must not force the page wider than the window.

#include <QWidget>

class QCheckBox;
class QLabel;

namespace fw::ui {

class WrapCheckBox : public QWidget {
    Q_OBJECT
public:
    explicit WrapCheckBox(QWidget *parent = nullptr);

    QCheckBox *box() const { return m_box; }
    void setText(const QString &text);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_box;
    QLabel *m_label;
};

}  // namespace fw::ui
