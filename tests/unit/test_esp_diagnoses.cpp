#include <catch2/catch.hpp>

#include "esp/EspDiagnoses.h"
#include "esp/EspImageCheck.h"
#include "esp/EspLogDiagnoser.h"
#include "esp/Errors.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QTranslator>

using fw::esp::EspDiagnoses;

namespace {

// Records the context of every lookup, to see the context the code really uses at run time.
class ContextRecorder : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        QMutexLocker lock(&m_mutex);
        m_contexts.insert(QString::fromUtf8(context));
        Q_UNUSED(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
    QSet<QString> contexts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_contexts;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_contexts;
};

struct Sample {
    const char *line;
    const char *code;  // "" when the line must not match anything
};

// Real lines from the user reports cited in esp.md §7.2 (issue numbers in the comments) and from
// the seeds; a few use the exact wording of newer esptool releases.
const Sample Samples[] = {
    // espressif/esptool#407, tasmota/tasmotizer#43
    {"esptool.FatalError: Failed to connect to ESP8266: Timed out waiting for packet header", "esp.diag.no_serial_data"},
    {"TRACE +0.121 Timed out waiting for packet header", "esp.diag.no_serial_data"},
    {"A fatal error occurred: Failed to connect to Espressif device: No serial data received.", "esp.diag.no_serial_data"},
    {"A fatal error occurred: Could not connect to an Espressif device on any of the 1 available serial ports.", "esp.diag.no_serial_data"},
    // espressif/esptool#724, #613
    {"A fatal error occurred: Failed to connect to Espressif device: Invalid head of packet (0xFC): Possible serial noise or corruption.", "esp.diag.invalid_packet_head"},
    {"A fatal error occurred: Invalid head of packet (0xE0)", "esp.diag.invalid_packet_head"},
    // pySerial on Linux; Windows (Jason2866/ESP_Flasher#52) where "Access is denied" means busy
    {"serial.serialutil.SerialException: [Errno 13] could not open port /dev/ttyUSB0: [Errno 13] Permission denied: '/dev/ttyUSB0'", "esp.diag.permission_denied"},
    {"Unexpected error: could not open port 'COM3': PermissionError(13, 'Access is denied.', None, 5)", "esp.diag.port_busy"},
    {"A fatal error occurred: Could not open /dev/tty.usbserial-21130, the port is busy or doesn't exist.", "esp.diag.port_busy"},
    {"([Errno 16] could not open port /dev/tty.usbserial-21130: [Errno 16] Resource busy: '/dev/tty.usbserial-21130')", "esp.diag.port_busy"},
    {"OSError: [Errno 16] Device or resource busy: '/dev/ttyUSB0'", "esp.diag.port_busy"},
    {"serial.serialutil.SerialException: [Errno 2] could not open port /dev/ttyUSB0: [Errno 2] No such file or directory: '/dev/ttyUSB0'", "esp.diag.port_missing"},
    // pySerial read failure (esptool 4.5.1 output), tasmota/tasmotizer#4 on macOS
    {"A serial exception error occurred: device reports readiness to read but returned no data (device disconnected or multiple access on port?)", "esp.diag.device_disconnected"},
    {"OSError: [Errno 6] Device not configured", "esp.diag.device_disconnected"},
    {"(Could not configure port: (5, 'Input/output error'))", "esp.diag.device_disconnected"},
    // dmesg with brltty (pop-os/pop#2475 and siblings)
    {"[  285.019333] usb 3-4.2: usbfs: interface 0 claimed by ch34x while 'brltty' sets config #1", "esp.diag.brltty"},
    {"[ 1286.323072] cp210x ttyUSB0: cp210x converter now disconnected from ttyUSB0", "esp.diag.device_disconnected"},
    // Windows CH340 driver 3.8 (espressif/esptool#879)
    {"A serial exception error occurred: Cannot configure port, something went wrong. Original message: PermissionError(13, 'Ein an das System angeschlossenes Gerät funktioniert nicht.', None, 31)", "esp.diag.ch340_driver"},
    // wrong chip: esptool 3 and esptool 5 wording
    {"A fatal error occurred: This chip is ESP32 not ESP8266. Wrong --chip argument?", "esp.diag.wrong_chip"},
    {"A fatal error occurred: This chip is ESP32-S3, not ESP32. Wrong chip argument?", "esp.diag.wrong_chip"},
    // verification (espressif/esptool#473, #510; esptool 5 wording)
    {"A fatal error occurred: MD5 of file does not match data in flash!", "esp.diag.md5_mismatch"},
    {"A fatal error occurred: Write failed, the written flash region is empty.", "esp.diag.flash_region_empty"},
    // loader status (espressif/esptool#280, #891; stub checksum error)
    {"A fatal error occurred: Failed to write to target RAM (result was 0107)", "esp.rom_error.0x07"},
    {"A fatal error occurred: Failed to write to target RAM (result was 01070000: Checksum error)", "esp.rom_error.0x07"},
    {"A fatal error occurred: Failed to write compressed data to flash after seq 12 (result was C100: Bad data checksum)", "esp.stub_error.0xc1"},
    {"A fatal error occurred: Failed to write to target Flash after seq 3 (result was 0108)", "esp.rom_error.0x08"},
    // mid-way failures (Jason2866/ESP_Flasher#52, espressif/esptool#201)
    {"Unexpected error: Error while writing flash: Packet content transfer stopped (received 2 bytes)", "esp.diag.transfer_stopped"},
    {"A fatal error occurred: Timed out waiting for packet content", "esp.diag.transfer_stopped"},
    {"A fatal error occurred: The chip stopped responding.", "esp.diag.unstable_power"},
    // boot mode and TX path (esptool loader messages; espressif/esptool#672)
    {"A fatal error occurred: Failed to connect to ESP32: Wrong boot mode detected (0x13)! The chip needs to be in download mode.", "esp.diag.not_in_download_mode"},
    {"A fatal error occurred: Failed to connect to ESP32-C3: Download mode successfully detected, but getting no sync reply: The serial TX path seems to be down.", "esp.diag.tx_path_down"},
    {"Warning: Could not auto-detect Flash size (FlashID=0xffffff, SizeID=0xff), defaulting to 4MB", "esp.diag.flash_not_detected"},
    {"A fatal error occurred: File images/one_kb.bin (length 1024) at offset 2621440 will not fit in 1048576 bytes of flash. Use --flash-size argument, or change flashing address.", "esp.diag.image_too_big"},
    // boot output after a wrong flash mode (OLIMEX/ESP32-EVB#10) and ESP8266 garbage
    {"flash read err, 1000", "esp.diag.wrong_flash_mode"},
    {"\x1f\x8b~ld\xc3\xbf", "esp.diag.wrong_flash_mode"},
    // tuya-convert: smarthack-psk.log (ct-Open-Source/tuya-convert#879, #363) and its scripts
    {"ID: 0242416f68626d64366147393149465231d8cb03f0594c021f20c1db770867464fef08e5151e38aa08e8b8bebecff198b4", "esp.diag.tuya_psk_02"},
    {"ID: 0142416f68626d64366147393149465231e5f2163c8d55a11647e466b09da765065f232cf363519254ea3442bc66f872ef44", ""},
    {"Your device's firmware is too new.", "esp.diag.tuya_psk_02"},
    {"Timed out while waiting for the device to (re)connect", "esp.diag.tuya_convert_stalled"},
    {"WARNING: it appears this device does not use an ESP82xx and therefore cannot install ESP based firmware", "esp.diag.tuya_non_esp"},
    // seed 001: Tasmota's first boot after a good flash
    {"00:00:00 WIF: WifiManager active for 3 minutes", "esp.diag.after_flash_setup"},
    {"00:00:00 HTP: Web server active on tasmota_C242D5-0725 with IP address 192.168.4.1", "esp.diag.after_flash_setup"},
    {"Hash of data verified.", "esp.diag.log_success"},
    // Tasmotizer's prompt between backup and write
    {"Please power cycle the device, wait a moment and press OK", "esp.diag.power_cycle_between"},
    {"  File \"/usr/local/lib/python3.7/site-packages/tasmotizer.py\", line 69, in run", "esp.diag.tasmotizer_gap"},
    // ordinary lines
    {"Chip is ESP8266EX", ""},
    {"Uploading stub...", ""},
    {"Connecting........_____....._____....._____", ""},
    {"bash: ./start_flash.sh: Permission denied", ""},
    {"", ""},
};

}  // namespace

