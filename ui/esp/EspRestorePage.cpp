#include "ui/esp/EspRestorePage.h"

#include "esp/EspBackupFile.h"
#include "ui/WizardFilePicker.h"
#include "ui/esp/EspWizard.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

EspRestorePage::EspRestorePage(EspWizard *owner) : EspWizardPage(owner)
{
    m_picker = new WizardFilePicker(this, content());
    m_findings = makeNote(this, NoteKind::Info);
    m_findings->hide();
    content()->addWidget(m_findings);
    m_picker->addRefusalTo(content());

    connect(m_picker, &WizardFilePicker::chooseRequested, this, &EspRestorePage::choose);
    connect(m_picker, &WizardFilePicker::overrideToggled, this, &EspRestorePage::completeChanged);
    retranslate();
}

QString EspRestorePage::stepTitle() const
{
    return tr("Choose backup");
}

void EspRestorePage::retranslate()
{
    setHeading(tr("Choose the backup to put back"),
               tr("Pick a backup Flashwright made of this device, or another copy of its whole "
                  "flash. Flashwright checks that it fits before anything is written."));
    m_picker->setTexts({tr("No backup chosen yet"), tr("Backup file"), tr("&Choose backup…"),
                        tr("Choose the backup"), tr("Flash backups (*.bin);;All files (*)"),
                        tr("<b>Flashwright will not write this file as it is:</b>"),
                        tr("Write it anyway: I accept that the device may not start afterwards")});
    render();
}

void EspRestorePage::choose()
{
    const QString start = state().restorePath.isEmpty() ? state().backupDir : state().restorePath;
    const QString path = m_picker->askForFile(start);
    if (!path.isEmpty())
        setBackupFile(path);
}

bool EspRestorePage::setBackupFile(const QString &path)
{
    m_file = path;
    m_problems.clear();
    m_error.clear();
    m_mac.clear();
    m_picker->clearOverride();
    const QFileInfo info(path);
    const fw::esp::EspIdentity &id = state().identity;
    if (!info.exists()) {
        m_error = tr("The file %1 does not exist (any more). Choose it again.").arg(path);
    } else if (!info.isFile() || !info.isReadable()) {
        m_error = tr("Flashwright cannot read %1. Check that it is a file you may read.").arg(path);
    } else {
        m_size = info.size();
        if (m_size == 0)
            m_error = tr("The file is empty: it is not a backup.");
        else if (id.flashSize > 0 && m_size > id.flashSize)
            m_problems << tr("The file (%1) is larger than this device's flash (%2): it comes "
                             "from another device.")
                              .arg(flashBytes(m_size), flashBytes(id.flashSize));
        const fw::esp::EspBackupFile::Sidecar sidecar = fw::esp::EspBackupFile::readSidecar(path);
        m_mac = sidecar.readable && !sidecar.mac.isEmpty() ? sidecar.mac
                                                           : fw::esp::EspBackupFile::macFromFileName(path);
        if (!m_mac.isEmpty() && !id.mac.isEmpty() && m_mac != id.macCompact())
            m_problems << tr("It was made from the device with MAC %1, but this device's MAC is %2. "
                             "Another device's backup carries that device's settings and identity.")
                              .arg(m_mac, id.mac);
        if (sidecar.readable && !sidecar.md5.isEmpty() && m_size > 0) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)
                && QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5) != sidecar.md5)
                m_problems << tr("The file changed since the backup was made: its checksum is not "
                                 "the one saved next to it.");
        }
    }
    render();
    Q_EMIT completeChanged();
    return m_error.isEmpty() && m_problems.isEmpty();
}

void EspRestorePage::render()
{
    m_picker->setPath(m_file);
    if (m_file.isEmpty()) {
        m_findings->hide();
        m_picker->showRefusals({});
        return;
    }
    const fw::esp::EspIdentity &id = state().identity;
    if (!m_error.isEmpty()) {
        setNoteKind(m_findings, NoteKind::Danger);
        m_findings->setText(m_error.toHtmlEscaped());
    } else {
        QStringList lines;
        lines << tr("<b>Size:</b> %1").arg(flashBytes(m_size));
        if (id.flashSize > 0 && m_size < id.flashSize)
            lines << tr("It covers the first %1 of the %2 flash; the rest stays as it is.")
                         .arg(flashBytes(m_size), flashBytes(id.flashSize));
        if (!m_mac.isEmpty() && m_mac == id.macCompact())
            lines << tr("Made from this device (MAC %1).").arg(id.mac.toHtmlEscaped());
        else if (m_mac.isEmpty())
            lines << tr("The name does not say which device it came from: make sure it is this "
                        "one's.");
        setNoteKind(m_findings, m_problems.isEmpty() ? NoteKind::Success : NoteKind::Info);
        m_findings->setText(lines.join(QStringLiteral("<br>")));
    }
    m_findings->show();
    m_picker->showRefusals(m_problems);
}

QString EspRestorePage::findingsText() const
{
    return m_findings->text() + QLatin1Char('\n') + m_picker->refusalText();
}

QCheckBox *EspRestorePage::overrideCheck() const
{
    return m_picker->overrideCheck();
}

bool EspRestorePage::isComplete() const
{
    if (!state().connected || m_file.isEmpty() || !m_error.isEmpty())
        return false;
    return m_picker->allowsWrite(m_problems);
}

QString EspRestorePage::blockedReason() const
{
    if (!state().connected)
        return tr("Connect to the device first (step 3).");
    if (m_file.isEmpty() || !m_error.isEmpty())
        return tr("Choose a backup file.");
    return tr("This file does not fit: choose another, or tick “Write it anyway”.");
}

void EspRestorePage::enter()
{
    if (m_file.isEmpty())
        return;
    const bool forced = m_picker->isOverridden();
    setBackupFile(m_file);  // the device may have changed since
    m_picker->restoreOverride(forced, m_problems);
}

void EspRestorePage::commit()
{
    EspWizardState &s = state();
    if (s.restorePath != m_file)
        s.written = false;
    s.restorePath = m_file;
    s.restoreForced = m_picker->isForced(m_problems);
}

void EspRestorePage::reset()
{
    m_file.clear();
    m_error.clear();
    m_problems.clear();
    m_size = 0;
    render();
}

QWidget *EspRestorePage::mainAction() const
{
    return m_picker->chooseButton();
}

}  // namespace fw::ui
