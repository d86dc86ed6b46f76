#pragma once
// Step 6: pick the firmware file, see what it is (chip, flash settings, integrity), check it
// against the connected device (refusals need an explicit "write anyway"), and offer the
// flash-mode fix the board needs (DOUT on ESP8266/8285 Tuya modules).

#include "ui/esp/EspWizardPage.h"

#include "esp/ImageInfo.h"

#include <QByteArray>
#include <QStringList>

class QCheckBox;
class QLabel;

namespace fw::ui {

class WizardFilePicker;
class WrapCheckBox;

class EspFirmwarePage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspFirmwarePage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Reads and inspects the file and checks it against the device; false when it cannot be
    // written as it is (unreadable, or refused until the user overrides).
    bool setFirmwareFile(const QString &path);
    QString firmwarePath() const { return m_file; }
    QStringList refusals() const { return m_refusals; }
    QStringList warnings() const { return m_warnings; }
    // The bytes commit() hands on: patched to the recommended flash mode when that box is ticked.
    QByteArray bytesToWrite() const;

    QCheckBox *overrideCheck() const;
    QCheckBox *flashModeCheck() const { return m_dout; }
    QString factsText() const;
    QString refusalText() const;

    static constexpr qint64 kMaxFileSize = qint64(16) << 20;  // the largest ESP flash

protected:
    void retranslate() override;

private:
    void choose();
    void inspect();
    void render();
    bool flashModeFixOffered() const;

    WizardFilePicker *m_picker = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_warningNote = nullptr;
    QLabel *m_verdict = nullptr;
    WrapCheckBox *m_doutRow = nullptr;
    QCheckBox *m_dout = nullptr;
    QLabel *m_doutHint = nullptr;

    QString m_file;
    QByteArray m_bytes;
    fw::esp::ImageInfo m_info;
    qint64 m_headerOffset = -1;
    qint64 m_offset = 0;  // where in flash the file goes
    QString m_error;
    QStringList m_refusals;
    QStringList m_warnings;
    QStringList m_warningCodes;
    fw::esp::ImageInfo::FlashParams m_patch;  // the header fix offered (mode and/or size)
    QString m_patchReason;
    QStringList m_passed;  // checks that passed, said plainly ("made for the ESP8266")
};

}  // namespace fw::ui
