// The pvvx control channel and extended OTA of the simulated LYWSD03MMC, the host's stale
// service cache after a firmware change, and the registered Demo devices.

#include "test_telink_sim_rig.h"

#include "core/sim/DemoRegistry.h"
#include "core/sim/SimGattServiceCache.h"
#include "telink/TelinkImage.h"
#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/TelinkDemoImages.h"
#include "telink/sim/TelinkDemos.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <memory>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::telink;
using namespace fw::telink::sim;
using namespace telinksimtest;

namespace {

QByteArray extOtaCommand(quint32 address, quint32 sizeK)
{
    QByteArray c(1, char(0x73));
    for (int i = 0; i < 4; ++i)
        c.append(char((address >> (8 * i)) & 0xFF));
    for (int i = 0; i < 4; ++i)
        c.append(char((sizeK >> (8 * i)) & 0xFF));
    return c;
}

QList<QBluetoothUuid> serviceIds(const SimulatedGattLink &link)
{
    QList<QBluetoothUuid> ids;
    for (const GattServiceInfo &s : link.services())
        ids << s.uuid;
    return ids;
}

// Runs the 0x73 preparation; returns every notification up to the "ready" (or the first reply
// that is not an erase report).
QList<QByteArray> prepareExtOta(SimulatedGattLink &link, quint32 sizeK)
{
    writeCommand(link, uuids::pvvxControl(), extOtaCommand(0x40000, sizeK));
    QList<QByteArray> replies;
    for (;;) {
        const auto n = link.waitNotification(uuids::pvvxControl(), 1000);
        if (!n)
            return replies;
        replies << n->value;
        if (n->value.size() < 2 || quint8(n->value[1]) != 0x04)
            return replies;
    }
}

}  // namespace

TEST_CASE("Telink sim ext OTA: 0x00 reply, 0x73 erase reports, then a .zigbee image turns it Zigbee", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.extOtaSectorEraseMs = 5;
    auto model = std::make_shared<Lywsd03mmcModel>(s);
    SimulatedGattLink link(model, quickWire());
    link.connectTo(s.address, 3000);
    const auto control = link.findCharacteristic(uuids::pvvxControl());
    REQUIRE(control.has_value());
    CHECK(control->properties == (GattRead | GattNotify | GattWriteNoResponse));
    link.subscribe(uuids::pvvxControl(), true);

    writeCommand(link, uuids::pvvxControl(), QByteArray(1, '\0'));
    const auto devId = link.waitNotification(uuids::pvvxControl(), 500);
    REQUIRE(devId.has_value());
    REQUIRE(devId->value.size() == 12);
    CHECK(quint8(devId->value[0]) == 0x00);
    CHECK(quint8(devId->value[4]) == 0x58);   // sw_version 5.8 (u16 LE after rev and hw_id)
    CHECK((quint8(devId->value[8]) & 0x03) == 0x03);  // OTA and OTA_EXT

    const QByteArray zigbeeFile = TelinkDemoImages::zigbeeOta(0x1141, 0x020A, 18 * 1024);
    const TelinkZigbeeInfo z = TelinkImage::parseZigbee(zigbeeFile);
    REQUIRE_FALSE(z.hasErrors());
    const QByteArray inner = z.upgradeImage(zigbeeFile);
    const quint32 sizeK = quint32((inner.size() + 1023) / 1024);

    // Bad parameters first: the address must be 0x40000.
    writeCommand(link, uuids::pvvxControl(), extOtaCommand(0x20000, sizeK));
    const auto bad = link.waitNotification(uuids::pvvxControl(), 500);
    REQUIRE(bad.has_value());
    CHECK(bad->value.left(2).toHex() == QByteArray("73fe"));

    const QList<QByteArray> replies = prepareExtOta(link, sizeK);
    const int sectors = int((sizeK * 1024 + 4095) / 4096);
    REQUIRE(replies.size() == sectors + 1);
    for (int i = 0; i < sectors; ++i) {
        INFO("sector " << i);
        CHECK(replies[i] == QByteArray(1, char(0x73)) + QByteArray(1, char(0x04))
                                + extOtaCommand(0x40000 + quint32(i) * 0x1000, sizeK).mid(1));
    }
    CHECK(replies.last() == QByteArray(1, char(0x73)) + QByteArray(1, char(0x03)) + extOtaCommand(0x40000, sizeK).mid(1));

    const OtaRun run = sendOta(link, inner);
    CHECK(run.status == 0);
    CHECK(waitForReboot(link));
    CHECK(model->lastOtaStatus() == 0);
    CHECK(model->runningBank() == TelinkFlashMap::ExtBank);
    CHECK(model->personality() == TelinkPersonality::Zigbee);
    CHECK_FALSE(model->isAdvertising());
    CHECK(model->flash().mid(TelinkFlashMap::ExtBank, inner.size()) == inner);
    CHECK(quint8(model->flash().at(TelinkFlashMap::Bank0 + 8)) == 0x00);
    CHECK(errorCode([&] { link.connectTo(s.address, 300); }) == QStringLiteral("ble.timeout"));
}

