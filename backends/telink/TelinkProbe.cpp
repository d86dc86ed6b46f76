#include "telink/TelinkProbe.h"

#include "telink/TelinkUuids.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fw::telink {

using fw::core::GattLink;
using fw::core::GattWriteMode;
using fw::core::JobError;

TelinkProbe::TelinkProbe(GattLink &link, fw::core::Logger log) : m_link(link), m_log(std::move(log)) {}

QString TelinkProbe::readText(const QBluetoothUuid &characteristic)
{
    if (!m_link.findCharacteristic(characteristic))
        return {};
    try {
        QByteArray v = m_link.read(characteristic, 3000);
        while (v.endsWith('\0'))
            v.chop(1);
        return QString::fromUtf8(v).trimmed();
    } catch (const JobError &e) {
        if (!m_link.isConnected())
            throw;
        m_log.debug(QCoreApplication::translate("fw::telink::TelinkProbe", "could not read %1: %2")
                        .arg(GattLink::uuidText(characteristic), e.diagnosis().summary));
        return {};
    }
}

QByteArray TelinkProbe::pvvxCommand(const QByteArray &command, int timeoutMs)
{
    const QBluetoothUuid control = uuids::pvvxControl();
    m_link.clearNotifications(control);
    m_link.write(control, command, GattWriteMode::WithoutResponse);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const auto n = m_link.waitNotification(control, int(qMax<qint64>(1, timeoutMs - t.elapsed())));
        if (!n)
            break;
        if (!n->value.isEmpty() && n->value.at(0) == command.at(0))
            return n->value;
    }
    return {};
}

TelinkIdentity TelinkProbe::identify()
{
    TelinkIdentity id;
    id.address = m_link.address();
    id.name = readText(uuids::deviceName());
    id.model = readText(uuids::modelNumber());
    id.serial = readText(uuids::serialNumber());
    id.manufacturer = readText(uuids::manufacturerName());
    id.hardwareRevision = readText(uuids::hardwareRevision());
    id.firmwareRevision = readText(uuids::firmwareRevision());
    id.softwareRevision = readText(uuids::softwareRevision());
    TelinkIdentify::classify(m_link.services(), id);

    if (m_link.findCharacteristic(uuids::batteryLevel())) {
        try {
            const QByteArray b = m_link.read(uuids::batteryLevel(), 3000);
            if (!b.isEmpty())
                id.batteryPercent = quint8(b.at(0));
        } catch (const JobError &) {
            if (!m_link.isConnected())
                throw;
        }
    }

    const auto control = m_link.findCharacteristic(uuids::pvvxControl());
    if (control && control->has(fw::core::GattNotify) && control->has(fw::core::GattWriteNoResponse)
        && (id.firmware == TelinkFirmwareKind::Pvvx || id.firmware == TelinkFirmwareKind::ZigbeeHybrid)) {
        try {
            m_link.subscribe(uuids::pvvxControl(), true);
            if (!TelinkIdentify::parsePvvxInfo(pvvxCommand(QByteArray(1, '\x00')), id))
                m_log.debug(QCoreApplication::translate("fw::telink::TelinkProbe", "no device report from pvvx command 0x00"));
            if (!TelinkIdentify::parsePvvxConfig(pvvxCommand(QByteArray(1, '\x55')), id))
                m_log.debug(QCoreApplication::translate("fw::telink::TelinkProbe", "no configuration from pvvx command 0x55"));
        } catch (const JobError &e) {
            if (!m_link.isConnected())
                throw;
            m_log.debug(QCoreApplication::translate("fw::telink::TelinkProbe", "pvvx control channel: %1")
                            .arg(e.diagnosis().summary));
        }
    }
    m_log.info(QCoreApplication::translate("fw::telink::TelinkProbe", "%1, hardware %2, %3")
                   .arg(id.model.isEmpty() ? id.name : id.model, id.hardwareRevision.isEmpty() ? QStringLiteral("?") : id.hardwareRevision,
                        id.firmwareText()));
    return id;
}

}  // namespace fw::telink
