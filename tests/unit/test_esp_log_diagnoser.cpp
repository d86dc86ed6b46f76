#include <catch2/catch.hpp>

#include "esp/EspLogDiagnoser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringConverter>
#include <QTemporaryDir>

#include <unistd.h>

using namespace fw::esp;

namespace {

QString lines(std::initializer_list<const char *> l)
{
    QString out;
    for (const char *s : l)
        out += QString::fromUtf8(s) + QLatin1Char('\n');
    return out;
}

QStringList codesOf(const EspLogReport &r)
{
    QStringList out;
    for (const EspLogFinding &f : r.findings)
        out << f.diagnosis.code;
    return out;
}

// seed 001 (ct-Open-Source/tuya-convert#850): a TYWE3S plug flashed by wire with esptool v3.0.
const QString Seed001 = lines({
    "$ esptool.py write_flash -fs 1MB -fm dout 0x0 tasmota.bin",
    "esptool.py v3.0",
    "Found 3 serial ports",
    "Serial port /dev/cu.usbserial-A50285BI",
    "Connecting....",
    "Detecting chip type... ESP8266",
    "Chip is ESP8266EX",
    "Features: WiFi",
    "Crystal is 26MHz",
    "MAC: 98:f4:ab:c2:42:d5",
    "Uploading stub...",
    "Running stub...",
    "Stub running...",
    "Configuring flash size...",
    "Compressed 600960 bytes to 428969...",
    "Wrote 600960 bytes (428969 compressed) at 0x00000000 in 37.9 seconds (effective 126.7 kbit/s)...",
    "Hash of data verified.",
    "",
    "Leaving...",
    "Hard resetting via RTS pin...",
    "00:00:00 CFG: Loaded from flash at F9, Count 3",
    "00:00:00 QPC: Count 3",
    "00:00:00 Project tasmota Tasmota Version 9.2.0(tasmota)-2_7_4_9(2020-12-21T15:03:40)",
    "00:00:00 WIF: WifiManager active for 3 minutes",
    "00:00:00 HTP: Web server active on tasmota_C242D5-0725 with IP address 192.168.4.1",
    "00:00:06 QPC: Reset",
});

// espressif/esptool#533: restoring a Sonoff backup fails after the data was sent.
const QString Esptool533 = lines({
    "c:\\esptool>esptool.py --port COM7 --baud 115200 write_flash -fs 1MB -fm dout -ff 40m 0x0 sonoff_sv6.bin",
    "esptool.py v2.8",
    "Serial port COM7",
    "Connecting....",
    "Detecting chip type... ESP8266",
    "Chip is ESP8266EX",
    "Features: WiFi",
    "Crystal is 26MHz",
    "MAC: bc:dd:c2:44:86:c1",
    "Uploading stub...",
    "Running stub...",
    "Stub running...",
    "Configuring flash size...",
    "Flash params set to 0x0320",
    "Compressed 1048576 bytes to 319796...",
    "Wrote 1048576 bytes (319796 compressed) at 0x00000000 in 34.6 seconds (effective 242.6 kbit/s)...",
    "",
    "A fatal error occurred: Timed out waiting for packet header",
});

}  // namespace