TEST_CASE("Telink sim ext OTA: a pvvx build through the extended OTA relocates to 0x00000", "[integration][telink]")
{
    Lywsd03mmcSetup s;
    s.extOtaSectorEraseMs = 5;
    auto model = std::make_shared<Lywsd03mmcModel>(s);
    SimulatedGattLink link(model, quickWire());
    link.connectTo(s.address, 3000);
    link.subscribe(uuids::pvvxControl(), true);
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 6 * 1024);
    const QList<QByteArray> replies = prepareExtOta(link, 6);
    REQUIRE_FALSE(replies.isEmpty());
    CHECK(quint8(replies.last()[1]) == 0x03);
    CHECK(sendOta(link, image).status == 0);
    CHECK(waitForReboot(link));
    CHECK(model->personality() == TelinkPersonality::Pvvx);
    CHECK(model->runningBank() == TelinkFlashMap::Bank0);
    CHECK(model->runningImage() == image);
    CHECK(model->softwareRevision() == QStringLiteral("V5.9"));
}

TEST_CASE("Telink sim ext OTA: refused while a standard OTA runs, absent before pvvx 4.6 and on atc1441", "[integration][telink]")
{
    {
        Lywsd03mmcSetup s;
        auto model = std::make_shared<Lywsd03mmcModel>(s);
        SimulatedGattLink link(model, quickWire());
        link.connectTo(s.address, 3000);
        link.subscribe(uuids::pvvxControl(), true);
        writeOta(link, QByteArray("\x01\xFF", 2));
        writeCommand(link, uuids::pvvxControl(), extOtaCommand(0x40000, 100));
        const auto n = link.waitNotification(uuids::pvvxControl(), 500);
        REQUIRE(n.has_value());
        CHECK(n->value.left(2).toHex() == QByteArray("7301"));
    }
    for (TelinkPersonality p : {TelinkPersonality::Pvvx, TelinkPersonality::Atc1441}) {
        Lywsd03mmcSetup s;
        s.personality = p;
        s.pvvxVersion = 0x44;
        auto model = std::make_shared<Lywsd03mmcModel>(s);
        SimulatedGattLink link(model, quickWire());
        link.connectTo(s.address, 3000);
        INFO(personalityToken(p).toStdString());
        REQUIRE(link.findCharacteristic(uuids::pvvxControl()).has_value());
        CHECK(serviceIds(link).contains(uuids::environmentalSensing()) == (p == TelinkPersonality::Pvvx));
        link.subscribe(uuids::pvvxControl(), true);
        writeCommand(link, uuids::pvvxControl(), extOtaCommand(0x40000, 100));
        CHECK_FALSE(link.waitNotification(uuids::pvvxControl(), 300).has_value());
    }
}

TEST_CASE("Telink sim cache: a stale table after a reflash fails with Invalid Handle until forgotten", "[integration][telink]")
{
    auto cache = std::make_shared<SimGattServiceCache>();
    Lywsd03mmcSetup s;
    s.personality = TelinkPersonality::Stock;
    s.loggedIn = true;
    auto model = std::make_shared<Lywsd03mmcModel>(s);
    SimulatedGattLink link(model, quickWire());
    CHECK_FALSE(link.forgetCachedServices(s.address));  // no cache attached: cannot
    link.setServiceCache(cache);

    link.connectTo(s.address, 3000);
    CHECK_FALSE(link.usedCachedServices());
    CHECK(cache->contains(s.address));
    CHECK(serviceIds(link).contains(uuids::xiaomiService()));
    CHECK(sendOta(link, TelinkDemoImages::pvvxBle(0x58, 4096)).status == 0);
    CHECK(waitForReboot(link));
    REQUIRE(model->personality() == TelinkPersonality::Pvvx);

    // The host still believes it talks to the stock firmware ("Detected Mi device").
    link.connectTo(s.address, 3000);
    CHECK(link.usedCachedServices());
    CHECK(serviceIds(link).contains(uuids::xiaomiService()));
    CHECK_FALSE(serviceIds(link).contains(uuids::pvvxService()));
    // Same handle, same characteristic: the DIS string already comes from the new firmware.
    CHECK(QString::fromUtf8(link.read(uuids::firmwareRevision())) == QStringLiteral("github.com/pvvx"));
    CHECK(errorSummary([&] { readStatus(link); }).contains(QStringLiteral("0x01")));
    CHECK(errorCode([&] { link.read(uuids::xiaomiTempHumi()); }) == QStringLiteral("ble.gatt_error"));
    CHECK(errorCode([&] { link.subscribe(uuids::xiaomiTempHumi(), true); }) == QStringLiteral("ble.gatt_error"));

    link.disconnectFrom();
    CHECK(link.forgetCachedServices(s.address.toLower()));
    CHECK_FALSE(cache->contains(s.address));
    link.connectTo(s.address, 3000);
    CHECK_FALSE(link.usedCachedServices());
    CHECK(serviceIds(link).contains(uuids::pvvxService()));
    CHECK_FALSE(serviceIds(link).contains(uuids::xiaomiService()));
    CHECK(readStatus(link) == 0);
}

