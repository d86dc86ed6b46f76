#include "ui/esp/EspFirmwarePage.h"

#include "esp/EspImageCheck.h"
#include "ui/Format.h"
#include "ui/WizardFilePicker.h"
#include "ui/esp/EspWizard.h"
#include "ui/WrapCheckBox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fw::ui {

using fw::esp::ImageFamily;
using fw::esp::ImageFinding;
using fw::esp::ImageInfo;

namespace {
const QString kLastDirKey = QStringLiteral("files/lastFirmwareDir");
}  // namespace

EspFirmwarePage::EspFirmwarePage(EspWizard *owner) : EspWizardPage(owner)
{
    m_picker = new WizardFilePicker(this, content());
    m_facts = makeNote(this, NoteKind::Info);
    m_facts->hide();
    m_warningNote = makeNote(this, NoteKind::Warning);
    m_warningNote->hide();
    m_verdict = makeNote(this, NoteKind::Success);
    m_verdict->hide();
    m_doutRow = new WrapCheckBox(this);
    m_dout = m_doutRow->box();
    m_dout->setChecked(true);
    m_doutRow->hide();
    m_doutHint = new QLabel(this);
    m_doutHint->setWordWrap(true);
    m_doutHint->setForegroundRole(QPalette::PlaceholderText);
    m_doutHint->setContentsMargins(24, 0, 0, 0);
    m_doutHint->hide();
    content()->addWidget(m_facts);
    content()->addWidget(m_verdict);
    content()->addWidget(m_warningNote);
    content()->addWidget(m_doutRow);
    content()->addWidget(m_doutHint);
    m_picker->addRefusalTo(content());

    connect(m_picker, &WizardFilePicker::chooseRequested, this, &EspFirmwarePage::choose);
    connect(m_picker, &WizardFilePicker::overrideToggled, this, &EspFirmwarePage::completeChanged);
    connect(m_dout, &QCheckBox::toggled, this, &EspFirmwarePage::render);
    retranslate();
}

QString EspFirmwarePage::stepTitle() const
{
    return tr("Choose firmware");
}

void EspFirmwarePage::retranslate()
{
    setHeading(tr("Choose the firmware"),
               tr("Pick the file to write, for example tasmota.bin for an ESP8266 or "
                  "tasmota32.factory.bin for an ESP32. Flashwright checks it against the device "
                  "before anything is written."));
    m_picker->setTexts({tr("No file chosen yet"), tr("Firmware file"), tr("&Choose file…"),
                        tr("Choose the firmware"), tr("Firmware images (*.bin);;All files (*)"),
                        tr("<b>Flashwright will not write this file as it is:</b>"),
                        tr("Write anyway: I accept that the device may not start afterwards")});
    render();
}

void EspFirmwarePage::choose()
{
    const QString path = m_picker->chooseFile(m_file, kLastDirKey);
    if (!path.isEmpty())
        setFirmwareFile(path);
}

bool EspFirmwarePage::setFirmwareFile(const QString &path)
{
    m_file = path;
    m_bytes.clear();
    m_error.clear();
    m_info = {};
    m_headerOffset = -1;
    m_picker->clearOverride();
    m_bytes = WizardFilePicker::readFile(path, kMaxFileSize,
                                         tr("The file is %1, larger than the flash of any ESP chip (16 MB). It "
                                            "is not a firmware image for this device."),
                                         &m_error);
    inspect();
    render();
    Q_EMIT completeChanged();
    return m_error.isEmpty() && m_picker->allowsWrite(m_refusals);
}