TEST_CASE("every ESP diagnosis has a summary, ranked causes and a next step", "[unit][esp]")
{
    const QStringList codes = EspDiagnoses::codes();
    REQUIRE(codes.size() >= 28);
    CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == codes.size());
    for (const QString &code : codes) {
        INFO(code.toStdString());
        CHECK(code.startsWith(QLatin1String("esp.diag.")));
        const fw::core::Diagnosis d = EspDiagnoses::byCode(code);
        CHECK(d.code == code);
        CHECK_FALSE(d.summary.isEmpty());
        CHECK_FALSE(d.causes.isEmpty());
        CHECK_FALSE(d.nextStep.isEmpty());
        for (const QString &c : d.causes)
            CHECK_FALSE(c.isEmpty());
    }
}

TEST_CASE("all twelve recurring ESP/Tuya complaints of esp.md 7.2 have a diagnosis", "[unit][esp]")
{
    const char *twelve[] = {"esp.diag.no_serial_data", "esp.diag.invalid_packet_head", "esp.diag.brltty",
                            "esp.diag.ch340_driver", "esp.diag.permission_denied", "esp.diag.wrong_flash_mode",
                            "esp.diag.unstable_power", "esp.diag.compressed_timeout", "esp.diag.tasmotizer_gap",
                            "esp.diag.tuya_convert_stalled", "esp.diag.after_flash_setup",
                            "esp.diag.power_cycle_between"};
    for (const char *c : twelve) {
        INFO(c);
        CHECK_FALSE(EspDiagnoses::byCode(QString::fromLatin1(c)).isEmpty());
    }
    // The remedies the fact sheet asks the wizard to offer.
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.no_serial_data")).nextStep.contains(QLatin1String("GPIO0")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.permission_denied")).nextStep.contains(QLatin1String("usermod -aG dialout")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.brltty")).nextStep.contains(QLatin1String("apt remove brltty")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.wrong_flash_mode")).nextStep.contains(QLatin1String("DOUT")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.unstable_power")).nextStep.contains(QLatin1String("300 mA")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.tuya_convert_stalled")).nextStep.contains(QLatin1String("tuya-cloudcutter")));
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.after_flash_setup")).nextStep.contains(QLatin1String("3 minutes")));
}