TEST_CASE("seed 001: a good flash is recognised, with Tasmota's set-up hints and the device facts", "[unit][esp]")
{
    const EspLogReport r = EspLogDiagnoser::diagnoseText(Seed001);
    REQUIRE(r.recognised());
    CHECK_FALSE(r.hasProblem());
    CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.after_flash_setup"), QStringLiteral("esp.diag.log_success")});
    const EspLogFinding *setup = r.find(QStringLiteral("esp.diag.after_flash_setup"));
    REQUIRE(setup);
    REQUIRE(setup->lines.size() == 2);
    CHECK(setup->lines[0].number == 24);
    CHECK(setup->lines[0].text == QLatin1String("00:00:00 WIF: WifiManager active for 3 minutes"));
    CHECK(setup->lines[1].number == 25);
    CHECK(r.find(QStringLiteral("esp.diag.log_success"))->lines[0].number == 17);

    CHECK(r.tool == QLatin1String("esptool"));
    CHECK(r.fact(QStringLiteral("esptool_version")) == QLatin1String("3.0"));
    CHECK(r.fact(QStringLiteral("port")) == QLatin1String("/dev/cu.usbserial-A50285BI"));
    CHECK(r.fact(QStringLiteral("chip")) == QLatin1String("ESP8266EX"));
    CHECK(r.fact(QStringLiteral("features")) == QLatin1String("WiFi"));
    CHECK(r.fact(QStringLiteral("crystal")) == QLatin1String("26 MHz"));
    CHECK(r.fact(QStringLiteral("mac")) == QLatin1String("98:F4:AB:C2:42:D5"));
    CHECK(r.fact(QStringLiteral("flash_size")) == QLatin1String("1MB"));
    CHECK(r.fact(QStringLiteral("flash_mode")) == QLatin1String("DOUT"));
    CHECK(r.fact(QStringLiteral("loader")) == QLatin1String("flasher stub"));
    CHECK(r.linesRead == 26);
    // Facts come with the line that states them, in a fixed order.
    REQUIRE_FALSE(r.facts.isEmpty());
    CHECK(r.facts.first().key == QLatin1String("tool"));
    for (const EspLogFact &f : r.facts) {
        if (f.key == QLatin1String("mac"))
            CHECK(f.line == 10);
        CHECK_FALSE(f.label.isEmpty());
    }
}

TEST_CASE("a denied port outranks a generic connect failure that comes first", "[unit][esp]")
{
    const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
        "esptool.py v2.8",
        "Serial port /dev/ttyS0",
        "Connecting........_____....._____....._____....._____....._____....._____....._____",
        "A fatal error occurred: Failed to connect to ESP8266: Timed out waiting for packet header",
        "esptool.py v2.8",
        "Serial port /dev/ttyUSB0",
        "serial.serialutil.SerialException: [Errno 13] could not open port /dev/ttyUSB0: [Errno 13] Permission denied: '/dev/ttyUSB0'",
    }));
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].diagnosis.code == QLatin1String("esp.diag.permission_denied"));
    CHECK(r.findings[0].lines.value(0).number == 7);
    CHECK(r.findings[1].diagnosis.code == QLatin1String("esp.diag.no_serial_data"));
    CHECK(r.findings[1].lines.value(0).number == 4);
    CHECK(r.findings[0].priority > r.findings[1].priority);
}

TEST_CASE("a timeout means different things before connecting, after a speed change and while writing", "[unit][esp]")
{
    SECTION("espressif/esptool#533: after the data was sent it is the power or wiring")
    {
        const EspLogReport r = EspLogDiagnoser::diagnoseText(Esptool533);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].diagnosis.code == QLatin1String("esp.diag.unstable_power"));
        CHECK(r.findings[0].lines[0].number == 18);
        CHECK(r.fact(QStringLiteral("flash_mode")) == QLatin1String("DOUT"));
        CHECK(r.fact(QStringLiteral("flash_size")) == QLatin1String("1MB"));
        CHECK(r.fact(QStringLiteral("baud")) == QLatin1String("115200"));
        CHECK(r.fact(QStringLiteral("mac")) == QLatin1String("BC:DD:C2:44:86:C1"));
        CHECK(r.fact(QStringLiteral("esptool_version")) == QLatin1String("2.8"));
    }
    SECTION("espressif/esptool#581: a highly compressible image outruns the timeout")
    {
        const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
            "esptool.py v3.0",
            "Serial port /dev/ttyS6",
            "Connecting....",
            "Chip is ESP8266EX",
            "Stub running...",
            "Configuring flash size...",
            "Compressed 131072 bytes to 305...",
            "Wrote 131072 bytes (305 compressed) at 0x000db000 in 0.0 seconds (effective 32779.2 kbit/s)...",
            "",
            "A fatal error occurred: Timed out waiting for packet header",
        }));
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.compressed_timeout")});
    }
    SECTION("espressif/esptool#145: right after raising the speed it is the speed")
    {
        const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
            "$ esptool.py -p /dev/tty.wchusbserial1420 --baud 460800 write_flash -fs 4MB -fm qio -ff 40m",
            "esptool.py v2.0-dev",
            "Connecting...",
            "Detecting chip type... ESP8266",
            "Uploading stub...",
            "Running stub...",
            "Stub running...",
            "Changing baud rate to 460800",
            "Changed.",
            "Attaching SPI flash...",
            "Configuring flash size...",
            "",
            "A fatal error occurred: Timed out waiting for packet header",
        }));
        // The CH340 adapter (wchusbserial) is named as a further suspect.
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.baud_too_high"), QStringLiteral("esp.diag.ch340_driver")});
        CHECK(r.find(QStringLiteral("esp.diag.ch340_driver"))->lines[0].number == 1);
        CHECK(r.fact(QStringLiteral("baud")) == QLatin1String("460800"));
    }
    SECTION("a4vgx7b2M/gaggiuino-esp32-loader#1: the flash check fails right after 921600")
    {
        const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
            "esptool.py v4.8.1",
            "Serial port /dev/cu.usbserial-11440",
            "Connecting....",
            "Detecting chip type... ESP32-S3",
            "Chip is ESP32-S3 (QFN56) (revision v0.2)",
            "Stub running...",
            "Changing baud rate to 921600",
            "Changed.",
            "",
            "A fatal error occurred: Unable to verify flash chip connection (No serial data received.).",
        }));
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.baud_too_high")});
        CHECK(r.fact(QStringLiteral("chip")) == QLatin1String("ESP32-S3 (QFN56) (revision v0.2)"));
    }
    SECTION("tasmota/tasmotizer#43: before any answer it is wiring or boot mode")
    {
        const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
            "$ tasmotizer.py",
            "esptool.py v2.8",
            "Serial port /dev/ttyS0",
            "Connecting........_____....._____....._____....._____....._____....._____....._____",
            "Failed to connect to ESP8266: Timed out waiting for packet header",
        }));
        CHECK(r.tool == QLatin1String("Tasmotizer"));
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.no_serial_data")});
    }
}

