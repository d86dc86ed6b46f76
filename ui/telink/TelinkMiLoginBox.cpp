#include "ui/telink/TelinkMiLoginBox.h"

#include "telink/MiActivateJob.h"
#include "telink/MiSession.h"
#include "ui/ProgressPanel.h"
#include "ui/WizardJobView.h"
#include "ui/WizardPage.h"
#include "ui/telink/TelinkWizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

using fw::telink::TelinkFirmwareKind;

TelinkMiLoginBox::TelinkMiLoginBox(TelinkWizard *wizard, QWidget *parent) : QGroupBox(parent), m_wizard(wizard)
{
    m_explain = WizardPage::makeHint(this);
    m_tokenLabel = new QLabel(this);
    m_token = new QLineEdit(this);
    m_token->setPlaceholderText(QStringLiteral("0123456789abcdef01234567"));
    m_tokenLabel->setBuddy(m_token);
    m_tokenError = WizardPage::makeNote(this, WizardPage::NoteKind::Danger);
    m_tokenError->hide();
    m_activate = new QPushButton(this);
    m_activateHint = WizardPage::makeHint(this);
    m_job = new WizardJobView(wizard, false, this);
    m_keys = WizardPage::makeNote(this, WizardPage::NoteKind::Success);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keys->hide();
    m_save = new QPushButton(this);
    m_save->hide();

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel);
    tokenRow->addWidget(m_token, 1);
    auto *activateRow = new QHBoxLayout;
    activateRow->addWidget(m_activate);
    activateRow->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explain);
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenError);
    layout->addLayout(activateRow);
    layout->addWidget(m_activateHint);
    layout->addWidget(m_job);
    layout->addWidget(m_keys);
    layout->addLayout(saveRow);

    connect(m_token, &QLineEdit::textChanged, this, &TelinkMiLoginBox::onTokenEdited);
    connect(m_activate, &QPushButton::clicked, this, &TelinkMiLoginBox::startActivation);
    connect(m_job, &WizardJobView::retryRequested, this, &TelinkMiLoginBox::startActivation);
    connect(m_save, &QPushButton::clicked, this, &TelinkMiLoginBox::askAndSave);
    retranslate();
    hide();
}

bool TelinkMiLoginBox::applies() const
{
    const TelinkFirmwareKind kind = m_wizard->state().identity.firmware;
    return kind == TelinkFirmwareKind::Stock || kind == TelinkFirmwareKind::StockSignedOnly;
}

bool TelinkMiLoginBox::signedOnly() const
{
    return m_wizard->state().identity.firmware == TelinkFirmwareKind::StockSignedOnly;
}

void TelinkMiLoginBox::retranslate()
{
    setTitle(tr("Mi login"));
    if (signedOnly()) {
        m_explain->setText(tr("Xiaomi's firmware accepts an update only after a login with the thermometer's Mi "
                              "token. On firmware 2.1.1_0159 the registration here hangs, so the token must come "
                              "from the Mi Home app: add the thermometer in Mi Home, then read its token with the "
                              "Xiaomi cloud tokens extractor (it signs in to your Xiaomi account and lists the "
                              "tokens of your devices). Enter it below."));
    } else {
        m_explain->setText(tr("Xiaomi's firmware accepts an update only after a login with the thermometer's Mi "
                              "token. Enter the token if you have it (from Mi Home through the Xiaomi cloud tokens "
                              "extractor, or from an earlier registration), or register the thermometer here to "
                              "get a new one."));
    }
    m_tokenLabel->setText(tr("Mi &token:"));
    m_token->setAccessibleName(tr("Mi token, 24 hexadecimal digits"));
    m_activate->setText(tr("&Register here (activation)"));
    m_activateHint->setText(tr("Registering here gives the thermometer a new token and bind key. Mi Home then "
                               "no longer knows it: remove it there and add it again afterwards if you want to "
                               "keep using it with Mi Home."));
    m_save->setText(tr("&Save keys…"));
    onTokenEdited();
    renderKeys();
}

void TelinkMiLoginBox::refresh()
{
    TelinkWizardState &s = m_wizard->state();
    if (m_forTarget != s.target) {
        // Another thermometer: its token is another one.
        m_forTarget = s.target;
        m_keysOut.clear();
        m_job->clear();
        const QSignalBlocker block(m_token);
        m_token->setText(s.miToken.isEmpty() ? QString() : QString::fromLatin1(s.miToken.toHex()));
    }
    const bool stock = applies();
    setVisible(stock);
    const bool canRegister = stock && !signedOnly();
    m_activate->setVisible(canRegister);
    m_activateHint->setVisible(canRegister);
    m_activate->setEnabled(!m_running);
    retranslate();
}

void TelinkMiLoginBox::reset()
{
    m_forTarget.clear();
    m_keysOut.clear();
    m_job->clear();
    m_token->clear();
    renderKeys();
}

QByteArray TelinkMiLoginBox::token() const
{
    return fw::telink::MiSession::parseToken(m_token->text());
}

void TelinkMiLoginBox::setTokenText(const QString &text)
{
    m_token->setText(text);
}

