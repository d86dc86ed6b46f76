#pragma once
// What can go wrong in a wired SWire rescue of a TLSR825x thermometer, as diagnoses: each names
// what happened, the likely causes (wiring first) and the next step the user can take.

#include "core/Diagnosis.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fw::telink {

class TelinkRescueDiagnoses {
public:
    // ---- the wire ----
    static fw::core::Diagnosis noEcho(const QString &port);
    static fw::core::Diagnosis echoStopped(const QString &port);
    static fw::core::Diagnosis echoGarbled(const QString &port, qint32 baud, const QByteArray &sent,
                                           const QByteArray &received);
    static fw::core::Diagnosis noReply(const QString &port, quint32 address);
    static fw::core::Diagnosis replyGarbled(const QString &port, qint32 baud, quint32 address,
                                            const QByteArray &reply);
    // ---- getting the chip to answer ----
    static fw::core::Diagnosis activationFailed(const QString &port, const QList<qint32> &bauds, int activationMs);
    static fw::core::Diagnosis speedFailed(const QString &port, const QList<qint32> &bauds);
    static fw::core::Diagnosis echoFailedAtAllBauds(const QString &port, const QList<qint32> &bauds, bool silent);
    // ---- the flash ----
    static fw::core::Diagnosis flashNoId(quint32 jedecId);
    static fw::core::Diagnosis flashTimeout(quint8 status, int timeoutMs);
    static fw::core::Diagnosis flashProtected(quint8 status);
    static fw::core::Diagnosis verifyMismatch(quint32 firstAddress, qint64 differingBytes, const QString &backupPath);
    static fw::core::Diagnosis unpluggedDuringWrite(const fw::core::Diagnosis &serial, quint32 address,
                                                    const QString &backupPath);
    // ---- files and choices ----
    static fw::core::Diagnosis noBackup();
    static fw::core::Diagnosis badImage(const QString &path, const QString &code, const QString &finding);
    static fw::core::Diagnosis imageTooLarge(const QString &path, qint64 size, quint32 limit);
    static fw::core::Diagnosis backupWrongSize(const QString &path, qint64 size, quint32 start, quint32 end);
    static fw::core::Diagnosis backupOtherDevice(const QString &path, const QString &fileMac, const QString &chipMac);
    static fw::core::Diagnosis backupUnknownRange(const QString &path, qint64 size);
    static fw::core::Diagnosis rangeInvalid(quint32 start, quint32 end, qint64 flashSize);
    static fw::core::Diagnosis fileWriteFailed(const QString &path, const QString &error);
};

}  // namespace fw::telink
