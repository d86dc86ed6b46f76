#include "core/sim/DemoThermometerModel.h"

#include <QDateTime>
#include <QtEndian>

#include <cmath>

namespace fw::core::sim {

namespace {

QBluetoothUuid uuid16(quint16 id)
{
    return QBluetoothUuid(id);
}

const QBluetoothUuid kGap = uuid16(0x1800);
const QBluetoothUuid kDeviceName = uuid16(0x2A00);
const QBluetoothUuid kAppearance = uuid16(0x2A01);
const QBluetoothUuid kEnvironmental = uuid16(0x181A);
const QBluetoothUuid kTemperature = uuid16(0x2A6E);
const QBluetoothUuid kHumidity = uuid16(0x2A6F);
const QBluetoothUuid kBatteryService = uuid16(0x180F);
const QBluetoothUuid kBatteryLevel = uuid16(0x2A19);
const QBluetoothUuid kDeviceInformation = uuid16(0x180A);
const QBluetoothUuid kManufacturer = uuid16(0x2A29);
const QBluetoothUuid kModelNumber = uuid16(0x2A24);
const QBluetoothUuid kHardwareRevision = uuid16(0x2A27);
const QBluetoothUuid kFirmwareRevision = uuid16(0x2A26);
const QBluetoothUuid kSoftwareRevision = uuid16(0x2A28);

constexpr quint16 kAppearanceThermometer = 0x0300;
constexpr double kPi = 3.14159265358979323846;

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray dis(const char *text)
{
    return QByteArray(text);
}

}  // namespace

DemoThermometerModel::DemoThermometerModel() = default;

qint16 DemoThermometerModel::temperatureCentiC(qint64 nowMs)
{
    // A slow swing around room temperature, so a chart of the notifications has a shape.
    const double t = double(nowMs) / 1000.0;
    const double celsius = 22.5 + 1.5 * std::sin(2.0 * kPi * t / 120.0) + 0.2 * std::sin(2.0 * kPi * t / 17.0);
    return qint16(std::lround(celsius * 100.0));
}

quint16 DemoThermometerModel::humidityCentiPercent(qint64 nowMs)
{
    const double t = double(nowMs) / 1000.0;
    const double percent = 48.0 - 4.0 * std::sin(2.0 * kPi * t / 120.0);
    return quint16(std::lround(percent * 100.0));
}

QByteArray DemoThermometerModel::temperatureValue() const
{
    return le16(quint16(temperatureCentiC(m_nowMs)));
}

QByteArray DemoThermometerModel::humidityValue() const
{
    return le16(humidityCentiPercent(m_nowMs));
}

QByteArray DemoThermometerModel::advertisedServiceData() const
{
    // The custom firmware's 15-byte frame on UUID 0x181A: MAC (reversed), temperature (0.01 C),
    // humidity (0.01 %), battery mV, battery %, frame counter, flags; all little-endian.
    QByteArray frame;
    const QByteArray mac = QByteArray::fromHex(QByteArray(kAddress).replace(':', ""));
    for (qsizetype i = mac.size() - 1; i >= 0; --i)
        frame.append(mac.at(i));
    frame += le16(quint16(temperatureCentiC(m_nowMs)));
    frame += le16(humidityCentiPercent(m_nowMs));
    frame += le16(quint16(2600 + m_battery * 5));
    frame.append(char(m_battery));
    frame.append(char(m_counter));
    frame.append(char(0x04));
    return frame;
}

BleDeviceInfo DemoThermometerModel::advertisement() const
{
    BleDeviceInfo info;
    info.name = QString::fromLatin1(kName);
    info.address = QString::fromLatin1(kAddress);
    info.rssi = -62;
    info.serviceUuids = {kEnvironmental};
    info.serviceData.insert(kEnvironmental, advertisedServiceData());
    info.isDemo = true;
    info.lastSeen = QDateTime::currentDateTimeUtc();
    return info;
}

QList<GattServiceDef> DemoThermometerModel::gattTable() const
{
    const quint8 readNotify = GattRead | GattNotify;
    return {
        GattServiceDef{kGap,
                       {GattCharacteristicDef{kDeviceName, GattRead, QByteArray(kName), {}},
                        GattCharacteristicDef{kAppearance, GattRead, le16(kAppearanceThermometer), {}}}},
        GattServiceDef{kEnvironmental,
                       {GattCharacteristicDef{kTemperature, readNotify, temperatureValue(), {}},
                        GattCharacteristicDef{kHumidity, readNotify, humidityValue(), {}}}},
        GattServiceDef{kBatteryService,
                       {GattCharacteristicDef{kBatteryLevel, readNotify, QByteArray(1, char(m_battery)), {}}}},
        GattServiceDef{kDeviceInformation,
                       {GattCharacteristicDef{kManufacturer, GattRead, dis("miaomiaoce.com"), {}},
                        GattCharacteristicDef{kModelNumber, GattRead, dis(kModel), {}},
                        GattCharacteristicDef{kHardwareRevision, GattRead, dis(kHardware), {}},
                        GattCharacteristicDef{kFirmwareRevision, GattRead, dis(kFirmware), {}},
                        GattCharacteristicDef{kSoftwareRevision, GattRead, dis(kFirmware), {}}}},
    };
}

AttReadResult DemoThermometerModel::onRead(const QBluetoothUuid &characteristic)
{
    if (characteristic == kTemperature)
        return AttReadResult::ok(temperatureValue());
    if (characteristic == kHumidity)
        return AttReadResult::ok(humidityValue());
    if (characteristic == kBatteryLevel)
        return AttReadResult::ok(QByteArray(1, char(m_battery)));
    const QList<GattServiceDef> table = gattTable();
    for (const GattServiceDef &s : table) {
        for (const GattCharacteristicDef &c : s.characteristics) {
            if (c.uuid == characteristic)
                return AttReadResult::ok(c.initialValue);
        }
    }
    return AttReadResult::error(att::AttributeNotFound);
}

quint8 DemoThermometerModel::onWrite(const QBluetoothUuid &characteristic, const QByteArray &value,
                                     bool withResponse)
{
    Q_UNUSED(characteristic);
    Q_UNUSED(value);
    Q_UNUSED(withResponse);
    return att::WriteNotPermitted;  // nothing in this table is writable
}

void DemoThermometerModel::onSubscribe(const QBluetoothUuid &characteristic, bool enabled)
{
    if (enabled)
        m_subscribed.insert(characteristic);
    else
        m_subscribed.remove(characteristic);
}

void DemoThermometerModel::onConnect(qint64 nowMs)
{
    m_nowMs = nowMs;
    m_nextMeasurementMs = nowMs + m_intervalMs;
    m_subscribed.clear();
}

void DemoThermometerModel::onDisconnect()
{
    m_subscribed.clear();
}

void DemoThermometerModel::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (nowMs < m_nextMeasurementMs)
        return;
    // One measurement per interval even when ticks were sparse: a sensor does not catch up.
    m_nextMeasurementMs = nowMs + m_intervalMs;
    ++m_counter;
    if (m_subscribed.contains(kTemperature))
        notify(kTemperature, temperatureValue());
    if (m_subscribed.contains(kHumidity))
        notify(kHumidity, humidityValue());
    if (m_subscribed.contains(kBatteryLevel) && m_counter % 30 == 0)
        notify(kBatteryLevel, QByteArray(1, char(m_battery)));
}

}  // namespace fw::core::sim