TEST_CASE("boot text from flash explains a failed connect: the chip was not in download mode", "[unit][esp]")
{
    // ESP8266 boot text as quoted in espressif/esptool#494; ESP32 boot text from OLIMEX/ESP32-EVB#10.
    for (const char *boot : {"ets Jan  8 2013,rst cause:2, boot mode:(3,6)",
                             "rst:0x1 (POWERON_RESET),boot:0x1b (SPI_FAST_FLASH_BOOT)"}) {
        INFO(boot);
        const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
            "esptool.py v2.8",
            boot,
            "A fatal error occurred: Failed to connect to ESP8266: Timed out waiting for packet header",
        }));
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.not_in_download_mode"), QStringLiteral("esp.diag.no_serial_data")});
        CHECK(r.findings[0].lines[0].number == 2);
    }
    // The same boot text after a good flash is no problem at all.
    CHECK_FALSE(EspLogDiagnoser::diagnoseText(QStringLiteral("ets Jan  8 2013,rst cause:2, boot mode:(3,6)\n")).recognised());
}

TEST_CASE("a second run that cannot connect after a reset points at the missing power cycle", "[unit][esp]")
{
    // tasmota/tasmotizer#4: backup works, then the write run cannot reach the chip any more.
    const QString backup = lines({
        "esptool.py v2.8",
        "Serial port /dev/tty.usbserial-1412210",
        "Connecting....",
        "Chip is ESP8285",
        "Features: WiFi, Embedded Flash",
        "MAC: 2c:f4:32:aa:7d:57",
        "Stub running...",
        "Read 1048576 bytes at 0x0 in 95.7 seconds (87.7 kbit/s)...",
        "Hard resetting via RTS pin...",
        "esptool.py v2.8",
        "Serial port /dev/tty.usbserial-1412210",
        "Connecting........_____",
    });
    const EspLogReport timeout = EspLogDiagnoser::diagnoseText(
        backup + QStringLiteral("A fatal error occurred: Failed to connect to ESP8266: Timed out waiting for packet header\n"));
    CHECK(codesOf(timeout) == QStringList{QStringLiteral("esp.diag.power_cycle_between")});
    CHECK(timeout.fact(QStringLiteral("chip")) == QLatin1String("ESP8285"));

    const EspLogReport unplugged = EspLogDiagnoser::diagnoseText(backup + QStringLiteral("OSError: [Errno 6] Device not configured\n"));
    CHECK(codesOf(unplugged) == QStringList{QStringLiteral("esp.diag.device_disconnected")});
}

