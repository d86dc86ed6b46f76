#pragma once
// The About box: what Flashwright is, its version, the versions of the libraries it runs on
// (for support requests), where the session logs are, and the licence.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fw::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString versionsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_versionsLabel = nullptr;
    QPlainTextEdit *m_versions = nullptr;
    QLabel *m_logs = nullptr;
    QLabel *m_licence = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace fw::ui
