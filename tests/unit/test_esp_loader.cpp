#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "esp/EspBaudSwitch.h"
#include "esp/EspBootText.h"
#include "esp/EspChipProbe.h"
#include "esp/EspConnectDiagnosis.h"
#include "esp/EspLoader.h"
#include "esp/EspReset.h"

#include <QThread>

#include <functional>

using namespace fw::core;
using namespace fw::esp;

namespace {

// A link whose far end is a script: each written chunk may queue an answer.
class ScriptedLink : public ByteLink {
public:
    std::function<QByteArray(const QByteArray &written)> respond;
    QByteArray written;
    QByteArray pending;
    QVector<ControlLineEvent> events;
    qint64 nowUs = 0;  // advanced by the test's sleep

    QString name() const override { return QStringLiteral("script"); }
    bool isOpen() const override { return true; }
    void close() override {}
    void write(const QByteArray &bytes) override
    {
        written += bytes;
        if (respond)
            pending += respond(bytes);
    }
    QByteArray read(int maxBytes, int timeoutMs) override
    {
        if (pending.isEmpty()) {
            QThread::msleep(ulong(std::min(timeoutMs, 5)));
            return {};
        }
        const QByteArray out = pending.left(maxBytes);
        pending.remove(0, out.size());
        return out;
    }
    void setBaudRate(qint32 baud) override { m_baud = baud; }
    qint32 baudRate() const override { return m_baud; }
    void setDtr(bool level) override { record(ControlLineEvent::Line::Dtr, level); }
    void setRts(bool level) override { record(ControlLineEvent::Line::Rts, level); }
    void clearInput() override { pending.clear(); }
    QVector<ControlLineEvent> controlLineEvents() const override { return events; }
    void setCancelToken(const CancelToken *) override {}

private:
    void record(ControlLineEvent::Line line, bool level)
    {
        ControlLineEvent e;
        e.tUs = nowUs;
        e.line = line;
        e.level = level;
        events << e;
    }
    qint32 m_baud = 115200;
};

QByteArray frame(const char *hex) { return SlipCodec::encode(QByteArray::fromHex(hex)); }

// The ESP8266 ROM's SYNC reply as a user log quotes it (esp.md §1.4).
const char kSyncReply8266[] = "0108020007071220" "0000";

struct Step {
    char line;  // 'D' or 'R', or 'S' for a sleep
    int value;  // level, or milliseconds
    bool operator==(const Step &o) const { return line == o.line && value == o.value; }
};

std::ostream &operator<<(std::ostream &os, const Step &s)
{
    return os << s.line << s.value;
}

// Runs a reset sequence and returns its steps, sleeps included.
std::vector<Step> steps(const std::function<void(ByteLink &, const EspReset::Sleep &)> &run)
{
    ScriptedLink link;
    std::vector<Step> out;
    int seen = 0;
    auto flush = [&] {
        for (; seen < link.events.size(); ++seen) {
            const ControlLineEvent &e = link.events.at(seen);
            out.push_back({e.line == ControlLineEvent::Line::Dtr ? 'D' : 'R', e.level ? 1 : 0});
        }
    };
    run(link, [&](int ms) {
        flush();
        out.push_back({'S', ms});
        link.nowUs += qint64(ms) * 1000;
    });
    flush();
    return out;
}

// The two-transistor auto-reset circuit: EN is low only for RTS alone, GPIO0 only for DTR alone.
// Returns how long GPIO0 stayed low after EN last rose (ms, sleeps only), or -1 when EN rose
// with GPIO0 high up to the next sleep.
int gpio0LowAfterEnRise(const std::vector<Step> &seq)
{
    bool dtr = false, rts = false;
    int lowMs = -1;
    bool risen = false;
    bool enLow = false;
    for (const Step &s : seq) {
        if (s.line == 'S') {
            if (risen) {
                if (!(dtr && !rts))
                    return lowMs;
                lowMs = std::max(lowMs, 0) + s.value;
            }
            continue;
        }
        (s.line == 'D' ? dtr : rts) = s.value != 0;
        const bool nowLow = rts && !dtr;
        if (enLow && !nowLow) {
            risen = true;
            lowMs = -1;
        }
        enLow = nowLow;
        if (risen && lowMs >= 0 && !(dtr && !rts))
            return lowMs;
    }
    return lowMs;
}

}  // namespace

