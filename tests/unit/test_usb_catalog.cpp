#include <catch2/catch.hpp>

#include "core/PortDiscovery.h"
#include "core/PortInfo.h"
#include "core/UsbCatalog.h"

using namespace fw::core;

namespace {

QString adapterOf(quint16 vid, quint16 pid, const QString &mfr = {}, const QString &product = {})
{
    const auto id = UsbCatalog::instance().lookup(vid, pid, mfr, product);
    return id ? id->adapter : QString();
}

QString chipOf(quint16 vid, quint16 pid)
{
    const auto id = UsbCatalog::instance().lookup(vid, pid);
    return id ? id->chip : QString();
}

}  // namespace

TEST_CASE("USB catalog knows the common USB-UART bridges", "[unit][usb]")
{
    const UsbCatalog &c = UsbCatalog::instance();
    CHECK(c.warnings().isEmpty());
    CHECK(c.size() >= 40);

    CHECK(adapterOf(0x10c4, 0xea60).contains(QLatin1String("CP210x")));
    CHECK(chipOf(0x10c4, 0xea70) == QLatin1String("CP2105"));
    CHECK(chipOf(0x10c4, 0xea71) == QLatin1String("CP2108"));
    CHECK(chipOf(0x1a86, 0x7523) == QLatin1String("CH340"));
    CHECK(chipOf(0x1a86, 0x5523) == QLatin1String("CH341"));
    CHECK(chipOf(0x1a86, 0x55d4) == QLatin1String("CH9102"));
    CHECK(chipOf(0x1a86, 0x55d3) == QLatin1String("CH343"));
    for (quint16 pid : {0x6001, 0x6010, 0x6011, 0x6014, 0x6015})
        CHECK(adapterOf(0x0403, pid).startsWith(QLatin1String("FTDI")));
    for (quint16 pid : {0x2303, 0x23a3, 0x23c3, 0x23d3})
        CHECK(adapterOf(0x067b, pid).startsWith(QLatin1String("Prolific")));

    const auto ch340 = c.lookup(0x1a86, 0x7523);
    REQUIRE(ch340);
    CHECK(ch340->notes.contains(QLatin1String("460800")));
    CHECK(ch340->notes.contains(QLatin1String("brltty")));
    CHECK(ch340->families.contains(QLatin1String("esp")));
    CHECK(ch340->defaultBaud == 115200);
    CHECK(ch340->vid == 0x1a86);
    CHECK(ch340->pid == 0x7523);
}

TEST_CASE("USB catalog knows native-USB chips, debug probes and boards", "[unit][usb]")
{
    CHECK(adapterOf(0x303a, 0x1001).contains(QLatin1String("USB-JTAG-Serial")));
    CHECK(adapterOf(0x303a, 0x0002).contains(QLatin1String("ESP32-S2")));
    CHECK(adapterOf(0x303a, 0x4001).contains(QLatin1String("Espressif")));
    CHECK(adapterOf(0x1366, 0x0105).contains(QLatin1String("J-Link")));
    CHECK(adapterOf(0x1366, 0x1015).contains(QLatin1String("J-Link")));
    CHECK(adapterOf(0x1915, 0x521f).contains(QLatin1String("nRF52840 Dongle")));
    CHECK(!adapterOf(0x1915, 0x520f).isEmpty());
    CHECK(!adapterOf(0x1915, 0xc00a).isEmpty());

    CHECK(adapterOf(0x04d8, 0xf013) == QLatin1String("Pytrack"));
    CHECK(adapterOf(0x04d8, 0xf014) == QLatin1String("Pytrack (DFU)"));
    CHECK(adapterOf(0x04d8, 0xf012) == QLatin1String("Pysense"));
    CHECK(adapterOf(0x04d8, 0xf011) == QLatin1String("Pysense (DFU)"));
    CHECK(adapterOf(0x04d8, 0xef38) == QLatin1String("Pyscan"));
    CHECK(adapterOf(0x04d8, 0xef37) == QLatin1String("Pyscan (DFU)"));
    CHECK(adapterOf(0x04d8, 0xef98).contains(QLatin1String("Expansion Board 3")));
    CHECK(adapterOf(0x04d8, 0xef99).contains(QLatin1String("DFU")));
    CHECK(adapterOf(0x04d8, 0xed14) == QLatin1String("Pygate"));
    CHECK(adapterOf(0x04d8, 0xed15) == QLatin1String("Pygate (DFU)"));
    const auto pytrack = UsbCatalog::instance().lookup(0x04d8, 0xf013);
    REQUIRE(pytrack);
    CHECK(pytrack->families.contains(QLatin1String("sequans")));

    CHECK(adapterOf(0x1cf1, 0x0030) == QLatin1String("ConBee II"));
    CHECK(adapterOf(0x0451, 0x16a8).contains(QLatin1String("CC2531")));
    CHECK(adapterOf(0x0451, 0x16c8).contains(QLatin1String("CC2538")));
    CHECK(adapterOf(0x303a, 0x831a).contains(QLatin1String("ZBT-2")));

    CHECK_FALSE(UsbCatalog::instance().lookup(0xdead, 0xbeef));
}

