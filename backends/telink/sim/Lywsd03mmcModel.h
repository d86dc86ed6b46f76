#pragma once
// A simulated Xiaomi LYWSD03MMC thermometer (Telink TLSR8251) under stock, atc1441, pvvx, hybrid
// or Zigbee firmware: adverts, GATT, the device side of the Telink OTA and its real failures.

#include "core/sim/GattPeripheralModel.h"
#include "telink/sim/Lywsd03mmcGattTable.h"
#include "telink/sim/MiAuthDevice.h"
#include "telink/sim/Lywsd03mmcOtaSession.h"
#include "telink/sim/Lywsd03mmcSetup.h"
#include "telink/sim/PvvxControlChannel.h"
#include "telink/sim/TelinkFlashMap.h"
#include "telink/sim/TelinkImageRecognizer.h"

#include <QElapsedTimer>
#include <QRecursiveMutex>
#include <QSet>

#include <optional>

namespace fw::telink::sim {

// Model assumptions where the fact sheet is silent (each marked in the code too):
// - A failed OTA leaves its status readable for FailureRebootMs, then the device reboots
//   (clean disconnect) into the old firmware; a successful one reboots after SuccessRebootMs.
// - Stock firmware without a Mi login ignores every OTA frame and refuses the status read with
//   ATT error 0x05; the login state stays until setLoggedIn() changes it.
// - Below 2200 mV the device sleeps and does not advertise (pvvx: deep sleep at boot).
// - Silent drops (brown-out, long latency, flaky adapter) happen at data frames 2, 0 and 4.
// - atc1441 builds report "github.com/atc1441" as firmware revision, have no software revision
//   and ignore the commands on 0x1F1F; the hybrid's 0xFFF4 commands are accepted and ignored.
class Lywsd03mmcModel : public fw::core::sim::GattPeripheralModel {
public:
    static constexpr int FailureRebootMs = Lywsd03mmcOtaSession::FailureRebootMs;
    static constexpr int SuccessRebootMs = Lywsd03mmcOtaSession::SuccessRebootMs;
    static constexpr int SleepBelowMv = 2200;           // no advertising
    static constexpr int DefaultLatencyBelowMv = 2800;  // pvvx falls back to the default latency
    static constexpr int DefaultLatencyMs = 1000;

    explicit Lywsd03mmcModel(Lywsd03mmcSetup setup = {});

    // GattPeripheralModel
    fw::core::BleDeviceInfo advertisement() const override;
    QList<fw::core::sim::GattServiceDef> gattTable() const override;
    bool isConnectable() const override { return isAdvertising(); }
    fw::core::sim::AttReadResult onRead(const QBluetoothUuid &characteristic) override;
    quint8 onWrite(const QBluetoothUuid &characteristic, const QByteArray &value, bool withResponse) override;
    void onSubscribe(const QBluetoothUuid &characteristic, bool enabled) override;
    void onConnect(qint64 nowMs) override;
    void onDisconnect() override;
    void tick(qint64 nowMs) override;
    void onConnectionParameters(const fw::core::GattConnectionParameters &params) override;

    const Lywsd03mmcSetup &setup() const;   // as configured
    TelinkPersonality personality() const;  // what runs now (changes after a successful OTA)
    QString firmwareRevision() const;       // current DIS strings
    QString softwareRevision() const;
    QString hardwareRevision() const;
    QString deviceName() const;
    int pvvxVersion() const;                // 0 unless a pvvx build runs
    bool isAdvertising() const;
    bool isSignedOnly() const;              // stock 2.1.1_0159: only Xiaomi-signed images
    QByteArray flash() const;               // the 512 KiB flash image
    QByteArray runningImage() const;        // the image the device boots now
    std::optional<quint32> runningBank() const;
    int otaAttempts() const;
    int otaSuccesses() const;
    int lastOtaStatus() const;              // -1 before any OTA ended with a status
    int batteryMv() const;
    void setBatteryMv(int mv);
    bool isLoggedIn() const;
    void setLoggedIn(bool loggedIn);        // stock: Mi login done (also set by a Mi login over 0x0010/0x0019)
    QByteArray miToken() const;             // stock: the registered Mi token, empty if never registered
    QByteArray miBindKey() const;           // stock: the bind key of the last local registration
    int miRegistrations() const;            // local registrations ("activations") done
    int miFailedLogins() const;
    int configLatencyMs() const;            // pvvx: the active config's connection latency
    fw::core::GattConnectionParameters hostConnectionParameters() const;

    // Wired access (SWire rescue): writes flash as a programmer does, then a power cycle boots
    // whatever the flash holds now.
    void wiredWrite(quint32 address, const QByteArray &bytes);
    void powerCycle();

private:
    bool pvvxFamily() const;
    int effectiveLatencyMs() const;
    void boot();
    void rebuildIdentity();
    bool apply(const Lywsd03mmcOtaSession::Action &action);
    QByteArray temperatureValue() const;
    QByteArray humidityValue() const;
    void sendMeasurements();
    void sendMi(const QList<MiAuthDevice::Notification> &notifications);

    mutable QRecursiveMutex m_mutex;
    Lywsd03mmcSetup m_setup;
    TelinkFlashMap m_flash;
    PvvxControlChannel m_pvvx{m_flash};
    Lywsd03mmcOtaSession m_ota{m_flash, m_setup};
    MiAuthDevice m_mi;

    TelinkPersonality m_personality = TelinkPersonality::Unknown;
    TelinkImageIdentity m_identity;
    std::optional<quint32> m_bootBank;
    bool m_codeDamaged = false;  // the running code was overwritten: nothing sane boots
    Lywsd03mmcDis m_dis;
    QList<fw::core::sim::GattServiceDef> m_table;

    int m_batteryMv = 2950;
    bool m_loggedIn = false;
    fw::core::GattConnectionParameters m_hostParams;

    qint64 m_nowMs = 0;
    QByteArray m_speedValue;
    QSet<QBluetoothUuid> m_subscribed;
    qint64 m_nextMeasurementMs = 0;
    quint8 m_counter = 0;
    QElapsedTimer m_life;  // drives the readings, so adverts change while nobody is connected
};

}  // namespace fw::telink::sim
