#include "ui/SettingsDialog.h"

#include "core/AppPaths.h"
#include "ui/LanguageManager.h"
#include "ui/SerialMonitorWidget.h"
#include "ui/UiSettings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace fw::ui {

SettingsDialog::SettingsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent), m_languages(languages)
{
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageLabel->setBuddy(m_language);

    m_baudLabel = new QLabel(this);
    m_baud = new QComboBox(this);
    m_baud->setEditable(true);
    m_baud->setInsertPolicy(QComboBox::NoInsert);
    for (qint32 b : SerialMonitorWidget::standardBaudRates())
        m_baud->addItem(QString::number(b));
    m_baud->setValidator(new QIntValidator(50, 20'000'000, m_baud));
    m_baudLabel->setBuddy(m_baud);

    m_ringLabel = new QLabel(this);
    m_ring = new QSpinBox(this);
    m_ring->setRange(1000, 5'000'000);
    m_ring->setSingleStep(10000);
    m_ring->setGroupSeparatorShown(true);
    m_ringLabel->setBuddy(m_ring);

    m_folderLabel = new QLabel(this);
    m_folder = new QLineEdit(this);
    m_folder->setReadOnly(true);
    m_openFolder = new QPushButton(this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_openFolder);
    m_folderLabel->setBuddy(m_folder);

    m_keepLabel = new QLabel(this);
    m_keep = new QSpinBox(this);
    m_keep->setRange(1, 1000);
    m_keepLabel->setBuddy(m_keep);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_baudLabel, m_baud);
    form->addRow(m_ringLabel, m_ring);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_keepLabel, m_keep);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        core::AppPaths::ensureDir(core::AppPaths::sessionsDir());
        QDesktopServices::openUrl(QUrl::fromLocalFile(core::AppPaths::sessionsDir()));
    });

    load();
    retranslate();
    setMinimumWidth(560);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setToolTip(tr("The language changes as soon as you press OK; no restart needed."));
    m_baudLabel->setText(tr("Serial monitor &speed:"));
    m_baud->setToolTip(tr("The speed the serial monitor starts with, in baud"));
    m_ringLabel->setText(tr("Log &entries kept on screen:"));
    m_ring->setSuffix(tr(" entries"));
    m_ring->setToolTip(tr("Older entries leave the log view; the session log file keeps everything."));
    m_folderLabel->setText(tr("Session log &folder:"));
    m_openFolder->setText(tr("&Open"));
    m_openFolder->setToolTip(tr("Show this folder in the file manager"));
    m_keepLabel->setText(tr("&Keep the last:"));
    m_keep->setSuffix(tr(" session logs"));
    m_keep->setToolTip(tr("Older session logs are deleted when Flashwright starts."));
    m_note->setText(tr("Every start of Flashwright writes a session log. Support bundles include "
                       "the newest ones, with passwords and keys removed."));
}

void SettingsDialog::load()
{
    const int idx = m_language->findData(UiSettings::language());
    m_language->setCurrentIndex(idx >= 0 ? idx : 0);
    m_baud->setCurrentText(QString::number(UiSettings::monitorBaud()));
    m_ring->setValue(UiSettings::logRingSize());
    m_folder->setText(QDir::toNativeSeparators(core::AppPaths::sessionsDir()));
    m_folder->setCursorPosition(0);
    m_keep->setValue(UiSettings::keepSessionLogs());
}

void SettingsDialog::apply()
{
    bool ok = false;
    const qint32 baud = m_baud->currentText().trimmed().toInt(&ok);
    if (ok && baud > 0)
        UiSettings::setMonitorBaud(baud);
    UiSettings::setLogRingSize(m_ring->value());
    UiSettings::setKeepSessionLogs(m_keep->value());
    const QString code = m_language->currentData().toString();
    UiSettings::setLanguage(code);
    if (m_languages && code != m_languages->language())
        m_languages->setLanguage(code);
}

}  // namespace fw::ui
