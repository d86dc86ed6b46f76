#pragma once
// One wired rescue session with a TLSR825x thermometer over SWire: finds a baud the adapter and
// the chip agree on, stops the chip during its power-up, identifies it, then reads, backs up,
// writes or restores its flash. The device's own data from 0x74000 is only written by a restore.

#include "core/Job.h"
#include "core/Link.h"
#include "telink/SwireMaster.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace fw::telink {

enum class TelinkRescueAction { Identify, Backup, Read, Write, Restore };

struct TelinkRescueOptions {
    TelinkRescueAction action = TelinkRescueAction::Identify;
    QString port;                  // "/dev/ttyUSB0", or "demo:telink-swire" (starts the simulator)
    qint32 baud = 921600;          // tried first; 460800, 340000, 230400 follow when it fails
    bool baudFallback = true;
    int activationMs = 5000;       // how long the CPU-stop writes run while the user power-cycles
    bool pulseResetLine = true;    // pulse RTS/DTR first, for boards with RTS wired to RESET
    QString backupPath;            // Backup: the file; Write: saved here before anything is erased
    QString readPath;              // Read: the file
    qint64 rangeStart = -1;        // Read / Restore: [start, end); -1 = the default range
    qint64 rangeEnd = -1;
    QString firmwarePath;          // Write: a Telink .bin, written at 0x0
    QString restorePath;           // Restore: a backup (device data or whole flash)
    bool force = false;            // write without a backup, a refused image or another device's backup
    bool startFirmware = true;     // reset into the firmware after Write / Restore
};

struct TelinkRescueResult {
    qint32 baud = 0;               // the baud that worked
    int swsDivider = 0;            // SWS speed register 0xB2
    int activationMs = 0;          // the activation window used
    quint32 programCounter = 0;    // where the CPU stopped
    quint32 jedecId = 0;           // maker << 16 | type << 8 | capacity
    qint64 flashSize = 0;
    QString mac;                   // from 0x76000; empty when blank
    QString firmwareOnChip;        // what is at 0x0, in words
    QString backupPath;
    QString backupSha256;
    QString readPath;
    qint64 readStart = 0;
    qint64 readLength = 0;
    qint64 bytesWritten = 0;       // bytes of pages programmed
    qint64 bytesSkipped = 0;       // bytes of all-0xFF pages left to the erase
    int sectorsErased = 0;
    bool verified = false;
    bool firmwareStarted = false;
    double writeSeconds = 0;       // erase and program
    double readSeconds = 0;        // the last read (backup, read or verify)
    qint64 lastReadBytes = 0;

    QVariantMap toVariant() const;
};

class TelinkRescue {
public:
    static constexpr quint32 DeviceDataStart = 0x74000;  // pairing, MAC, calibration, Mi keys
    static constexpr quint32 MacOffset = 0x76000;
    static constexpr quint32 CalibrationOffset = 0x77000;
    static constexpr quint32 MiKeysOffset = 0x78000;
    static constexpr quint32 DeviceDataEnd = 0x80000;
    static constexpr qint64 DefaultFlashSize = 0x80000;

    TelinkRescue(fw::core::ByteLink &link, fw::core::JobContext &ctx);

    // The bauds tried in order, starting at `first`.
    static QList<qint32> baudLadder(qint32 first);
    // Checks the wire, activates, sets the SWS speed and identifies the chip and its flash.
    void connect(const TelinkRescueOptions &options);
    // Flash [start, end), with progress under `phase`.
    QByteArray readRange(quint32 start, quint32 end, const QString &phase);
    // Reads 0x74000-0x80000 (checked by a second read of samples) and saves it atomically.
    QByteArray backupDeviceData(const QString &path);
    // Erases the sectors `data` covers, programs it (all-0xFF pages skipped, the first page
    // last, so an interrupted write leaves no half image marked bootable) and reads it back.
    // backupPath is named in the diagnoses.
    void writeVerified(quint32 address, const QByteArray &data, const QString &backupPath = {});
    // The two halves of writeVerified(): erase and program; read back and compare.
    void write(quint32 address, const QByteArray &data, const QString &backupPath = {});
    void verify(quint32 address, const QByteArray &data, const QString &backupPath = {});
    // Leaves flash access and resets the chip into its firmware.
    void startFirmware();

    // Why an image may not be written at 0x0, or nothing when it is a bootable Telink image.
    static std::optional<fw::core::Diagnosis> imageRefusal(const QString &path, const QByteArray &file);
    // Where a backup goes by its size: the device data area or the whole flash.
    static std::optional<std::pair<quint32, quint32>> backupRange(qint64 size);
    // "A4:C1:38:12:34:56" from the 6 bytes at 0x76000 (stored low byte first); empty when blank.
    static QString macFromBytes(const QByteArray &sixBytes);

    TelinkRescueResult &result() { return m_result; }
    SwireMaster &master() { return m_master; }

private:
    enum class Answer { None, Garbled, Ok };
    void activate(int activationMs, bool askForPowerCycle, bool pulseReset);
    Answer setSpeed();
    Answer tryDivider(int divider);
    void identify();

    fw::core::ByteLink &m_link;
    fw::core::JobContext &m_ctx;
    SwireMaster m_master;
    TelinkRescueResult m_result;
};

}  // namespace fw::telink
