#include "telink/TelinkRescueDiagnoses.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace fw::telink {

using fw::core::Diagnosis;

namespace {

QString hex(quint32 v, int width = 5)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

QString bauds(const QList<qint32> &list)
{
    QStringList parts;
    for (qint32 b : list)
        parts << QString::number(b);
    return parts.join(QStringLiteral(", "));
}

QString bytesHex(const QByteArray &b)
{
    return b.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(b.left(12).toHex(' '));
}

}  // namespace

Diagnosis TelinkRescueDiagnoses::noEcho(const QString &port)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.swire.no_echo");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Nothing that %1 sends comes back on its RX pin.")
                    .arg(port);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "RX is not connected to the SWS pad (P14). TX and RX must both reach "
                                            "P14: TX through a 1 to 1.8 kOhm resistor, RX directly.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter has an LED on its RX line, which swallows the signal.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "This is not the port of the adapter wired to the thermometer.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Wire RX straight to P14 and TX to P14 through the resistor, check the "
                                             "port name, then start again.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::echoStopped(const QString &port)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.swire.echo_stopped");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The signal on %1 stopped coming back in the middle of the work.")
                    .arg(port);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "A wire came off P14, or the thermometer lost power (battery moved, "
                                            "3.3 V wire loose).")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The USB adapter stopped working.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Check that every wire still sits on its pad and the power is steady, "
                                             "then start again.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::echoGarbled(const QString &port, qint32 baud, const QByteArray &sent,
                                             const QByteArray &received)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.swire.echo_garbled");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "What %1 sends comes back changed at %2 baud (sent %3, got %4).")
                    .arg(port)
                    .arg(baud)
                    .arg(bytesHex(sent), bytesHex(received));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter cannot send cleanly at this speed (many CH340 and PL2303 "
                                            "adapters fail above 460800 baud).")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "A loose contact on P14, long wires, or an LED on the adapter's RX line.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "It is an FTDI adapter: their timing does not suit this method.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Start again with --baud 460800 (or lower), keep the wires short and "
                                             "firmly on the pads, or try a CH340 or CP2102 adapter.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::noReply(const QString &port, quint32 address)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.swire.no_reply");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The chip stopped answering on %1 (reading %2).")
                    .arg(port, hex(address, 4));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The thermometer lost power for a moment and its firmware took the SWS "
                                            "pad back.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The resistor between TX and P14 came loose, so the chip cannot drive "
                                            "the line.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Check the wires and the power, then start again and power-cycle the "
                                             "thermometer when asked.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::replyGarbled(const QString &port, qint32 baud, quint32 address,
                                              const QByteArray &reply)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.swire.reply_garbled");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The chip's answer on %1 at %2 baud was garbled (reading %3: %4).")
                    .arg(port)
                    .arg(baud)
                    .arg(hex(address, 4), bytesHex(reply));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The wiring distorts the signal: a resistor other than 1 to 1.8 kOhm, "
                                            "long or loose wires on P14.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter's timing drifts at this speed.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Check the resistor and shorten the wires, then start again, if need be "
                                             "with --baud 460800.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::activationFailed(const QString &port, const QList<qint32> &list, int activationMs)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.no_answer");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The thermometer's chip did not answer on %1 during the %2 s activation "
                                            "window (tried %3 baud).")
                    .arg(port)
                    .arg(activationMs / 1000.0, 0, 'f', 1)
                    .arg(bauds(list));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "It was not power-cycled inside the window. Its firmware takes the SWS "
                                            "pad over (or sleeps) a moment after power-up, so the chip only listens "
                                            "right after power comes back.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "TX is not connected through a 1 to 1.8 kOhm resistor to P14, or RX does "
                                            "not go straight to P14: without the resistor the chip cannot answer.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter is an FTDI or has an LED on RX; these do not work for this "
                                            "method.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The battery is nearly empty, or GND is not connected to the battery "
                                            "minus contact.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Start again and, as soon as you are asked, take the battery out and put "
                                             "it back (or pull the 3.3 V wire off and back on) within the window. If "
                                             "it still fails, check the resistor and the GND wire, or try a CH340 or "
                                             "CP2102 adapter.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::speedFailed(const QString &port, const QList<qint32> &list)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.speed");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The chip on %1 answers, but its answers stay garbled at every SWire "
                                            "speed setting (tried %2 baud).")
                    .arg(port, bauds(list));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The wiring distorts the chip's answers: a resistor far from 1 kOhm, or "
                                            "long wires.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter's baud rate is not accurate enough (common on cheap "
                                            "PL2303 clones).");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Use a 1 kOhm resistor and short wires, or another adapter (CH340, "
                                             "CP2102), then start again.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::echoFailedAtAllBauds(const QString &port, const QList<qint32> &list, bool silent)
{
    Diagnosis d = silent ? noEcho(port) : echoGarbled(port, list.isEmpty() ? 0 : list.last(), {}, {});
    d.summary = silent ? QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                     "Nothing that %1 sends comes back on its RX pin (tried %2 baud).")
                             .arg(port, bauds(list))
                       : QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                     "What %1 sends comes back changed at every speed tried (%2 baud).")
                             .arg(port, bauds(list));
    return d;
}

