#pragma once
// Step 1: which adapter (serial ports named by their USB id, plus the ESP demo devices) and how
// fast to transfer once connected (460800 by default, falling back by itself; 115200 is safe).

#include "ui/esp/EspWizardPage.h"

#include <QList>

class QComboBox;
class QLabel;
class QListWidget;

namespace fw::ui {

class SerialPortList;

class EspPortPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspPortPage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Selects this port, now or as soon as it appears in the list.
    void selectPort(const QString &port);
    QString selectedPort() const;
    QString selectedTitle() const;
    void setBaud(qint32 baud);
    qint32 selectedBaud() const;

    QListWidget *portList() const;
    QComboBox *baudCombo() const;
    static QList<qint32> transferBauds();

protected:
    void retranslate() override;

private:
    QLabel *m_portsLabel = nullptr;
    SerialPortList *m_ports = nullptr;
};

}  // namespace fw::ui
