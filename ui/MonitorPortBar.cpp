#include "ui/MonitorPortBar.h"

#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"
#include "ui/UiSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

QList<qint32> MonitorPortBar::standardBaudRates()
{
    return {9600, 19200, 38400, 57600, 74880, 115200, 230400, 460800, 921600, 1500000};
}

MonitorPortBar::MonitorPortBar(core::PortDiscovery *discovery, QWidget *parent)
    : QWidget(parent), m_discovery(discovery)
{
    m_portLabel = new QLabel(this);
    m_portCombo = new QComboBox(this);
    m_portCombo->setEditable(true);
    m_portCombo->setInsertPolicy(QComboBox::NoInsert);
    m_portCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_portCombo->setMinimumContentsLength(16);
    m_portLabel->setBuddy(m_portCombo);

    m_baudLabel = new QLabel(this);
    m_baudCombo = new QComboBox(this);
    m_baudCombo->setEditable(true);
    m_baudCombo->setInsertPolicy(QComboBox::NoInsert);
    for (qint32 b : standardBaudRates())
        m_baudCombo->addItem(QString::number(b), b);
    m_baudCombo->setValidator(new QIntValidator(50, 20'000'000, m_baudCombo));
    m_baudCombo->setCurrentText(QString::number(UiSettings::monitorBaud()));
    m_baudLabel->setBuddy(m_baudCombo);
    m_openButton = new QPushButton(this);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_portLabel);
    row->addWidget(m_portCombo, 3);
    row->addSpacing(8);
    row->addWidget(m_baudLabel);
    row->addWidget(m_baudCombo, 1);
    row->addWidget(m_openButton);
    setTabOrder(m_portCombo, m_baudCombo);
    setTabOrder(m_baudCombo, m_openButton);
    setFocusProxy(m_portCombo);

    connect(m_openButton, &QPushButton::clicked, this, &MonitorPortBar::openCloseClicked);
    connect(m_baudCombo, &QComboBox::activated, this, [this] { Q_EMIT baudEdited(selectedBaud()); });
    connect(m_baudCombo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { Q_EMIT baudEdited(selectedBaud()); });
    if (m_discovery)
        connect(m_discovery, &core::PortDiscovery::changed, this, &MonitorPortBar::refreshPorts);
    retranslate();
}

void MonitorPortBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MonitorPortBar::retranslate()
{
    m_portLabel->setText(tr("&Port:"));
    m_portCombo->setToolTip(tr("Choose a port or a demo device, or type a path such as /dev/ttyUSB0"));
    m_portCombo->setAccessibleName(tr("Serial port"));
    m_baudLabel->setText(tr("&Speed:"));
    m_baudCombo->setToolTip(tr("Baud rate: pick one or type any number. Most devices print at "
                               "115200; ESP8266 boot messages use 74880."));
    m_baudCombo->setAccessibleName(tr("Speed in baud"));
    setState(m_state);
    refreshPorts();
}

void MonitorPortBar::setState(State s)
{
    m_state = s;
    const bool open = s == State::Open;
    m_openButton->setText(open ? tr("&Close") : (s == State::Opening ? tr("Opening…") : tr("&Open")));
    m_openButton->setToolTip(open ? tr("Close the port")
                                  : tr("Open the port and show what the device prints"));
    m_portCombo->setEnabled(s == State::Closed);
}

void MonitorPortBar::refreshPorts()
{
    const QString typed = m_portCombo->currentText();
    const QString selected = selectedPort();
    const QSignalBlocker block(m_portCombo);
    m_portCombo->clear();
    if (m_discovery) {
        for (const core::PortInfo &p : m_discovery->ports()) {
            if (p.isDemo)
                continue;
            m_portCombo->addItem(p.displayName(), p.systemLocation);
            m_portCombo->setItemData(m_portCombo->count() - 1, p.systemLocation, Qt::ToolTipRole);
        }
    }
    for (const DemoDevice &d : DemoRegistry::instance().all()) {
        if (d.transport != DemoDevice::Transport::Serial)
            continue;
        m_portCombo->addItem(tr("Demo: %1").arg(d.title()), QString(QStringLiteral("demo:") + d.name));
        m_portCombo->setItemData(m_portCombo->count() - 1, d.description(), Qt::ToolTipRole);
    }
    const int idx = m_portCombo->findData(selected);
    if (idx >= 0)
        m_portCombo->setCurrentIndex(idx);
    else if (!typed.isEmpty())
        m_portCombo->setEditText(typed);
    else
        m_portCombo->setCurrentIndex(m_portCombo->count() > 0 ? 0 : -1);
    m_portCombo->lineEdit()->setCursorPosition(0);  // show the start of a long name
}

QString MonitorPortBar::selectedPort() const
{
    const int idx = m_portCombo->currentIndex();
    if (idx >= 0 && m_portCombo->itemText(idx) == m_portCombo->currentText())
        return m_portCombo->itemData(idx).toString();
    return m_portCombo->currentText().trimmed();  // a typed path
}

qint32 MonitorPortBar::selectedBaud() const
{
    bool ok = false;
    const qint32 b = m_baudCombo->currentText().trimmed().toInt(&ok);
    return ok && b > 0 ? b : UiSettings::monitorBaud();
}

void MonitorPortBar::setPort(const QString &portName)
{
    const QSignalBlocker block(m_portCombo);
    const int idx = m_portCombo->findData(portName);
    if (idx >= 0)
        m_portCombo->setCurrentIndex(idx);
    else
        m_portCombo->setEditText(portName);
    m_portCombo->lineEdit()->setCursorPosition(0);
}

void MonitorPortBar::setBaud(qint32 baud)
{
    m_baudCombo->setCurrentText(QString::number(baud));
}

}  // namespace fw::ui
