#include "ui/WelcomePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/fw/icons/flashwright.svg")).pixmap(72, 72));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_lead = new QLabel(this);
    m_lead->setWordWrap(true);
    QFont leadFont = m_lead->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.15);
    m_lead->setFont(leadFont);
    m_steps = new QLabel(this);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);

    m_demo = new QPushButton(this);
    m_demo->setDefault(true);
    m_monitor = new QPushButton(this);
    m_firmware = new QPushButton(this);
    m_flashLabel = new QLabel(this);
    m_espWizard = new QPushButton(this);
    m_telinkWizard = new QPushButton(this);
    m_flashLabel->setBuddy(m_espWizard);
    for (QPushButton *b : {m_demo, m_monitor, m_firmware, m_espWizard, m_telinkWizard})
        b->setMinimumHeight(b->sizeHint().height() + 10);
    m_footer = new QLabel(this);
    m_footer->setWordWrap(true);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addSpacing(12);
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_lead);
    head->addLayout(headText, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addWidget(m_monitor);
    buttons->addWidget(m_firmware);
    buttons->addStretch(1);
    auto *wizards = new QHBoxLayout;
    wizards->addWidget(m_flashLabel);
    wizards->addWidget(m_espWizard);
    wizards->addWidget(m_telinkWizard);
    wizards->addStretch(1);

    // A readable column, centred, rather than lines that run across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(16);
    inner->addLayout(head);
    inner->addWidget(m_steps);
    inner->addLayout(buttons);
    inner->addLayout(wizards);
    inner->addSpacing(8);
    inner->addWidget(m_footer);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_monitor, &QPushButton::clicked, this, &WelcomePage::openMonitorRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::tryDemoRequested);
    connect(m_firmware, &QPushButton::clicked, this, &WelcomePage::openFirmwareRequested);
    connect(m_espWizard, &QPushButton::clicked, this, &WelcomePage::espWizardRequested);
    connect(m_telinkWizard, &QPushButton::clicked, this, &WelcomePage::telinkWizardRequested);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Flashwright"));
    m_lead->setText(tr("Flash, back up and check the firmware of your IoT devices, step by step."));
    m_steps->setText(
        QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li><li>%3</li></ol>")
            .arg(tr("Connect your device (USB-serial adapter or Bluetooth) and pick it in the "
                    "<b>Devices</b> list on the left.").replace(QLatin1String("\n"), QString()),
                 tr("Read what Flashwright found out about it on the right, then choose what to "
                    "do."),
                 tr("No device at hand? The <b>Demo devices</b> are simulated and work without "
                    "any hardware.")));
    m_demo->setText(tr("Try a &demo device"));
    m_demo->setToolTip(tr("Open the serial monitor on a simulated ESP8266 plug that boots Tasmota"));
    m_monitor->setText(tr("Open serial &monitor"));
    m_monitor->setToolTip(tr("Watch and talk to a device on a serial port"));
    m_firmware->setText(tr("Check a &firmware file…"));
    m_firmware->setToolTip(tr("See the format, size and checksum of a firmware file"));
    m_flashLabel->setText(tr("Flash a device:"));
    m_espWizard->setText(tr("Tuya / &ESP (serial)…"));
    m_espWizard->setToolTip(tr("Step by step: wire, connect, back up, write and verify an ESP8266, "
                               "ESP8285 or ESP32, such as a Tuya plug with a TYWE3S module"));
    m_espWizard->setAccessibleName(tr("Flash a Tuya or ESP device"));
    m_telinkWizard->setText(tr("Xiaomi thermometer (&Bluetooth)…"));
    m_telinkWizard->setToolTip(tr("Step by step: find, identify and flash a Xiaomi LYWSD03MMC thermometer over "
                                  "Bluetooth with pvvx, Zigbee or Xiaomi firmware, or rescue one by wire"));
    m_telinkWizard->setAccessibleName(tr("Flash a Xiaomi thermometer"));
    m_footer->setText(tr("Everything that happens is written to the log at the bottom. If "
                         "something goes wrong, File > Export support bundle saves it for "
                         "support."));
    setAccessibleName(tr("Start page"));
}

}  // namespace fw::ui