TEST_CASE("an ESP32 given to Tasmotizer is named as the root cause", "[unit][esp]")
{
    // tasmota/tasmotizer#62: "connected", then "Invalid head of packet".
    const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
        "$ tasmotizer.py",
        "esptool.py v2.8",
        "Serial port COM4",
        "Connecting....",
        "Chip is ESP32D0WDQ6 (revision 1)",
        "A fatal error occurred: Invalid head of packet (0xE0)",
    }));
    REQUIRE(r.findings.size() >= 2);
    CHECK(r.findings[0].diagnosis.code == QLatin1String("esp.diag.wrong_chip"));
    CHECK(r.findings[0].lines[0].number == 5);
    CHECK(r.find(QStringLiteral("esp.diag.invalid_packet_head")));

    const EspLogReport v3 = EspLogDiagnoser::diagnoseText(
        QStringLiteral("A fatal error occurred: This chip is ESP32 not ESP8266. Wrong --chip argument?\n"));
    CHECK(codesOf(v3) == QStringList{QStringLiteral("esp.diag.wrong_chip")});
    CHECK(v3.fact(QStringLiteral("chip")) == QLatin1String("ESP32"));
}

TEST_CASE("a checksum mismatch against an erased flash is read as an empty write", "[unit][esp]")
{
    // espressif/esptool#510 (a real mismatch), then the same lines when the flash stayed empty.
    const QString real = lines({
        "esptool.py v2.8",
        "Chip is ESP8266EX",
        "Stub running...",
        "Compressed 362496 bytes to 257370...",
        "Wrote 362496 bytes (257370 compressed) at 0x00000000 in 22.8 seconds (effective 127.3 kbit/s)...",
        "File  md5: 2823c8a64862c8fd1465115abeded515",
        "Flash md5: 825451623e307da01ae4c83c868bd246",
        "MD5 of 0xFF is 27846d141758ea4ad678a3f5bfa1b9b8",
        "",
        "A fatal error occurred: MD5 of file does not match data in flash!",
    });
    CHECK(codesOf(EspLogDiagnoser::diagnoseText(real)) == QStringList{QStringLiteral("esp.diag.md5_mismatch")});
    QString empty = real;
    empty.replace(QLatin1String("Flash md5: 825451623e307da01ae4c83c868bd246"),
                  QLatin1String("Flash md5: 27846d141758ea4ad678a3f5bfa1b9b8"));
    CHECK(codesOf(EspLogDiagnoser::diagnoseText(empty)) == QStringList{QStringLiteral("esp.diag.flash_region_empty")});
}

TEST_CASE("esptool v5 wording: facts and the empty-region failure", "[unit][esp]")
{
    // Lines in the format esptool v5 prints (esptool/__init__.py, loader.py, cmds.py).
    const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
        "esptool v5.1.0",
        "Serial port /dev/ttyUSB0:",
        "Connecting....",
        "Connected to ESP8266 on /dev/ttyUSB0:",
        "Chip type:          ESP8266EX",
        "Features:           Wi-Fi, 160MHz",
        "Crystal frequency:  26MHz",
        "MAC:                98:f4:ab:c2:42:d5",
        "",
        "Uploading stub flasher...",
        "Running stub flasher...",
        "Stub flasher running.",
        "Changing baud rate to 460800...",
        "Changed.",
        "Configuring flash size...",
        "Flash parameters set to 0x0320.",
        "Wrote 600960 bytes (428969 compressed) at 0x00000000 in 10.9 seconds (441.1 kbit/s).",
        "Verifying written data...",
        "A fatal error occurred: Write failed, the written flash region is empty.",
    }));
    CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.flash_region_empty")});
    CHECK(r.fact(QStringLiteral("esptool_version")) == QLatin1String("5.1.0"));
    CHECK(r.fact(QStringLiteral("port")) == QLatin1String("/dev/ttyUSB0"));
    CHECK(r.fact(QStringLiteral("chip")) == QLatin1String("ESP8266EX"));
    CHECK(r.fact(QStringLiteral("crystal")) == QLatin1String("26 MHz"));
    CHECK(r.fact(QStringLiteral("mac")) == QLatin1String("98:F4:AB:C2:42:D5"));
    CHECK(r.fact(QStringLiteral("baud")) == QLatin1String("460800"));
    CHECK(r.fact(QStringLiteral("flash_mode")) == QLatin1String("DOUT"));
    CHECK(r.fact(QStringLiteral("flash_size")) == QLatin1String("1MB"));
    CHECK(r.fact(QStringLiteral("loader")) == QLatin1String("flasher stub"));
}

