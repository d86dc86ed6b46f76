#include "esp/EspJobs.h"

#include "core/FirmwareFile.h"
#include "esp/EspBackupFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace fw::esp {

using fw::core::Diagnosis;
using fw::core::JobContext;
using fw::core::JobError;

namespace {

QString hex(qint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }
QByteArray md5Of(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); }

[[noreturn]] void throwNotConnected()
{
    Diagnosis d;
    d.code = QStringLiteral("esp.session.not_connected");
    d.summary = QCoreApplication::translate("fw::esp::EspSessionJob", "The device is not connected.");
    d.causes << QCoreApplication::translate("fw::esp::EspSessionJob",
                                            "The connection was closed, or connecting failed earlier.");
    d.nextStep = QCoreApplication::translate("fw::esp::EspSessionJob",
                                             "Connect to the device again, then repeat this step.");
    throw JobError(d);
}

void requireConnected(const EspSession &session)
{
    if (!session.isConnected())
        throwNotConnected();
}

void putWriteOutputs(JobContext &ctx, const QList<EspWriteReport> &reports, const QVariantList &parts)
{
    qint64 bytes = 0, wire = 0, skipped = 0;
    double seconds = 0;
    bool verified = !reports.isEmpty();
    for (const EspWriteReport &r : reports) {
        bytes += r.bytes;
        wire += r.bytesOnWire;
        skipped += r.bytesSkipped;
        seconds += r.seconds;
        verified = verified && r.verified;
    }
    ctx.setOutput(QStringLiteral("bytes"), bytes);
    ctx.setOutput(QStringLiteral("bytesOnWire"), wire);
    ctx.setOutput(QStringLiteral("bytesSkipped"), skipped);
    ctx.setOutput(QStringLiteral("verified"), verified);
    ctx.setOutput(QStringLiteral("seconds"), seconds);
    ctx.setOutput(QStringLiteral("md5"), reports.isEmpty() ? QString() : QString::fromLatin1(reports.last().md5.toHex()));
    ctx.setOutput(QStringLiteral("parts"), parts);
}

QVariantMap partOutput(qint64 offset, const QString &path, const EspWriteReport &r)
{
    return {{QStringLiteral("offset"), offset},
            {QStringLiteral("path"), path},
            {QStringLiteral("bytes"), r.bytes},
            {QStringLiteral("bytesOnWire"), r.bytesOnWire},
            {QStringLiteral("bytesSkipped"), r.bytesSkipped},
            {QStringLiteral("verified"), r.verified},
            {QStringLiteral("md5"), QString::fromLatin1(r.md5.toHex())}};
}

}  // namespace

// ---- EspSessionJob ------------------------------------------------------------------------------

void EspSessionJob::attachToThread(QThread *worker)
{
    if (m_session)
        m_session->attachToThread(worker);
}

void EspSessionJob::run(JobContext &ctx)
{
    if (!m_session)
        throwNotConnected();
    // The port goes back to the main thread whatever happens, so the next job can take it.
    try {
        runInSession(ctx, *m_session);
    } catch (...) {
        m_session->detachFromThread();
        throw;
    }
    m_session->detachFromThread();
}

// ---- EspConnectJob ------------------------------------------------------------------------------

EspConnectJob::EspConnectJob(EspSessionPtr session, EspConnectOptions options)
    : EspSessionJob(std::move(session)), m_options(std::move(options))
{
}

QString EspConnectJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspConnectJob", "Connect to the device");
}

void EspConnectJob::runInSession(JobContext &ctx, EspSession &session)
{
    session.connect(ctx, m_options);
    ctx.setOutput(QStringLiteral("identity"), session.identity().toVariant());
}

// ---- EspBackupJob -------------------------------------------------------------------------------

EspBackupJob::EspBackupJob(EspSessionPtr session, QString directory)
    : EspSessionJob(std::move(session)), m_directory(std::move(directory))
{
}

QString EspBackupJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspBackupJob", "Back up the flash");
}

void EspBackupJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    const EspIdentity &id = session.identity();
    if (id.flashSize <= 0) {
        Diagnosis d;
        d.code = QStringLiteral("esp.backup.size_unknown");
        d.summary = QCoreApplication::translate("fw::esp::EspBackupJob",
                                                "The flash size of this chip is unknown, so there is no way to "
                                                "know how much to back up.");
        d.causes << QCoreApplication::translate("fw::esp::EspBackupJob",
                                                "The flash chip did not answer its ID request (id %1).")
                        .arg(hex(id.flashJedecId));
        d.nextStep = QCoreApplication::translate("fw::esp::EspBackupJob",
                                                 "Check the flash chip's supply and connect again.");
        throw JobError(d);
    }
    const QString dirPath = m_directory.isEmpty() ? QDir::currentPath() : m_directory;
    if (!QDir().mkpath(dirPath)) {
        Diagnosis d;
        d.code = QStringLiteral("esp.backup.write_failed");
        d.summary = QCoreApplication::translate("fw::esp::EspBackupJob", "The folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(dirPath));
        d.causes << QCoreApplication::translate("fw::esp::EspBackupJob",
                                                "You have no write permission there, or the path is a file.");
        d.nextStep = QCoreApplication::translate("fw::esp::EspBackupJob",
                                                 "Choose a folder you can write to and back up again. Nothing "
                                                 "on the device was changed.");
        throw JobError(d);
    }

    const QByteArray data = session.readFlash(ctx, 0, id.flashSize);
    const QByteArray md5 = md5Of(data);
    const QDateTime when = QDateTime::currentDateTime();
    const QString path = QDir(dirPath).filePath(EspBackupFile::fileName(id, when));
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspBackupJob", "Saving the backup"));
    EspBackupFile::writeAtomically(path, data);
    QString sidecar = EspBackupFile::sidecarPath(path);
    try {
        EspBackupFile::writeSidecar(path, id, md5, data.size(), when);
    } catch (const JobError &e) {
        // The backup itself is safe; only the restore checks lose their details.
        ctx.log().warning(e.diagnosis().summary);
        sidecar.clear();
    }
    ctx.log().info(QCoreApplication::translate("fw::esp::EspBackupJob", "Backup saved: %1 (%2 bytes, MD5 %3).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(data.size())
                       .arg(QString::fromLatin1(md5.toHex())));
    ctx.setOutput(QStringLiteral("path"), path);
    ctx.setOutput(QStringLiteral("md5"), QString::fromLatin1(md5.toHex()));
    ctx.setOutput(QStringLiteral("size"), qint64(data.size()));
    ctx.setOutput(QStringLiteral("sidecar"), sidecar);
}

// ---- EspWriteJob --------------------------------------------------------------------------------

EspWriteJob::EspWriteJob(EspSessionPtr session, QList<EspFlashPart> parts, EspWriteOptions options)
    : EspSessionJob(std::move(session)), m_parts(std::move(parts)), m_options(options)
{
}

QString EspWriteJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspWriteJob", "Write the firmware");
}

void EspWriteJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    QList<EspWriteReport> reports;
    QVariantList parts;
    for (const EspFlashPart &part : m_parts) {
        ctx.log().info(QCoreApplication::translate("fw::esp::EspWriteJob", "Writing %1 (%2 bytes) at %3.")
                           .arg(QDir::toNativeSeparators(part.path))
                           .arg(part.bytes.size())
                           .arg(hex(part.offset)));
        reports.append(session.writeFlash(ctx, part.offset, part.bytes, m_options));
        parts.append(partOutput(part.offset, part.path, reports.last()));
    }
    putWriteOutputs(ctx, reports, parts);
}

// ---- EspVerifyJob -------------------------------------------------------------------------------

EspVerifyJob::EspVerifyJob(EspSessionPtr session, QList<EspFlashPart> parts)
    : EspSessionJob(std::move(session)), m_parts(std::move(parts))
{
}

QString EspVerifyJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspVerifyJob", "Compare the flash with the files");
}

void EspVerifyJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    const LoaderCaps caps = session.identity().caps;
    if (!caps.md5 && !caps.readFlash) {
        Diagnosis d;
        d.code = QStringLiteral("esp.verify.unsupported");
        d.summary = QCoreApplication::translate("fw::esp::EspVerifyJob",
                                                "This loader can neither read the flash nor compute its checksum, "
                                                "so there is nothing to compare with (%1).")
                        .arg(session.identity().loaderName());
        d.causes << QCoreApplication::translate("fw::esp::EspVerifyJob",
                                                "The ESP8266's built-in boot ROM can only write; comparing needs the "
                                                "flasher stub, and this connection was made without it (--no-stub).");
        d.nextStep = QCoreApplication::translate("fw::esp::EspVerifyJob",
                                                 "Connect again without --no-stub so that Flashwright loads its "
                                                 "flasher stub and compares the flash by MD5, or check the device by "
                                                 "starting it: power-cycle it without GPIO0 bridged and watch its "
                                                 "serial output.");
        throw JobError(d);
    }
    qint64 total = 0;
    for (const EspFlashPart &p : m_parts)
        total += p.bytes.size();
    bool matches = true;
    QVariantList mismatches;
    qint64 done = 0;
    for (const EspFlashPart &part : m_parts) {
        bool same = false;
        if (caps.md5) {
            same = session.flashMd5(ctx, part.offset, part.bytes.size()) == md5Of(part.bytes);
        } else {
            same = session.readFlash(ctx, part.offset, part.bytes.size()) == part.bytes;
        }
        done += part.bytes.size();
        ctx.setPhase(QCoreApplication::translate("fw::esp::EspVerifyJob", "Comparing with the files"));
        ctx.setTotal(total);
        ctx.setDone(done);
        if (same) {
            ctx.log().info(QCoreApplication::translate("fw::esp::EspVerifyJob", "The flash at %1 matches %2.")
                               .arg(hex(part.offset), QDir::toNativeSeparators(part.path)));
        } else {
            matches = false;
            mismatches.append(part.offset);
            ctx.log().warning(QCoreApplication::translate("fw::esp::EspVerifyJob",
                                                          "The flash at %1 differs from %2.")
                                  .arg(hex(part.offset), QDir::toNativeSeparators(part.path)));
        }
    }
    ctx.setOutput(QStringLiteral("matches"), matches);
    ctx.setOutput(QStringLiteral("mismatches"), mismatches);
}

