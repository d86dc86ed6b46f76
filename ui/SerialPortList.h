#pragma once
// The adapter list of the wizards that flash over a USB-serial adapter: the plugged-in adapters
// named by their USB id (those known for the family first), then the family's demo devices,
// with a note when none is plugged in, one about the chosen port (its permission check), and
// the speed to use.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace fw::core {
class PortDiscovery;
}

namespace fw::ui {

class SerialPortList : public QWidget {
    Q_OBJECT
public:
    // family: the demo devices to list and the adapters to rank first ("esp", "telink").
    SerialPortList(fw::core::PortDiscovery *discovery, QString family, QWidget *parent = nullptr);

    // Selects this port, now or as soon as it appears in the list.
    void selectPort(const QString &port);
    QString selectedPort() const;
    QString selectedTitle() const;
    // Lists the ports again (also done by itself when the discovery sees a change).
    void refresh();
    // Back to the first entry and this speed (the wizard starts over).
    void reset(qint32 baud);

    // The speeds offered, fastest first, with their names and what the choice means.
    void setBauds(const QList<qint32> &bauds, qint32 preferred);
    void setBaudTexts(const QString &label, const QStringList &names, const QString &hint);
    void setBaud(qint32 baud);
    qint32 selectedBaud() const;

    QListWidget *list() const { return m_ports; }
    QComboBox *baudCombo() const { return m_baud; }
    QString detailsText() const;

Q_SIGNALS:
    void selectionChanged();
    void activated();  // Enter or double-click on an entry

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDetails();

    fw::core::PortDiscovery *m_discovery;
    QString m_family;
    QListWidget *m_ports = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_baudLabel = nullptr;
    QComboBox *m_baud = nullptr;
    QLabel *m_baudHint = nullptr;
    QString m_wanted;
};

}  // namespace fw::ui
