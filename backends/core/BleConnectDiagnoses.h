#pragma once
// The diagnoses of the real Bluetooth LE link: a machine without Bluetooth, a connection that
// fails or times out, a request the host refused. Each names a cause and a step a user can take.

#include "core/Diagnosis.h"

#include <QBluetoothUuid>
#include <QLowEnergyController>
#include <QString>

namespace fw::core {

class BleConnectDiagnoses {
public:
    // Why this computer cannot use Bluetooth right now (code "ble.unavailable").
    enum class Unavailable { NoSystemBus, NoBluez, NoAdapter, AdapterOff };

    static Diagnosis unavailable(Unavailable reason, const QString &adapterName = {});
    // "ble.connect_failed": the host gave up on the connection with this error.
    static Diagnosis connectFailed(const QString &address, QLowEnergyController::Error error,
                                   const QString &detail);
    // "ble.connect_failed": the link closed again while the services were being discovered.
    static Diagnosis closedDuringSetup(const QString &address);
    // "ble.timeout": no connection (or no complete service table) within timeoutMs.
    static Diagnosis connectTimeout(const QString &address, int timeoutMs);
    // "ble.invalid_address": the text is not a Bluetooth device address.
    static Diagnosis invalidAddress(const QString &text);
    // "ble.gatt_error" without an ATT code: the host only says that the operation failed.
    static Diagnosis refused(const QString &operation, const QBluetoothUuid &characteristic);
    // "ble.gatt_error": an earlier write without response was refused by the host.
    static Diagnosis earlierWriteRefused(const QBluetoothUuid &characteristic);
    // "ble.not_permitted": notifications need a configuration descriptor the device lacks.
    static Diagnosis noNotifyDescriptor(const QBluetoothUuid &characteristic);
};

}  // namespace fw::core
