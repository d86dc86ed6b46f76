#pragma once
// Reads a connected Telink thermometer into a TelinkIdentity: device information strings,
// battery, and pvvx's own report and configuration through its control channel.

#include "core/GattLink.h"
#include "core/LogBus.h"
#include "telink/TelinkIdentity.h"

namespace fw::telink {

class TelinkProbe {
public:
    TelinkProbe(fw::core::GattLink &link, fw::core::Logger log);

    // The link must be connected. Missing or unreadable strings stay empty; only a lost link
    // or a cancel throws.
    TelinkIdentity identify();

    // A pvvx command on 0x1F1F and its notification reply (the first that starts with `cmd`).
    QByteArray pvvxCommand(const QByteArray &command, int timeoutMs = 2000);

private:
    QString readText(const QBluetoothUuid &characteristic);

    fw::core::GattLink &m_link;
    fw::core::Logger m_log;
};

}  // namespace fw::telink