TEST_CASE("loader status codes are looked up through the ROM and stub error tables", "[unit][esp]")
{
    CHECK(EspDiagnoses::codeForLoaderStatus(u"C100") == QLatin1String("esp.stub_error.0xc1"));
    CHECK(EspDiagnoses::codeForLoaderStatus(u"0107") == QLatin1String("esp.rom_error.0x07"));
    CHECK(EspDiagnoses::codeForLoaderStatus(u"01070000") == QLatin1String("esp.rom_error.0x07"));
    CHECK(EspDiagnoses::codeForLoaderStatus(u"0108") == QLatin1String("esp.rom_error.0x08"));
    CHECK(EspDiagnoses::codeForLoaderStatus(u"0000").isEmpty());
    CHECK(EspDiagnoses::codeForLoaderStatus(u"zz00").isEmpty());
    CHECK(EspDiagnoses::codeForLoaderStatus(u"010").isEmpty());

    const fw::core::Diagnosis rom = EspDiagnoses::byCode(QStringLiteral("esp.rom_error.0x07"));
    CHECK(rom.code == fw::esp::Errors::romError(0x07).code);
    CHECK(rom.summary == fw::esp::Errors::romError(0x07).summary);
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.stub_error.0xc1")).summary == fw::esp::Errors::stubError(0xC1).summary);
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.rom_error.0xzz")).isEmpty());
    CHECK(EspDiagnoses::byCode(QStringLiteral("esp.diag.no_such_thing")).isEmpty());
    CHECK(EspDiagnoses::byCode(QString()).isEmpty());
}

