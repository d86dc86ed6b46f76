#pragma once
// What a flasher stub running inside a simulated ESP can reach: the flash chip, the chip's
// registers, its UART (frames out, baud rate) and the ways out of the stub (reset, application).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace fw::esp::sim {

class FlashChip;

class EspStubHost {
public:
    virtual ~EspStubHost() = default;

    virtual FlashChip &flash() = 0;
    virtual quint32 readRegister(quint32 address) = 0;
    virtual void writeRegister(quint32 address, quint32 value) = 0;

    // Queues one frame (the host adds the SLIP framing). It leaves once everything queued
    // before it is out and the stub has worked `costUs` more; `after` runs once it is on the
    // wire (a baud change, a reset).
    virtual void sendFrame(const QByteArray &payload, qint64 costUs = 0,
                           std::function<void()> after = {}) = 0;
    // Bytes already SLIP-framed (a stub that frames its own output), queued like sendFrame();
    // empty bytes only order `after`.
    virtual void sendWire(const QByteArray &wire, qint64 costUs = 0, std::function<void()> after = {}) = 0;
    // Work done after the frames already queued (a block acknowledged before it is written):
    // the next frame waits for it.
    virtual void occupy(qint64 costUs) = 0;
    // The UART divider changes: from now on the chip talks at `baud`.
    virtual void setUartBaud(qint32 baud) = 0;
    // Ways out, taking effect after the frames already queued: a software reset (the straps
    // decide between ROM loader and application) and the application itself (RUN_USER_CODE).
    virtual void softwareReset() = 0;
    virtual void runApplication() = 0;
    virtual void log(const QString &text) = 0;
};

}  // namespace fw::esp::sim