// ---- EspEraseJob --------------------------------------------------------------------------------

EspEraseJob::EspEraseJob(EspSessionPtr session, qint64 offset, qint64 length)
    : EspSessionJob(std::move(session)), m_offset(offset), m_length(length)
{
}

QString EspEraseJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspEraseJob", "Erase the flash");
}

void EspEraseJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    if (m_length > 0)
        session.eraseRegion(ctx, m_offset, m_length);
    else
        session.eraseFlash(ctx);
    ctx.setOutput(QStringLiteral("offset"), m_length > 0 ? m_offset : 0);
    ctx.setOutput(QStringLiteral("length"), m_length > 0 ? m_length : session.identity().flashSize);
}

// ---- EspRestoreJob ------------------------------------------------------------------------------

EspRestoreJob::EspRestoreJob(EspSessionPtr session, QString backupPath, bool force)
    : EspSessionJob(std::move(session)), m_path(std::move(backupPath)), m_force(force)
{
}

QString EspRestoreJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspRestoreJob", "Restore the backup");
}

void EspRestoreJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    const EspIdentity &id = session.identity();
    const QByteArray bytes = fw::core::FirmwareFile::readAll(m_path);  // file.* diagnoses
    const QString shown = QDir::toNativeSeparators(m_path);
    if (id.flashSize > 0 && bytes.size() > id.flashSize) {
        // Not even --force helps: the loader cannot write past the end of the chip.
        Diagnosis d;
        d.code = QStringLiteral("esp.restore.too_large");
        d.summary = QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                "The backup %1 holds %2 bytes, more than this chip's %3 of flash.")
                        .arg(shown)
                        .arg(bytes.size())
                        .arg(id.flashSizeText());
        d.causes << QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                "It was taken from another device with a bigger flash chip.");
        d.nextStep = QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                 "Restore the backup made from this device (its file name carries "
                                                 "the MAC %1).")
                         .arg(EspBackupFile::compactMac(id.mac));
        throw JobError(d);
    }
    const EspBackupFile::Sidecar sidecar = EspBackupFile::readSidecar(m_path);
    const QString ownMac = EspBackupFile::compactMac(id.mac);
    const QString fileMac = sidecar.readable && !sidecar.mac.isEmpty() ? sidecar.mac
                                                                        : EspBackupFile::macFromFileName(m_path);
    QStringList refusals;
    if (!fileMac.isEmpty() && !ownMac.isEmpty() && fileMac != ownMac)
        refusals << QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                "The backup was taken from the device with MAC %1, but this one is %2.")
                        .arg(fileMac, ownMac);
    if (sidecar.readable && !sidecar.md5.isEmpty() && sidecar.md5 != md5Of(bytes))
        refusals << QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                "The file changed since the backup was made: its MD5 is not the one "
                                                "recorded next to it.");
    if (!refusals.isEmpty() && !m_force) {
        Diagnosis d;
        d.code = fileMac != ownMac && !fileMac.isEmpty() ? QStringLiteral("esp.restore.other_device")
                                                         : QStringLiteral("esp.restore.damaged");
        d.summary = QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                "The backup %1 does not look like this device's own.")
                        .arg(shown);
        d.causes = refusals;
        d.nextStep = QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                 "Pick the backup of this device. If you are sure this file is "
                                                 "right, restore it with --force (\"Restore anyway\").");
        throw JobError(d);
    }
    for (const QString &r : refusals)
        ctx.log().warning(QCoreApplication::translate("fw::esp::EspRestoreJob", "Restoring anyway: %1").arg(r));
    if (sidecar.readable && sidecar.flashSize > 0 && id.flashSize > 0 && sidecar.flashSize != id.flashSize)
        ctx.log().warning(QCoreApplication::translate("fw::esp::EspRestoreJob",
                                                      "The backup was taken from %1 bytes of flash; this chip has %2.")
                              .arg(sidecar.flashSize)
                              .arg(id.flashSize));
    ctx.log().info(QCoreApplication::translate("fw::esp::EspRestoreJob", "Restoring %1 (%2 bytes) at 0x0.")
                       .arg(shown)
                       .arg(bytes.size()));
    const EspWriteReport r = session.writeFlash(ctx, 0, bytes, EspWriteOptions{});
    putWriteOutputs(ctx, {r}, {partOutput(0, m_path, r)});
    ctx.setOutput(QStringLiteral("path"), m_path);
}

// ---- EspFinishJob -------------------------------------------------------------------------------

EspFinishJob::EspFinishJob(EspSessionPtr session) : EspSessionJob(std::move(session)) {}

QString EspFinishJob::name() const
{
    return QCoreApplication::translate("fw::esp::EspFinishJob", "Start the new firmware");
}

void EspFinishJob::runInSession(JobContext &ctx, EspSession &session)
{
    requireConnected(session);
    session.finish(ctx);
    ctx.setOutput(QStringLiteral("powerCycleNeeded"), session.powerCycleNeeded());
}

}  // namespace fw::esp