TEST_CASE("EspLoader sends SYNC as the sheet spells it and skips the ROM's extra replies", "[unit][esp]")
{
    ScriptedLink link;
    link.respond = [](const QByteArray &w) {
        if (w.size() > 2 && w[2] == 0x08)
            return frame(kSyncReply8266).repeated(8);
        if (w.size() > 2 && w[2] == 0x0A)
            return frame("010A0200" "01C1F0FF" "0000");
        return QByteArray();
    };
    EspLoader loader(link, Logger());
    const Response sync = loader.command(Command::sync(), 100);
    // 0x00, SYNC, length 36, checksum 0, then 07 07 12 20 and 32 bytes of 0x55.
    CHECK(link.written == QByteArray::fromHex("C0" "0008" "2400" "00000000" "07071220") + QByteArray(32, 0x55)
                              + QByteArray::fromHex("C0"));
    CHECK(sync.ok());
    CHECK(sync.value == 0x20120707u);
    CHECK(sync.status == QByteArray(2, '\0'));

    link.written.clear();
    CHECK(loader.readReg(0x40001000, 200) == 0xFFF0C101u);
    CHECK(link.written == QByteArray::fromHex("C0000A0400000000000010" "0040C0"));
}

TEST_CASE("EspLoader decodes escaped values and the ESP32 ROM's 4-byte status", "[unit][esp]")
{
    ScriptedLink link;
    link.respond = [](const QByteArray &w) {
        if (w.contains(QByteArray::fromHex("00140040")))  // READ_REG 0x40001400
            return frame("010A0400" "00DBC000" "00000000");
        return frame("010A0400" "00000000" "01090000");  // flash read error
    };
    EspLoader loader(link, Logger());
    loader.setLoaderKind(LoaderKind::Esp32Rom);
    CHECK(loader.readReg(0x40001400, 200) == 0x00C0DB00u);
    try {
        loader.readReg(0x3FF42000, 200);
        FAIL("a failed status must throw");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QLatin1String("esp.rom_error.0x09"));
        CHECK(e.diagnosis().summary.contains(QLatin1String("READ_REG")));
        CHECK(e.diagnosis().summary.contains(QLatin1String("0109")));
    }
}

TEST_CASE("EspLoader reads a stub's error from the first status byte", "[unit][esp]")
{
    ScriptedLink link;
    link.respond = [](const QByteArray &) { return frame("01030200" "00000000" "C100"); };
    EspLoader loader(link, Logger());
    loader.setLoaderKind(LoaderKind::Stub);
    const Command block = Command::flashData(QByteArray(16, 'x'), 3);
    const Response r = loader.command(block, 200, false);
    CHECK(r.failed);
    CHECK(r.statusHex() == QLatin1String("C100"));
    try {
        loader.command(block, 200);
        FAIL("a failed status must throw");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QLatin1String("esp.stub_error.0xc1"));
    }
}

TEST_CASE("EspLoader's no-reply diagnosis quotes the text the chip printed instead", "[unit][esp]")
{
    ScriptedLink link;
    link.respond = [](const QByteArray &) {
        return QByteArray("\r\n ets Jan  8 2013,rst cause:2, boot mode:(3,6)\r\n\r\nload 0x4010f000, len 3424\r\n");
    };
    EspLoader loader(link, Logger());
    try {
        loader.command(Command::readReg(0x40001000), 150);
        FAIL("no reply must throw");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QLatin1String("esp.no_reply"));
        CHECK(e.diagnosis().summary.contains(QLatin1String("READ_REG")));
        CHECK(e.diagnosis().toText().contains(QLatin1String("boot mode:(3,6)")));
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
    }
    CHECK(loader.takeOutsideBytes().contains("rst cause:2"));
    CHECK(loader.tryCommand(Command::sync(), 50) == std::nullopt);
}

