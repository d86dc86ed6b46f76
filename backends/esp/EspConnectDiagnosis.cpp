#include "esp/EspConnectDiagnosis.h"

#include "esp/EspBootText.h"

#include <QCoreApplication>

using fw::core::Diagnosis;

namespace fw::esp {

namespace {

constexpr qint32 kSafeBaud = 115200;

QString attemptsText(const EspConnectDiagnosis::Evidence &e)
{
    if (e.manual)
        return QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                           "while waiting %1 seconds for a power cycle")
            .arg(e.waitedSeconds);
    return QCoreApplication::translate("fw::esp::EspConnectDiagnosis", "after several resets");
}

}  // namespace

bool EspConnectDiagnosis::wantsBootText(const Evidence &e)
{
    return (!e.unframed.isEmpty() && !EspBootText::isReadable(e.unframed)) || e.malformedFrames > 0;
}

Diagnosis EspConnectDiagnosis::forFailedConnect(const Evidence &e)
{
    // Readable text at the connect baud tells most; boot text read at the ROM's own baud next.
    for (const QByteArray *text : {&e.unframed, &e.bootText}) {
        if (!EspBootText::isReadable(*text))
            continue;
        if (EspBootText::bootMode(*text) == EspBootText::BootMode::Download
            && !EspBootText::looksLikeApplication(*text)) {
            // In its loader but silent: damaged replies point at the baud, none at the wiring.
            if (text == &e.unframed || e.malformedFrames == 0)
                return loaderDeaf(e, *text);
            return garbled(e);
        }
        return bootedNormally(e, *text);
    }
    if (e.unframed.isEmpty() && e.malformedFrames == 0)
        return noAnswer(e);
    return garbled(e);
}

Diagnosis EspConnectDiagnosis::noAnswer(const Evidence &e)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.connect.no_answer");
    d.summary = QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                            "Nothing at all came back from %1 %2.")
                    .arg(e.port, attemptsText(e));
    d.causes << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "The chip is not in download mode: GPIO0 must be connected to GND while its "
                    "power comes on.")
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "TX and RX are not crossed or not connected: the adapter's TX goes to the "
                    "chip's RX and its RX to the chip's TX, with GND connected too.")
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "This is not the device's port, or the USB cable only charges and carries no "
                    "data.")
             << QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                            "The chip has no power, or too little: it needs up "
                                            "to 300 mA at 3.3 V.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Hold GPIO0 to GND while you power the device up, check that TX goes to RX and RX to TX, "
        "check the port, and try again. If it still fails, try another adapter or cable.");
    return d;
}

Diagnosis EspConnectDiagnosis::bootedNormally(const Evidence &e, const QByteArray &text)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.connect.booted_normally");
    d.summary = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "The chip started its normal firmware instead of its download mode.");
    const QString message = EspBootText::bootMessage(text);
    d.causes << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "GPIO0 was not held to GND when the chip powered up or reset. It printed: "
                    "\"%1\"")
                    .arg(message.isEmpty() ? EspBootText::excerpt(text) : message);
    if (!e.manual)
        d.causes << QCoreApplication::translate(
            "fw::esp::EspConnectDiagnosis",
            "The board has no automatic reset wiring (DTR to GPIO0, RTS to EN), or it does not "
            "work with this adapter.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Connect GPIO0 to GND, switch the device's power off and on again while GPIO0 stays "
        "connected, and connect with the manual reset mode.");
    return d;
}

Diagnosis EspConnectDiagnosis::loaderDeaf(const Evidence &e, const QByteArray &text)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.connect.tx_path");
    d.summary = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "The chip waits in its download mode but does not answer what %1 sends.")
                    .arg(e.port);
    d.causes << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "The wire from the adapter's TX to the chip's RX is missing, loose or on the "
                    "wrong pin (the chip printed: \"%1\").")
                    .arg(EspBootText::excerpt(text))
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "A second microcontroller on the board (TuyaMCU) drives the chip's RX line.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Check the wire from the adapter's TX to the chip's RX. On TuyaMCU devices, hold the "
        "second microcontroller in reset while flashing. Then try again.");
    return d;
}

Diagnosis EspConnectDiagnosis::garbled(const Evidence &e)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.connect.garbled");
    d.summary = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Only unreadable data came back from %1 at %2 baud (%3 bytes, %4 damaged frames).")
                    .arg(e.port)
                    .arg(e.baud)
                    .arg(e.unframed.size())
                    .arg(e.malformedFrames);
    const QString tooFast = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "The speed of %1 baud is too high for this adapter or these wires (CH340 adapters often "
        "fail above 460800 baud).")
                                .arg(e.baud);
    const QString booted = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "The chip started its normal firmware (GPIO0 not held to GND); its messages at another "
        "speed look like noise.");
    if (e.baud > kSafeBaud)
        d.causes << tooFast << booted;
    else
        d.causes << booted << tooFast;
    d.causes << QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                            "A loose GND wire or a noisy power supply.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Put the chip into download mode again (hold GPIO0 to GND while powering up) and connect "
        "at 115200 baud.");
    return d;
}

Diagnosis EspConnectDiagnosis::portVanished(const QString &port, const Diagnosis &original)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.connect.port_vanished");
    d.summary = QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                            "The port %1 went away while connecting to the chip.")
                    .arg(port);
    d.causes << QCoreApplication::translate("fw::esp::EspConnectDiagnosis",
                                            "The USB cable was pulled or is loose.")
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "On Debian and Ubuntu the brltty service takes CH340 and CP210x adapters "
                    "away right after they are plugged in.")
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "The chip has native USB and its port disappears for a moment when it resets.")
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "The device draws more current than the USB port gives (the ESP needs up to "
                    "300 mA) and the adapter browned out.");
    for (const QString &c : original.causes) {
        if (!d.causes.contains(c) && c.contains(QLatin1String(": ")))
            d.causes << c;  // the system's own message, if the link had one
    }
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Plug the device in again and pick its port from the refreshed list. If the port "
        "disappears right after plugging in, remove brltty: sudo apt remove brltty.");
    return d;
}

Diagnosis EspConnectDiagnosis::baudLost(qint32 baud, qint32 safeBaud)
{
    Diagnosis d;
    d.code = QStringLiteral("esp.baud.lost");
    d.summary = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "The chip stopped answering after the switch to %1 baud.")
                    .arg(baud);
    d.causes << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "The adapter or the wires cannot carry %1 baud; cheap CH340 adapters often "
                    "fail at 921600.")
                    .arg(baud)
             << QCoreApplication::translate(
                    "fw::esp::EspConnectDiagnosis",
                    "Without reset wiring the chip cannot be brought back to a slower speed from "
                    "here.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspConnectDiagnosis",
        "Switch the device off and on again with GPIO0 held to GND, then connect with a transfer "
        "speed of %1 baud.")
                     .arg(safeBaud);
    return d;
}

}  // namespace fw::esp