TEST_CASE("the ESP8266 ROM loader is reported when no stub ran", "[unit][esp]")
{
    // espressif/esptool#380 with --no-stub.
    const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
        "d:/xtools/bin/esptool.py --no-stub -p /dev/ttyS3 -b 460800 write_flash -ff 40m -fm qio -fs 4MB-c1 0x01000 firmware/upgrade/user1.4096.new.6.bin",
        "esptool.py v2.6-beta1",
        "Serial port /dev/ttyS3",
        "Connecting....",
        "Detecting chip type... ESP8266",
        "Chip is ESP8266EX",
        "MAC: 5c:cf:7f:02:9a:b7",
        "WARNING: ROM doesn't support changing baud rate. Keeping initial baud rate 115200",
        "Wrote 236544 bytes at 0x00001000 in 24.9 seconds (75.9 kbit/s)...",
        "Leaving...",
        "Hard resetting via RTS pin...",
    }));
    CHECK_FALSE(r.recognised());
    CHECK(r.fact(QStringLiteral("loader")) == QLatin1String("boot ROM (no flasher stub)"));
    CHECK(r.fact(QStringLiteral("baud")) == QLatin1String("115200"));
    CHECK(r.fact(QStringLiteral("flash_mode")) == QLatin1String("QIO"));
    CHECK(r.fact(QStringLiteral("flash_size")) == QLatin1String("4MB-c1"));
    CHECK(r.fact(QStringLiteral("esptool_version")) == QLatin1String("2.6-beta1"));
}

TEST_CASE("tuya-convert logs: a patched firmware and a stalled conversion", "[unit][esp]")
{
    // ct-Open-Source/tuya-convert#1121 (start_flash.sh) and #879 (smarthack-psk.log).
    const QString stalled = lines({
        "tuya-convert v2.4.5",
        "Starting smart config pairing procedure",
        "Sending SSID                  vtrust-flash",
        "SmartConfig complete.",
        "Timed out while waiting for the device to (re)connect",
        "======================================================",
        "Attempting to diagnose the issue...",
        "An ESP82xx based device connected according to your wifi log.",
    });
    const EspLogReport r = EspLogDiagnoser::diagnoseText(stalled);
    CHECK(r.tool == QLatin1String("tuya-convert"));
    CHECK(r.fact(QStringLiteral("tool")) == QLatin1String("tuya-convert v2.4.5"));
    CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.tuya_convert_stalled")});

    const QString psk = lines({
        "new client on port 443 from 10.42.42.16:65095",
        "ID: 0242416f68626d64366147393149465231d8cb03f0594c021f20c1db770867464fef08e5151e38aa08e8b8bebecff198b4",
        "PSK: f55c2d69f8e2c634625c25201d16a3a3cb73846c509a0a11ddba865dd4e2d2a1",
        "could not establish sslpsk socket: [SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] decryption failed or bad record mac (_ssl.c:1056)",
    });
    const EspLogReport both = EspLogDiagnoser::diagnoseText(stalled + psk);
    REQUIRE(both.findings.size() == 2);
    CHECK(both.findings[0].diagnosis.code == QLatin1String("esp.diag.tuya_psk_02"));
    CHECK(both.findings[0].lines[0].number == 10);
}

TEST_CASE("brltty taking the adapter is found in a dmesg paste", "[unit][esp]")
{
    // Joshua-Riek/ubuntu-rockchip#621
    const EspLogReport r = EspLogDiagnoser::diagnoseText(lines({
        "[   53.619879] ch341 5-1.4:1.0: ch341-uart converter detected",
        "[   53.620472] usb 5-1.4: ch341-uart converter now attached to ttyUSB0",
        "[   54.186702] input: BRLTTY 6.4 Linux Screen Driver Keyboard as /devices/virtual/input/input22",
        "[   54.191471] usb 5-1.4: usbfs: interface 0 claimed by ch341 while 'brltty' sets config #1",
        "[   54.192141] ch341-uart ttyUSB0: ch341-uart converter now disconnected from ttyUSB0",
        "[   54.192167] ch341 5-1.4:1.0: device disconnected",
    }));
    REQUIRE_FALSE(r.findings.isEmpty());
    CHECK(r.findings[0].diagnosis.code == QLatin1String("esp.diag.brltty"));
    CHECK(r.findings[0].lines[0].number == 4);
    CHECK(r.find(QStringLiteral("esp.diag.device_disconnected")));
}

