#include "telink/sim/Lywsd03mmcGattTable.h"

#include "telink/TelinkUuids.h"

namespace fw::telink::sim {

namespace {

using fw::core::GattNotify;
using fw::core::GattRead;
using fw::core::GattWrite;
using fw::core::GattWriteNoResponse;
using fw::core::sim::GattCharacteristicDef;
using fw::core::sim::GattServiceDef;
namespace u = fw::telink::uuids;

GattCharacteristicDef text(const QBluetoothUuid &uuid, const QString &value)
{
    return GattCharacteristicDef{uuid, GattRead, value.toUtf8(), {}};
}

GattServiceDef gap(const Lywsd03mmcDis &dis)
{
    return GattServiceDef{u::genericAccess(), {text(u::deviceName(), dis.deviceName)}};
}

GattServiceDef deviceInformation(const Lywsd03mmcDis &dis)
{
    GattServiceDef s{u::deviceInformation(),
                     {text(u::modelNumber(), dis.model), text(u::serialNumber(), dis.serial),
                      text(u::firmwareRevision(), dis.firmware), text(u::hardwareRevision(), dis.hardware)}};
    if (!dis.software.isEmpty())
        s.characteristics << text(u::softwareRevision(), dis.software);
    s.characteristics << text(u::manufacturerName(), dis.manufacturer);
    return s;
}

GattServiceDef battery()
{
    return GattServiceDef{u::batteryService(),
                          {GattCharacteristicDef{u::batteryLevel(), GattRead | GattNotify, {}, {}}}};
}

// Read returns the status byte; the data and the commands go as write commands (§1.1).
GattServiceDef ota()
{
    return GattServiceDef{u::otaService(),
                          {GattCharacteristicDef{u::otaCharacteristic(), GattRead | GattWriteNoResponse,
                                                 {}, QStringLiteral("OTA")}}};
}

GattServiceDef environmental()
{
    return GattServiceDef{u::environmentalSensing(),
                          {GattCharacteristicDef{u::temperature(), GattRead | GattNotify, {}, {}},
                           GattCharacteristicDef{u::humidity(), GattRead | GattNotify, {}, {}}}};
}

GattServiceDef pvvxControl()
{
    return GattServiceDef{u::pvvxService(),
                          {GattCharacteristicDef{u::pvvxControl(), GattRead | GattNotify | GattWriteNoResponse,
                                                 {}, {}}}};
}

}  // namespace

QString Lywsd03mmcGattTable::serialForHardware(const QString &hwRevision)
{
    // Only two serial strings are known from real units; the others are assumed to be like B1.4.
    if (hwRevision.trimmed() == QLatin1String("B1.1"))
        return QStringLiteral("F2.0-3-FY-NF-S-G-JH-");
    return QStringLiteral("F1.0-CFMK-LB-ZCXTJ--");
}

QList<GattServiceDef> Lywsd03mmcGattTable::build(TelinkPersonality personality, const Lywsd03mmcDis &dis)
{
    switch (personality) {
    case TelinkPersonality::Stock:
        return {gap(dis), deviceInformation(dis), battery(),
                GattServiceDef{u::xiaomiService(),
                               {GattCharacteristicDef{u::xiaomiClock(), GattRead | GattWrite, {}, {}},
                                GattCharacteristicDef{u::xiaomiTempHumi(), GattRead | GattNotify, {}, {}},
                                GattCharacteristicDef{u::xiaomiSpeed(), GattRead | GattWrite | GattWriteNoResponse,
                                                      {}, {}}}},
                GattServiceDef{u::miService(),
                               {GattCharacteristicDef{u::miControl(), GattWrite | GattNotify, {}, {}},
                                GattCharacteristicDef{u::miData(), GattWriteNoResponse | GattNotify, {}, {}}}},
                ota()};
    case TelinkPersonality::Pvvx:
        return {gap(dis), deviceInformation(dis), battery(), environmental(), ota(), pvvxControl()};
    case TelinkPersonality::Atc1441:
        return {gap(dis), deviceInformation(dis), battery(), ota(), pvvxControl()};
    case TelinkPersonality::ZigbeeHybrid:
        return {gap(dis), deviceInformation(dis), battery(),
                GattServiceDef{u::bthome(),
                               {GattCharacteristicDef{u::zbHybridControl(),
                                                      GattRead | GattNotify | GattWriteNoResponse, {}, {}}}},
                ota()};
    case TelinkPersonality::Zigbee:
    case TelinkPersonality::Unknown:
        break;
    }
    return {};
}

const GattCharacteristicDef *Lywsd03mmcGattTable::find(const QList<GattServiceDef> &table,
                                                       const QBluetoothUuid &uuid)
{
    for (const GattServiceDef &s : table) {
        for (const GattCharacteristicDef &c : s.characteristics) {
            if (c.uuid == uuid)
                return &c;
        }
    }
    return nullptr;
}

}  // namespace fw::telink::sim
