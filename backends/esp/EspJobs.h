#pragma once
// The ESP jobs the wizard and the CLI run, each one step of a flashing session over one shared
// EspSession (one connection, one reset at the end). Every job puts its results in the job
// output (keys listed per job) and fails with a diagnosis.

#include "core/Job.h"
#include "esp/EspSession.h"

#include <QList>
#include <QString>

#include <memory>

namespace fw::esp {

using EspSessionPtr = std::shared_ptr<EspSession>;

// Base: moves the session's port onto the worker thread and back.
class EspSessionJob : public fw::core::Job {
public:
    explicit EspSessionJob(EspSessionPtr session) : m_session(std::move(session)) {}
    void attachToThread(QThread *worker) override;
    void run(fw::core::JobContext &ctx) final;

protected:
    virtual void runInSession(fw::core::JobContext &ctx, EspSession &session) = 0;
    EspSessionPtr m_session;
};

// Connect and identify. Output: "identity" (EspIdentity::toVariant()).
class EspConnectJob : public EspSessionJob {
public:
    EspConnectJob(EspSessionPtr session, EspConnectOptions options);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    EspConnectOptions m_options;
};

// Reads the whole flash (verified) into `directory`, named backup-<MAC>-<yyyyMMdd-HHmmss>.bin,
// written atomically. Output: "path", "md5" (hex), "size".
class EspBackupJob : public EspSessionJob {
public:
    EspBackupJob(EspSessionPtr session, QString directory);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    QString m_directory;
};

struct EspFlashPart {
    qint64 offset = 0;
    QString path;      // for the log and outputs
    QByteArray bytes;  // as they will be written (after any flash-parameter patch)
};

// Writes parts (and verifies, per options). Output: "bytes", "bytesOnWire", "bytesSkipped",
// "verified", "seconds", "md5" (hex, of the last part).
class EspWriteJob : public EspSessionJob {
public:
    EspWriteJob(EspSessionPtr session, QList<EspFlashPart> parts, EspWriteOptions options = {});
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    QList<EspFlashPart> m_parts;
    EspWriteOptions m_options;
};

// Compares flash with parts by MD5. Output: "matches" (bool), "mismatches" (list of offsets).
class EspVerifyJob : public EspSessionJob {
public:
    EspVerifyJob(EspSessionPtr session, QList<EspFlashPart> parts);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    QList<EspFlashPart> m_parts;
};

// Erases the whole flash (or a region when length > 0).
class EspEraseJob : public EspSessionJob {
public:
    explicit EspEraseJob(EspSessionPtr session, qint64 offset = 0, qint64 length = 0);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    qint64 m_offset;
    qint64 m_length;
};

// Writes a backup file back at 0 after checking it fits the flash and came from this chip
// (the MAC in its name, when present). Output like EspWriteJob.
class EspRestoreJob : public EspSessionJob {
public:
    EspRestoreJob(EspSessionPtr session, QString backupPath, bool force = false);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;

private:
    QString m_path;
    bool m_force;
};

// Hard reset into the new firmware and close. Output: "powerCycleNeeded" (bool).
class EspFinishJob : public EspSessionJob {
public:
    explicit EspFinishJob(EspSessionPtr session);
    QString name() const override;

protected:
    void runInSession(fw::core::JobContext &ctx, EspSession &session) override;
};

}  // namespace fw::esp