Diagnosis TelinkRescueDiagnoses::flashNoId(quint32 jedecId)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.flash.no_id");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The chip answers, but its flash memory does not (JEDEC id %1).")
                    .arg(hex(jedecId, 6));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The supply is too weak for the flash: an almost empty battery, or the "
                                            "adapter's 3.3 V pin sagging.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The flash is stuck in a low-power state after a crash.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Put in a fresh battery (or power it from the adapter's 3.3 V), "
                                             "start again and power-cycle it when asked.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::flashTimeout(quint8 status, int timeoutMs)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.flash.timeout");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The flash stayed busy for more than %1 ms (status 0x%2).")
                    .arg(timeoutMs)
                    .arg(status, 2, 16, QLatin1Char('0'));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The supply voltage dropped during the erase or write (weak battery).")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The flash is worn out or damaged.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Use a fresh battery or the adapter's 3.3 V and run the same command "
                                             "again; the backup area was not touched.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::flashProtected(quint8 status)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.flash.protected");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The flash stays write-protected (status 0x%1), nothing was erased.")
                    .arg(status, 2, 16, QLatin1Char('0'));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The flash's status register is locked, so its protection bits cannot be "
                                            "cleared over SWire.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Power-cycle the thermometer and start again; if this repeats, the flash "
                                             "chip cannot be rewritten by this method.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::verifyMismatch(quint32 firstAddress, qint64 differingBytes, const QString &backupPath)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.verify_mismatch");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Reading back found %1 bytes that differ from the file, the first at %2.")
                    .arg(differingBytes)
                    .arg(hex(firstAddress));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The supply dipped while writing (weak battery), so some bytes did not "
                                            "stick.")
             << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Noise on the SWS wire changed bytes on their way to the chip.");
    d.nextStep = backupPath.isEmpty()
                     ? QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                   "Do not unplug the thermometer: run the same command again.")
                     : QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                   "Do not unplug the thermometer: run the same command again. Your "
                                                   "backup %1 is safe.")
                           .arg(QDir::toNativeSeparators(backupPath));
    return d;
}

Diagnosis TelinkRescueDiagnoses::unpluggedDuringWrite(const Diagnosis &serial, quint32 address,
                                                      const QString &backupPath)
{
    Diagnosis d = serial;  // keeps the code serial.unplugged (exit code "connection lost")
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The adapter vanished while writing at %1: the thermometer now holds a "
                                            "partly written firmware and will not start.")
                    .arg(hex(address));
    d.causes.prepend(QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                 "The USB adapter was pulled out or its cable is loose."));
    d.nextStep = backupPath.isEmpty()
                     ? QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                   "Plug the adapter in again and run the same write again. The area "
                                                   "from 0x74000 (MAC, calibration, keys) was not touched.")
                     : QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                                   "Plug the adapter in again and run the same write again. The area "
                                                   "from 0x74000 (MAC, calibration, keys) was not touched and your "
                                                   "backup %1 is complete.")
                           .arg(QDir::toNativeSeparators(backupPath));
    return d;
}

