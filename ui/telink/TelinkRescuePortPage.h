#pragma once
// Wired rescue, step 1: the USB-serial adapter (or the SWire demo device) and the speed to try
// first; slower speeds follow by themselves when the adapter cannot keep up.

#include "ui/telink/TelinkWizardPage.h"

#include <QList>

class QLabel;

namespace fw::ui {

class SerialPortList;

class TelinkRescuePortPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkRescuePortPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    void selectPort(const QString &port);
    QString selectedPort() const;
    qint32 selectedBaud() const;
    SerialPortList *portList() const { return m_ports; }
    static QList<qint32> bauds();

protected:
    void retranslate() override;

private:
    QLabel *m_portsLabel = nullptr;
    SerialPortList *m_ports = nullptr;
    QLabel *m_adapterNote = nullptr;
};

}  // namespace fw::ui
