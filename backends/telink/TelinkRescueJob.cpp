#include "telink/TelinkRescueJob.h"

#include "core/FirmwareFile.h"
#include "core/SerialLink.h"
#include "core/sim/DemoPorts.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "telink/SwireDemoLink.h"
#include "telink/TelinkRescueDiagnoses.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace fw::telink {

using fw::core::JobError;
using Action = TelinkRescueAction;

TelinkRescueJob::TelinkRescueJob(TelinkRescueOptions options) : m_options(std::move(options)) {}

QString TelinkRescueJob::name() const
{
    return QCoreApplication::translate("fw::telink::TelinkRescueJob", "Wired rescue of a Telink thermometer");
}

void TelinkRescueJob::run(fw::core::JobContext &ctx)
{
    const TelinkRescueOptions &o = m_options;
    m_result = {};
    // Everything that can be refused is refused before the user is asked to power-cycle.
    QByteArray file;
    std::pair<quint32, quint32> restoreRange{0, 0};
    if (o.action == Action::Backup && o.backupPath.isEmpty())
        throw JobError(TelinkRescueDiagnoses::fileWriteFailed(o.backupPath, QCoreApplication::translate(
                                                                                "fw::telink::TelinkRescueJob",
                                                                                "no file name was given")));
    if (o.action == Action::Read && o.readPath.isEmpty())
        throw JobError(TelinkRescueDiagnoses::fileWriteFailed(o.readPath, QCoreApplication::translate(
                                                                              "fw::telink::TelinkRescueJob",
                                                                              "no file name was given")));
    if (o.action == Action::Write) {
        file = fw::core::FirmwareFile::readAll(o.firmwarePath);
        if (const auto refusal = TelinkRescue::imageRefusal(o.firmwarePath, file)) {
            if (!o.force || refusal->code == QLatin1String("telink.rescue.image_too_large"))
                throw JobError(*refusal);
            ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescueJob", "Writing it anyway (--force): %1")
                                  .arg(refusal->summary));
        }
        if (o.backupPath.isEmpty() && !o.force)
            throw JobError(TelinkRescueDiagnoses::noBackup());
    }
    if (o.action == Action::Restore) {
        file = fw::core::FirmwareFile::readAll(o.restorePath);
        if (o.rangeStart >= 0) {
            restoreRange = {quint32(o.rangeStart), quint32(o.rangeEnd >= 0 ? o.rangeEnd : o.rangeStart + file.size())};
        } else if (const auto r = TelinkRescue::backupRange(file.size())) {
            restoreRange = *r;
        } else {
            throw JobError(TelinkRescueDiagnoses::backupUnknownRange(o.restorePath, file.size()));
        }
        if (qint64(restoreRange.second) - qint64(restoreRange.first) != file.size())
            throw JobError(TelinkRescueDiagnoses::backupWrongSize(o.restorePath, file.size(), restoreRange.first,
                                                                  restoreRange.second));
    }

    fw::core::LogBus *bus = ctx.log().bus();
    std::unique_ptr<fw::core::sim::PtySimHost> sim;
    fw::core::SerialLink serial;
    std::unique_ptr<SwireDemoLink> demo;
    fw::core::ByteLink *link = &serial;
    if (bus)
        serial.setLogBus(bus);
    fw::core::SerialSettings settings;
    settings.baud = o.baud;
    ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescueJob", "Opening %1").arg(o.port));
    if (fw::core::sim::DemoRegistry::isDemoPort(o.port)) {
        const QString demoName = fw::core::sim::DemoRegistry::demoName(o.port);
        sim = fw::core::sim::DemoPortResolver::start(o.port, fw::core::Logger(bus, QStringLiteral("sim:") + demoName));
        serial.open(sim->slavePath(), settings);
        demo = std::make_unique<SwireDemoLink>(serial, *sim);
        link = demo.get();
    } else {
        serial.open(o.port, settings);
    }

    TelinkRescue rescue(*link, ctx);
    try {
        rescue.connect(o);
        // From here every byte is ten on the wire: the byte log would drown the session log.
        ctx.log().debug(QCoreApplication::translate("fw::telink::TelinkRescueJob",
                                                    "Serial byte logging paused for the transfer."));
        serial.setLogger(fw::core::Logger());
        act(ctx, rescue, file, restoreRange);
    } catch (...) {
        m_result = rescue.result();
        throw;
    }
    m_result = rescue.result();
    const QVariantMap out = m_result.toVariant();
    for (auto it = out.begin(); it != out.end(); ++it)
        ctx.setOutput(it.key(), it.value());
    ctx.setOutput(QStringLiteral("chipStopped"), !m_result.firmwareStarted);
}

void TelinkRescueJob::act(fw::core::JobContext &ctx, TelinkRescue &rescue, const QByteArray &file,
                          std::pair<quint32, quint32> restoreRange)
{
    const TelinkRescueOptions &o = m_options;
    TelinkRescueResult &r = rescue.result();
    switch (o.action) {
    case Action::Identify:
        return;
    case Action::Backup:
        rescue.backupDeviceData(o.backupPath);
        return;
    case Action::Read: {
        const quint32 start = quint32(o.rangeStart >= 0 ? o.rangeStart : 0);
        const quint32 end = quint32(o.rangeEnd >= 0 ? o.rangeEnd : r.flashSize);
        const QByteArray data = rescue.readRange(
            start, end, QCoreApplication::translate("fw::telink::TelinkRescueJob", "Reading the flash"));
        QSaveFile out(o.readPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            throw JobError(TelinkRescueDiagnoses::fileWriteFailed(o.readPath, out.errorString()));
        r.readPath = o.readPath;
        r.readStart = start;
        r.readLength = data.size();
        return;
    }
    case Action::Write:
        if (!o.backupPath.isEmpty())
            rescue.backupDeviceData(o.backupPath);
        else
            ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescueJob",
                                                          "Writing without a backup of the device data (--force)."));
        rescue.writeVerified(0, file, o.backupPath);
        break;
    case Action::Restore: {
        if (restoreRange.first <= TelinkRescue::MacOffset && restoreRange.second >= TelinkRescue::MacOffset + 6) {
            const QString fileMac =
                TelinkRescue::macFromBytes(file.mid(int(TelinkRescue::MacOffset - restoreRange.first), 6));
            if (!fileMac.isEmpty() && !r.mac.isEmpty() && fileMac != r.mac) {
                if (!o.force)
                    throw JobError(TelinkRescueDiagnoses::backupOtherDevice(o.restorePath, fileMac, r.mac));
                ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescueJob",
                                                              "Restoring the backup of %1 onto %2 (--force).")
                                      .arg(fileMac, r.mac));
            }
        }
        rescue.writeVerified(restoreRange.first, file, o.restorePath);
        break;
    }
    }
    if (o.startFirmware)
        rescue.startFirmware();
}

}  // namespace fw::telink
