#include "telink/TelinkOta.h"

#include "telink/TelinkExtOta.h"
#include "telink/TelinkImage.h"
#include "telink/TelinkJobs.h"
#include "telink/TelinkOtaDiagnosis.h"
#include "telink/TelinkOtaFrames.h"
#include "telink/TelinkProbe.h"
#include "telink/TelinkUuids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::GattWriteMode;
using fw::core::JobError;

namespace {

int attErrorOf(const Diagnosis &d)
{
    if (d.code != QLatin1String("ble.gatt_error"))
        return -1;
    static const QRegularExpression re(QStringLiteral("0x([0-9a-fA-F]{2})\\b"));
    const auto m = re.match(d.summary);
    return m.hasMatch() ? m.captured(1).toInt(nullptr, 16) : -1;
}

JobError statusError(int status, int frame)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.ota.status_%1").arg(status);
    d.summary = QCoreApplication::translate("fw::telink::TelinkOta", "At packet %1 the device reported: %2 (%3).")
                    .arg(frame)
                    .arg(TelinkOtaFrames::statusText(status), TelinkOtaFrames::statusName(status));
    return JobError(d);
}

}  // namespace

TelinkOta::TelinkOta(fw::core::GattLink &link, fw::core::JobContext &ctx) : m_link(link), m_ctx(ctx) {}

TelinkOtaExpect TelinkOta::expectationFor(const QByteArray &payload, bool extended)
{
    // The DIS strings a build carries in its image are what it reports after booting.
    const bool pvvx = payload.contains("github.com/pvvx");
    const TelinkBinInfo info = TelinkImage::parseBin(payload);
    if (pvvx)
        return TelinkOtaExpect::PvvxBle;
    if (info.hasXiaomiSignature || payload.contains("miaomiaoce.com"))
        return TelinkOtaExpect::Stock;
    if (extended && (info.manufacturerCode != 0 || info.imageType != 0))
        return TelinkOtaExpect::ZigbeeOnly;
    return TelinkOtaExpect::Unknown;
}

int TelinkOta::readStatus(int timeoutMs)
{
    const QByteArray v = m_link.read(uuids::otaCharacteristic(), timeoutMs);
    return v.isEmpty() ? 0 : quint8(v.at(0));
}

void TelinkOta::prepareConnection(TelinkIdentity &id, const TelinkOtaOptions &o)
{
    if (!o.lowerLatency || !id.configLatencyMs || *id.configLatencyMs <= TelinkIdentify::MaxOtaLatencyMs
        || id.pvvxConfig.isEmpty())
        return;
    const QByteArray cmd = TelinkIdentify::configWithLatency(id.pvvxConfig, TelinkIdentify::MaxOtaLatencyMs, false);
    m_link.write(uuids::pvvxControl(), cmd, GattWriteMode::WithoutResponse);
    m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkOta",
                                                 "connection latency lowered from %1 ms to %2 ms for this session "
                                                 "(not saved)")
                         .arg(*id.configLatencyMs)
                         .arg(TelinkIdentify::MaxOtaLatencyMs));
}

