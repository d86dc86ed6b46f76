#pragma once
// The serial monitor's connection row: which port (detected ports, demo devices or a typed
// path), which speed (standard rates or any number) and the Open/Close button.

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace fw::core {
class PortDiscovery;
}

namespace fw::ui {

class MonitorPortBar : public QWidget {
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open };

    explicit MonitorPortBar(core::PortDiscovery *discovery, QWidget *parent = nullptr);

    // The chosen port's system location or "demo:NAME", or the typed text.
    QString selectedPort() const;
    // The chosen speed; the default speed when the field holds no number.
    qint32 selectedBaud() const;
    void setPort(const QString &portName);
    void setBaud(qint32 baud);
    void setState(State s);
    void refreshPorts();

    static QList<qint32> standardBaudRates();

Q_SIGNALS:
    void openCloseClicked();
    // The user picked or typed another speed.
    void baudEdited(qint32 baud);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    core::PortDiscovery *m_discovery;
    State m_state = State::Closed;
    QLabel *m_portLabel = nullptr;
    QComboBox *m_portCombo = nullptr;
    QLabel *m_baudLabel = nullptr;
    QComboBox *m_baudCombo = nullptr;
    QPushButton *m_openButton = nullptr;
};

}  // namespace fw::ui
