#include "esp/Errors.h"

#include <QCoreApplication>

using fw::core::Diagnosis;

namespace fw::esp {

namespace {

QString hexCode(quint8 code)
{
    return QStringLiteral("0x%1").arg(code, 2, 16, QLatin1Char('0'));
}

// Transfer problems share one remedy: power and wiring first, then speed.
QString linkRemedy()
{
    return QCoreApplication::translate(
        "fw::esp::Errors",
        "Power the module from a separate 3.3 V supply that gives at least 300 mA (with a common "
        "GND), shorten the wires, lower the baud rate to 115200 and try again.");
}

QString reconnectRemedy()
{
    return QCoreApplication::translate(
        "fw::esp::Errors",
        "Put the chip back into download mode (hold GPIO0 to GND while powering up) and start the "
        "job again. If it keeps happening, please report it with the session log.");
}

}  // namespace

QList<quint8> Errors::knownRomCodes()
{
    QList<quint8> out;
    for (quint8 c = 0x01; c <= 0x0F; ++c)
        out << c;
    for (quint8 c = 0x64; c <= 0x69; ++c)
        out << c;
    return out;
}

QList<quint8> Errors::knownStubCodes()
{
    QList<quint8> out;
    for (quint8 c = 0xC0; c <= 0xC9; ++c)
        out << c;
    out << 0xFF;
    return out;
}

Diagnosis Errors::romError(quint8 code)
{
    const QString id = QStringLiteral("esp.rom_error.") + hexCode(code);
    switch (code) {
    case 0x01:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip's boot loader rejected a parameter of the command."),
                    {QCoreApplication::translate("fw::esp::Errors", "An address or size outside what this chip or its flash supports."),
                     QCoreApplication::translate("fw::esp::Errors", "The chip was detected as the wrong type.")},
                    QCoreApplication::translate("fw::esp::Errors", "Check the flash size and the write address, identify the chip again, then retry.")};
    case 0x02:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip's boot loader ran out of memory."),
                    {QCoreApplication::translate("fw::esp::Errors", "A block larger than the boot loader can buffer."),
                     QCoreApplication::translate("fw::esp::Errors", "The chip is in an unusual state after an earlier failure.")},
                    reconnectRemedy()};
    case 0x03:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip failed to send its reply."),
                    {QCoreApplication::translate("fw::esp::Errors", "An unstable serial link or supply voltage.")},
                    linkRemedy()};
    case 0x04:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip failed to receive the command."),
                    {QCoreApplication::translate("fw::esp::Errors", "Bytes were lost on the serial link."),
                     QCoreApplication::translate("fw::esp::Errors", "The baud rate is too high for this adapter or these wires.")},
                    linkRemedy()};
    case 0x05:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip's boot loader does not understand this command."),
                    {QCoreApplication::translate("fw::esp::Errors", "This boot loader does not offer the command (the ESP8266 ROM knows only the basic ones)."),
                     QCoreApplication::translate("fw::esp::Errors", "The command was damaged on the way.")},
                    QCoreApplication::translate("fw::esp::Errors", "Use the flasher stub (do not pass --no-stub), or choose an operation this chip supports.")};
    case 0x06:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip reported a wrong result for the command."),
                    {QCoreApplication::translate("fw::esp::Errors", "The command was damaged on the way."),
                     QCoreApplication::translate("fw::esp::Errors", "An unstable supply voltage.")},
                    linkRemedy()};
    case 0x07:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip received a data block with a wrong checksum."),
                    {QCoreApplication::translate("fw::esp::Errors", "Bytes were damaged on the serial link, most often from a weak 3.3 V supply."),
                     QCoreApplication::translate("fw::esp::Errors", "Long or loose wires, or a baud rate too high for the adapter.")},
                    linkRemedy()};
    case 0x08:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "Writing to the flash chip failed: what was read back differs from what was written."),
                    {QCoreApplication::translate("fw::esp::Errors", "The supply voltage sags while the flash is being programmed."),
                     QCoreApplication::translate("fw::esp::Errors", "The flash is write-protected or worn out.")},
                    QCoreApplication::translate("fw::esp::Errors", "Use a stronger 3.3 V supply (at least 300 mA) and retry; if it fails at the same address again, the flash chip may be faulty.")};
    case 0x09:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "Reading from the flash chip failed."),
                    {QCoreApplication::translate("fw::esp::Errors", "The supply voltage sags, or the flash chip is faulty.")},
                    linkRemedy()};
    case 0x0A:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip rejected the length of a flash read."),
                    {QCoreApplication::translate("fw::esp::Errors", "A read beyond the end of the flash, or a length the boot loader cannot handle.")},
                    QCoreApplication::translate("fw::esp::Errors", "Check the detected flash size and the range to read, then retry.")};
    case 0x0B:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip failed to unpack compressed data."),
                    {QCoreApplication::translate("fw::esp::Errors", "Compressed data was damaged on the serial link.")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry; if it keeps failing, write without compression and lower the baud rate.")};
    case 0x0C:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The unpacked data failed its Adler-32 check."),
                    {QCoreApplication::translate("fw::esp::Errors", "Compressed data was damaged on the serial link.")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry; if it keeps failing, write without compression and lower the baud rate.")};
    case 0x0D:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip rejected the parameters of a compressed write."),
                    {QCoreApplication::translate("fw::esp::Errors", "The uncompressed size was not a whole number of blocks, or the block size is too large.")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry without compression; please report it with the session log.")};
    case 0x0E:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip rejected the size of a program loaded into its RAM."),
                    {QCoreApplication::translate("fw::esp::Errors", "The flasher stub does not fit this chip's RAM.")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry with --no-stub, and report it with the session log.")};
    case 0x0F:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip rejected the address of a program loaded into its RAM."),
                    {QCoreApplication::translate("fw::esp::Errors", "The flasher stub was built for another chip type.")},
                    QCoreApplication::translate("fw::esp::Errors", "Identify the chip again, retry with --no-stub, and report it with the session log.")};
    default:
        break;
    }
    if (code >= 0x64 && code <= 0x69) {
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip's boot loader reported error %1, one of the codes of newer ROMs.").arg(hexCode(code)),
                    {QCoreApplication::translate("fw::esp::Errors", "The command is restricted on this chip (for example by Secure Download Mode)."),
                     QCoreApplication::translate("fw::esp::Errors", "The command's parameters do not suit this chip revision.")},
                    QCoreApplication::translate("fw::esp::Errors", "Check the chip's security settings and the operation, then retry; report it with the session log if it persists.")};
    }
    return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The chip's boot loader reported an unknown error %1.").arg(hexCode(code)),
                {QCoreApplication::translate("fw::esp::Errors", "A boot loader version this program does not know."),
                 QCoreApplication::translate("fw::esp::Errors", "A damaged reply on the serial link.")},
                reconnectRemedy()};
}

