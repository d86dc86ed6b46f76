#pragma once
// The device side of the Telink OTA: takes data and end frames, checks order and CRC-16,
// writes the image into flash and on the end frame verifies it and swaps the boot marks
// (telink.md §1.2-§1.4). Sans-I/O: the model decides when a transfer starts and what to do next.

#include "telink/sim/TelinkFlashMap.h"

#include <QByteArray>
#include <QtGlobal>

namespace fw::telink::sim {

class TelinkOtaReceiver {
public:
    // Status codes of the SDK (ble_ll_ota.h names), readable on the OTA characteristic.
    enum Status : quint8 {
        Success = 0,
        PacketLoss = 1,
        DataCrcError = 2,
        WriteFlashError = 3,
        DataIncomplete = 4,
        Timeout = 5,
        FirmwareCheckError = 6,
    };
    enum class State { Idle, Receiving, Succeeded, Failed };
    enum class Outcome { Ignored, Accepted, Failed, Succeeded, OverwroteRunningCode };

    struct Plan {
        quint32 target = TelinkFlashMap::Bank1;  // where frame 0 goes
        quint32 prepared = TelinkFlashMap::BankSize;  // bytes erased for the image
        bool eraseFirst = true;   // the standard OTA erases its bank when it starts
        // Extended OTA: frames past the prepared region are refused, and success clears the
        // marks of both low banks so the next boot runs the image at 0x40000.
        bool extended = false;
        quint32 runningBank = TelinkFlashMap::Bank0;
        quint32 runningSize = 0;  // the running image: writing into it kills the device
        bool signedOnly = false;  // stock 2.1.1_0159: only Xiaomi-signed images pass
    };

    explicit TelinkOtaReceiver(TelinkFlashMap &flash) : m_flash(flash) {}

    void start(const Plan &plan);
    // A data frame (idx + 16 bytes + CRC-16). flashWritable is false when the supply is too
    // low for flash writes (below 2.0 V the pvvx firmware stops writing).
    Outcome onData(const QByteArray &frame, bool flashWritable);
    Outcome onEnd(const QByteArray &frame);
    // Ends the transfer with this status and erases what it prepared and wrote.
    void fail(quint8 status);
    void reset();  // back to Idle, flash untouched (the device lost power)

    State state() const { return m_state; }
    bool isReceiving() const { return m_state == State::Receiving; }
    quint8 status() const { return m_status; }
    int lastIndex() const { return m_lastIndex; }
    int framesAccepted() const { return m_lastIndex + 1; }
    const Plan &plan() const { return m_plan; }
    QByteArray receivedImage() const { return m_image; }

    // The frame's first u16 (LE): a data index, or a command 0xFF00..0xFF0F; -1 if too short.
    static int leadingWord(const QByteArray &frame);
    static bool isCommand(int word) { return word >= 0xFF00; }

private:
    quint8 verifyImage() const;
    void eraseWritten();

    TelinkFlashMap &m_flash;
    Plan m_plan;
    State m_state = State::Idle;
    quint8 m_status = Success;
    int m_lastIndex = -1;
    QByteArray m_image;  // the bytes as sent, boot mark included
};

}  // namespace fw::telink::sim
