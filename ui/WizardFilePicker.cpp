#include "ui/WizardFilePicker.h"

#include "ui/Format.h"
#include "ui/WizardPage.h"
#include "ui/WrapCheckBox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fw::ui {

WizardFilePicker::WizardFilePicker(QWidget *page, QVBoxLayout *layout) : QObject(page), m_page(page)
{
    m_path = new QLineEdit(page);
    m_path->setReadOnly(true);
    m_choose = WizardPage::makeMainButton(page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    layout->addLayout(row);
    connect(m_choose, &QPushButton::clicked, this, &WizardFilePicker::chooseRequested);
}

void WizardFilePicker::addRefusalTo(QVBoxLayout *layout)
{
    m_refusal = WizardPage::makeNote(m_page, WizardPage::NoteKind::Danger);
    m_refusal->hide();
    m_overrideRow = new WrapCheckBox(m_page);
    m_override = m_overrideRow->box();
    m_overrideRow->hide();
    m_overrideRow->setText(m_texts.overrideLabel);
    layout->addWidget(m_refusal);
    layout->addWidget(m_overrideRow);
    connect(m_override, &QCheckBox::toggled, this, &WizardFilePicker::overrideToggled);
}

void WizardFilePicker::setTexts(const Texts &texts)
{
    m_texts = texts;
    m_path->setPlaceholderText(texts.placeholder);
    m_path->setAccessibleName(texts.accessibleName);
    m_choose->setText(texts.chooseLabel);
    if (m_overrideRow)
        m_overrideRow->setText(texts.overrideLabel);
}

void WizardFilePicker::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString WizardFilePicker::askForFile(const QString &startDir) const
{
    return QFileDialog::getOpenFileName(m_page, m_texts.dialogTitle, startDir, m_texts.dialogFilter);
}

QString WizardFilePicker::chooseFile(const QString &current, const QString &settingsKey) const
{
    QSettings settings;
    const QString dir = current.isEmpty() ? settings.value(settingsKey, QDir::homePath()).toString()
                                          : QFileInfo(current).absolutePath();
    const QString path = askForFile(dir);
    if (!path.isEmpty())
        settings.setValue(settingsKey, QFileInfo(path).absolutePath());
    return path;
}

QByteArray WizardFilePicker::readFile(const QString &path, qint64 maxSize, const QString &tooLargeText,
                                      QString *error)
{
    const QFileInfo info(path);
    QFile file(path);
    QByteArray bytes;
    QString problem;
    if (!info.exists()) {
        problem = tr("The file %1 does not exist (any more). Choose it again.").arg(path);
    } else if (!info.isFile()) {
        problem = tr("%1 is a folder, not a firmware file.").arg(path);
    } else if (info.size() > maxSize) {
        problem = tooLargeText.arg(formatBytes(info.size()));
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("Flashwright cannot read %1: %2. Check that you may read the file.").arg(path, file.errorString());
    } else {
        bytes = file.readAll();
        if (bytes.isEmpty())
            problem = tr("The file is empty. Download the firmware again.");
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? bytes : QByteArray();
}

void WizardFilePicker::showRefusals(const QStringList &reasons)
{
    m_refusal->setText(m_texts.refusalHeading + WizardPage::bulletList(reasons));
    m_refusal->setVisible(!reasons.isEmpty());
    m_overrideRow->setVisible(!reasons.isEmpty());
}

QString WizardFilePicker::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

bool WizardFilePicker::isOverridden() const
{
    return m_override->isChecked();
}

void WizardFilePicker::clearOverride()
{
    const QSignalBlocker block(m_override);
    m_override->setChecked(false);
}

void WizardFilePicker::restoreOverride(bool wasOverridden, const QStringList &reasons)
{
    if (!reasons.isEmpty())
        m_override->setChecked(wasOverridden);
}

}  // namespace fw::ui