Diagnosis Errors::stubError(quint8 code)
{
    const QString id = QStringLiteral("esp.stub_error.") + hexCode(code);
    switch (code) {
    case 0xC0:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub received a command of the wrong length."),
                    {QCoreApplication::translate("fw::esp::Errors", "Bytes were lost on the serial link.")},
                    linkRemedy()};
    case 0xC1:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub received a data block with a wrong checksum."),
                    {QCoreApplication::translate("fw::esp::Errors", "Bytes were damaged on the serial link, most often from a weak 3.3 V supply."),
                     QCoreApplication::translate("fw::esp::Errors", "Long or loose wires, or a baud rate too high for the adapter.")},
                    linkRemedy()};
    case 0xC2:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub rejected the block size."),
                    {QCoreApplication::translate("fw::esp::Errors", "A block larger than the stub accepts (16 KiB).")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry; if it keeps failing, report it with the session log.")};
    case 0xC3:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub does not know this command."),
                    {QCoreApplication::translate("fw::esp::Errors", "The stub running on the chip is older or different from the one expected.")},
                    reconnectRemedy()};
    case 0xC4:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "A flash operation failed inside the chip."),
                    {QCoreApplication::translate("fw::esp::Errors", "The supply voltage sags while the flash is erased or programmed."),
                     QCoreApplication::translate("fw::esp::Errors", "The flash chip is faulty or not connected as expected.")},
                    QCoreApplication::translate("fw::esp::Errors", "Use a stronger 3.3 V supply (at least 300 mA) and retry; if it persists, the flash chip may be faulty.")};
    case 0xC5:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flash chip could not be unlocked for writing."),
                    {QCoreApplication::translate("fw::esp::Errors", "The flash is write-protected (status register bits set by the vendor firmware)."),
                     QCoreApplication::translate("fw::esp::Errors", "A flash chip the stub does not know how to unlock.")},
                    QCoreApplication::translate("fw::esp::Errors", "Power-cycle into download mode and retry; if it persists, the flash may need its protection cleared.")};
    case 0xC6:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub got flash data without a write having been started."),
                    {QCoreApplication::translate("fw::esp::Errors", "An earlier begin command failed or was lost, or the chip restarted.")},
                    reconnectRemedy()};
    case 0xC7:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub failed to unpack compressed data."),
                    {QCoreApplication::translate("fw::esp::Errors", "Compressed data was damaged on the serial link.")},
                    QCoreApplication::translate("fw::esp::Errors", "Retry; if it keeps failing, write without compression and lower the baud rate.")};
    case 0xC8:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub received less data than announced."),
                    {QCoreApplication::translate("fw::esp::Errors", "Blocks were lost on the serial link.")},
                    linkRemedy()};
    case 0xC9:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub received more data than announced."),
                    {QCoreApplication::translate("fw::esp::Errors", "A block was sent twice after a lost reply.")},
                    reconnectRemedy()};
    case 0xFF:
        return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub does not implement this command on this chip."),
                    {QCoreApplication::translate("fw::esp::Errors", "The operation is not available for this chip type.")},
                    QCoreApplication::translate("fw::esp::Errors", "Choose another operation, or retry with --no-stub if the ROM supports it.")};
    default:
        break;
    }
    return Diagnosis{id, QCoreApplication::translate("fw::esp::Errors", "The flasher stub reported an unknown error %1.").arg(hexCode(code)),
                {QCoreApplication::translate("fw::esp::Errors", "A stub version this program does not know."),
                 QCoreApplication::translate("fw::esp::Errors", "A damaged reply on the serial link.")},
                reconnectRemedy()};
}

Diagnosis Errors::forResponse(const Response &response, LoaderKind kind)
{
    Diagnosis d = kind == LoaderKind::Stub ? stubError(response.errorCode) : romError(response.errorCode);
    d.summary = QCoreApplication::translate("fw::esp::Errors", "%1 failed (status %2): %3")
                    .arg(opcodeName(response.opcode), response.statusHex(), d.summary);
    return d;
}

}  // namespace fw::esp