TEST_CASE("EspLoader logs each command in protocol words at debug level", "[unit][esp]")
{
    LogBus bus(1000);
    LogBatch records;
    QObject::connect(&bus, &LogBus::batch, [&records](const LogBatch &b) { records += b; });
    ScriptedLink link;
    link.respond = [](const QByteArray &w) {
        // Long frames go out in several writes; only the first starts with C0 00.
        if (!w.startsWith(QByteArray::fromHex("C000")))
            return QByteArray();
        const QByteArray reply = QByteArray::fromHex("01") + w.mid(2, 1) + QByteArray::fromHex("0200" "00000000" "0000");
        return SlipCodec::encode(reply);
    };
    EspLoader loader(link, Logger(&bus, QStringLiteral("esp")));
    loader.command(Command::flashData(QByteArray(1024, char(0xA5)), 12));
    loader.command(Command::flashBegin(0x4000, 16, 0x400, 0x10000));
    loader.writeReg(0x60000200, 0x40000);
    bus.flush();
    QStringList debug;
    for (const LogRecord &r : records) {
        if (r.level == LogLevel::Debug && r.source == QLatin1String("esp"))
            debug << r.text;
    }
    CHECK(debug.contains(QStringLiteral("FLASH_DATA seq 12, 1024 bytes")));
    CHECK(debug.contains(QStringLiteral("FLASH_BEGIN 16384 bytes, 16 blocks of 1024 at 0x00010000")));
    CHECK(debug.contains(QStringLiteral("WRITE_REG 0x60000200 = 0x00040000")));
}

TEST_CASE("Reset sequences follow esp.md 2.1 step by step", "[unit][esp]")
{
    using K = EspReset::Strategy::Kind;
    auto run = [](K kind, int delay) {
        return steps([&](ByteLink &l, const EspReset::Sleep &s) { EspReset::enterBootloader(l, {kind, delay}, s); });
    };
    const std::vector<Step> classic = run(K::Classic, 50);
    CHECK(classic == std::vector<Step>{{'D', 0}, {'R', 1}, {'D', 0}, {'S', 100}, {'D', 1}, {'R', 0},
                                       {'D', 1}, {'S', 50}, {'D', 0}});
    const std::vector<Step> tight = run(K::UnixTight, 550);
    CHECK(tight == std::vector<Step>{{'D', 0}, {'R', 0}, {'D', 1}, {'R', 1}, {'D', 0}, {'R', 1}, {'S', 100},
                                     {'D', 1}, {'R', 0}, {'S', 550}, {'D', 0}, {'R', 0}, {'D', 0}});
    const std::vector<Step> usb = run(K::UsbJtagSerial, 50);
    CHECK(usb == std::vector<Step>{{'R', 0}, {'D', 0}, {'S', 100}, {'D', 1}, {'R', 0}, {'S', 100}, {'R', 1},
                                   {'D', 0}, {'R', 1}, {'S', 100}, {'D', 0}, {'R', 0}});
    // Through the two-transistor circuit, EN rises with GPIO0 already low and it stays low for
    // the reset delay.
    CHECK(gpio0LowAfterEnRise(classic) == 50);
    CHECK(gpio0LowAfterEnRise(tight) == 550);
    CHECK(gpio0LowAfterEnRise(run(K::UnixTight, 50)) == 50);

    const std::vector<Step> hard = steps([](ByteLink &l, const EspReset::Sleep &s) { EspReset::hardReset(l, false, s); });
    CHECK(hard == std::vector<Step>{{'D', 0}, {'R', 1}, {'S', 100}, {'R', 0}});
    const std::vector<Step> hardUsb = steps([](ByteLink &l, const EspReset::Sleep &s) { EspReset::hardReset(l, true, s); });
    CHECK(hardUsb == std::vector<Step>{{'D', 0}, {'R', 1}, {'S', 200}, {'R', 0}, {'S', 200}});
    CHECK(gpio0LowAfterEnRise(hard) == -1);  // boots the firmware
}

TEST_CASE("Reset strategies: the order esptool tries, and native USB by its VID:PID", "[unit][esp]")
{
    using K = EspReset::Strategy::Kind;
    const QList<EspReset::Strategy> list = EspReset::strategies(false);
#ifdef Q_OS_WIN
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).kind == K::Classic);
#else
    REQUIRE(list.size() == 4);
    CHECK((list.at(0).kind == K::UnixTight && list.at(0).resetDelayMs == 50));
    CHECK((list.at(1).kind == K::UnixTight && list.at(1).resetDelayMs == 550));
    CHECK((list.at(2).kind == K::Classic && list.at(2).resetDelayMs == 50));
    CHECK((list.at(3).kind == K::Classic && list.at(3).resetDelayMs == 550));
