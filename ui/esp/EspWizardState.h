#pragma once
// What the ESP wizard has learnt and decided so far, shared by its pages: the port, the board,
// the open session and the device's identity, the backup, the file to write and the results.

#include "esp/EspJobs.h"
#include "ui/esp/EspModule.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace fw::ui {

struct EspWizardState {
    enum class Goal { Flash, Restore };

    // Step 1: where and how fast.
    QString port;          // "/dev/ttyUSB0" or "demo:esp32"
    QString portTitle;     // what the user picked, for summaries
    qint32 transferBaud = 460800;

    // Steps 2-3: the board and how it enters its loader.
    EspModule::Id module = EspModule::Id::Tywe3s;
    fw::esp::ResetMode reset = fw::esp::ResetMode::Manual;
    bool romOnly = false;  // ESP8266: talk to the boot ROM only, without our flasher stub
    QString stubImagePath; // a stub build to load instead of the built-in one (tests, stub work)

    // Steps 3-4: one connection from connect to the final reset.
    fw::esp::EspSessionPtr session;
    bool connected = false;
    fw::esp::EspIdentity identity;
    Goal goal = Goal::Flash;

    // Step 5.
    QString backupDir;
    QString backupPath;
    QString backupMd5;
    qint64 backupSize = 0;
    bool backupSkipped = false;  // a deliberate choice, or the loader cannot read

    // Step 6: the bytes as they will be written (after the flash-mode fix, if chosen).
    QString firmwarePath;
    QByteArray firmwareBytes;
    qint64 writeOffset = 0;
    QString flashModeText;  // for the summary: "DOUT (changed from DIO, as recommended)"
    bool checkOverridden = false;
    QString restorePath;
    bool restoreForced = false;

    // Steps 7-8.
    QVariantMap writeOutput;
    bool written = false;
    bool finished = false;

    bool hasBackup() const { return !backupPath.isEmpty(); }
};

}  // namespace fw::ui
