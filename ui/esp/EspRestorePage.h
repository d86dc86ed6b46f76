#pragma once
// Step 6 when putting a backup back: pick the file, check that it fits this device's flash and
// came from this chip (the MAC in its name); a mismatch needs an explicit "write it anyway".

#include "ui/esp/EspWizardPage.h"

class QCheckBox;
class QLabel;

namespace fw::ui {

class WizardFilePicker;

class EspRestorePage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspRestorePage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Checks the file and shows what was found; false when it cannot be used as it is.
    bool setBackupFile(const QString &path);
    QStringList problems() const { return m_problems; }
    QCheckBox *overrideCheck() const;
    QString findingsText() const;

protected:
    void retranslate() override;

private:
    void choose();
    void render();

    WizardFilePicker *m_picker = nullptr;
    QLabel *m_findings = nullptr;
    QString m_file;
    qint64 m_size = 0;
    QString m_error;
    QString m_mac;  // of the device the backup came from, when its name or sidecar says
    QStringList m_problems;
};

}  // namespace fw::ui