void TelinkOta::transfer(const QByteArray &payload, const TelinkIdentity &id, const TelinkOtaOptions &o,
                         TelinkOtaAttempt &a)
{
    const QBluetoothUuid ota = uuids::otaCharacteristic();
    if (o.extended)
        TelinkExtOta::prepare(m_link, m_ctx, payload.size(), id.pvvxVersion);
    if (id.hasStockSpeed) {
        // Stock firmware's request for a faster connection before an update (§1.3 step 1).
        const auto speed = m_link.findCharacteristic(uuids::xiaomiSpeed());
        const GattWriteMode mode = speed && speed->has(fw::core::GattWrite) ? GattWriteMode::WithResponse
                                                                           : GattWriteMode::WithoutResponse;
        m_link.write(uuids::xiaomiSpeed(), QByteArray::fromHex("1e0000"), mode);
        m_ctx.sleep(o.speedDelayMs);
    }
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Starting the update"));
    m_link.write(ota, TelinkOtaFrames::versionRequest(), GattWriteMode::WithoutResponse);
    m_link.write(ota, TelinkOtaFrames::start(), GattWriteMode::WithoutResponse);
    m_ctx.sleep(o.startDelayMs);

    const int frames = TelinkOtaFrames::frameCount(payload.size());
    const int every = qMax(1, o.statusEvery);
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Sending the firmware"));
    m_ctx.setTotal(payload.size());
    m_ctx.setDone(0);
    // The status read is the protocol's only flow control and the first operation that can
    // fail, so a link lost during the first frames shows up there (§1.7).
    int pendingUpTo = -1;  // frames covered by the status read under way
    auto collect = [&]() {
        if (pendingUpTo < 0)
            return;
        const QByteArray v = m_link.takeRead();
        const int status = v.isEmpty() ? 0 : quint8(v.at(0));
        if (status != TelinkOtaFrames::Success) {
            a.status = status;
            throw statusError(status, pendingUpTo - 1);
        }
        a.framesConfirmed = pendingUpTo;
        m_ctx.setDone(qMin<qint64>(payload.size(), qint64(pendingUpTo) * TelinkOtaFrames::DataBytes));
        pendingUpTo = -1;
    };
    for (int i = 0; i < frames; ++i) {
        m_ctx.checkCancel();
        m_link.write(ota, TelinkOtaFrames::dataFrame(payload, i), GattWriteMode::WithoutResponse);
        a.framesSent = i + 1;
        if ((i + 1) % every == 0 || i + 1 == frames) {
            collect();
            m_link.beginRead(ota, 5000);
            pendingUpTo = i + 1;
            if (!o.overlapStatus)
                collect();
        }
    }
    collect();
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Finishing the update"));
    m_link.write(ota, TelinkOtaFrames::end(frames - 1), GattWriteMode::WithoutResponse);
    try {
        const int status = readStatus(2000);
        if (status != TelinkOtaFrames::Success) {
            a.status = status;
            throw statusError(status, frames - 1);
        }
    } catch (const JobError &e) {
        // A device that checked the image and rebooted at once cannot answer any more; whether
        // it took the image is decided by what it runs afterwards.
        if (e.diagnosis().code.startsWith(QLatin1String("telink.ota.status_")))
            throw;
    }
}

void TelinkOta::waitForReboot(int ms)
{
    QElapsedTimer t;
    t.start();
    try {
        while (m_link.isConnected() && t.elapsed() < ms)
            m_link.waitNotification({}, 100);
    } catch (const JobError &) {
        // The drop of the reboot itself.
    }
    if (m_link.isConnected())
        m_link.disconnectFrom();
}

void TelinkOta::reconnect(const TelinkOtaOptions &o, bool forgetServices)
{
    if (m_link.isConnected())
        m_link.disconnectFrom();
    if (forgetServices && m_link.forgetCachedServices(m_address))
        m_ctx.log().debug(QCoreApplication::translate("fw::telink::TelinkOta", "cached services of %1 dropped").arg(m_address));
    ensureConnected(m_link, m_address, m_ctx, o.reconnectTries, o.connectTimeoutMs);
}

bool TelinkOta::confirm(const QByteArray &payload, const TelinkIdentity &before, const TelinkOtaOptions &o,
                        TelinkOtaResult &r)
{
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Waiting for the thermometer to restart"));
    waitForReboot(8000);
    const TelinkOtaExpect expect = expectationFor(payload, o.extended);
    if (expect == TelinkOtaExpect::ZigbeeOnly) {
        // Zigbee firmware has no Bluetooth: not finding the device is the expected outcome.
        m_link.forgetCachedServices(m_address);
        try {
            m_link.connectTo(m_address, o.connectTimeoutMs);
        } catch (const JobError &) {
            r.leftBluetooth = true;
            m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkOta",
                                                         "the thermometer no longer answers over Bluetooth: it now "
                                                         "runs Zigbee firmware"));
            return true;
        }
    } else {
        m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Checking the new firmware"));
        reconnect(o, true);
    }
    r.after = TelinkProbe(m_link, m_ctx.log()).identify();
    bool ok = true;
    switch (expect) {
    case TelinkOtaExpect::PvvxBle:
        ok = r.after.firmware == TelinkFirmwareKind::Pvvx || r.after.firmware == TelinkFirmwareKind::ZigbeeHybrid;
        break;
    case TelinkOtaExpect::Stock:
        ok = r.after.firmware == TelinkFirmwareKind::Stock || r.after.firmware == TelinkFirmwareKind::StockSignedOnly;
        break;
    case TelinkOtaExpect::ZigbeeOnly:
        ok = false;  // it still answers over Bluetooth: the Zigbee image did not start
        break;
    case TelinkOtaExpect::Unknown:
        ok = r.after.firmwareRevision != before.firmwareRevision || r.after.softwareRevision != before.softwareRevision;
        break;
    }
    if (ok)
        m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkOta", "now running: %1, hardware %2")
                             .arg(r.after.firmwareText(), r.after.hardwareRevision));
    return ok;
}

