#include "telink/TelinkExtOta.h"

#include "telink/TelinkUuids.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::GattWriteMode;
using fw::core::JobError;

namespace {

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFFu));
}

quint32 le32(const QByteArray &b, int at)
{
    return quint32(quint8(b[at])) | (quint32(quint8(b[at + 1])) << 8) | (quint32(quint8(b[at + 2])) << 16)
        | (quint32(quint8(b[at + 3])) << 24);
}

[[noreturn]] void fail(const QString &code, const QString &summary, const QStringList &causes, const QString &next)
{
    throw JobError(Diagnosis{code, summary, causes, next});
}

}  // namespace

QByteArray TelinkExtOta::request(qint64 imageSize, int pvvxVersion)
{
    quint32 sizeK = quint32((imageSize + 1023) / 1024);
    if (sizeK == 128 && pvvxVersion >= 0 && pvvxVersion <= 0x53)
        sizeK = 129;  // older builds take exactly 128 KiB for a standard OTA request
    QByteArray out(1, char(0x73));
    appendLe32(out, Address);
    appendLe32(out, sizeK);
    return out;
}

void TelinkExtOta::prepare(fw::core::GattLink &link, fw::core::JobContext &ctx, qint64 imageSize, int pvvxVersion)
{
    const QBluetoothUuid control = uuids::pvvxControl();
    link.subscribe(control, true);
    link.clearNotifications(control);
    const QByteArray req = request(imageSize, pvvxVersion);
    ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkExtOta", "Clearing the update area"));
    ctx.log().info(QCoreApplication::translate("fw::telink::TelinkExtOta",
                                               "extended update: asking to clear %1 KiB at 0x%2")
                       .arg(le32(req, 5))
                       .arg(Address, 0, 16));
    link.write(control, req, GattWriteMode::WithoutResponse);

    // Each erased 4 KiB sector is reported; a quiet spell longer than this means the device
    // is gone or ignores the command (firmware without extended OTA).
    constexpr int QuietLimitMs = 6000;
    int sectors = 0;
    QElapsedTimer quiet;
    quiet.start();
    while (true) {
        ctx.checkCancel();
        const auto n = link.waitNotification(control, 100);
        if (!n) {
            if (quiet.elapsed() < QuietLimitMs)
                continue;
            fail(QStringLiteral("telink.ext_ota.no_answer"),
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "The thermometer did not answer the request for an extended update."),
                 {QCoreApplication::translate("fw::telink::TelinkExtOta",
                                              "Its firmware is older than pvvx 4.6 and has no extended update."),
                  QCoreApplication::translate("fw::telink::TelinkExtOta",
                                              "The connection stalled (macOS and some adapters never start it).")},
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "Update to pvvx BLE firmware 4.6 or newer first, then reconnect and "
                                             "try again; if it still stalls, use another adapter or a phone."));
        }
        if (n->value.size() < 2 || quint8(n->value.at(0)) != 0x73)
            continue;
        quiet.restart();
        const quint8 st = quint8(n->value.at(1));
        switch (st) {
        case SectorErased:
            ++sectors;
            ctx.log().debug(QCoreApplication::translate("fw::telink::TelinkExtOta", "sector at 0x%1 cleared")
                                .arg(n->value.size() >= 6 ? le32(n->value, 2) : 0u, 0, 16));
            continue;
        case Ready:
            ctx.log().info(QCoreApplication::translate("fw::telink::TelinkExtOta",
                                                       "extended update area ready (%1 sectors cleared)")
                               .arg(sectors));
            return;
        case StandardOtaRunning:
        case Busy:
            fail(QStringLiteral("telink.ext_ota.busy"),
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "The thermometer is busy with another update."),
                 {QCoreApplication::translate("fw::telink::TelinkExtOta",
                                              "An earlier update is still running or was interrupted.")},
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "Take the battery out for a few seconds, put it back and try again."));
        case BadParameters:
            fail(QStringLiteral("telink.ext_ota.refused"),
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "The thermometer refused the size of this firmware for an extended update."),
                 {QCoreApplication::translate("fw::telink::TelinkExtOta",
                                              "The file is larger than its update area (under 208 KiB) or too small.")},
                 QCoreApplication::translate("fw::telink::TelinkExtOta",
                                             "Check that the file is meant for this thermometer."));
        default:
            ctx.log().debug(QCoreApplication::translate("fw::telink::TelinkExtOta", "extended update status %1").arg(st));
            continue;
        }
    }
}

}  // namespace fw::telink
