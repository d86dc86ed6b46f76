#pragma once
// The GATT table each LYWSD03MMC firmware offers: which services a flasher finds and what the
// Device Information strings say (telink.md §1.1, §2.1, §2.2).

#include "core/sim/GattPeripheralModel.h"
#include "telink/sim/Lywsd03mmcSetup.h"

#include <QList>
#include <QString>

namespace fw::telink::sim {

struct Lywsd03mmcDis {
    QString deviceName;
    QString model = QStringLiteral("LYWSD03MMC");
    QString serial;
    QString firmware;
    QString hardware;
    QString software;  // empty: the build has no 0x2A28
    QString manufacturer = QStringLiteral("miaomiaoce.com");
};

class Lywsd03mmcGattTable {
public:
    // Empty for the firmwares without Bluetooth (Zigbee, unknown images).
    static QList<fw::core::sim::GattServiceDef> build(TelinkPersonality personality, const Lywsd03mmcDis &dis);
    // The serial string the stock firmware keeps next to the HW revision at 0x55000.
    static QString serialForHardware(const QString &hwRevision);
    // The static value of a characteristic in the table, or nullptr when it is not there.
    static const fw::core::sim::GattCharacteristicDef *find(const QList<fw::core::sim::GattServiceDef> &table,
                                                            const QBluetoothUuid &uuid);
};

}  // namespace fw::telink::sim
