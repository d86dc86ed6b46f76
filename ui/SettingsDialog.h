#pragma once
// Preferences: the language (applied at once, no restart), the serial monitor's default speed,
// how many log records the views keep and how many session logs stay on disk.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fw::ui {

class LanguageManager;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(LanguageManager *languages, QWidget *parent = nullptr);

    // Stores the values in QSettings and switches the language; called by OK.
    void apply();
    QComboBox *languageBox() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    LanguageManager *m_languages;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_baudLabel = nullptr;
    QComboBox *m_baud = nullptr;
    QLabel *m_ringLabel = nullptr;
    QSpinBox *m_ring = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLabel *m_keepLabel = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace fw::ui
