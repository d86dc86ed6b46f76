#pragma once
// The start page of the workspace: what Flashwright does, what to do first, and two buttons
// that work right away (the serial monitor, and a demo device that needs no hardware).

#include <QWidget>

class QLabel;
class QPushButton;

namespace fw::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *monitorButton() const { return m_monitor; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *espWizardButton() const { return m_espWizard; }
    QPushButton *telinkWizardButton() const { return m_telinkWizard; }

Q_SIGNALS:
    void openMonitorRequested();
    void tryDemoRequested();
    void openFirmwareRequested();
    void espWizardRequested();
    void telinkWizardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_lead = nullptr;
    QLabel *m_steps = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_monitor = nullptr;
    QPushButton *m_firmware = nullptr;
    QLabel *m_flashLabel = nullptr;
    QPushButton *m_espWizard = nullptr;  // one button per family wizard, in one row
    QPushButton *m_telinkWizard = nullptr;
    QLabel *m_footer = nullptr;
};

}  // namespace fw::ui