#endif
    const QList<EspReset::Strategy> usb = EspReset::strategies(true);
    REQUIRE(usb.size() == 1);
    CHECK(usb.first().kind == K::UsbJtagSerial);
    CHECK(EspReset::isUsbJtagSerial(0x303A, 0x1001));
    CHECK_FALSE(EspReset::isUsbJtagSerial(0x1A86, 0x7523));  // CH340
}

TEST_CASE("Chip identity rules: magic values, MAC and OUI, ESP8285 bit, flash size, crystal", "[unit][esp]")
{
    CHECK(EspChipProbe::chipForMagic(0xFFF0C101) == ChipKind::Esp8266);
    CHECK(EspChipProbe::chipForMagic(0x00F01D83) == ChipKind::Esp32);
    CHECK(EspChipProbe::chipForMagic(0x000007C6) == ChipKind::Esp32S2);
    CHECK(EspChipProbe::chipForMagic(0x1B31506F) == ChipKind::Esp32C3);
    CHECK(EspChipProbe::chipForMagic(0x2CE0806F) == ChipKind::OtherEsp);
    CHECK(EspChipProbe::chipForMagic(0x12345678) == ChipKind::Unknown);

    // MAC3 carries the OUI; the NIC bytes come from MAC1 bits 15..0 and MAC0 bits 31..24.
    CHECK(EspChipProbe::esp8266Mac(0xD5000000, 0x0000C242, 0x0084F3EB) == QLatin1String("84:F3:EB:C2:42:D5"));
    CHECK(EspChipProbe::esp8266Mac(0x11000000, 0x00002233, 0) == QLatin1String("18:FE:34:22:33:11"));
    CHECK(EspChipProbe::esp8266Mac(0x11000000, 0x00012233, 0) == QLatin1String("AC:D0:74:22:33:11"));
    CHECK(EspChipProbe::esp8266Mac(0x11000000, 0x00022233, 0).isEmpty());
    CHECK(EspChipProbe::isEsp8285(0x10, 0));
    CHECK(EspChipProbe::isEsp8285(0, 0x10000));
    CHECK_FALSE(EspChipProbe::isEsp8285(0x0F, 0xFFFF));
    CHECK(EspChipProbe::esp32Mac(0xC4123456, 0x00AB240A) == QLatin1String("24:0A:C4:12:34:56"));

    CHECK(EspChipProbe::flashSizeForCapacity(0x12) == 256 * 1024);
    CHECK(EspChipProbe::flashSizeForCapacity(0x14) == 1024 * 1024);
    CHECK(EspChipProbe::flashSizeForCapacity(0x16) == 4 * 1024 * 1024);
    CHECK(EspChipProbe::flashSizeForCapacity(0x18) == 16 * 1024 * 1024);
    CHECK(EspChipProbe::flashSizeForCapacity(0x36) == 4 * 1024 * 1024);
    CHECK(EspChipProbe::flashSizeForCapacity(0x19) == 0);
    CHECK(EspChipProbe::flashSizeForCapacity(0x11) == 0);

    CHECK(EspChipProbe::crystalMhz(451, 115200, ChipKind::Esp8266) == 26);
    CHECK(EspChipProbe::crystalMhz(694, 115200, ChipKind::Esp8266) == 40);
    CHECK(EspChipProbe::crystalMhz(347, 115200, ChipKind::Esp32) == 40);
    CHECK(EspChipProbe::crystalMhz(0xF00000 | 347, 115200, ChipKind::Esp32) == 40);  // flags above the divider
    CHECK(EspChipProbe::crystalMhz(20, 115200, ChipKind::Esp32) == 0);
    CHECK(EspChipProbe::crystalMhz(0, 115200, ChipKind::Esp32) == 0);

    CHECK_FALSE(EspChipProbe::capsFor(LoaderKind::Esp8266Rom).readFlash);
    CHECK_FALSE(EspChipProbe::capsFor(LoaderKind::Esp8266Rom).changeBaud);
    CHECK(EspChipProbe::capsFor(LoaderKind::Esp32Rom).md5);
    CHECK_FALSE(EspChipProbe::capsFor(LoaderKind::Esp32Rom).eraseFlash);
    CHECK(EspChipProbe::capsFor(LoaderKind::Stub).eraseFlash);
}

