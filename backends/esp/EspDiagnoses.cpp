#include "esp/EspDiagnoses.h"

#include "esp/Errors.h"

#include <QCoreApplication>
#include <QRegularExpression>

using fw::core::Diagnosis;

namespace fw::esp {

namespace {

struct Row {
    const char *code;
    int priority;
    bool problem;
};

// Ranked by how much a finding says about the root cause: a port that cannot be opened explains
// every later timeout, while "no answer" alone has many possible causes.
constexpr Row Rows[] = {
    {"esp.diag.permission_denied", 100, true},
    {"esp.diag.brltty", 97, true},
    {"esp.diag.port_missing", 96, true},
    {"esp.diag.port_busy", 95, true},
    {"esp.diag.wrong_chip", 94, true},
    {"esp.diag.tuya_psk_02", 93, true},
    {"esp.diag.tuya_non_esp", 93, true},
    {"esp.diag.device_disconnected", 90, true},
    {"esp.diag.image_too_big", 88, true},
    {"esp.diag.tx_path_down", 87, true},
    {"esp.diag.not_in_download_mode", 86, true},
    {"esp.diag.flash_region_empty", 85, true},
    {"esp.diag.md5_mismatch", 80, true},
    {"esp.diag.baud_too_high", 79, true},
    {"esp.diag.flash_not_detected", 76, true},
    {"esp.diag.compressed_timeout", 74, true},
    {"esp.diag.transfer_stopped", 72, true},
    {"esp.diag.unstable_power", 71, true},
    {"esp.diag.wrong_flash_mode", 68, true},
    {"esp.diag.power_cycle_between", 62, true},
    {"esp.diag.invalid_packet_head", 60, true},
    {"esp.diag.tuya_convert_stalled", 56, true},
    {"esp.diag.no_serial_data", 50, true},
    {"esp.diag.tasmotizer_gap", 45, true},
    {"esp.diag.ch340_driver", 40, true},
    {"esp.diag.after_flash_setup", 30, false},
    {"esp.diag.log_success", 10, false},
    {"esp.diag.nothing_recognised", 0, false},
};

// Loader status errors name the failing command and code exactly, just below the port problems.
constexpr int LoaderStatusPriority = 82;

bool has(const QString &lower, const char *needle)
{
    return lower.contains(QLatin1String(needle));
}

}  // namespace

QStringList EspDiagnoses::codes()
{
    QStringList out;
    for (const Row &r : Rows)
        out << QString::fromLatin1(r.code);
    return out;
}

int EspDiagnoses::priority(const QString &code)
{
    for (const Row &r : Rows)
        if (code == QLatin1String(r.code))
            return r.priority;
    if (code.startsWith(QLatin1String("esp.rom_error.")) || code.startsWith(QLatin1String("esp.stub_error.")))
        return LoaderStatusPriority;
    return 0;
}

bool EspDiagnoses::isProblem(const QString &code)
{
    for (const Row &r : Rows)
        if (code == QLatin1String(r.code))
            return r.problem;
    return true;
}

Diagnosis EspDiagnoses::byCode(const QString &code)
{
    if (code.startsWith(QLatin1String("esp.rom_error.0x")) || code.startsWith(QLatin1String("esp.stub_error.0x"))) {
        bool ok = false;
        const uint value = code.section(QLatin1String(".0x"), 1).toUInt(&ok, 16);
        if (!ok || value > 0xFF)
            return {};
        return code.startsWith(QLatin1String("esp.rom_error.")) ? Errors::romError(quint8(value))
                                                                 : Errors::stubError(quint8(value));
    }
    const QString c = code;
    if (c == QLatin1String("esp.diag.no_serial_data")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The flashing tool got no answer from the chip."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip was not in download mode: GPIO0 must be connected to GND while the power comes on."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The data wires are swapped or loose: the adapter's TX must go to the chip's RX and RX to TX, with GND connected too."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The wrong port was chosen, or the USB cable only charges and carries no data."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The USB-serial adapter or its driver is faulty.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Hold GPIO0 to GND while you power the device up, check that TX goes to RX and RX to TX, pick the right port and try again. If it still fails, try another adapter or cable.")};
    }
    if (c == QLatin1String("esp.diag.invalid_packet_head")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip answered with data the flashing tool did not expect."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip started its normal firmware instead of download mode, and that firmware's output was read as an answer."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The transfer speed (baud rate) is too high for this adapter or these wires."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip is not the type the tool expects, for example an ESP32 given to a tool made only for the ESP8266.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Power the device off, hold GPIO0 to GND while you power it on, and try again at 115200 baud. Flashwright lowers the speed by itself (921600, then 460800, then 115200).")};
    }
    if (c == QLatin1String("esp.diag.brltty")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The serial port vanished right after the adapter was plugged in: the braille display service (brltty) took it."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "brltty, a service for braille displays that Ubuntu 22.04 and other systems install by default, claims common USB-serial adapters (CH340, CP210x).")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "If you do not use a braille display, remove the service: sudo apt remove brltty. Then unplug the adapter and plug it in again.")};
    }
    if (c == QLatin1String("esp.diag.ch340_driver")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The USB-serial adapter (CH340) or its driver does not work properly."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Some Linux kernels (around version 5.13) and some Windows CH340 driver versions (3.8) break flashing with these adapters."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The adapter cannot keep up with high speeds such as 921600 baud.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Update the operating system or the adapter driver, use a lower speed (460800 or 115200 baud), or use an adapter with a CP2102 or FT232 chip.")};
    }
    if (c == QLatin1String("esp.diag.permission_denied")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "You do not have permission to use the serial port."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "On Linux, serial ports belong to the group dialout (uucp on Arch Linux), and your user is not in it."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "Another user's program has the port open.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Add yourself to the group: sudo usermod -aG dialout $USER (uucp instead of dialout on Arch Linux), then log out and back in.")};
    }
    if (c == QLatin1String("esp.diag.wrong_flash_mode")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The device stays dead or prints only garbage (such as ~ld) after writing: the flash mode is probably wrong."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The file asks for a fast flash mode (QIO or DIO) that this module's flash is not wired for; ESP8285 chips and most Tuya modules need DOUT."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The flash size written in the file is wrong for this chip."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The write was incomplete or the file is damaged.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Write the firmware again with the flash mode set to DOUT (Flashwright offers this as \"Re-flash as DOUT\").")};
    }
    if (c == QLatin1String("esp.diag.unstable_power")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The connection to the chip broke down in the middle of the job."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip does not get enough power: it needs peaks of 150 to 300 mA, more than the 3.3 V pin of many USB adapters gives, so it restarts."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "Long, thin or loose wires damage the data."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The transfer speed (baud rate) is too high for this adapter.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Power the module from a separate 3.3 V supply that gives at least 300 mA, with its GND joined to the adapter's GND; use short wires and a lower speed (115200 baud), then try again.")};
    }
    if (c == QLatin1String("esp.diag.compressed_timeout")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The tool stopped waiting while the chip was still writing a very compressible part of the file."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Long runs of identical bytes (empty space in a backup or a file system image) shrink to almost nothing on the wire, but the chip still has to erase and write all of it, and older tools do not wait long enough (a timeout).")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Write the file again without compression (esptool option --no-compress, or -u in older versions). Flashwright waits according to the real size and retries without compression by itself.")};
    }
    if (c == QLatin1String("esp.diag.tasmotizer_gap")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "Tasmotizer stopped on a problem it cannot handle."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Tasmotizer supports only the ESP8266: ESP32 chips are refused or fail."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "It can hang on macOS and crash when the connection to the device breaks.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Use Flashwright's ESP wizard instead: it handles the ESP8266 and the ESP32, keeps one connection for backup and writing, and explains each error.")};
    }
    if (c == QLatin1String("esp.diag.tuya_convert_stalled")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "tuya-convert waited for the device to join its Wi-Fi, and it never did."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The device's firmware is too new: Tuya closed the gap tuya-convert uses (firmware from 2019 on)."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The device was not in pairing mode (LED blinking fast), or no phone was connected to the vtrust-flash Wi-Fi."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The device does not use an ESP chip: many newer Tuya devices use Beken (BK7231) or Realtek chips.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Conversion over Wi-Fi is obsolete for this firmware: open the device and flash it over serial. For BK7231 devices use tuya-cloudcutter or ltchiptool.")};
    }
    if (c == QLatin1String("esp.diag.after_flash_setup")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The new firmware is running; it now needs to be set up."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Tasmota opens its own Wi-Fi (tasmota_XXXXXX-####) for only 3 minutes after power-up; connect to it and open 192.168.4.1."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "A relay that clicks about once a second, or buttons that do nothing, usually mean that no device template is applied yet, not that flashing failed."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "On devices with a second microcontroller (TuyaMCU), the buttons work only after the TuyaMCU module is configured.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Power-cycle the device, join the tasmota_... Wi-Fi within 3 minutes, enter your Wi-Fi details at 192.168.4.1, then apply the template for your device.")};
    }
    if (c == QLatin1String("esp.diag.power_cycle_between")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "After one step finished, the chip left download mode, so the next step could not connect."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The tool restarts the chip after every step; a device without automatic reset wiring then runs its normal firmware."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "GPIO0 was released from GND before the power was switched off and on again.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Before each step, switch the power off and on again with GPIO0 held to GND, or let Flashwright do backup, erase, write and check in one session with a single restart at the end.")};
    }
    if (c == QLatin1String("esp.diag.wrong_chip")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip is not the type the tool or the file was made for."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "An ESP32 was connected to a tool made only for the ESP8266 (such as Tasmotizer), or the other way round."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The wrong chip type was chosen (esptool option --chip)."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The firmware file was built for another chip.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Use the chip type that was detected (or automatic detection) and a firmware file made for it, for example tasmota32.factory.bin for an ESP32.")};
    }
    if (c == QLatin1String("esp.diag.md5_mismatch")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "What is in the flash after writing differs from the file (checksum mismatch)."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The power dipped while the flash was being written."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The flash is write-protected, faulty, or smaller than the file expects."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "Data was damaged on long or loose wires.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Use a 3.3 V supply that gives at least 300 mA and short wires, erase the flash and write again. If the same error returns, the flash may be write-protected or faulty.")};
    }
    if (c == QLatin1String("esp.diag.flash_region_empty")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "After writing, the flash is still empty: nothing was stored."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The flash chip is write-protected (protection bits set by the original firmware)."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The flash chip is faulty or badly soldered."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The power dips whenever the flash is written.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Clear the flash write protection (esptool write_flash_status --non-volatile 0), check the 3.3 V supply, and write again.")};
    }
    if (c == QLatin1String("esp.diag.transfer_stopped")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The data from the chip stopped in the middle of a message."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip restarted, most often because its power dipped."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The adapter was unplugged or its cable is loose."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The transfer speed (baud rate) is too high for this adapter.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Power the module from a separate 3.3 V supply of at least 300 mA, check the cable, lower the speed to 115200 baud and try again.")};
    }
    if (c == QLatin1String("esp.diag.port_busy")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The serial port is already in use by another program."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "A serial monitor, the Arduino IDE, a browser tab with a web flasher, ModemManager or another flashing tool has the port open."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "On Windows, \"Access is denied\" also means that another program holds the port.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Close the other program (serial monitor, web installer tab, other flasher) and try again. On Linux, sudo fuser -v /dev/ttyUSB0 shows which program holds the port.")};
    }
    if (c == QLatin1String("esp.diag.port_missing")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The serial port named in the log does not exist."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The adapter is unplugged, or it got a new name when it was plugged in again (ttyUSB1 instead of ttyUSB0)."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The driver for the adapter is not installed.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Plug the adapter in and pick the port again from the list (flashwright-cli ports shows what is connected).")};
    }
    if (c == QLatin1String("esp.diag.device_disconnected")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The adapter vanished or stopped answering while the port was open."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The USB cable or the adapter came loose, or the device was unplugged."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "A power dip of the device also restarted the USB adapter."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "Another program read from the same port at the same time.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Check the USB cable, plug the adapter straight into the computer (no hub), close other programs that use the port, and start again.")};
    }
    if (c == QLatin1String("esp.diag.not_in_download_mode")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip started its normal program instead of download mode."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "GPIO0 was not connected to GND when the power came on or the reset button was released."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The board's automatic reset wiring (DTR/RTS) does not work with this adapter.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Hold GPIO0 (the BOOT or FLASH button) to GND, switch the power off and on or press reset, and try again.")};
    }
    if (c == QLatin1String("esp.diag.tx_path_down")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip is in download mode but does not hear the computer."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The wire from the adapter's TX to the chip's RX is missing, loose or on the wrong pin."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "Something else on the board drives the chip's RX line, for example a second microcontroller (TuyaMCU).")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Check the wire from the adapter's TX to the chip's RX. On TuyaMCU devices, hold the second microcontroller in reset or disconnect it while flashing.")};
    }
    if (c == QLatin1String("esp.diag.flash_not_detected")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The chip could not talk to its flash memory."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "A loose solder joint at the flash chip, or a faulty flash chip."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The power is too weak or unstable."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The connection failed right after the transfer speed was raised.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Check the 3.3 V supply and the soldering around the flash chip, then try again at 115200 baud.")};
    }
    if (c == QLatin1String("esp.diag.baud_too_high")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The connection failed right after switching to a higher speed."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The adapter (a CH340 in particular) or long wires cannot keep up with this baud rate.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Try again at 460800 or 115200 baud; Flashwright falls back to a lower speed by itself.")};
    }
    if (c == QLatin1String("esp.diag.image_too_big")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The file does not fit in the chip's flash memory."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The firmware is made for a module with more flash, for example a 4 MB build on a 1 MB Tuya module."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The write address is wrong.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Pick a firmware build for this flash size (for 1 MB Tuya modules, for example tasmota-lite), or check the write address.")};
    }
    if (c == QLatin1String("esp.diag.tuya_psk_02")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "This device's firmware is too new for tuya-convert."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Since 2019, Tuya firmware uses a key of its own for every device (PSK identity 02), so the conversion over Wi-Fi no longer works.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Open the device and flash it over serial with a USB-serial adapter. For BK7231 devices use tuya-cloudcutter or ltchiptool.")};
    }
    if (c == QLatin1String("esp.diag.tuya_non_esp")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "This device does not use an ESP chip, so ESP firmware such as Tasmota cannot be installed on it."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "Newer Tuya devices use Beken (BK7231) or Realtek chips, in modules such as WB2S, CB2S or WR3.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Look at the module printed on the board. For BK7231 modules use tuya-cloudcutter or ltchiptool with a firmware made for them (OpenBeken, or ESPHome through LibreTiny).")};
    }
    if (c == QLatin1String("esp.diag.log_success")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "The log shows a finished, verified write."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The tool compared what was written with the file (a checksum), and they matched.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Remove the GPIO0 bridge, then switch the device off and on to start the new firmware.")};
    }
    if (c == QLatin1String("esp.diag.nothing_recognised")) {
        return Diagnosis{c, QCoreApplication::translate("fw::esp::EspDiagnoses", "Nothing in this log matches a known ESP flashing problem."),
                    {QCoreApplication::translate("fw::esp::EspDiagnoses", "The log is cut short, or comes from a tool Flashwright does not read (it reads esptool, Tasmotizer and tuya-convert output)."),
                     QCoreApplication::translate("fw::esp::EspDiagnoses", "The problem happened later, in the device's own firmware.")},
                    QCoreApplication::translate("fw::esp::EspDiagnoses", "Paste the complete output, from the command you ran to the last line. If nothing is recognised then either, export a support bundle and ask for help.")};
    }
    return {};
}

