#include "telink/MiActivateJob.h"

#include "telink/TelinkJobs.h"
#include "telink/TelinkProbe.h"

#include <QCoreApplication>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::JobError;

MiActivateJob::MiActivateJob(std::shared_ptr<fw::core::GattLink> link, QString address, MiSessionOptions options)
    : m_link(std::move(link)), m_address(std::move(address)), m_options(options)
{
}

QString MiActivateJob::name() const
{
    return QCoreApplication::translate("fw::telink::MiActivateJob", "Mi activation");
}

void MiActivateJob::run(fw::core::JobContext &ctx)
{
    m_link->setLogger(ctx.log());
    ensureConnected(*m_link, m_address, ctx);
    ctx.setPhase(QCoreApplication::translate("fw::telink::MiActivateJob", "Reading the device"));
    TelinkIdentity id = TelinkProbe(*m_link, ctx.log()).identify();
    // A demo link connects without an address; its cache is keyed by the device's own.
    const QString cached = m_address.isEmpty() ? m_link->address() : m_address;
    if (id.servicesLookStale && m_link->forgetCachedServices(cached)) {
        ctx.log().info(QCoreApplication::translate("fw::telink::MiActivateJob",
                                                   "the services were cached from older firmware; reading them again"));
        m_link->disconnectFrom();
        ensureConnected(*m_link, m_address, ctx);
        id = TelinkProbe(*m_link, ctx.log()).identify();
    }
    if (id.firmware != TelinkFirmwareKind::Stock && id.firmware != TelinkFirmwareKind::StockSignedOnly) {
        Diagnosis d;
        d.code = QStringLiteral("telink.mi.not_stock");
        d.summary = QCoreApplication::translate("fw::telink::MiActivateJob",
                                                "The thermometer does not run the stock Xiaomi firmware (it runs %1): "
                                                "there is nothing to activate.")
                        .arg(id.firmwareText());
        d.causes << QCoreApplication::translate("fw::telink::MiActivateJob",
                                                "Custom firmware needs no Mi activation or login.");
        d.nextStep = QCoreApplication::translate("fw::telink::MiActivateJob",
                                                 "Flash it directly with 'flashwright-cli telink ota'.");
        throw JobError(d);
    }
    m_keys = MiSession(*m_link, ctx, m_options).activate();
    const QString warning = QCoreApplication::translate("fw::telink::MiActivateJob",
                                                        "The thermometer has a new registration now and must be "
                                                        "re-added in Mi Home to be used there again (remove it in Mi "
                                                        "Home, then add it anew).");
    ctx.log().warning(warning);
    ctx.setOutput(QStringLiteral("token"), QString::fromLatin1(m_keys.token.toHex()));
    ctx.setOutput(QStringLiteral("bindKey"), QString::fromLatin1(m_keys.bindKey.toHex()));
    ctx.setOutput(QStringLiteral("deviceId"), QString::fromLatin1(m_keys.deviceId.toHex()));
    ctx.setOutput(QStringLiteral("firmware"), id.firmwareRevision);
    ctx.setOutput(QStringLiteral("warning"), warning);
}

}  // namespace fw::telink
