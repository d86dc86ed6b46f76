#pragma once
// The Telink jobs the wizard and the CLI run over one GattLink: identify a thermometer, and
// flash a file to it (file check against the device, battery check, OTA, confirmation).
// Results go into the job output; failures are diagnoses.

#include "core/GattLink.h"
#include "core/Job.h"
#include "telink/TelinkIdentity.h"
#include "telink/TelinkOta.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fw::telink {

using GattLinkPtr = std::shared_ptr<fw::core::GattLink>;

// Connects (unless connected) and reads the identity. Output: "identity" (TelinkIdentity::
// toVariant()), "advice" (QStringList for the goal).
class TelinkIdentifyJob : public fw::core::Job {
public:
    TelinkIdentifyJob(GattLinkPtr link, QString address, TelinkGoal goal = TelinkGoal::PvvxBle);
    QString name() const override;
    void run(fw::core::JobContext &ctx) override;
    TelinkIdentity identity() const { return m_identity; }

private:
    GattLinkPtr m_link;
    QString m_address;
    TelinkGoal m_goal;
    TelinkIdentity m_identity;
};

struct TelinkFlashRequest {
    QString path;          // for the log
    QByteArray file;       // .bin or .zigbee as read from disk
    bool force = false;    // send even when the battery is low (the file checks still apply)
    TelinkOtaOptions ota;  // extended is decided from the file and device unless forceExtended
    bool forceExtended = false;
    QByteArray miToken;    // stock firmware: log in with this Mi token (12 bytes) before the OTA
};

// Output: "verified", "leftBluetooth", "attempts", "seconds", "bytesPerSecond", "bytes",
// "extended", "before" and "after" (identities), "warnings" (QStringList).
class TelinkFlashJob : public fw::core::Job {
public:
    TelinkFlashJob(GattLinkPtr link, QString address, TelinkFlashRequest request);
    QString name() const override;
    void run(fw::core::JobContext &ctx) override;
    TelinkOtaResult result() const { return m_result; }

private:
    GattLinkPtr m_link;
    QString m_address;
    TelinkFlashRequest m_request;
    TelinkOtaResult m_result;
};

// Connects unless connected: a demo link or a real one, with reconnect attempts.
void ensureConnected(fw::core::GattLink &link, const QString &address, fw::core::JobContext &ctx, int tries = 3,
                     int timeoutMs = 10000);

}  // namespace fw::telink