QString EspDiagnoses::codeForLoaderStatus(QStringView hex)
{
    // esptool quotes the status bytes in order: "0107" is a ROM failure (1) with error 7 (4 bytes
    // on ESP32 ROMs, "01070000"); "C100" is a stub whose first byte is the error itself.
    if (hex.size() < 4 || hex.size() % 2 != 0)
        return {};
    bool ok1 = false;
    bool ok2 = false;
    const uint first = hex.first(2).toUInt(&ok1, 16);
    const uint second = hex.sliced(2, 2).toUInt(&ok2, 16);
    if (!ok1 || !ok2)
        return {};
    const auto hexCode = [](uint v) { return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0')); };
    if (first == 0x01)
        return QStringLiteral("esp.rom_error.") + hexCode(second);
    if (first >= 0xC0)
        return QStringLiteral("esp.stub_error.") + hexCode(first);
    return {};
}

QString EspDiagnoses::matchLine(QStringView line)
{
    return matchLowercaseLine(line.toString().toLower());
}

QString EspDiagnoses::matchLowercaseLine(const QString &l)
{
    if (l.isEmpty())
        return {};
    const auto code = [](const char *c) { return QString::fromLatin1(c); };

    // Port access comes first: everything after it is a consequence.
    if (has(l, "brltty") && (has(l, "claimed") || has(l, "ttyusb") || has(l, "disconnect") || has(l, "usbfs")))
        return code("esp.diag.brltty");
    if (has(l, "cannot configure port, something went wrong"))
        return code("esp.diag.ch340_driver");
    // Windows says "Access is denied" when another program holds the port.
    if (has(l, "access is denied"))
        return code("esp.diag.port_busy");
    if ((has(l, "permission denied") || has(l, "errno 13"))
        && (has(l, "port") || has(l, "/dev/") || has(l, "tty") || has(l, "serial")))
        return code("esp.diag.permission_denied");
    if (has(l, "errno 16") || has(l, "resource busy") || has(l, "the port is busy") || has(l, "port is already open"))
        return code("esp.diag.port_busy");
    if ((has(l, "errno 2]") || has(l, "no such file or directory") || has(l, "filenotfounderror(2")
         || has(l, "cannot find the file specified"))
        && (has(l, "port") || has(l, "/dev/") || has(l, "com")))
        return code("esp.diag.port_missing");
    if (has(l, "readiness to read but returned no data") || has(l, "input/output error")
        || has(l, "errno 5]") || has(l, "device not configured") || has(l, "converter now disconnected from tty"))
        return code("esp.diag.device_disconnected");

    if (has(l, "wrong --chip argument") || has(l, "wrong chip argument") || has(l, "unexpected chip id in image")
        || has(l, "doesn't appear to be an esp"))
        return code("esp.diag.wrong_chip");
    if (has(l, "written flash region is empty"))
        return code("esp.diag.flash_region_empty");
    if (has(l, "md5 of file does not match data in flash"))
        return code("esp.diag.md5_mismatch");
    if (has(l, "result was ")) {
        static const QRegularExpression status(QStringLiteral("result was ([0-9a-f]{4,8})\\b"));
        const QRegularExpressionMatch m = status.match(l);
        if (m.hasMatch()) {
            const QString c = codeForLoaderStatus(m.capturedView(1));
            if (!c.isEmpty())
                return c;
        }
    }
    if (has(l, "will not fit in") && has(l, "bytes of flash"))
        return code("esp.diag.image_too_big");
    if (has(l, "getting no sync reply") || has(l, "tx path seems to be down"))
        return code("esp.diag.tx_path_down");
    if (has(l, "wrong boot mode detected"))
        return code("esp.diag.not_in_download_mode");
    if (has(l, "packet content transfer stopped") || has(l, "timed out waiting for packet content")
        || has(l, "serial data stream stopped"))
        return code("esp.diag.transfer_stopped");
    if (has(l, "chip stopped responding") || has(l, "lost connection, retrying"))
        return code("esp.diag.unstable_power");
    if (has(l, "unable to verify flash chip connection") || has(l, "could not auto-detect flash size (flashid=0xffffff"))
        return code("esp.diag.flash_not_detected");
    if (has(l, "invalid head of packet"))
        return code("esp.diag.invalid_packet_head");
    if (has(l, "failed to connect to") || has(l, "no serial data received")
        || has(l, "timed out waiting for packet header") || has(l, "could not connect to an espressif device"))
        return code("esp.diag.no_serial_data");

    // tuya-convert: smarthack-psk.log identities and the diagnosis printed by its scripts.
    if (has(l, "firmware is too new") || has(l, "patched the psk vulnerability"))
        return code("esp.diag.tuya_psk_02");
    if (has(l, "id: 02")) {
        static const QRegularExpression psk02(QStringLiteral("\\bid:\\s*02[0-9a-f]{16,}"));
        if (psk02.match(l).hasMatch())
            return code("esp.diag.tuya_psk_02");
    }
    if (has(l, "does not use an esp82xx") || has(l, "cannot install esp based firmware"))
        return code("esp.diag.tuya_non_esp");
    if (has(l, "timed out while waiting for the device to (re)connect")
        || has(l, "no esp82xx based devices connected"))
        return code("esp.diag.tuya_convert_stalled");

    if (has(l, "~ld") || has(l, "flash read err"))
        return code("esp.diag.wrong_flash_mode");
    if (has(l, "please power cycle the device"))
        return code("esp.diag.power_cycle_between");
    if (has(l, "tasmotizer") && (has(l, "traceback") || has(l, "error") || has(l, "exception") || has(l, "line ")))
        return code("esp.diag.tasmotizer_gap");
    if ((has(l, "ch341") || has(l, "ch34x")) && (has(l, "error") || has(l, "failed") || has(l, "urb")))
        return code("esp.diag.ch340_driver");
    if (has(l, "wifimanager active for") || (has(l, "web server active on tasmota")))
        return code("esp.diag.after_flash_setup");
    if (has(l, "hash of data verified"))
        return code("esp.diag.log_success");
    return {};
}

}  // namespace fw::esp