void EspFirmwarePage::inspect()
{
    m_refusals.clear();
    m_warnings.clear();
    m_warningCodes.clear();
    m_passed.clear();
    m_patch = {};
    m_patchReason.clear();
    m_offset = 0;  // ESP8266 images and ESP32 factory images both start at the flash's start
    if (!m_error.isEmpty() || m_bytes.isEmpty())
        return;
    const EspWizardState &s = state();
    if (!s.connected) {
        // Only reachable when the session was dropped: the file can still be described.
        m_headerOffset = ImageInfo::locateHeader(m_bytes);
        if (m_headerOffset >= 0)
            m_info = ImageInfo::parse(m_bytes, m_headerOffset);
        return;
    }
    const fw::esp::EspImageVerdict verdict = fw::esp::checkImageForDevice(m_bytes, m_offset, s.identity);
    m_info = verdict.info;
    m_headerOffset = verdict.info.magic != 0 ? verdict.info.headerOffset : -1;
    for (const ImageFinding &f : verdict.refusals)
        m_refusals << f.message;
    for (const ImageFinding &f : verdict.warnings) {
        m_warnings << f.message;
        m_warningCodes << f.code;
    }
    if (verdict.suggestedPatch) {
        m_patch = *verdict.suggestedPatch;
        m_patchReason = verdict.patchReason;
        m_headerOffset = verdict.patchHeaderOffset;
    }
    // The board picked in step 2 may know better than the chip's answers (a Tuya plug whose
    // module the chip cannot name): its flash mode is offered too.
    const auto boardMode = EspModule::recommendedFlashMode(s.module);
    if (verdict.ok() && boardMode && !m_patch.mode && m_info.family == ImageFamily::Esp8266
        && m_headerOffset == 0 && m_info.flashMode != *boardMode) {
        ImageInfo::FlashParams want = m_patch;
        want.mode = boardMode;
        if (ImageInfo::patchFlashParams(m_bytes, m_headerOffset, want, m_info.family).changed) {
            m_patch = want;
            m_patchReason = tr("%1 modules start reliably only in %2 mode.")
                                .arg(EspModule::name(s.module), ImageInfo::flashModeName(*boardMode));
        }
    }
    if (verdict.ok()) {
        if (m_info.family != ImageFamily::Unknown)
            m_passed << tr("Made for this chip (%1).").arg(fw::esp::chipKindName(s.identity.chip));
        if (s.identity.flashSize > 0)
            m_passed << tr("Fits into the %1 flash.").arg(s.identity.flashSizeText());
    }
}

bool EspFirmwarePage::flashModeFixOffered() const
{
    return m_error.isEmpty() && m_headerOffset >= 0 && (m_patch.mode || m_patch.sizeCode);
}

QByteArray EspFirmwarePage::bytesToWrite() const
{
    if (!flashModeFixOffered() || !m_dout->isChecked())
        return m_bytes;
    const ImageInfo::PatchResult patched =
        ImageInfo::patchFlashParams(m_bytes, m_headerOffset, m_patch, m_info.family);
    return patched.changed ? patched.bytes : m_bytes;
}

void EspFirmwarePage::render()
{
    m_picker->setPath(m_file);
    const bool haveFile = !m_file.isEmpty();
    m_facts->setVisible(haveFile);
    if (!haveFile) {
        for (QWidget *w : {static_cast<QWidget *>(m_verdict), static_cast<QWidget *>(m_warningNote),
                           static_cast<QWidget *>(m_doutRow), static_cast<QWidget *>(m_doutHint)})
            w->hide();
        m_picker->showRefusals({});
        return;
    }
    if (!m_error.isEmpty()) {
        setNoteKind(m_facts, NoteKind::Danger);
        m_facts->setText(m_error.toHtmlEscaped());
        for (QWidget *w : {static_cast<QWidget *>(m_verdict), static_cast<QWidget *>(m_warningNote),
                           static_cast<QWidget *>(m_doutRow), static_cast<QWidget *>(m_doutHint)})
            w->hide();
        m_picker->showRefusals({});
        return;
    }
    setNoteKind(m_facts, NoteKind::Info);
    QStringList facts;
    facts << tr("<b>Size:</b> %1").arg(flashBytes(m_bytes.size()));
    if (m_headerOffset >= 0) {
        facts << tr("<b>Made for:</b> %1").arg(m_info.chipName().toHtmlEscaped());
        facts << tr("<b>Flash settings in the file:</b> %1 mode, %2, %3")
                     .arg(m_info.flashModeName(), m_info.flashSizeName(), m_info.flashFreqName());
        facts << (m_info.checksumValid() ? tr("<b>Integrity:</b> the file's checksum is correct.")
                                         : tr("<b>Integrity:</b> the file's checksum is wrong."));
    }
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    m_verdict->setText(tr("<b>Checked against your device:</b>") + bulletList(m_passed));
    m_verdict->setVisible(!m_passed.isEmpty() && m_refusals.isEmpty());

    const bool fix = flashModeFixOffered();
    m_doutRow->setVisible(fix);
    m_doutHint->setVisible(fix);
    if (fix) {
        const QString size = state().identity.flashSizeText();
        if (m_patch.mode && m_patch.sizeCode)
            m_doutRow->setText(tr("Use %1 and set the flash size to %2 (recommended for this module)")
                                .arg(ImageInfo::flashModeName(*m_patch.mode), size));
        else if (m_patch.mode)
            m_doutRow->setText(tr("Use %1 (recommended for this module)").arg(ImageInfo::flashModeName(*m_patch.mode)));
        else
            m_doutRow->setText(tr("Set the flash size to %1 (recommended for this device)").arg(size));
        QString hint = m_patchReason;
        if (m_patch.mode)
            hint += QLatin1Char(' ') + tr("The file asks for %1: a wrong mode is the usual reason for a "
                                          "device that is dead after a flash that seemed to work.")
                                           .arg(m_info.flashModeName());
        m_doutHint->setText(hint.trimmed());
    }
    // With the fix ticked, the warnings it answers no longer apply.
    QStringList warnings;
    for (int i = 0; i < m_warnings.size(); ++i) {
        const QString &code = m_warningCodes.value(i);
        const bool answered = fix && m_dout->isChecked()
                              && ((m_patch.mode && code == QLatin1String("image.flash_mode"))
                                  || (m_patch.sizeCode && code.startsWith(QLatin1String("image.flash_size_"))));
        if (!answered)
            warnings << m_warnings[i];
    }
    m_warningNote->setText(tr("<b>Worth knowing:</b>") + bulletList(warnings));
    m_warningNote->setVisible(!warnings.isEmpty());

    m_picker->showRefusals(m_refusals);
}

