#pragma once
// The Mi login part of the Choose step for thermometers that still run Xiaomi's firmware: the
// Mi token (typed in, or from a registration done here), the keys to keep, and what it costs.

#include <QGroupBox>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::core {
struct JobResult;
}

namespace fw::ui {

class TelinkWizard;
class WizardJobView;

class TelinkMiLoginBox : public QGroupBox {
    Q_OBJECT
public:
    TelinkMiLoginBox(TelinkWizard *wizard, QWidget *parent);

    // Whether the thermometer needs the Mi login before an update (it runs stock firmware).
    bool applies() const;
    // Shows or hides the box for the thermometer just read; forgets a token of another one.
    void refresh();
    void reset();
    void retranslate();

    // The token as 12 bytes; empty while the field is empty or malformed.
    QByteArray token() const;
    bool hasToken() const { return !token().isEmpty(); }
    void setTokenText(const QString &text);
    // Runs the registration on the wizard's link; false when it cannot start.
    bool startActivation();
    // Writes the keys from the registration as JSON readable by the owner only.
    bool saveKeys(const QString &path, QString *error) const;

    QLineEdit *tokenField() const { return m_token; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *saveButton() const { return m_save; }
    QString explanationText() const;
    QString tokenErrorText() const;
    QString keysText() const;

Q_SIGNALS:
    void tokenChanged();

private:
    void onTokenEdited();
    void onActivated(const fw::core::JobResult &result);
    void renderKeys();
    void askAndSave();
    bool signedOnly() const;

    TelinkWizard *m_wizard;
    QLabel *m_explain = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenError = nullptr;
    QPushButton *m_activate = nullptr;
    QLabel *m_activateHint = nullptr;
    WizardJobView *m_job = nullptr;
    QLabel *m_keys = nullptr;
    QPushButton *m_save = nullptr;
    QString m_forTarget;   // the thermometer the token belongs to
    QVariantMap m_keysOut;  // the registration's output, once done
    bool m_running = false;
};

}  // namespace fw::ui