TEST_CASE("Telink sim demos: every LYWSD03MMC demo is registered with its firmware", "[integration][telink]")
{
    DemoRegistry registry;
    registerTelinkDemos(registry);
    struct Expect {
        const char *name;
        TelinkPersonality personality;
        const char *namePrefix;
        QBluetoothUuid advertUuid;
        int advertSize;  // -1: not checked
    };
    const QList<Expect> expected = {
        {"lywsd03mmc-stock", TelinkPersonality::Stock, "LYWSD03MMC", uuids::miService(), -1},
        {"lywsd03mmc-stock-0159", TelinkPersonality::Stock, "LYWSD03MMC", uuids::miService(), -1},
        {"lywsd03mmc-atc", TelinkPersonality::Atc1441, "ATC_", uuids::environmentalSensing(), 13},
        {"lywsd03mmc-pvvx", TelinkPersonality::Pvvx, "ATC_", uuids::environmentalSensing(), 15},
        {"lywsd03mmc-pvvx-b16-old", TelinkPersonality::Pvvx, "ATC_", uuids::environmentalSensing(), 15},
        {"lywsd03mmc-low-battery", TelinkPersonality::Pvvx, "ATC_", uuids::environmentalSensing(), 15},
        {"lywsd03mmc-zigbee-hybrid", TelinkPersonality::ZigbeeHybrid, "ATCz", uuids::bthome(), 14},
    };
    QSet<QString> addresses;
    for (const Expect &e : expected) {
        INFO(e.name);
        const DemoDevice *demo = registry.find(QString::fromLatin1(e.name));
        REQUIRE(demo != nullptr);
        CHECK(demo->transport == DemoDevice::Transport::Ble);
        CHECK(demo->family == QStringLiteral("telink"));
        CHECK(demo->title() != demo->name);
        CHECK_FALSE(demo->description().isEmpty());
        REQUIRE(demo->makeGatt);
        std::shared_ptr<GattPeripheralModel> model = demo->makeGatt();
        auto *lywsd = dynamic_cast<Lywsd03mmcModel *>(model.get());
        REQUIRE(lywsd != nullptr);
        CHECK(lywsd->personality() == e.personality);
        const BleDeviceInfo adv = model->advertisement();
        CHECK(adv.name.startsWith(QString::fromLatin1(e.namePrefix)));
        CHECK(adv.isDemo);
        CHECK(adv.serviceData.contains(e.advertUuid));
        if (e.advertSize >= 0)
            CHECK(adv.serviceData.value(e.advertUuid).size() == e.advertSize);
        if (e.personality == TelinkPersonality::ZigbeeHybrid)
            CHECK(adv.serviceData.value(e.advertUuid).startsWith('\x40'));  // BTHome v2
        addresses.insert(adv.address);
    }
    CHECK(addresses.size() == expected.size());

    // The old B1.6 answers with the config string of the real log.
    std::shared_ptr<GattPeripheralModel> old = registry.find(QStringLiteral("lywsd03mmc-pvvx-b16-old"))->makeGatt();
    SimulatedGattLink link(old, quickWire());
    link.connectTo(old->advertisement().address, 3000);
    CHECK(QString::fromUtf8(link.read(uuids::softwareRevision())) == QStringLiteral("V4.4"));
    link.subscribe(uuids::pvvxControl(), true);
    writeCommand(link, uuids::pvvxControl(), QByteArray::fromHex("55"));
    const auto reply = link.waitNotification(uuids::pvvxControl(), 500);
    REQUIRE(reply.has_value());
    QByteArray logged = reply->value;
    logged.remove(1, 1);
    CHECK(logged.toHex() == QByteArray("55051000002804a9313104b4"));
}
