#include "ui/DeviceDetailsPane.h"

#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"
#include "telink/TelinkAdvert.h"
#include "ui/Format.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

DeviceDetailsPane::DeviceDetailsPane(QWidget *parent) : QWidget(parent)
{
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    render();
}

void DeviceDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

QString DeviceDetailsPane::titleText() const
{
    return m_title ? m_title->text() : QString();
}

void DeviceDetailsPane::showNothing()
{
    m_subject = Subject::None;
    render();
}

void DeviceDetailsPane::showSerialPort(const core::PortInfo &port)
{
    m_subject = Subject::SerialPort;
    m_port = port;
    render();
}

void DeviceDetailsPane::showBleDevice(const core::BleDeviceInfo &device)
{
    m_subject = Subject::BleDevice;
    m_ble = device;
    render();
}

void DeviceDetailsPane::showDemo(const QString &name)
{
    m_subject = Subject::Demo;
    m_demo = name;
    render();
}

void DeviceDetailsPane::showFirmware(const core::FirmwareInfo &info)
{
    m_subject = Subject::Firmware;
    m_firmware = info;
    render();
}

void DeviceDetailsPane::showFirmwareError(const QString &path, const core::Diagnosis &diagnosis)
{
    m_subject = Subject::FirmwareError;
    m_errorPath = path;
    m_error = diagnosis;
    render();
}

void DeviceDetailsPane::render()
{
    // Rebuilt from scratch: simpler than patching rows, and it retranslates for free.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("detailsContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(12, 10, 12, 10);
    m_layout->setSpacing(8);
    m_title = new QLabel(m_content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_layout->addWidget(m_title);
    m_form = nullptr;

    switch (m_subject) {
    case Subject::None:
        renderNothing();
        break;
    case Subject::SerialPort:
        renderSerial();
        break;
    case Subject::BleDevice:
        renderBle();
        break;
    case Subject::Demo:
        renderDemo();
        break;
    case Subject::Firmware:
        renderFirmware();
        break;
    case Subject::FirmwareError:
        renderFirmwareError();
        break;
    }
    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);  // deletes the previous content
    m_scroll->setAccessibleName(tr("Details"));
}

void DeviceDetailsPane::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    if (!subtitle.isEmpty())
        addParagraph(subtitle);
}

void DeviceDetailsPane::addRow(const QString &label, const QString &value, bool monospace)
{
    if (value.isEmpty())
        return;
    if (!m_form) {
        m_form = new QFormLayout;
        m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_form->setLabelAlignment(Qt::AlignLeft);
        m_layout->addLayout(m_form);
    }
    auto *valueLabel = new QLabel(value, m_content);
    valueLabel->setWordWrap(true);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        valueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *nameLabel = new QLabel(label, m_content);
    nameLabel->setBuddy(valueLabel);
    valueLabel->setAccessibleName(label);
    m_form->addRow(nameLabel, valueLabel);
}

void DeviceDetailsPane::addParagraph(const QString &text, const QString &role)
{
    auto *label = new QLabel(text, m_content);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!role.isEmpty()) {
        // "advice" and "warning" boxes: a tinted frame drawn from the palette so it works in
        // light and dark themes alike.
        label->setObjectName(role);
        label->setMargin(8);
        label->setAutoFillBackground(true);
        QPalette pal = label->palette();
        QColor bg = role == QLatin1String("warning") ? QColor(0xe0, 0x8a, 0x00)
                                                       : pal.color(QPalette::Highlight);
        bg.setAlpha(40);
        pal.setColor(QPalette::Window, bg);
        label->setPalette(pal);
    }
    m_layout->addWidget(label);
}

void DeviceDetailsPane::addDiagnosis(const core::Diagnosis &diagnosis, bool withCauses)
{
    addParagraph(diagnosis.summary, QStringLiteral("warning"));
    m_form = nullptr;  // a form of its own, so the rows read below the summary
    if (withCauses && !diagnosis.causes.isEmpty()) {
        QStringList bullets;
        for (const QString &c : diagnosis.causes)
            bullets << QStringLiteral("• ") + c;
        addRow(tr("Likely causes:"), bullets.join(QLatin1Char('\n')));
    }
    addRow(tr("What to do:"), diagnosis.nextStep);
}

QWidget *DeviceDetailsPane::addPrimaryButton(const QString &text)
{
    auto *button = new QPushButton(text, m_content);
    button->setDefault(true);
    button->setAutoDefault(true);
    button->setMinimumHeight(button->sizeHint().height() + 6);
    m_layout->addSpacing(4);
    m_layout->addWidget(button);
    return button;
}

