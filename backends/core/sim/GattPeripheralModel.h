#pragma once
// A simulated BLE peripheral: what it advertises, its GATT table and how it answers reads,
// writes and subscriptions. SimulatedGattLink drives it on the job's thread.

#include "core/BleScanner.h"
#include "core/GattLink.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace fw::core::sim {

struct GattCharacteristicDef {
    QBluetoothUuid uuid;
    quint8 properties = 0;   // fw::core::GattProperty bits
    QByteArray initialValue; // what a plain model returns before anything is written
    QString description;     // user description descriptor (0x2901), may be empty
};

struct GattServiceDef {
    QBluetoothUuid uuid;
    QList<GattCharacteristicDef> characteristics;
};

// The answer to a read: ATT status 0 and the value, or an ATT error code.
struct AttReadResult {
    quint8 status = 0;
    QByteArray value;

    static AttReadResult ok(const QByteArray &v) { return AttReadResult{0, v}; }
    static AttReadResult error(quint8 code) { return AttReadResult{code, {}}; }
};

namespace att {
constexpr quint8 Success = 0x00;
constexpr quint8 InvalidHandle = 0x01;
constexpr quint8 ReadNotPermitted = 0x02;
constexpr quint8 WriteNotPermitted = 0x03;
constexpr quint8 InsufficientAuthentication = 0x05;
constexpr quint8 RequestNotSupported = 0x06;
constexpr quint8 AttributeNotFound = 0x0A;
constexpr quint8 InvalidAttributeValueLength = 0x0D;
constexpr quint8 UnlikelyError = 0x0E;
constexpr quint8 InsufficientResources = 0x11;
}  // namespace att

class GattPeripheralModel {
public:
    // Set by the link while connected. notify() sends a notification (dropped by the link when
    // the client has not subscribed); disconnect() ends the connection from the device's side
    // (for example a reboot after an update). silentDrop() makes the device vanish without a
    // word (brown-out, crash): the client notices only after the supervision timeout.
    struct LinkCallbacks {
        std::function<void(const QBluetoothUuid &, const QByteArray &)> notify;
        std::function<void(const QString &reason)> disconnect;
        std::function<void(const QString &reason)> silentDrop;
    };

    virtual ~GattPeripheralModel() = default;

    // Name, address, RSSI, service UUIDs, manufacturer and service data for the discovery list.
    virtual BleDeviceInfo advertisement() const = 0;
    virtual QList<GattServiceDef> gattTable() const = 0;
    // The ATT MTU the peripheral accepts in the MTU exchange.
    virtual int preferredMtu() const { return 23; }
    // False while the device does not advertise connectably (asleep, no BLE in its firmware):
    // a connect attempt then times out like one to a device out of range.
    virtual bool isConnectable() const { return true; }

    virtual AttReadResult onRead(const QBluetoothUuid &characteristic) = 0;
    // The status is reported to the client only for writes with response.
    virtual quint8 onWrite(const QBluetoothUuid &characteristic, const QByteArray &value,
                           bool withResponse) = 0;
    virtual void onSubscribe(const QBluetoothUuid &characteristic, bool enabled)
    {
        Q_UNUSED(characteristic);
        Q_UNUSED(enabled);
    }
    // nowMs counts from the start of the connection.
    virtual void onConnect(qint64 nowMs) { Q_UNUSED(nowMs); }
    virtual void onDisconnect() {}
    virtual void tick(qint64 nowMs) { Q_UNUSED(nowMs); }
    // The parameters in effect: at connect (before onConnect) and after each update the
    // client asked for.
    virtual void onConnectionParameters(const fw::core::GattConnectionParameters &params)
    {
        Q_UNUSED(params);
    }

    void setLinkCallbacks(LinkCallbacks callbacks) { m_link = std::move(callbacks); }

protected:
    void notify(const QBluetoothUuid &characteristic, const QByteArray &value) const
    {
        if (m_link.notify)
            m_link.notify(characteristic, value);
    }
    void requestDisconnect(const QString &reason) const
    {
        if (m_link.disconnect)
            m_link.disconnect(reason);
    }
    void requestSilentDrop(const QString &reason) const
    {
        if (m_link.silentDrop)
            m_link.silentDrop(reason);
    }

private:
    LinkCallbacks m_link;
};

}  // namespace fw::core::sim