TelinkOtaResult TelinkOta::run(const QByteArray &payload, const TelinkIdentity &before, const TelinkOtaOptions &o)
{
    m_address = before.address.isEmpty() ? m_link.address() : before.address;
    if ((before.firmware == TelinkFirmwareKind::Stock || before.firmware == TelinkFirmwareKind::StockSignedOnly)
        && !o.miLoggedIn)
        throw JobError(TelinkOtaDiagnosis::loginRequired(before));
    if (!before.hasOta && !before.servicesLookStale)
        throw JobError(TelinkOtaDiagnosis::noOtaService(before));

    TelinkOtaResult r;
    r.payloadBytes = payload.size();
    TelinkIdentity id = before;
    const int attempts = qMax(1, o.maxAttempts);
    for (int n = 1; n <= attempts; ++n) {
        TelinkOtaAttempt a;
        a.number = n;
        QElapsedTimer t;
        t.start();
        try {
            if (!m_link.isConnected() || id.servicesLookStale) {
                reconnect(o, id.servicesLookStale);
                if (id.servicesLookStale)
                    id = TelinkProbe(m_link, m_ctx.log()).identify();
            }
            if (!id.hasOta)
                throw JobError(TelinkOtaDiagnosis::noOtaService(id));
            if (n > 1)
                m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkOta", "attempt %1 of %2, from packet 0")
                                     .arg(n)
                                     .arg(attempts));
            prepareConnection(id, o);
            transfer(payload, id, o, a);
            a.ms = t.elapsed();
            r.seconds = a.ms / 1000.0;
            r.bytesPerSecond = r.seconds > 0 ? payload.size() / r.seconds : 0;
            m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkOta", "%1 bytes sent in %2 s (%3 B/s)")
                                 .arg(payload.size())
                                 .arg(r.seconds, 0, 'f', 1)
                                 .arg(r.bytesPerSecond, 0, 'f', 0));
            if (o.verify && !confirm(payload, before, o, r)) {
                Diagnosis d;
                d.code = QStringLiteral("telink.ota.not_taken");
                d.summary = QCoreApplication::translate("fw::telink::TelinkOta",
                                                        "The thermometer restarted with its old firmware: it did "
                                                        "not take the new one.");
                throw JobError(d);
            }
            r.verified = o.verify;
            r.attempts = n;
            r.history << a;
            return r;
        } catch (const JobError &e) {
            a.ms = t.elapsed();
            a.code = e.diagnosis().code;
            a.failure = e.diagnosis().summary;
            a.attError = attErrorOf(e.diagnosis());
            a.linkLost = !m_link.isConnected() || a.code == QLatin1String("ble.disconnected")
                || a.code == QLatin1String("ble.timeout");
            r.history << a;
            m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkOta", "attempt %1 failed: %2")
                                    .arg(n)
                                    .arg(a.failure));
            if (a.code.startsWith(QLatin1String("telink.ext_ota.")) && a.code != QLatin1String("telink.ext_ota.busy"))
                throw;  // retrying will not change the answer
            if (a.attError == 0x01 || a.attError == 0x0A)
                id.servicesLookStale = true;  // a handle the device no longer has: the cache is stale
            if (n == attempts)
                throw JobError(TelinkOtaDiagnosis::build(id, r.history, o, payload.size()));
            m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkOta", "Waiting to try again"));
            waitForReboot(o.rebootWaitMs);
            m_ctx.sleep(o.rebootWaitMs);
        }
    }
    return r;
}

}  // namespace fw::telink