void DeviceDetailsPane::renderNothing()
{
    setHeading(tr("Nothing selected"),
               tr("Pick a device in the list on the left to see what it is and what you can do "
                  "with it. Or open a firmware file (File > Open firmware file…) to check it."));
}

void DeviceDetailsPane::renderSerial()
{
    const core::PortInfo &p = m_port;
    const bool known = p.identity.has_value();
    setHeading(known && !p.identity->adapter.isEmpty() ? p.identity->adapter : p.portName,
               tr("Serial port %1").arg(p.systemLocation));
    addRow(tr("Port:"), p.systemLocation);
    addRow(tr("Description:"), p.description);
    addRow(tr("Manufacturer:"), p.manufacturer);
    addRow(tr("Serial number:"), p.serialNumber, true);
    addRow(tr("USB ID:"), p.vidPidText(), true);
    qint32 baud = 0;
    if (known) {
        addRow(tr("Adapter:"), p.identity->adapter);
        addRow(tr("Chip:"), p.identity->chip);
        baud = p.identity->defaultBaud;
        if (baud > 0)
            addRow(tr("Suggested speed:"), tr("%1 baud").arg(baud));
        if (!p.identity->notes.isEmpty())
            addParagraph(p.identity->notes, QStringLiteral("advice"));
    } else if (p.vid) {
        addParagraph(tr("This adapter is not in Flashwright's list. It will most likely work "
                        "anyway; the log shows what happens."));
    }
    if (const core::Diagnosis access = core::PortDiscovery::checkAccess(p.systemLocation);
        !access.isEmpty())
        addDiagnosis(access, false);
    QWidget *button = addPrimaryButton(tr("Open serial monitor"));
    const QString location = p.systemLocation;
    connect(qobject_cast<QPushButton *>(button), &QPushButton::clicked, this,
            [this, location, baud] { Q_EMIT openMonitorRequested(location, baud); });
    auto *flash = new QPushButton(tr("Flash a Tuya / ESP device…"), m_content);
    flash->setToolTip(tr("Wire, connect, back up and flash an ESP8266 or ESP32 on this port"));
    m_layout->addWidget(flash);
    connect(flash, &QPushButton::clicked, this, [this, location] { Q_EMIT espWizardRequested(location); });
    auto *rescue = new QPushButton(tr("Rescue a Xiaomi thermometer by wire…"), m_content);
    rescue->setToolTip(tr("Flash a thermometer that no longer works over Bluetooth, through this adapter on its "
                          "test pads"));
    m_layout->addWidget(rescue);
    connect(rescue, &QPushButton::clicked, this, [this, location] { Q_EMIT telinkRescueRequested(location); });
}

void DeviceDetailsPane::renderBle()
{
    const core::BleDeviceInfo &d = m_ble;
    setHeading(d.name.isEmpty() ? tr("Unnamed Bluetooth device") : d.name,
               tr("Bluetooth LE device"));
    addRow(tr("Address:"), d.address, true);
    addRow(tr("Signal:"), tr("%1 dBm").arg(d.rssi));
    QStringList services;
    for (const QBluetoothUuid &u : d.serviceUuids)
        services << u.toString(QUuid::WithoutBraces);
    addRow(tr("Services:"), services.isEmpty() ? tr("none advertised") : services.join(QLatin1Char('\n')),
           true);
    if (d.lastSeen.isValid())
        addRow(tr("Last seen:"), QLocale().toString(d.lastSeen.time(), QLocale::LongFormat));
    if (d.rssi < -85)
        addParagraph(tr("The signal is weak. Move the device closer to this computer before "
                        "updating it."),
                     QStringLiteral("advice"));
    const fw::telink::TelinkAdvertInfo advert = fw::telink::TelinkAdvert::decode(d);
    if (advert.isThermometer()) {
        if (const QString summary = advert.summary(); !summary.isEmpty())
            addRow(tr("Reports:"), summary);
        QWidget *flash = addPrimaryButton(tr("Flash this thermometer…"));
        flash->setAccessibleName(tr("Open the thermometer flashing wizard on this device"));
        const QString address = d.address;
        connect(qobject_cast<QPushButton *>(flash), &QPushButton::clicked, this,
                [this, address] { Q_EMIT telinkWizardRequested(address); });
    }
}

