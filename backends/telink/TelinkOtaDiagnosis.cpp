#include "telink/TelinkOtaDiagnosis.h"

#include "telink/TelinkOtaFrames.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw::telink {

using fw::core::Diagnosis;

namespace {

struct Cause {
    int score = 0;
    int order = 0;  // the usual ranking when the evidence does not decide
    QString text;
    QString next;
};

}  // namespace

Diagnosis TelinkOtaDiagnosis::loginRequired(const TelinkIdentity &device)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.ota.login_required");
    d.summary = QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "This thermometer runs Xiaomi firmware %1, which accepts an update only "
                                            "after a Mi login.")
                    .arg(device.firmwareRevision);
    d.causes << QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "Stock firmware ignores update packets until it is logged in.");
    if (device.firmware == TelinkFirmwareKind::StockSignedOnly)
        d.causes << QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                "Firmware 2.1.1_0159 also takes only Xiaomi-signed files.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                             "Log in first: 'flashwright-cli telink activate' gives a token (or "
                                             "take it from Mi Home), then flash with --mi-token. Without one, "
                                             "flash it by wire.");
    return d;
}

Diagnosis TelinkOtaDiagnosis::noOtaService(const TelinkIdentity &device)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.ota.no_service");
    d.summary = QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "%1 offers no Telink update service.")
                    .arg(device.name.isEmpty() ? device.address : device.name);
    d.causes << QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "The computer still shows the services of older firmware (stale cache).")
             << QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "This is not a Telink thermometer, or its firmware has no BLE update.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                             "Remove the device in the system's Bluetooth settings (or restart the "
                                             "adapter), take the battery out and back in, then connect again.");
    return d;
}

Diagnosis TelinkOtaDiagnosis::build(const TelinkIdentity &device, const QList<TelinkOtaAttempt> &attempts,
                                    const TelinkOtaOptions &options, qint64 payloadBytes)
{
    int early = 0, lost = 0, rejected = 0, flashErrors = 0, radio = 0, invalidHandle = 0, notTaken = 0;
    for (const TelinkOtaAttempt &a : attempts) {
        if (a.framesConfirmed < TelinkOtaFrames::StatusEvery && a.status <= 0)
            ++early;
        if (a.linkLost)
            ++lost;
        if (a.status == TelinkOtaFrames::FirmwareCheckError)
            ++rejected;
        if (a.status == TelinkOtaFrames::WriteFlashError)
            ++flashErrors;
        if (a.status == TelinkOtaFrames::PacketLoss || a.status == TelinkOtaFrames::DataCrcError
            || a.status == TelinkOtaFrames::DataIncomplete || a.status == TelinkOtaFrames::Timeout)
            ++radio;
        if (a.attError == 0x01 || a.attError == 0x0A)
            ++invalidHandle;
        if (a.code == QLatin1String("telink.ota.not_taken"))
            ++notTaken;
    }

    QList<Cause> causes;
    Cause battery{1, 0,
                  QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                              "The battery is too weak for the flash writes (it needs more than 40 %)."),
                  QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                              "Put in a fresh CR2032 battery and try again.")};
    if (device.batteryLow())
        battery.score += 4;
    battery.score += early > 0 ? 2 : 0;
    battery.score += flashErrors > 0 ? 4 : 0;
    causes << battery;

    Cause latency{0, 1,
                  QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                              "The connection latency is too long, so the link times out while the "
                                              "device prepares its flash."),
                  QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                              "Set the connection latency to 1000 ms or less in the thermometer's "
                                              "settings, then try again.")};
    if (device.configLatencyMs && *device.configLatencyMs > TelinkIdentify::MaxOtaLatencyMs)
        latency.score += options.lowerLatency && !device.pvvxConfig.isEmpty() ? 1 : 4;
    if (early > 0)
        latency.score += 1;
    causes << latency;

    Cause stale{0, 2,
                QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "The computer uses the services of the firmware the device ran before "
                                            "(a stale Bluetooth cache)."),
                QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                            "Remove the device in the system's Bluetooth settings or restart the "
                                            "adapter, reinsert the battery, then connect again.")};
    if (device.servicesLookStale)
        stale.score += 4;
    if (invalidHandle > 0)
        stale.score += 5;
    causes << stale;

    if (device.firmware == TelinkFirmwareKind::Stock || device.firmware == TelinkFirmwareKind::StockSignedOnly) {
        Cause login{options.miLoggedIn ? 0 : 6, 3,
                    QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                "The stock firmware was not logged in, so it ignored the update."),
                    QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                "Do the Mi login first, then try again.")};
        causes << login;
    }

    Cause file{0, 4,
               QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                           "The device rejected the file: it does not fit this device or its "
                                           "firmware (for example an unsigned file on Xiaomi 2.1.1_0159)."),
               QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                           "Choose the file made for this model and firmware path; check it with "
                                           "'flashwright-cli inspect'.")};
    file.score += rejected > 0 ? 6 : 0;
    file.score += notTaken > 0 ? 5 : 0;
    causes << file;

    if (device.hardwareRevision == QLatin1String("B1.5") || device.hardwareRevision == QLatin1String("B1.6")) {
        const bool oldFw = device.firmwareRevision.contains(QLatin1String("devbis"))
            || (device.pvvxVersion >= 0 && device.pvvxVersion < 0x48);
        if (oldFw) {
            causes << Cause{early > 0 ? 5 : 2, 5,
                            QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                        "On %1 boards, the installed firmware drives the display over "
                                                        "the UART, which breaks BLE updates (older pvvx and the "
                                                        "transitional Zigbee build).")
                                .arg(device.hardwareRevision),
                            QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                        "Retry a few times; if it keeps stopping, flash it by wire "
                                                        "(the rescue path).")};
        }
    }

    Cause link{1, 6,
               QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                           "The radio link is weak or this computer's adapter loses packets."),
               QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                           "Move the thermometer next to the computer, or use another adapter or a "
                                           "phone.")};
    link.score += radio > 0 ? 4 : 0;
    link.score += (lost > 0 && early < attempts.size()) ? 2 : 0;
    causes << link;

    std::stable_sort(causes.begin(), causes.end(), [](const Cause &a, const Cause &b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    });

    Diagnosis d;
    d.code = QStringLiteral("telink.ota.failed");
    const TelinkOtaAttempt &last = attempts.last();
    const QString where = last.status > 0
        ? QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis", "the device reported: %1")
              .arg(TelinkOtaFrames::statusText(last.status))
        : last.linkLost ? QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                                      "the connection was lost after %1 of %2 packets")
                              .arg(last.framesSent)
                              .arg(TelinkOtaFrames::frameCount(payloadBytes))
                        : last.failure;
    d.summary = attempts.size() == 1
        ? QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                      "The update failed: %1. The thermometer keeps its old firmware, so it is "
                                      "safe to try again.")
              .arg(where)
        : QCoreApplication::translate("fw::telink::TelinkOtaDiagnosis",
                                      "The update failed %1 times; the last time %2. The thermometer keeps its "
                                      "old firmware, so it is safe to try again.")
              .arg(attempts.size())
              .arg(where);
    for (const Cause &c : causes) {
        if (c.score > 0)
            d.causes << c.text;
    }
    d.nextStep = causes.first().next;
    return d;
}

}  // namespace fw::telink
