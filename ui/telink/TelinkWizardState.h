#pragma once
// What the thermometer wizard has learnt and decided so far, shared by its pages: the device
// and its Bluetooth link, what it runs, the file and the flash result; and for the wired
// rescue, the adapter, the backup of the device's own data and the rescue result.

#include "telink/TelinkAdvert.h"
#include "telink/TelinkIdentity.h"
#include "telink/TelinkJobs.h"
#include "telink/TelinkOta.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace fw::ui {

struct TelinkWizardState {
    enum class Path { Bluetooth, Wired };
    Path path = Path::Bluetooth;

    // Find: which thermometer ("demo:lywsd03mmc-pvvx" or "A4:C1:38:1A:2B:3C").
    QString target;
    QString targetTitle;  // what the user picked, for summaries
    QString address;      // what the link connects to (a demo's simulated address)
    fw::telink::TelinkAdvertInfo advert;

    // Identify: one link from here to the end of the flash.
    fw::telink::GattLinkPtr link;
    bool identified = false;
    fw::telink::TelinkIdentity identity;

    // Choose: what it should run afterwards, and the file as it will be sent.
    fw::telink::TelinkGoal goal = fw::telink::TelinkGoal::PvvxBle;
    QString firmwarePath;
    QByteArray firmwareBytes;
    QString firmwareFacts;  // what the file is, in words, for the summary
    bool extended = false;  // sent through pvvx's extended update
    // Stock Xiaomi firmware: the Mi token (12 bytes) the flash logs in with, and the keys of a
    // registration done in the wizard ("token", "bindKey", "deviceId", "firmware", "address").
    QByteArray miToken;
    QVariantMap miKeys;

    // Battery check.
    bool batteryConfirmed = false;
    bool batteryOverride = false;  // flash on a low battery, deliberately

    // Flash: the update's timing knobs (tests shorten the waits), and the outcome.
    fw::telink::TelinkOtaOptions ota;
    QVariantMap flashOutput;
    bool flashed = false;

    // Wired rescue: adapter, backup of the device data, file written.
    QString port;        // "/dev/ttyUSB0" or "demo:telink-swire"
    QString portTitle;
    qint32 baud = 921600;
    int activationMs = 5000;  // how long the chip is stopped while the user power-cycles it
    QString backupDir;
    QString backupPath;
    QVariantMap backupOutput;
    QString rescueFirmwarePath;
    QVariantMap rescueOutput;
    bool rescued = false;

    bool hasBackup() const { return !backupPath.isEmpty(); }
};

}  // namespace fw::ui