TEST_CASE("Tuya module guess and identity texts", "[unit][esp]")
{
    EspIdentity id;
    id.chip = ChipKind::Esp8285;
    id.flashSize = 1024 * 1024;
    CHECK(EspChipProbe::moduleGuess(id) == QLatin1String("TYWE2S (ESP8285, 1 MB)"));
    id.chip = ChipKind::Esp8266;
    CHECK(EspChipProbe::moduleGuess(id) == QLatin1String("TYWE3S (ESP8266, 1 MB)"));
    id.flashSize = 2 * 1024 * 1024;
    CHECK(EspChipProbe::moduleGuess(id) == QLatin1String("TYWE3S (ESP8266, 2 MB)"));
    id.flashSize = 4 * 1024 * 1024;
    CHECK(EspChipProbe::moduleGuess(id).isEmpty());
    id.chip = ChipKind::Esp32;
    CHECK(EspChipProbe::moduleGuess(id).isEmpty());

    id.mac = QStringLiteral("84:f3:eb:c2:42:d5");
    CHECK(id.macCompact() == QLatin1String("84F3EBC242D5"));
    CHECK(id.flashSizeText() == QLatin1String("4 MB"));
    id.flashSize = 512 * 1024;
    CHECK(id.flashSizeText() == QLatin1String("512 KB"));
    id.loader = LoaderKind::Esp32Rom;
    CHECK(id.loaderName() == QLatin1String("ESP32 boot ROM"));
    const QVariantMap v = id.toVariant();
    CHECK(v.value(QStringLiteral("chip")).toString() == QLatin1String("ESP32"));
    CHECK(v.value(QStringLiteral("imageChipId")).toInt() == 0);
    CHECK(imageChipIdFor(ChipKind::Esp8266) == -1);
    CHECK(chipKindName(ChipKind::Esp32S3) == QLatin1String("ESP32-S3"));
}

TEST_CASE("Boot text: readable or noise, and the boot mode the ROM reports", "[unit][esp]")
{
    using M = EspBootText::BootMode;
    CHECK(EspBootText::bootMode(" ets Jan  8 2013,rst cause:2, boot mode:(3,6)\r\n") == M::FlashBoot);
    CHECK(EspBootText::bootMode(" ets Jan  8 2013,rst cause:2, boot mode:(1,7)\r\n") == M::Download);
    CHECK(EspBootText::bootMode("rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n") == M::FlashBoot);
    CHECK(EspBootText::bootMode("rst:0x1 (POWERON_RESET),boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download\r\n")
          == M::Download);
    // The newest message counts: first a download boot, then a reset into the firmware.
    CHECK(EspBootText::bootMode("boot mode:(1,7)\r\n ... boot mode:(3,6)\r\n") == M::FlashBoot);
    CHECK(EspBootText::bootMode("hello") == M::Unknown);
    CHECK(EspBootText::isReadable("load 0x4010f000, len 3424, room 16 \r\n"));
    CHECK_FALSE(EspBootText::isReadable(QByteArray::fromHex("8a9fc3f1e0d2b4a5968778695a4b3c2d1e0f")));
    CHECK(EspBootText::looksLikeApplication("entry 0x400805f0"));
    CHECK(EspBootText::excerpt("a\r\n\r\nb\x01", 10) == QLatin1String("a b."));
}