TEST_CASE("USB catalog refines shared IDs by product and manufacturer", "[unit][usb]")
{
    // 10c4:ea60 is shared by plain CP2102 adapters and several Zigbee sticks.
    CHECK(adapterOf(0x10c4, 0xea60, QStringLiteral("Silicon Labs"), QStringLiteral("CP2102 USB to UART Bridge Controller"))
              .contains(QLatin1String("CP210x")));
    CHECK(adapterOf(0x10c4, 0xea60, QStringLiteral("ITead"), QStringLiteral("Sonoff Zigbee 3.0 USB Dongle Plus"))
          == QLatin1String("Sonoff ZBDongle-P"));
    CHECK(adapterOf(0x10c4, 0xea60, QStringLiteral("ITead"), QStringLiteral("SONOFF Zigbee 3.0 USB Dongle Plus V2"))
          == QLatin1String("Sonoff ZBDongle-E"));
    CHECK(adapterOf(0x10c4, 0xea60, QStringLiteral("Nabu Casa"), QStringLiteral("SkyConnect v1.0"))
          == QLatin1String("Home Assistant SkyConnect"));
    CHECK(adapterOf(0x10c4, 0xea60, QStringLiteral("Nabu Casa"), QStringLiteral("Home Assistant Connect ZBT-1"))
              .contains(QLatin1String("ZBT-1")));
    CHECK(adapterOf(0x1a86, 0x55d4, {}, QStringLiteral("SONOFF Zigbee 3.0 USB Dongle Plus V2"))
          == QLatin1String("Sonoff ZBDongle-E"));
    CHECK(adapterOf(0x1a86, 0x55d4, {}, QStringLiteral("USB Single Serial")).contains(QLatin1String("CH9102")));
    CHECK(adapterOf(0x303a, 0x4001, QStringLiteral("Nabu Casa"), QStringLiteral("ZBT-2")).contains(QLatin1String("ZBT-2")));

    // 0403:6015: the ConBee III is an FTDI FT231X that says so only in its manufacturer string.
    CHECK(adapterOf(0x0403, 0x6015, QStringLiteral("dresden elektronik ingenieurtechnik GmbH"),
                    QStringLiteral("ConBee III"))
          == QLatin1String("ConBee III"));
    CHECK(adapterOf(0x0403, 0x6015, QStringLiteral("FTDI"), QStringLiteral("FT231X USB UART"))
              .contains(QLatin1String("FT231X")));
    const auto conbee = UsbCatalog::instance().lookup(0x0403, 0x6015, QStringLiteral("Dresden Elektronik"));
    REQUIRE(conbee);
    CHECK(conbee->families == QStringList{QStringLiteral("zigbee")});
}

TEST_CASE("USB catalog skips malformed entries without failing", "[unit][usb]")
{
    const QByteArray json = R"({"version":1,"adapters":[
        {"vid":"10c4","pid":"ea60","adapter":"Good one","chip":"X","families":["esp"],"defaultBaud":115200},
        {"vid":"zzzz","pid":"ea60","adapter":"Bad vid"},
        {"pid":"0001","adapter":"No vid"},
        {"vid":"1234","pid":"12345","adapter":"PID too long"},
        {"vid":"1234","pid":"0001"},
        "not an object",
        {"vid":"1234","pid":"0002","adapter":"Bad families","families":"esp"},
        {"vid":"1234","pid":"0003","adapter":"Bad baud","defaultBaud":"fast"},
        {"vid":4660,"pid":"0x0004","adapter":"Numeric vid"}
    ]})";
    const UsbCatalog c(json);
    CHECK(c.size() == 2);
    CHECK(c.warnings().size() == 7);
    REQUIRE(c.lookup(0x10c4, 0xea60));
    CHECK(c.lookup(0x10c4, 0xea60)->adapter == QLatin1String("Good one"));
    REQUIRE(c.lookup(0x1234, 0x0004));
    CHECK_FALSE(c.lookup(0x1234, 0x0002));

    const UsbCatalog broken(QByteArray("{ this is not json"));
    CHECK(broken.size() == 0);
    CHECK(broken.warnings().size() == 1);
    const UsbCatalog wrongShape(QByteArray("[1,2,3]"));
    CHECK(wrongShape.size() == 0);
}

TEST_CASE("PortInfo formats its name and VID:PID", "[unit][usb]")
{
    PortInfo p;
    p.portName = QStringLiteral("ttyUSB0");
    p.systemLocation = QStringLiteral("/dev/ttyUSB0");
    CHECK(p.vidPidText().isEmpty());
    CHECK(p.displayName() == QLatin1String("ttyUSB0"));
    p.vid = 0x10c4;
    p.pid = 0xea60;
    CHECK(p.vidPidText() == QLatin1String("10c4:ea60"));
    p.description = QStringLiteral("CP2102 USB to UART Bridge Controller");
    CHECK(p.displayName() == QStringLiteral("ttyUSB0 — CP2102 USB to UART Bridge Controller"));
    PortDiscovery::identify(p);
    REQUIRE(p.identity);
    CHECK(p.displayName() == QStringLiteral("ttyUSB0 — Silicon Labs CP210x USB-UART"));
}
