#pragma once
// The files a flash backup leaves behind: backup-<MAC>-<yyyyMMdd-HHmmss>.bin, written atomically,
// and a small JSON sidecar (chip, MAC, flash id and size, MD5, date, tool version) that lets a
// restore check the backup belongs to the chip it is about to overwrite.

#include "esp/EspIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fw::esp {

class EspBackupFile {
public:
    struct Sidecar {
        bool present = false;   // a .json next to the backup
        bool readable = false;  // ... that parses as one of ours
        QString chip;
        QString mac;            // "84F3EBC242D5" (compact, upper case)
        quint32 flashId = 0;
        qint64 flashSize = 0;
        qint64 size = 0;
        QByteArray md5;         // 16 raw bytes
        QString date;
        QString toolVersion;
    };

    // "backup-84F3EBC242D5-20240131-235959.bin" ("unknown" stands in for a MAC not read).
    static QString fileName(const EspIdentity &identity, const QDateTime &when);
    // The sidecar of "x/backup-….bin": "x/backup-….json".
    static QString sidecarPath(const QString &backupPath);
    // The compact MAC in a name made by fileName(), or empty.
    static QString macFromFileName(const QString &path);
    // "84:F3:EB:C2:42:D5" or "84f3ebc242d5" → "84F3EBC242D5"; empty when it is not a MAC.
    static QString compactMac(const QString &mac);

    // Both throw JobError (code esp.backup.write_failed) with the reason and a next step.
    static void writeAtomically(const QString &path, const QByteArray &bytes);
    static void writeSidecar(const QString &backupPath, const EspIdentity &identity, const QByteArray &md5,
                             qint64 size, const QDateTime &when);
    static Sidecar readSidecar(const QString &backupPath);
};

}  // namespace fw::esp