TEST_CASE("an ambiguous 'busy or does not exist' follows the reason on the next line", "[unit][esp]")
{
    const EspLogReport missing = EspLogDiagnoser::diagnoseText(lines({
        "A fatal error occurred: Could not open /dev/ttyUSB0, the port is busy or doesn't exist.",
        "([Errno 2] could not open port /dev/ttyUSB0: [Errno 2] No such file or directory: '/dev/ttyUSB0')",
    }));
    CHECK(codesOf(missing) == QStringList{QStringLiteral("esp.diag.port_missing")});
    CHECK(missing.findings[0].lines.size() == 2);
    const EspLogReport alone = EspLogDiagnoser::diagnoseText(
        QStringLiteral("A fatal error occurred: Could not open /dev/ttyUSB0, the port is busy or doesn't exist.\n"));
    CHECK(codesOf(alone) == QStringList{QStringLiteral("esp.diag.port_busy")});
}

TEST_CASE("CRLF, colour codes, timestamps and progress carriage returns are read through", "[unit][esp]")
{
    const QByteArray log = "[13:57:41] esptool.py v4.5.1\r\n"
                           "[13:57:42] \x1b[0;33mWriting at 0x00000000... (6 %)\rWriting at 0x00004000... (12 %)\r\n"
                           "[13:57:43] \x1b[31mA fatal error occurred: Packet content transfer stopped (received 8 bytes)\x1b[0m\r\n";
    EspLogDiagnoser d;
    d.feed(log);
    const EspLogReport r = d.finish();
    REQUIRE(codesOf(r) == QStringList{QStringLiteral("esp.diag.transfer_stopped")});
    const EspLogLine &line = r.findings[0].lines[0];
    CHECK(line.number == 3);
    CHECK(line.text == QLatin1String("[13:57:43] A fatal error occurred: Packet content transfer stopped (received 8 bytes)"));
    CHECK(r.linesRead == 3);
}

TEST_CASE("the result does not depend on how the bytes are chunked", "[unit][esp]")
{
    const QByteArray bytes = Esptool533.toUtf8() + QByteArray("\xe2\x82\xac ~ld \xe2\x82\xac\n");
    const EspLogReport whole = EspLogDiagnoser::diagnoseText(QString::fromUtf8(bytes));
    EspLogDiagnoser d;
    for (char c : bytes)
        d.feed(QByteArrayView(&c, 1));
    const EspLogReport piecewise = d.finish();
    CHECK(codesOf(piecewise) == codesOf(whole));
    CHECK(piecewise.toVariant() == whole.toVariant());
    // finish() leaves the diagnoser ready for the next log.
    d.feed(QByteArray("A fatal error occurred: The chip stopped responding.\n"));
    CHECK(codesOf(d.finish()) == QStringList{QStringLiteral("esp.diag.unstable_power")});
}