void TelinkMiLoginBox::onTokenEdited()
{
    const QString text = m_token->text().trimmed();
    const QByteArray parsed = token();
    if (text.isEmpty() || !parsed.isEmpty()) {
        m_tokenError->hide();
    } else {
        QString digits = text;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
        m_tokenError->setText(tr("This is not a Mi token. A Mi token is 24 hexadecimal digits (0 to 9 and a to f), "
                                 "for example 0123456789abcdef01234567; this has %n character(s). Copy it again "
                                 "from where you found it.",
                                 nullptr, int(digits.size()))
                                  .toHtmlEscaped());
        m_tokenError->show();
    }
    if (m_wizard->state().miToken != parsed) {
        m_wizard->state().miToken = parsed;
        Q_EMIT tokenChanged();
    }
}

bool TelinkMiLoginBox::startActivation()
{
    TelinkWizardState &s = m_wizard->state();
    if (m_running || m_wizard->isJobRunning())
        return false;
    if (!s.link) {
        m_job->showFailure({QStringLiteral("ui.telink.not_ready"), tr("The thermometer has not been read yet."), {},
                            tr("Go back to step 2 and read the thermometer, then register it here.")});
        return false;
    }
    m_job->started();
    if (!m_wizard->runJob(std::make_unique<fw::telink::MiActivateJob>(s.link, s.address),
                          m_job->hooks([this](const core::JobResult &r) { onActivated(r); }))) {
        m_job->showFailure(WizardShell::busyDiagnosis());
        return false;
    }
    m_running = true;
    m_activate->setEnabled(false);
    return true;
}

void TelinkMiLoginBox::onActivated(const core::JobResult &result)
{
    m_running = false;
    m_activate->setEnabled(true);
    switch (result.status) {
    case core::JobResult::Status::Succeeded:
        m_keysOut = result.output;
        m_keysOut.insert(QStringLiteral("address"), m_wizard->state().address);
        m_wizard->state().miKeys = m_keysOut;
        m_job->hideProgress();
        m_token->setText(m_keysOut.value(QStringLiteral("token")).toString());
        break;
    case core::JobResult::Status::Cancelled:
        m_job->showResult(WizardPage::NoteKind::Info,
                          tr("<b>Stopped.</b> If the registration had not finished, the thermometer keeps its old "
                             "one. Click Register to start again."));
        break;
    case core::JobResult::Status::Failed:
        m_job->showFailure(result.diagnosis);
        break;
    }
    renderKeys();
}

void TelinkMiLoginBox::renderKeys()
{
    if (m_keysOut.isEmpty()) {
        m_keys->hide();
        m_save->hide();
        return;
    }
    const QString token = m_keysOut.value(QStringLiteral("token")).toString();
    const QString bindKey = m_keysOut.value(QStringLiteral("bindKey")).toString();
    QString warning = m_keysOut.value(QStringLiteral("warning")).toString();
    if (warning.isEmpty())
        warning = tr("Mi Home no longer knows the thermometer: remove it there and add it again.");
    m_keys->setText(tr("<b>Registered.</b> Keep these keys: the token logs in for updates, the bind key "
                       "decrypts its readings in Mi Home's format.")
                    + QStringLiteral("<br>") + tr("Mi token: %1").arg(token.toHtmlEscaped())
                    + QStringLiteral("<br>") + tr("Bind key: %1").arg(bindKey.toHtmlEscaped())
                    + QStringLiteral("<br><b>") + warning.toHtmlEscaped() + QStringLiteral("</b>"));
    m_keys->show();
    m_save->show();
}

bool TelinkMiLoginBox::saveKeys(const QString &path, QString *error) const
{
    if (m_keysOut.isEmpty()) {
        *error = tr("There are no keys to save yet: register the thermometer first.");
        return false;
    }
    QJsonObject keys;
    for (const char *key : {"token", "bindKey", "deviceId", "firmware", "address"})
        keys.insert(QLatin1String(key), m_keysOut.value(QLatin1String(key)).toString());
    return fw::telink::MiSession::saveKeysFile(path, keys, error);
}

void TelinkMiLoginBox::askAndSave()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("mi-keys-%1.json").arg(m_wizard->state().address.isEmpty()
                                                  ? QStringLiteral("thermometer")
                                                  : QString(m_wizard->state().address).remove(QLatin1Char(':'))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Mi keys"), suggested,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveKeys(path, &error)) {
        m_job->showResult(WizardPage::NoteKind::Info,
                          tr("Saved to %1 (readable by you only).").arg(path.toHtmlEscaped()));
        return;
    }
    m_job->showFailure({QStringLiteral("file.unwritable"), tr("Cannot write %1: %2").arg(path, error), {},
                        tr("Choose a folder you can write to, or note the keys shown above.")});
}

QString TelinkMiLoginBox::explanationText() const
{
    return isHidden() ? QString() : m_explain->text();
}

QString TelinkMiLoginBox::tokenErrorText() const
{
    return m_tokenError->isHidden() ? QString() : m_tokenError->text();
}

QString TelinkMiLoginBox::keysText() const
{
    return m_keys->isHidden() ? QString() : m_keys->text();
}

}  // namespace fw::ui
