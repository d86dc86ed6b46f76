#pragma once
// The GATT services and characteristics of Telink TLSR825x thermometers (LYWSD03MMC & co.) under
// stock Xiaomi, atc1441, pvvx and pvvx Zigbee-hybrid firmware (protocols/telink.md §1.1, §2, §3).

#include <QBluetoothUuid>

namespace fw::telink::uuids {

inline QBluetoothUuid uuid16(quint16 v) { return QBluetoothUuid(quint32(v)); }

// Telink SDK OTA: one characteristic carries commands, data frames and the status read.
inline QBluetoothUuid otaService() { return QBluetoothUuid(QStringLiteral("00010203-0405-0607-0809-0a0b0c0d1912")); }
inline QBluetoothUuid otaCharacteristic() { return QBluetoothUuid(QStringLiteral("00010203-0405-0607-0809-0a0b0c0d2b12")); }

// Standard services.
inline QBluetoothUuid genericAccess() { return uuid16(0x1800); }
inline QBluetoothUuid deviceName() { return uuid16(0x2A00); }
inline QBluetoothUuid deviceInformation() { return uuid16(0x180A); }
inline QBluetoothUuid modelNumber() { return uuid16(0x2A24); }
inline QBluetoothUuid serialNumber() { return uuid16(0x2A25); }
inline QBluetoothUuid firmwareRevision() { return uuid16(0x2A26); }
inline QBluetoothUuid hardwareRevision() { return uuid16(0x2A27); }
inline QBluetoothUuid softwareRevision() { return uuid16(0x2A28); }
inline QBluetoothUuid manufacturerName() { return uuid16(0x2A29); }
inline QBluetoothUuid batteryService() { return uuid16(0x180F); }
inline QBluetoothUuid batteryLevel() { return uuid16(0x2A19); }
inline QBluetoothUuid environmentalSensing() { return uuid16(0x181A); }  // also atc/pvvx adverts
inline QBluetoothUuid temperature() { return uuid16(0x2A6E); }
inline QBluetoothUuid humidity() { return uuid16(0x2A6F); }

// pvvx / atc1441 custom control channel: 1 command byte + payload, replies by notification.
inline QBluetoothUuid pvvxService() { return uuid16(0x1F10); }
inline QBluetoothUuid pvvxControl() { return uuid16(0x1F1F); }

// BTHome advertising (pvvx Zigbee/BLE hybrid, THB devices) and its hybrid command char.
inline QBluetoothUuid bthome() { return uuid16(0xFCD2); }
inline QBluetoothUuid zbHybridControl() { return uuid16(0xFFF4); }

// Stock Xiaomi LYWSD03MMC firmware.
inline QBluetoothUuid xiaomiService() { return QBluetoothUuid(QStringLiteral("ebe0ccb0-7a0a-4b0c-8a1a-6ff2997da3a6")); }
inline QBluetoothUuid xiaomiTempHumi() { return QBluetoothUuid(QStringLiteral("ebe0ccc1-7a0a-4b0c-8a1a-6ff2997da3a6")); }
inline QBluetoothUuid xiaomiClock() { return QBluetoothUuid(QStringLiteral("ebe0ccb7-7a0a-4b0c-8a1a-6ff2997da3a6")); }
inline QBluetoothUuid xiaomiSpeed() { return QBluetoothUuid(QStringLiteral("ebe0ccd8-7a0a-4b0c-8a1a-6ff2997da3a6")); }

// Mi authentication service (0xFE95): control 0x0010 and framed data 0x0019.
inline QBluetoothUuid miService() { return uuid16(0xFE95); }
inline QBluetoothUuid miControl() { return uuid16(0x0010); }
inline QBluetoothUuid miData() { return uuid16(0x0019); }

// Stock Qingping (CGG1, CGDK2, CGPR1).
inline QBluetoothUuid qingpingService() { return QBluetoothUuid(QStringLiteral("22210000-554a-4546-5542-46534450464d")); }

}  // namespace fw::telink::uuids