TEST_CASE("Connect diagnosis follows the evidence", "[unit][esp]")
{
    EspConnectDiagnosis::Evidence e;
    e.port = QStringLiteral("/dev/ttyUSB0");
    CHECK(EspConnectDiagnosis::forFailedConnect(e).code == QLatin1String("esp.connect.no_answer"));
    e.unframed = "\r\n ets Jan  8 2013,rst cause:2, boot mode:(3,6)\r\n";
    const fw::core::Diagnosis booted = EspConnectDiagnosis::forFailedConnect(e);
    CHECK(booted.code == QLatin1String("esp.connect.booted_normally"));
    CHECK(booted.toText().contains(QLatin1String("boot mode:(3,6)")));
    e.unframed = "rst:0x1 (POWERON_RESET),boot:0x3 (DOWNLOAD_BOOT(UART0))\r\nwaiting for download\r\n";
    CHECK(EspConnectDiagnosis::forFailedConnect(e).code == QLatin1String("esp.connect.tx_path"));
    e.unframed = QByteArray::fromHex("8a9fc3f1e0d2b4a5968778695a4b3c2d1e0f");
    CHECK(EspConnectDiagnosis::wantsBootText(e));
    e.baud = 921600;
    const fw::core::Diagnosis garbled = EspConnectDiagnosis::forFailedConnect(e);
    CHECK(garbled.code == QLatin1String("esp.connect.garbled"));
    REQUIRE_FALSE(garbled.causes.isEmpty());
    CHECK(garbled.causes.first().contains(QLatin1String("921600")));
    // Noise at the connect baud, but the ROM's own boot message tells what happened.
    e.bootText = " ets Jan  8 2013,rst cause:2, boot mode:(3,6)\r\n";
    CHECK(EspConnectDiagnosis::forFailedConnect(e).code == QLatin1String("esp.connect.booted_normally"));
}

TEST_CASE("Baud fallback ladder", "[unit][esp]")
{
    CHECK(EspBaudSwitch::ladder(921600, 115200) == QList<qint32>{921600, 460800, 230400});
    CHECK(EspBaudSwitch::ladder(460800, 115200) == QList<qint32>{460800, 230400});
    CHECK(EspBaudSwitch::ladder(1500000, 115200) == QList<qint32>{1500000, 921600, 460800, 230400});
    CHECK(EspBaudSwitch::ladder(115200, 115200).isEmpty());
}

TEST_CASE("Baud switch gets a lost chip back by reset, or says it cannot", "[unit][esp]")
{
    // An ESP32 ROM behind an adapter that carries nothing above 460800, in either direction.
    ScriptedLink link;
    qint32 chipBaud = 115200;
    link.respond = [&](const QByteArray &w) -> QByteArray {
        if (link.baudRate() != chipBaud || link.baudRate() > 460800 || !w.startsWith(QByteArray::fromHex("C000")))
            return {};
        if (w[2] == 0x0F) {  // CHANGE_BAUDRATE: answered at the old rate, then switched
            chipBaud = qint32(Command::readU32(w, 9));
            return frame("010F0400" "00000000" "00000000");
        }
        if (w[2] == 0x0A)
            return frame("010A0400" "831DF000" "00000000");
        return {};
    };
    EspLoader loader(link, Logger());
    loader.setLoaderKind(LoaderKind::Esp32Rom);
    EspIdentity id;
    id.chip = ChipKind::Esp32;
    id.magic = 0x00F01D83;
    id.loader = LoaderKind::Esp32Rom;
    id.caps = EspChipProbe::capsFor(LoaderKind::Esp32Rom);
    CancelToken token;
    JobContext ctx(&token, Logger());

    SECTION("with reset wiring: reconnect at 115200, then settle at 460800")
    {
        int resets = 0;
        EspBaudSwitch sw(loader, id, [&](JobContext &) {
            ++resets;
            chipBaud = 115200;  // the ROM starts over and auto-bauds
            link.setBaudRate(115200);
        });
        CHECK(sw.raise(ctx, 921600) == 460800);
        CHECK(resets == 1);
        CHECK(chipBaud == 460800);
        CHECK(link.baudRate() == 460800);
    }
    SECTION("without: a diagnosis that asks for a power cycle")
    {
        EspBaudSwitch sw(loader, id);
        try {
            sw.raise(ctx, 921600);
            FAIL("the chip is lost at 921600");
        } catch (const JobError &e) {
            CHECK(e.diagnosis().code == QLatin1String("esp.baud.lost"));
            CHECK(e.diagnosis().nextStep.contains(QLatin1String("GPIO0")));
        }
    }
    SECTION("a loader that cannot change its baud stays put")
    {
        id.loader = LoaderKind::Esp8266Rom;
        id.caps = EspChipProbe::capsFor(LoaderKind::Esp8266Rom);
        EspBaudSwitch sw(loader, id);
        CHECK(sw.raise(ctx, 921600) == 115200);
        CHECK(link.written.isEmpty());
    }
}
