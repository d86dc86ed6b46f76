#pragma once
// The "ble-thermometer" demo: a Xiaomi LYWSD03MMC thermometer running custom firmware, with
// environmental sensing notifications, battery level and device information strings.

#include "core/sim/GattPeripheralModel.h"

#include <QSet>

namespace fw::core::sim {

class DemoThermometerModel : public GattPeripheralModel {
public:
    static constexpr const char *kName = "ATC_1A2B3C";
    static constexpr const char *kAddress = "A4:C1:38:1A:2B:3C";
    static constexpr const char *kModel = "LYWSD03MMC";
    static constexpr const char *kHardware = "B1.4";
    static constexpr const char *kFirmware = "V4.3";

    DemoThermometerModel();

    BleDeviceInfo advertisement() const override;
    QList<GattServiceDef> gattTable() const override;
    AttReadResult onRead(const QBluetoothUuid &characteristic) override;
    quint8 onWrite(const QBluetoothUuid &characteristic, const QByteArray &value, bool withResponse) override;
    void onSubscribe(const QBluetoothUuid &characteristic, bool enabled) override;
    void onConnect(qint64 nowMs) override;
    void onDisconnect() override;
    void tick(qint64 nowMs) override;

    // How often a subscribed client gets a measurement (the firmware's default is 2 s).
    void setMeasurementIntervalMs(int ms) { m_intervalMs = ms > 0 ? ms : 2000; }
    void setBatteryPercent(int percent) { m_battery = quint8(qBound(0, percent, 100)); }

    // Readings at a time (ms since the connection started), in 0.01 units as on the air.
    static qint16 temperatureCentiC(qint64 nowMs);
    static quint16 humidityCentiPercent(qint64 nowMs);

private:
    QByteArray temperatureValue() const;
    QByteArray humidityValue() const;
    QByteArray advertisedServiceData() const;

    int m_intervalMs = 2000;
    quint8 m_battery = 87;
    qint64 m_nowMs = 0;
    qint64 m_nextMeasurementMs = 0;
    quint8 m_counter = 0;
    QSet<QBluetoothUuid> m_subscribed;
};

}  // namespace fw::core::sim
