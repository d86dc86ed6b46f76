#include "telink/TelinkJobs.h"

#include "telink/MiSession.h"
#include "telink/TelinkFileCheck.h"
#include "telink/TelinkProbe.h"
#include "telink/TelinkUuids.h"

#include <QCoreApplication>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::JobContext;
using fw::core::JobError;

void ensureConnected(fw::core::GattLink &link, const QString &address, JobContext &ctx, int tries, int timeoutMs)
{
    if (link.isConnected())
        return;
    link.setLogger(ctx.log());
    ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkJobs", "Connecting"));
    tries = qMax(1, tries);
    for (int k = 1;; ++k) {
        ctx.checkCancel();
        try {
            link.connectTo(address, timeoutMs);
            return;
        } catch (const JobError &e) {
            if (k >= tries)
                throw;
            ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkJobs", "Connect %1 of %2: %3")
                                  .arg(k)
                                  .arg(tries)
                                  .arg(e.diagnosis().summary));
            ctx.sleep(1000);
        }
    }
}

TelinkIdentifyJob::TelinkIdentifyJob(GattLinkPtr link, QString address, TelinkGoal goal)
    : m_link(std::move(link)), m_address(std::move(address)), m_goal(goal)
{
}

QString TelinkIdentifyJob::name() const
{
    return QCoreApplication::translate("fw::telink::TelinkJobs", "Identify thermometer");
}

void TelinkIdentifyJob::run(JobContext &ctx)
{
    m_link->setLogger(ctx.log());
    ensureConnected(*m_link, m_address, ctx);
    ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkJobs", "Reading the device"));
    m_identity = TelinkProbe(*m_link, ctx.log()).identify();
    if (m_identity.servicesLookStale && m_link->forgetCachedServices(m_address)) {
        ctx.log().info(QCoreApplication::translate("fw::telink::TelinkJobs",
                                                   "the services were cached from older firmware; reading them again"));
        m_link->disconnectFrom();
        ensureConnected(*m_link, m_address, ctx);
        m_identity = TelinkProbe(*m_link, ctx.log()).identify();
    }
    ctx.setOutput(QStringLiteral("identity"), m_identity.toVariant());
    ctx.setOutput(QStringLiteral("advice"), TelinkIdentify::advice(m_identity, m_goal));
}

TelinkFlashJob::TelinkFlashJob(GattLinkPtr link, QString address, TelinkFlashRequest request)
    : m_link(std::move(link)), m_address(std::move(address)), m_request(std::move(request))
{
}

QString TelinkFlashJob::name() const
{
    return QCoreApplication::translate("fw::telink::TelinkJobs", "Flash thermometer");
}

void TelinkFlashJob::run(JobContext &ctx)
{
    m_link->setLogger(ctx.log());
    ensureConnected(*m_link, m_address, ctx);
    ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkJobs", "Reading the device"));
    TelinkIdentity before = TelinkProbe(*m_link, ctx.log()).identify();
    ctx.setOutput(QStringLiteral("before"), before.toVariant());

    // The extended path when the file needs it and the device has it; the checks below refuse
    // what no path on this device can take.
    const TelinkFileFormat format = TelinkImage::sniff(m_request.file);
    const bool needsExtended = format == TelinkFileFormat::ZigbeeOta || m_request.file.size() > TelinkFileCheck::StandardOtaLimit;
    const bool extended = m_request.forceExtended || (needsExtended && before.extendedOta);
    const TelinkFileVerdict verdict = TelinkFileCheck::check(
        m_request.file, extended ? TelinkTarget::PvvxExtendedOta : TelinkTarget::StandardOta, before.forFileCheck());
    for (const QString &note : verdict.notes)
        ctx.log().info(note);
    if (!verdict.ok())
        throw JobError(verdict.refusal());

    QStringList warnings;
    if (before.batteryLow()) {
        const QString w = QCoreApplication::translate("fw::telink::TelinkJobs",
                                                      "The battery is low (%1 %). Updates on a weak battery stop "
                                                      "after a few packets; a fresh CR2032 is recommended.")
                              .arg(before.batteryPercent.value_or(-1));
        if (!m_request.force) {
            Diagnosis d;
            d.code = QStringLiteral("telink.battery_low");
            d.summary = w;
            d.causes << QCoreApplication::translate("fw::telink::TelinkJobs",
                                                    "Flash writes draw more current than a weak coin cell delivers; "
                                                    "the device browns out and drops the connection.");
            d.nextStep = QCoreApplication::translate("fw::telink::TelinkJobs",
                                                     "Put in a fresh battery, or start again with --force (the "
                                                     "update is safe to repeat if it stops).");
            throw JobError(d);
        }
        ctx.log().warning(w);
        warnings << w;
    }

    TelinkOtaOptions options = m_request.ota;
    options.extended = extended;
    const bool stock = before.firmware == TelinkFirmwareKind::Stock
        || before.firmware == TelinkFirmwareKind::StockSignedOnly;
    if (stock && !m_request.miToken.isEmpty()) {
        // The stock firmware ignores OTA frames until a Mi login on this connection.
        // A demo link connects without an address; its cache is keyed by the device's own.
        const QString cached = m_address.isEmpty() ? m_link->address() : m_address;
        if (!m_link->findCharacteristic(uuids::miControl()) && m_link->forgetCachedServices(cached)) {
            ctx.log().info(QCoreApplication::translate("fw::telink::TelinkJobs",
                                                       "the services were cached from older firmware; reading them again"));
            m_link->disconnectFrom();
            ensureConnected(*m_link, m_address, ctx);
        }
        MiSession::login(*m_link, ctx, m_request.miToken);
        options.miLoggedIn = true;
    }
    ctx.log().info(QCoreApplication::translate("fw::telink::TelinkJobs", "sending %1 (%2 bytes) by %3")
                       .arg(m_request.path)
                       .arg(verdict.payload.size())
                       .arg(extended ? QCoreApplication::translate("fw::telink::TelinkJobs", "extended update at 0x40000")
                                     : QCoreApplication::translate("fw::telink::TelinkJobs", "standard update")));
    m_result = TelinkOta(*m_link, ctx).run(verdict.payload, before, options);

    ctx.setOutput(QStringLiteral("verified"), m_result.verified);
    ctx.setOutput(QStringLiteral("leftBluetooth"), m_result.leftBluetooth);
    ctx.setOutput(QStringLiteral("attempts"), m_result.attempts);
    ctx.setOutput(QStringLiteral("seconds"), m_result.seconds);
    ctx.setOutput(QStringLiteral("bytesPerSecond"), m_result.bytesPerSecond);
    ctx.setOutput(QStringLiteral("bytes"), m_result.payloadBytes);
    ctx.setOutput(QStringLiteral("extended"), extended);
    ctx.setOutput(QStringLiteral("after"), m_result.after.toVariant());
    ctx.setOutput(QStringLiteral("warnings"), warnings);
}

}  // namespace fw::telink
