#pragma once
// Faults the simulated GATT link injects so tests and demos can show how a job survives a
// lost connection, a refused write, a slow device or a lost notification.

#include <QBluetoothUuid>
#include <QtGlobal>

namespace fw::core::sim {

struct BleFaultPlan {
    // The first N connection attempts time out (device not advertising, busy with a phone).
    int failConnects = 0;

    // The link drops once this many writes (of any kind) have reached the peripheral; -1 = never.
    int dropAfterWrites = -1;
    // The link drops this many milliseconds after connecting; -1 = never.
    qint64 dropAtMs = -1;
    // A silent drop (device out of range, brown-out) is noticed only after the supervision
    // timeout; until then writes without response vanish and requests get no answer.
    // A clean drop (the device terminates the connection) is noticed at once.
    bool silentDrop = false;

    // The Nth write (1-based, counting all writes) is refused with this ATT error. A write
    // without response that is refused simply never reaches the peripheral.
    int rejectWriteNumber = -1;
    quint8 rejectAttError = 0x0E;
    // Restricts the rejection to one characteristic; null = any.
    QBluetoothUuid rejectCharacteristic;

    // The Nth write (1-based) completes delayMs later than the wire model says.
    int delayWriteNumber = -1;
    int delayMs = 0;
    // Every request (read, write with response, subscribe) answers this much later.
    int extraResponseDelayMs = 0;

    // The Nth notification (1-based) the peripheral sends is lost on the air.
    int loseNotificationNumber = -1;

    bool isEmpty() const
    {
        return failConnects == 0 && dropAfterWrites < 0 && dropAtMs < 0 && rejectWriteNumber < 0
            && delayWriteNumber < 0 && extraResponseDelayMs == 0 && loseNotificationNumber < 0;
    }
};

}  // namespace fw::core::sim
