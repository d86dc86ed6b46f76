#pragma once
// A blocking GATT client link to one BLE peripheral as the jobs see it. Every wait is bounded
// by a deadline and sliced so that a cancel is answered within 100 ms; errors are diagnoses.

#include "core/Diagnosis.h"
#include "core/LogBus.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <exception>
#include <optional>

namespace fw::core {

class CancelToken;

// Characteristic properties as a GATT client sees them (bit values follow the Bluetooth
// Core specification's characteristic properties field).
enum GattProperty : quint8 {
    GattRead = 0x02,
    GattWriteNoResponse = 0x04,
    GattWrite = 0x08,
    GattNotify = 0x10,
    GattIndicate = 0x20,
};

struct GattCharacteristicInfo {
    QBluetoothUuid uuid;
    quint8 properties = 0;  // GattProperty bits
    quint16 handle = 0;     // value handle
    QString description;    // user description descriptor (0x2901), may be empty

    bool has(GattProperty p) const { return (properties & p) != 0; }
};

struct GattServiceInfo {
    QBluetoothUuid uuid;
    quint16 startHandle = 0;
    quint16 endHandle = 0;
    QList<GattCharacteristicInfo> characteristics;
};

struct GattNotification {
    QBluetoothUuid characteristic;
    QByteArray value;
    qint64 tMs = 0;  // milliseconds since the link connected
};

struct GattConnectionParameters {
    double intervalMs = 30.0;        // 7.5 ms .. 4 s in steps of 1.25 ms
    int latency = 0;                 // connection events the peripheral may skip
    int supervisionTimeoutMs = 4000;
};

enum class GattWriteMode { WithResponse, WithoutResponse };

// Texts use QCoreApplication::translate with the literal context "fw::core::GattLink" (subclasses
// use their own class name) instead of tr(): lupdate loses this class's namespace in this header
// (the typed enum above trips its parser) and filed tr() texts where no lookup finds them.
class GattLink {
public:
    virtual ~GattLink() = default;

    virtual QString name() const = 0;  // "ble:A4:C1:38:1A:2B:3C", "demo:ble-thermometer"
    // Connects and discovers the services. Throws JobError ble.timeout / ble.connect_failed,
    // JobCancelled when the token is cancelled.
    virtual void connectTo(const QString &address, int timeoutMs) = 0;
    virtual void disconnectFrom() = 0;
    virtual bool isConnected() const = 0;
    virtual QString address() const = 0;

    // The table discovered by connectTo(); empty while not connected.
    virtual QList<GattServiceInfo> services() const = 0;
    // Makes the host forget what it cached about this address's services (BlueZ keeps the
    // table of a bonded or recently seen device), so the next connectTo() discovers them
    // afresh. Needed after a firmware change: a stale table names characteristics the new
    // firmware no longer has. Call while disconnected; false when the link cannot do it.
    virtual bool forgetCachedServices(const QString &address)
    {
        Q_UNUSED(address);
        return false;
    }

    // Characteristic operations address the first characteristic with this UUID. They throw
    // JobError ble.disconnected, ble.timeout, ble.gatt_error (ATT error code in the summary
    // and causes), ble.no_such_characteristic, ble.not_permitted; JobCancelled on cancel.
    virtual QByteArray read(const QBluetoothUuid &characteristic, int timeoutMs = 5000) = 0;
    // A read in two halves: beginRead() sends the request, and writes without response may go
    // on while it is under way (ATT allows one outstanding request, not one operation);
    // takeRead() waits for the answer and returns it, or throws what read() would. One read
    // may be pending. The default does the whole read in beginRead().
    virtual void beginRead(const QBluetoothUuid &characteristic, int timeoutMs = 5000);
    virtual QByteArray takeRead();
    // WithoutResponse returns once the controller has taken the packet; the peripheral never
    // reports a failure for it. The value must fit into maxWriteWithoutResponse() bytes.
    virtual void write(const QBluetoothUuid &characteristic, const QByteArray &value,
                       GattWriteMode mode, int timeoutMs = 5000) = 0;
    // Enables or disables notifications (or indications) through the CCCD.
    virtual void subscribe(const QBluetoothUuid &characteristic, bool enable, int timeoutMs = 5000) = 0;

    // The oldest queued notification of this characteristic (any characteristic when the
    // UUID is null), or nullopt when none arrives within timeoutMs.
    virtual std::optional<GattNotification> waitNotification(const QBluetoothUuid &characteristic,
                                                             int timeoutMs) = 0;
    // Drops queued notifications (of one characteristic, or all when the UUID is null).
    virtual void clearNotifications(const QBluetoothUuid &characteristic = {}) = 0;

    virtual int mtu() const = 0;  // ATT MTU in effect (23 until exchanged)
    int maxWriteWithoutResponse() const { return mtu() - 3; }
    virtual GattConnectionParameters connectionParameters() const = 0;
    // Asks the peripheral for new parameters; returns false when the link cannot do it.
    virtual bool requestConnectionParameters(const GattConnectionParameters &) { return false; }

    virtual void setCancelToken(const CancelToken *token) = 0;
    // Each ATT operation is logged with its bytes (Tx for writes, Rx for reads and
    // notifications) so the hex view shows the exchange.
    virtual void setLogger(const Logger &log) = 0;

    // Helpers shared by the implementations.
    std::optional<GattCharacteristicInfo> findCharacteristic(const QBluetoothUuid &uuid) const;
    static QString attErrorName(quint8 code);
    static QString uuidText(const QBluetoothUuid &uuid);  // "0x2a19" or the full 128-bit form
    static JobError disconnectedError(const QString &address, const QString &detail);
    static JobError timeoutError(const QString &operation, const QBluetoothUuid &characteristic,
                                 int timeoutMs);
    static JobError gattError(const QString &operation, const QBluetoothUuid &characteristic,
                              quint8 attError);
    static JobError noSuchCharacteristicError(const QBluetoothUuid &characteristic);
    static JobError notPermittedError(const QString &operation, const QBluetoothUuid &characteristic);

protected:
    // State of the default beginRead()/takeRead(); implementations that overlap the read set
    // m_readPending themselves.
    bool m_readPending = false;
    QByteArray m_pendingValue;
    std::exception_ptr m_pendingError;
};

}  // namespace fw::core
