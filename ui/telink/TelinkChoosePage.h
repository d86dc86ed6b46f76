#pragma once
// Step 3: what the thermometer should run afterwards (pvvx Bluetooth firmware, Zigbee, or back
// to Xiaomi's), the file, and the check of that file against this thermometer before anything
// is sent: each refusal with its causes and what to do. Stock firmware's signing rules are
// explained here and its Mi login is done here, with the wired rescue as the way out.

#include "telink/TelinkFileCheck.h"
#include "telink/TelinkIdentity.h"
#include "ui/telink/TelinkWizardPage.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace fw::ui {

class TelinkMiLoginBox;
class WizardFilePicker;

class TelinkChoosePage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkChoosePage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    void setGoal(fw::telink::TelinkGoal goal);
    fw::telink::TelinkGoal goal() const;
    // Reads and checks the file; true when the file may be sent to this thermometer (stock
    // firmware also needs the Mi token before Next opens).
    bool setFirmwareFile(const QString &path);
    bool fileOk() const;

    const fw::telink::TelinkFileVerdict &verdict() const { return m_verdict; }
    QString situationText() const;  // about what the thermometer runs now (stock, old pvvx)
    QString verdictText() const;    // the file check, with each refusal
    QString notesText() const;      // facts and warnings about the file
    QRadioButton *goalButton(fw::telink::TelinkGoal goal) const;
    QPushButton *wiredButton() const { return m_wired; }
    TelinkMiLoginBox *miLoginBox() const { return m_miLogin; }

protected:
    void retranslate() override;

private:
    void choose();
    void check();
    void render();
    void renderSituation();

    QButtonGroup *m_goals = nullptr;
    QLabel *m_goalLabel = nullptr;
    QRadioButton *m_pvvx = nullptr;
    QRadioButton *m_zigbee = nullptr;
    QRadioButton *m_stock = nullptr;
    QLabel *m_pvvxHint = nullptr;
    QLabel *m_zigbeeHint = nullptr;
    QLabel *m_stockHint = nullptr;
    QLabel *m_situation = nullptr;
    TelinkMiLoginBox *m_miLogin = nullptr;
    QLabel *m_fileLabel = nullptr;
    WizardFilePicker *m_picker = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_wiredHint = nullptr;
    QPushButton *m_wired = nullptr;

    QString m_file;
    QByteArray m_bytes;
    QString m_error;  // the file could not be read
    fw::telink::TelinkFileVerdict m_verdict;
    bool m_extended = false;
};

}  // namespace fw::ui