void DeviceDetailsPane::renderDemo()
{
    const DemoDevice *d = DemoRegistry::instance().find(m_demo);
    if (!d) {
        setHeading(m_demo, tr("This demo device is not part of this build."));
        return;
    }
    const bool serial = d->transport == DemoDevice::Transport::Serial;
    setHeading(d->title(),
               serial ? tr("Demo device: simulated, no hardware needed.")
                      : tr("Bluetooth demo device: simulated, no hardware needed."));
    if (const QString description = d->description(); !description.isEmpty())
        addParagraph(description);
    addRow(tr("Name:"), d->name, true);
    addRow(tr("Connection:"), serial ? tr("Serial (simulated)") : tr("Bluetooth LE (simulated)"));
    if (serial && d->defaultBaud > 0)
        addRow(tr("Speed:"), tr("%1 baud").arg(d->defaultBaud));
    const QString name = d->name;
    if (d->family == QLatin1String("esp")) {
        // A loader simulator prints nothing to watch: its tool is the flashing wizard.
        QWidget *flash = addPrimaryButton(tr("Flash a Tuya / ESP device…"));
        flash->setAccessibleName(tr("Open the ESP flashing wizard on this demo device"));
        connect(qobject_cast<QPushButton *>(flash), &QPushButton::clicked, this,
                [this, name] { Q_EMIT espWizardRequested(QStringLiteral("demo:") + name); });
        return;
    }
    if (d->family == QLatin1String("telink")) {
        // Thermometers are flashed over Bluetooth; the serial ones are bricked boards on the wire.
        QWidget *flash = addPrimaryButton(serial ? tr("Rescue this thermometer by wire…")
                                                 : tr("Flash this thermometer…"));
        flash->setAccessibleName(tr("Open the thermometer flashing wizard on this demo device"));
        connect(qobject_cast<QPushButton *>(flash), &QPushButton::clicked, this, [this, name, serial] {
            if (serial)
                Q_EMIT telinkRescueRequested(QStringLiteral("demo:") + name);
            else
                Q_EMIT telinkWizardRequested(QStringLiteral("demo:") + name);
        });
        return;
    }
    QWidget *button = addPrimaryButton(tr("Start"));
    button->setAccessibleName(tr("Start demo device"));
    const qint32 baud = d->defaultBaud;
    connect(qobject_cast<QPushButton *>(button), &QPushButton::clicked, this, [this, name, serial, baud] {
        if (serial)
            Q_EMIT openMonitorRequested(QStringLiteral("demo:") + name, baud);
        else
            Q_EMIT startDemoRequested(name);
    });
}

void DeviceDetailsPane::renderFirmware()
{
    const core::FirmwareInfo &fw = m_firmware;
    setHeading(QFileInfo(fw.path).fileName(), tr("Firmware file"));
    addRow(tr("Location:"), QDir::toNativeSeparators(fw.path));
    addRow(tr("Format:"), fw.format == core::FirmwareFormat::Unknown
                              ? tr("Not recognised")
                              : core::formatName(fw.format));
    addRow(tr("Size:"), tr("%1 (%2 bytes)").arg(formatBytes(fw.size), QLocale().toString(fw.size)));

    // SHA-256 in a read-only field: selectable, copyable and never wrapped mid-digest.
    auto *row = new QHBoxLayout;
    auto *field = new QLineEdit(fw.sha256Hex(), m_content);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setCursorPosition(0);
    field->setAccessibleName(tr("SHA-256 checksum"));
    auto *copy = new QToolButton(m_content);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the SHA-256 checksum"));
    const QString hex = fw.sha256Hex();
    connect(copy, &QToolButton::clicked, this, [hex] { QApplication::clipboard()->setText(hex); });
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto *label = new QLabel(tr("SHA-256:"), m_content);
    label->setBuddy(field);
    if (!m_form) {
        m_form = new QFormLayout;
        m_layout->addLayout(m_form);
    }
    m_form->addRow(label, row);

    if (fw.format == core::FirmwareFormat::Unknown)
        addParagraph(tr("Flashwright does not recognise this file. Check that you downloaded the "
                        "firmware for your device, not a web page or an archive of sources."),
                     QStringLiteral("warning"));
    if (!fw.details.isEmpty()) {
        QStringList lines;
        for (auto it = fw.details.cbegin(); it != fw.details.cend(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value().toString();
        addRow(tr("Technical details:"), lines.join(QLatin1Char('\n')), true);
    }
}

void DeviceDetailsPane::renderFirmwareError()
{
    setHeading(QFileInfo(m_errorPath).fileName(), tr("This file could not be read."));
    addDiagnosis(m_error, true);
}

}  // namespace fw::ui