TEST_CASE("a PowerShell log in UTF-16 is read like UTF-8", "[unit][esp]")
{
    const QString text = QStringLiteral("esptool.py v2.8\r\nA fatal error occurred: MD5 of file does not match data in flash!\r\n");
    QStringEncoder le(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray withBom = le.encode(text);
    REQUIRE(quint8(withBom[0]) == 0xFF);
    EspLogDiagnoser d;
    d.feed(withBom);
    EspLogReport r = d.finish();
    CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.md5_mismatch")});
    CHECK(r.findings[0].lines[0].number == 2);

    QStringEncoder noBom(QStringConverter::Utf16LE);
    const QByteArray plain = noBom.encode(text);
    d.feed(plain);
    r = d.finish();
    CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.md5_mismatch")});
}

TEST_CASE("binary junk, endless lines and huge logs neither crash nor eat memory", "[unit][esp]")
{
    SECTION("random bytes around one real line")
    {
        QRandomGenerator rng(1234);
        QByteArray junk(1 << 20, Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        const QByteArray log = junk + "\nA fatal error occurred: The chip stopped responding.\n" + junk;
        EspLogDiagnoser d;
        d.feed(log);
        const EspLogReport r = d.finish();
        REQUIRE(r.find(QStringLiteral("esp.diag.unstable_power")));
        for (const EspLogFinding &f : r.findings)
            for (const EspLogLine &l : f.lines) {
                CHECK(l.text.size() <= 301);
                for (QChar c : l.text)
                    CHECK((c.unicode() >= 0x20 || c == QLatin1Char('\t')));
            }
    }
    SECTION("a line of 100 000 characters is cut, the next line still counts")
    {
        const QByteArray log = QByteArray(100000, 'x') + "Timed out waiting for packet header\n"
                               + "A fatal error occurred: The chip stopped responding.\n";
        const EspLogReport r = EspLogDiagnoser::diagnoseText(QString::fromLatin1(log));
        CHECK(r.linesRead == 2);
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.unstable_power")});
        CHECK(r.findings[0].lines[0].number == 2);
    }
    SECTION("reading stops at maxBytes and says so")
    {
        EspLogDiagnoser::Options o;
        o.maxBytes = 64 * 1024;
        QByteArray filler;
        while (filler.size() < 3 * o.maxBytes)
            filler += "Writing at 0x00004000... (12 %)\n";
        const QByteArray log = "A fatal error occurred: MD5 of file does not match data in flash!\n" + filler
                               + "A fatal error occurred: The chip stopped responding.\n";
        QBuffer buffer;
        buffer.setData(log);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        const EspLogReport r = EspLogDiagnoser::diagnoseDevice(buffer, o);
        CHECK(r.truncated);
        CHECK(r.bytesRead == o.maxBytes);
        CHECK(codesOf(r) == QStringList{QStringLiteral("esp.diag.md5_mismatch")});
    }
    SECTION("repeated hits keep only a few lines but count them all")
    {
        QString log;
        for (int i = 0; i < 1000; ++i)
            log += QStringLiteral("TRACE +0.121 Timed out waiting for packet header\n");
        const EspLogReport r = EspLogDiagnoser::diagnoseText(log);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].hits == 1000);
        CHECK(r.findings[0].lines.size() == 5);
    }
}

TEST_CASE("an empty or unrelated log gives a clear 'nothing recognised'", "[unit][esp]")
{
    const EspLogReport empty = EspLogDiagnoser::diagnoseText(QString());
    CHECK_FALSE(empty.recognised());
    CHECK(empty.linesRead == 0);
    CHECK(empty.facts.isEmpty());
    // seed 000: a deCONZ OTA log has nothing to do with ESP flashing.
    const EspLogReport other = EspLogDiagnoser::diagnoseText(lines({
        "15:56:09:147 OTAU: send img notify to 0x00047400015A707E",
        "15:56:15:109 OTAU: upgrade end req: status: 0x96, fwVersion:0x004145FF, imgType: 0x000F",
    }));
    CHECK_FALSE(other.recognised());
    CHECK(other.linesRead == 2);
    const fw::core::Diagnosis d = EspLogReport::nothingRecognised();
    CHECK(d.code == QLatin1String("esp.diag.nothing_recognised"));
    CHECK_FALSE(d.nextStep.isEmpty());
    const QVariantMap v = other.toVariant();
    CHECK(v.value(QStringLiteral("recognised")).toBool() == false);
    CHECK(v.value(QStringLiteral("findings")).toList().isEmpty());
}

TEST_CASE("log files that cannot be read fail with a file diagnosis", "[unit][esp]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto codeFor = [](const QString &path) {
        try {
            EspLogDiagnoser::diagnoseFile(path);
        } catch (const fw::core::JobError &e) {
            CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
            return e.diagnosis().code;
        }
        return QString();
    };
    CHECK(codeFor(dir.filePath(QStringLiteral("missing.log"))) == QLatin1String("file.not_found"));
    CHECK(codeFor(dir.path()) == QLatin1String("file.is_directory"));
    const QString locked = dir.filePath(QStringLiteral("locked.log"));
    {
        QFile f(locked);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("A fatal error occurred: The chip stopped responding.\n");
    }
    const EspLogReport ok = EspLogDiagnoser::diagnoseFile(locked);
    CHECK(codesOf(ok) == QStringList{QStringLiteral("esp.diag.unstable_power")});
    if (::geteuid() != 0) {
        QFile::setPermissions(locked, QFileDevice::Permissions());
        CHECK(codeFor(locked) == QLatin1String("file.permission"));
    }
}