Diagnosis TelinkRescueDiagnoses::noBackup()
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.no_backup");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Writing needs a backup of the device's own data first; none was asked "
                                            "for.");
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The area from 0x74000 holds this thermometer's MAC address (0x76000), "
                                            "radio calibration (0x77000) and Mi keys (0x78000); no other copy "
                                            "exists.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Add --backup FILE so it is saved before anything is erased (or --force "
                                             "to write without one).");
    return d;
}

Diagnosis TelinkRescueDiagnoses::badImage(const QString &path, const QString &code, const QString &finding)
{
    Diagnosis d;
    d.code = code;
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "%1 is not a firmware image this thermometer can start: %2")
                    .arg(QDir::toNativeSeparators(path), finding);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The wrong file was picked (a .zigbee OTA file, a zip, another device's "
                                            "image), or the download is damaged.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Pick the plain .bin (for example ATC_v58.bin) and download it again if "
                                             "needed. --force writes it anyway.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::imageTooLarge(const QString &path, qint64 size, quint32 limit)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.image_too_large");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "%1 has %2 bytes and would reach into the device's own data at %3.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(size)
                    .arg(hex(limit));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "It is a full flash dump or not a firmware image.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Write a firmware image (.bin) instead; a full dump goes back with "
                                             "--restore.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::backupWrongSize(const QString &path, qint64 size, quint32 start, quint32 end)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.backup_size");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "%1 has %2 bytes, but the range %3-%4 holds %5.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(size)
                    .arg(hex(start), hex(end))
                    .arg(qint64(end) - qint64(start));
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The file is not the backup of that range, or it was cut short.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Give the range the file was read from with --range, or pick the right "
                                             "file.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::backupOtherDevice(const QString &path, const QString &fileMac, const QString &chipMac)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.backup_other_device");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "%1 was saved from the device %2, but this one is %3.")
                    .arg(QDir::toNativeSeparators(path), fileMac, chipMac);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Restoring it would give this thermometer another one's MAC address and "
                                            "keys: two devices with one identity.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Pick this device's own backup, or add --force if this really is what "
                                             "you want.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::backupUnknownRange(const QString &path, qint64 size)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.backup_range");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Where %1 (%2 bytes) belongs cannot be told from its size.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(size);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "Only a backup of 0x74000-0x80000 (49152 bytes) or a whole flash dump "
                                            "(524288 bytes) goes back to its place by itself.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Give the range it was read from, e.g. --range 0x70000:0x74000.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::rangeInvalid(quint32 start, quint32 end, qint64 flashSize)
{
    Diagnosis d;
    d.code = QStringLiteral("telink.rescue.range");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The range %1-%2 does not fit the %3 KiB flash.")
                    .arg(hex(start), hex(end))
                    .arg(flashSize / 1024);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The end lies before the start or past the end of the flash.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Give START:END in hex within the flash, e.g. 0x0:0x20000.");
    return d;
}

Diagnosis TelinkRescueDiagnoses::fileWriteFailed(const QString &path, const QString &error)
{
    Diagnosis d;
    d.code = QStringLiteral("file.write_failed");
    d.summary = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses", "%1 could not be saved: %2")
                    .arg(QDir::toNativeSeparators(path), error);
    d.causes << QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                            "The folder does not exist, is not writable, or the disk is full.");
    d.nextStep = QCoreApplication::translate("fw::telink::TelinkRescueDiagnoses",
                                             "Choose a file in a folder you can write to and start again; nothing "
                                             "on the device was changed.");
    return d;
}

}  // namespace fw::telink
