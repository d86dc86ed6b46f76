#pragma once
// Step 4: what the chip said about itself (chip, MAC, flash size, crystal, which loader answers
// and what that loader can do, the module it most likely sits on) and what the user wants to do.

#include "ui/esp/EspWizardPage.h"

class QFormLayout;
class QLabel;
class QRadioButton;

namespace fw::ui {

class EspIdentifyPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspIdentifyPage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    QWidget *mainAction() const override;

    // The value shown in a row ("chip", "mac", "flash", "crystal", "loader", "abilities",
    // "speed", "module"), for tests and screen readers.
    QString rowText(const QString &key) const;
    QRadioButton *flashButton() const { return m_flash; }
    QRadioButton *restoreButton() const { return m_restore; }

protected:
    void retranslate() override;

private:
    void render();
    QLabel *row(const QString &key);

    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QStringList m_keys;
    QLabel *m_mismatch = nullptr;
    QLabel *m_goalLabel = nullptr;
    QRadioButton *m_flash = nullptr;
    QRadioButton *m_restore = nullptr;
};

}  // namespace fw::ui