TEST_CASE("the line matcher recognises real esptool, Tasmotizer and tuya-convert lines", "[unit][esp]")
{
    for (const Sample &s : Samples) {
        const QString line = QString::fromUtf8(s.line);
        INFO(s.line);
        CHECK(EspDiagnoses::matchLine(line) == QString::fromLatin1(s.code));
        // Case and surrounding decoration do not matter.
        if (*s.code)
            CHECK(EspDiagnoses::matchLine(QString(QStringLiteral("[12:00:01] ") + line.toUpper())) == QString::fromLatin1(s.code));
    }
}

TEST_CASE("decisive findings outrank generic ones, informational ones are not problems", "[unit][esp]")
{
    const auto p = [](const char *c) { return EspDiagnoses::priority(QString::fromLatin1(c)); };
    CHECK(p("esp.diag.permission_denied") > p("esp.diag.no_serial_data"));
    CHECK(p("esp.diag.brltty") > p("esp.diag.device_disconnected"));
    CHECK(p("esp.diag.port_busy") > p("esp.diag.no_serial_data"));
    CHECK(p("esp.diag.wrong_chip") > p("esp.diag.invalid_packet_head"));
    CHECK(p("esp.diag.tuya_psk_02") > p("esp.diag.tuya_convert_stalled"));
    CHECK(p("esp.rom_error.0x07") > p("esp.diag.unstable_power"));
    CHECK(p("esp.diag.flash_region_empty") > p("esp.diag.md5_mismatch"));
    CHECK(p("esp.diag.unstable_power") > p("esp.diag.no_serial_data"));
    CHECK(p("esp.diag.log_success") < p("esp.diag.ch340_driver"));
    CHECK_FALSE(EspDiagnoses::isProblem(QStringLiteral("esp.diag.after_flash_setup")));
    CHECK_FALSE(EspDiagnoses::isProblem(QStringLiteral("esp.diag.log_success")));
    CHECK(EspDiagnoses::isProblem(QStringLiteral("esp.diag.md5_mismatch")));
    CHECK(EspDiagnoses::isProblem(QStringLiteral("esp.stub_error.0xc1")));
}

TEST_CASE("ESP diagnosis, log and image-check texts are looked up under their class's context", "[unit][esp][i18n]")
{
    ContextRecorder recorder;
    QCoreApplication::installTranslator(&recorder);
    for (const QString &code : EspDiagnoses::codes())
        (void)EspDiagnoses::byCode(code);
    const QSet<QString> diagnoses = recorder.contexts();

    // Facts (labels) and a file error from the log reader; refusals and warnings of the image check.
    (void)fw::esp::EspLogDiagnoser::diagnoseText(QStringLiteral("esptool.py v2.8\nChip is ESP8266EX\nStub running...\n"));
    try {
        fw::esp::EspLogDiagnoser::diagnoseFile(QStringLiteral("/nonexistent/esptool.log"));
    } catch (const fw::core::JobError &) {
    }
    fw::esp::EspIdentity id;
    id.chip = fw::esp::ChipKind::Esp8285;
    id.flashSize = 1024 * 1024;
    (void)fw::esp::checkImageForDevice(QByteArray(8192, char(0xFF)), 0x10, id).refusal();
    (void)fw::esp::checkImageForDevice(QByteArray(4096 * 1024, char(0xFF)), 0, id);
    QCoreApplication::removeTranslator(&recorder);

    CHECK(diagnoses == QSet<QString>{QStringLiteral("fw::esp::EspDiagnoses")});
    const QSet<QString> all = recorder.contexts();
    CHECK(all.contains(QStringLiteral("fw::esp::EspLogDiagnoser")));
    CHECK(all.contains(QStringLiteral("fw::esp::EspImageCheck")));
    const QSet<QString> allowed{QStringLiteral("fw::esp::EspDiagnoses"), QStringLiteral("fw::esp::EspLogDiagnoser"),
                                QStringLiteral("fw::esp::EspImageCheck"), QStringLiteral("fw::esp::ImageInfo"),
                                QStringLiteral("fw::esp::EspIdentity"), QStringLiteral("fw::esp::Errors")};
    for (const QString &c : all) {
        INFO(c.toStdString());
        CHECK(allowed.contains(c));
    }
}