QString EspFirmwarePage::factsText() const
{
    return m_facts->text();
}

QString EspFirmwarePage::refusalText() const
{
    return m_picker->refusalText();
}

QCheckBox *EspFirmwarePage::overrideCheck() const
{
    return m_picker->overrideCheck();
}

bool EspFirmwarePage::isComplete() const
{
    if (!state().connected || m_file.isEmpty() || !m_error.isEmpty() || m_bytes.isEmpty())
        return false;
    return m_picker->allowsWrite(m_refusals);
}

QString EspFirmwarePage::blockedReason() const
{
    if (!state().connected)
        return tr("Connect to the device first (step 3).");
    if (m_file.isEmpty() || !m_error.isEmpty())
        return tr("Choose a firmware file.");
    return tr("This file does not fit the device: choose another, or tick “Write anyway”.");
}

void EspFirmwarePage::enter()
{
    if (m_file.isEmpty()) {
        render();
        return;
    }
    // The device or the board choice may have changed: check again, keep the user's answers.
    const bool forced = m_picker->isOverridden();
    setFirmwareFile(m_file);
    m_picker->restoreOverride(forced, m_refusals);
}

void EspFirmwarePage::commit()
{
    EspWizardState &s = state();
    const QByteArray bytes = bytesToWrite();
    if (bytes != s.firmwareBytes || s.firmwarePath != m_file)
        s.written = false;
    s.firmwarePath = m_file;
    s.firmwareBytes = bytes;
    s.writeOffset = m_offset;
    s.checkOverridden = m_picker->isForced(m_refusals);
    if (m_headerOffset < 0)
        s.flashModeText.clear();
    else if (flashModeFixOffered() && m_dout->isChecked() && m_patch.mode)
        s.flashModeText = tr("%1 (changed from %2, as recommended)")
                              .arg(ImageInfo::flashModeName(*m_patch.mode), m_info.flashModeName());
    else
        s.flashModeText = tr("%1, as in the file").arg(m_info.flashModeName());
}

void EspFirmwarePage::reset()
{
    m_file.clear();
    m_bytes.clear();
    m_error.clear();
    m_refusals.clear();
    m_warnings.clear();
    m_passed.clear();
    m_headerOffset = -1;
    m_patch = {};
    m_dout->setChecked(true);
    render();
}

QWidget *EspFirmwarePage::mainAction() const
{
    return m_picker->chooseButton();
}

}  // namespace fw::ui
