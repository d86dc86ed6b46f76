#pragma once
// The Telink BLE OTA over a GattLink (protocols/telink.md §1.3, §1.6, §1.7): start, 20-byte
// frames, a status read after every 8th, the end frame; on any failure it reconnects and starts
// again from frame 0 (the device wipes a failed update), then confirms the new firmware by
// reconnecting and reading its identity. After the last failed attempt it gives a ranked diagnosis.

#include "core/GattLink.h"
#include "core/Job.h"
#include "telink/TelinkIdentity.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fw::telink {

struct TelinkOtaOptions {
    bool extended = false;     // pvvx extended OTA to 0x40000 (.zigbee files, images over 128 KiB)
    int maxAttempts = 4;       // the first try and up to three restarts from frame 0
    int statusEvery = 8;       // frames between status reads (§1.3)
    // The status read after frame 8n is checked after frame 8n+8 has gone out, so the link
    // never idles waiting for the answer; false waits for each answer as TelinkMiFlasher does.
    bool overlapStatus = true;
    int startDelayMs = 300;    // after 01 FF, before the first frame (§1.3)
    int speedDelayMs = 500;    // after the stock "speed" request (§1.3)
    int rebootWaitMs = 2500;   // a device that failed an update reboots before it can be reached
    int connectTimeoutMs = 10000;
    int reconnectTries = 5;
    bool lowerLatency = true;  // pvvx: set the latency to 1000 ms for this session (not saved)
    bool verify = true;        // reconnect afterwards and read what runs now
    bool miLoggedIn = false;   // stock firmware: the Mi login was done on this connection
};

// One try, as evidence for the diagnosis.
struct TelinkOtaAttempt {
    int number = 0;
    int framesConfirmed = 0;  // frames up to the last good status read
    int framesSent = 0;
    int status = -1;          // the device's OTA status (§1.4), -1 when none was read
    bool linkLost = false;
    int attError = -1;        // ATT error of a refused operation
    QString failure;          // the diagnosis summary
    QString code;             // its code
    qint64 ms = 0;
};

struct TelinkOtaResult {
    bool verified = false;     // the device came back running the new firmware
    bool leftBluetooth = false;  // expected for pure Zigbee firmware: it no longer answers over BLE
    int attempts = 0;
    qint64 payloadBytes = 0;
    double seconds = 0;          // of the successful transfer
    double bytesPerSecond = 0;
    TelinkIdentity after;
    QList<TelinkOtaAttempt> history;
};

// What the new firmware should look like when it comes back.
enum class TelinkOtaExpect { PvvxBle, Stock, ZigbeeOnly, Unknown };

class TelinkOta {
public:
    TelinkOta(fw::core::GattLink &link, fw::core::JobContext &ctx);

    // `before` is the identity read on this connection (TelinkProbe). Throws JobError with the
    // ranked diagnosis after the last failed attempt; JobCancelled on cancel.
    TelinkOtaResult run(const QByteArray &payload, const TelinkIdentity &before, const TelinkOtaOptions &options);

    static TelinkOtaExpect expectationFor(const QByteArray &payload, bool extended);

private:
    void transfer(const QByteArray &payload, const TelinkIdentity &id, const TelinkOtaOptions &o, TelinkOtaAttempt &a);
    int readStatus(int timeoutMs);
    void waitForReboot(int ms);
    void reconnect(const TelinkOtaOptions &o, bool forgetServices);
    void prepareConnection(TelinkIdentity &id, const TelinkOtaOptions &o);
    bool confirm(const QByteArray &payload, const TelinkIdentity &before, const TelinkOtaOptions &o, TelinkOtaResult &r);

    fw::core::GattLink &m_link;
    fw::core::JobContext &m_ctx;
    QString m_address;
};

}  // namespace fw::telink
