// The pieces of the simulated LYWSD03MMC without a link: frames, flash, OTA receiver, pvvx
// channel, advertising formats, image recognition and the synthetic images.

#include "../integration/test_telink_sim_rig.h"

#include "telink/TelinkFileCheck.h"
#include "telink/TelinkImage.h"
#include "telink/sim/PvvxControlChannel.h"
#include "telink/sim/TelinkAdvertFormats.h"
#include "telink/sim/TelinkDemoImages.h"
#include "telink/sim/TelinkFlashMap.h"
#include "telink/sim/TelinkImageRecognizer.h"
#include "telink/sim/TelinkOtaReceiver.h"

#include <catch2/catch.hpp>

using namespace fw::telink;
using namespace fw::telink::sim;
using namespace telinksimtest;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

TelinkOtaReceiver::Plan standardPlan(quint32 runningSize)
{
    TelinkOtaReceiver::Plan p;
    p.target = TelinkFlashMap::Bank1;
    p.runningBank = TelinkFlashMap::Bank0;
    p.runningSize = runningSize;
    return p;
}

}  // namespace

TEST_CASE("Telink sim: the block 0 frame and end frame vectors of telink.md 1.2", "[unit][telink]")
{
    // The first 16 bytes of ATC_v58.bin as quoted in the fact sheet.
    const QByteArray block0 = hex("2680013099995d024b4e4c545b078800");
    CHECK(dataFrame(0, block0).toHex() == QByteArray("00002680013099995d024b4e4c545b078800bdb5"));
    CHECK(endFrame(0x1514).toHex() == QByteArray("02ff1415ebea"));

    // The device accepts exactly that frame and refuses it with one bit changed.
    TelinkFlashMap flash;
    TelinkOtaReceiver rx(flash);
    rx.start(standardPlan(0x1000));
    CHECK(rx.onData(hex("00002680013099995d024b4e4c545b078800bdb5"), true) == TelinkOtaReceiver::Outcome::Accepted);
    CHECK(flash.read(TelinkFlashMap::Bank1, 8) == block0.left(8));
    CHECK(quint8(flash.read(TelinkFlashMap::Bank1 + 8, 1)[0]) == 0xFF);  // boot mark deferred
    rx.start(standardPlan(0x1000));
    CHECK(rx.onData(hex("00002680013099995d024b4e4c545b078800bdb4"), true) == TelinkOtaReceiver::Outcome::Failed);
    CHECK(rx.status() == TelinkOtaReceiver::DataCrcError);
}

TEST_CASE("Telink sim: frames of the real ATC_v58.bin match the fact sheet", "[unit][telink]")
{
    const QByteArray file = corpusBytes("ATC_v58.bin");
    if (file.isEmpty()) {
        WARN("corpus file ATC_v58.bin is absent; skipping");
        return;
    }
    const QList<QByteArray> frames = framesOf(file);
    CHECK(frames.size() == 5397);
    CHECK(frames.first().toHex() == QByteArray("00002680013099995d024b4e4c545b078800bdb5"));
    CHECK(endFrame(int(frames.size()) - 1).toHex() == QByteArray("02ff1415ebea"));

    const TelinkImageIdentity id = TelinkImageRecognizer::recognize(file, TelinkFlashMap::Bank1);
    CHECK(id.personality == TelinkPersonality::Pvvx);
    CHECK(id.pvvxVersion == 0x58);
    CHECK(id.softwareRevision == QStringLiteral("V5.8"));
}

TEST_CASE("Telink sim: real stock and Zigbee-wrapped files are recognised", "[unit][telink]")
{
    const QByteArray signedStock = corpusBytes("Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin");
    const QByteArray zigbee = corpusBytes("1141-020a-99993001-ATC_v58.zigbee");
    if (signedStock.isEmpty() || zigbee.isEmpty()) {
        WARN("corpus stock or .zigbee file is absent; skipping");
        return;
    }
    const TelinkImageIdentity stock = TelinkImageRecognizer::recognize(signedStock, TelinkFlashMap::Bank1);
    CHECK(stock.personality == TelinkPersonality::Stock);
    CHECK(stock.xiaomiSigned);
    CHECK(stock.firmwareRevision == QStringLiteral("2.1.1_0159"));
    CHECK(stock.softwareRevision == QStringLiteral("0159"));

    // The BLE build inside a .zigbee, written by the extended OTA, relocates and stays pvvx.
    const TelinkZigbeeInfo z = TelinkImage::parseZigbee(zigbee);
    const TelinkImageIdentity inner = TelinkImageRecognizer::recognize(z.upgradeImage(zigbee), TelinkFlashMap::ExtBank);
    CHECK(inner.personality == TelinkPersonality::Pvvx);
    CHECK(inner.relocatesToLow);
}

TEST_CASE("Telink sim: demo images are valid files the recogniser sorts correctly", "[unit][telink]")
{
    struct Case {
        QByteArray image;
        quint32 bank;
        TelinkPersonality expected;
        QString firmware;
        QString software;
    };
    const QList<Case> cases = {
        {TelinkDemoImages::pvvxBle(), TelinkFlashMap::Bank1, TelinkPersonality::Pvvx, QStringLiteral("github.com/pvvx"), QStringLiteral("V5.8")},
        {TelinkDemoImages::pvvxBle(0x44, 8192), TelinkFlashMap::Bank0, TelinkPersonality::Pvvx, QStringLiteral("github.com/pvvx"), QStringLiteral("V4.4")},
        {TelinkDemoImages::atc1441(), TelinkFlashMap::Bank1, TelinkPersonality::Atc1441, QStringLiteral("github.com/atc1441"), QString()},
        {TelinkDemoImages::stock(), TelinkFlashMap::Bank0, TelinkPersonality::Stock, QStringLiteral("1.0.0_0130"), QStringLiteral("0130")},
        {TelinkDemoImages::stockSigned(), TelinkFlashMap::Bank1, TelinkPersonality::Stock, QStringLiteral("2.1.1_0159"), QStringLiteral("0159")},
        {TelinkDemoImages::zigbeeHybrid(), TelinkFlashMap::Bank1, TelinkPersonality::ZigbeeHybrid, QStringLiteral("github.com/pvvx"), QStringLiteral("V5.8")},
        {TelinkDemoImages::zigbeeImage(), TelinkFlashMap::ExtBank, TelinkPersonality::Zigbee, QString(), QString()},
        {TelinkDemoImages::zigbeeImage(), TelinkFlashMap::Bank1, TelinkPersonality::Unknown, QString(), QString()},
        {TelinkDemoImages::otherDevice(), TelinkFlashMap::Bank1, TelinkPersonality::Unknown, QString(), QString()},
        {TelinkDemoImages::stock(), TelinkFlashMap::ExtBank, TelinkPersonality::Unknown, QStringLiteral("1.0.0_0130"), QStringLiteral("0130")},
    };
    for (const Case &c : cases) {
        const TelinkBinInfo info = TelinkImage::parseBin(c.image);
        INFO("expected " << personalityToken(c.expected).toStdString() << " at bank " << c.bank);
        CHECK_FALSE(info.hasErrors());
        CHECK(info.crcOk());
        CHECK(info.sizeField % 16 == 4);
        const TelinkImageIdentity id = TelinkImageRecognizer::recognize(c.image, c.bank);
        CHECK(id.personality == c.expected);
        CHECK(id.firmwareRevision == c.firmware);
        CHECK(id.softwareRevision == c.software);
    }
    CHECK(TelinkImage::parseBin(TelinkDemoImages::stockSigned()).kind == TelinkImageKind::SignedStock);
    CHECK(TelinkImage::parseBin(TelinkDemoImages::pvvxBle()).kind == TelinkImageKind::PvvxBle);
    CHECK(TelinkDemoImages::pvvxBle().size() <= 80 * 1024);
    CHECK(TelinkDemoImages::pvvxBle().size() > 80 * 1024 - 32);

    const QByteArray zb = TelinkDemoImages::zigbeeOta();
    const TelinkZigbeeInfo z = TelinkImage::parseZigbee(zb);
    CHECK_FALSE(z.hasErrors());
    CHECK(z.manufacturerCode == 0x1141);
    CHECK(z.imageType == 0x020A);
    CHECK(z.wrapsTelinkImage);
    CHECK(z.upgradeImageOffset == 62);
    CHECK(z.totalImageSize == quint32(zb.size()));
    const TelinkFileVerdict ext = TelinkFileCheck::check(zb, TelinkTarget::PvvxExtendedOta, TelinkDeviceFirmware::PvvxExtOta);
    CHECK(ext.ok());
    CHECK(TelinkFileCheck::check(TelinkDemoImages::pvvxBle(), TelinkTarget::StandardOta).ok());
}

TEST_CASE("Telink sim: flash programs by clearing bits and boots the first marked bank", "[unit][telink]")
{
    TelinkFlashMap flash;
    CHECK_FALSE(flash.bootBank().has_value());
    flash.program(0x100, hex("f00f"));
    flash.program(0x100, hex("3cff"));
    CHECK(flash.read(0x100, 2) == hex("300f"));
    flash.erase(0x123, 1);
    CHECK(flash.isBlank(0x0, TelinkFlashMap::SectorSize));

    const QByteArray image = TelinkDemoImages::pvvxBle(0x58, 4096);
    flash.load(TelinkFlashMap::Bank1, image);
    REQUIRE(flash.bootBank().has_value());
    CHECK(*flash.bootBank() == TelinkFlashMap::Bank1);
    CHECK(flash.imageAt(TelinkFlashMap::Bank1) == image);
    flash.clearBootFlag(TelinkFlashMap::Bank1);
    CHECK_FALSE(flash.bootBank().has_value());
    CHECK(quint8(flash.read(TelinkFlashMap::Bank1 + 8, 1)[0]) == 0x00);
}

TEST_CASE("Telink sim: the OTA receiver reports each status by its cause", "[unit][telink]")
{
    TelinkFlashMap flash;
    const QByteArray running = TelinkDemoImages::pvvxBle(0x58, 4096);
    flash.load(TelinkFlashMap::Bank0, running);
    const QByteArray image = TelinkDemoImages::pvvxBle(0x59, 2048);
    const QList<QByteArray> frames = framesOf(image);
    TelinkOtaReceiver rx(flash);

    auto run = [&](const std::function<void()> &body) {
        rx.start(standardPlan(quint32(running.size())));
        body();
        return rx.status();
    };
    // Packet loss: frame 2 arrives after frame 0.
    CHECK(run([&] { rx.onData(frames[0], true); rx.onData(frames[2], true); }) == TelinkOtaReceiver::PacketLoss);
    CHECK(rx.state() == TelinkOtaReceiver::State::Failed);
    CHECK(flash.isBlank(TelinkFlashMap::Bank1, TelinkFlashMap::BankSize));  // wiped on failure
    // Flash write refused (supply too low).
    CHECK(run([&] { rx.onData(frames[0], false); }) == TelinkOtaReceiver::WriteFlashError);
    // Frames missing at the end, and a bad complement.
    CHECK(run([&] {
              for (int i = 0; i < 10; ++i)
                  rx.onData(frames[i], true);
              rx.onEnd(endFrame(int(frames.size()) - 1));
          }) == TelinkOtaReceiver::DataIncomplete);
    CHECK(run([&] {
              rx.onData(frames[0], true);
              rx.onEnd(QByteArray::fromHex("02ff00000000"));
          }) == TelinkOtaReceiver::DataIncomplete);
    // Whole-image CRC-32 (the 5D 02 marker asks for it).
    QByteArray broken = image;
    broken[100] = char(broken[100] ^ 0x01);
    const QList<QByteArray> brokenFrames = framesOf(broken);
    CHECK(run([&] {
              for (const QByteArray &f : brokenFrames)
                  rx.onData(f, true);
              rx.onEnd(endFrame(int(brokenFrames.size()) - 1));
          }) == TelinkOtaReceiver::FirmwareCheckError);

    // A good transfer swaps the boot marks (§1.4).
    CHECK(run([&] {
              for (const QByteArray &f : frames)
                  rx.onData(f, true);
              rx.onEnd(endFrame(int(frames.size()) - 1));
          }) == TelinkOtaReceiver::Success);
    CHECK(rx.state() == TelinkOtaReceiver::State::Succeeded);
    CHECK(flash.isBootable(TelinkFlashMap::Bank1));
    CHECK(quint8(flash.read(TelinkFlashMap::Bank0 + 8, 1)[0]) == 0x00);
    CHECK(flash.imageAt(TelinkFlashMap::Bank1) == image);
}

TEST_CASE("Telink sim: pvvx config reply matches the B1.6 log and latency changes", "[unit][telink]")
{
    TelinkFlashMap flash;
    PvvxControlChannel ch(flash);
    PvvxControlChannel::Identity id;
    id.version = 0x44;
    id.hwId = PvvxControlChannel::hwIdForRevision(QStringLiteral("B1.6"));
    ch.boot(id);
    ch.setDefaults(1000);
    CHECK(id.hwId == 4);

    const QList<QByteArray> get = ch.onWrite(hex("55"), 0, false);
    REQUIRE(get.size() == 1);
    // "Custom config HEX string" = the reply without its version byte (devbis/z03mmc #29).
    QByteArray logged = get.first();
    CHECK(quint8(logged[1]) == 0x44);
    logged.remove(1, 1);
    CHECK(logged.toHex() == QByteArray("55051000002804a9313104b4"));
    CHECK(ch.latencyMs() == 1000);

    // 0x5A: 2 s latency until the next boot; 0x55: saved.
    ch.onWrite(hex("5a051000002804a9636304b4"), 0, false);
    CHECK(ch.latencyMs() == 2000);
    ch.boot(id);
    CHECK(ch.latencyMs() == 1000);
    ch.onWrite(hex("55051000002804a9090904b4"), 0, false);
    ch.boot(id);
    CHECK(ch.latencyMs() == 200);

    // pvvx 4.4 has no extended OTA: bit 1 clear, 0x73 not answered.
    const QByteArray devId = ch.onWrite(hex("00"), 0, false).value(0);
    REQUIRE(devId.size() == 12);
    CHECK((quint8(devId[8]) & 0x03) == 0x01);
    CHECK(ch.onWrite(hex("7300000400" "50000000"), 0, false).isEmpty());
}

TEST_CASE("Telink sim: pvvx extended OTA erases sector by sector, then is ready", "[unit][telink]")
{
    TelinkFlashMap flash;
    flash.load(TelinkFlashMap::ExtBank + 0x3000, QByteArray(64, 'L'));  // a log record
    PvvxControlChannel ch(flash);
    PvvxControlChannel::Identity id;
    id.version = 0x58;
    ch.boot(id);
    ch.setSectorEraseMs(50);

    const QByteArray devId = ch.onWrite(hex("00"), 0, false).value(0);
    CHECK((quint8(devId[8]) & 0x03) == 0x03);

    CHECK(ch.onWrite(hex("7300000400" "0a000000"), 0, true).value(0).toHex() == QByteArray("7301000004000a000000"));
    CHECK(ch.onWrite(hex("7300000300" "0a000000"), 0, false).value(0).toHex() == QByteArray("73fe000003000a000000"));
    CHECK(ch.onWrite(hex("7300000400" "d0000000"), 0, false).value(0).toHex() == QByteArray("73fe00000400d0000000"));
    CHECK(ch.onWrite(hex("7300000400" "0a000000"), 0, false).isEmpty());  // 10 KiB: 3 sectors
    CHECK(ch.onWrite(hex("7300000400" "0a000000"), 10, false).value(0).toHex() == QByteArray("7302000004000a000000"));
    CHECK(ch.tick(49).isEmpty());
    QList<QByteArray> n = ch.tick(50);
    REQUIRE(n.size() == 1);
    CHECK(n[0].toHex() == QByteArray("7304000004000a000000"));
    n = ch.tick(150);
    REQUIRE(n.size() == 3);
    CHECK(n[0].toHex() == QByteArray("7304001004000a000000"));
    CHECK(n[1].toHex() == QByteArray("7304002004000a000000"));
    CHECK(n[2].toHex() == QByteArray("7303000004000a000000"));
    CHECK(ch.extOtaReady());
    CHECK(ch.extOtaBytes() == 10 * 1024);
    CHECK(flash.isBlank(TelinkFlashMap::ExtBank, 0x3000));
    CHECK_FALSE(flash.isBlank(TelinkFlashMap::ExtBank + 0x3000, 64));  // beyond the region
}

TEST_CASE("Telink sim: advertising payloads have the documented layouts", "[unit][telink]")
{
    const QString mac = QStringLiteral("A4:C1:38:1A:2B:3C");
    CHECK(TelinkAdvertFormats::batteryPercent(2200) == 0);
    CHECK(TelinkAdvertFormats::batteryPercent(2600) == 50);
    CHECK(TelinkAdvertFormats::batteryPercent(3000) == 100);
    CHECK(TelinkAdvertFormats::batteryPercent(3300) == 100);
    CHECK(TelinkAdvertFormats::batteryPercent(1900) == 0);

    // 22.57 C, 48.10 %, 2950 mV (93 %), counter 7, flags 4.
    CHECK(TelinkAdvertFormats::pvvxCustom(mac, 2257, 4810, 2950, 7, 4).toHex()
          == QByteArray("3c2b1a38c1a4d108ca12860b5d0704"));
    // atc1441: MAC in order, 22.6 C big-endian, 48 %, 93 %, 2950 mV big-endian, counter.
    CHECK(TelinkAdvertFormats::atc1441(mac, 2257, 4810, 2950, 7).toHex()
          == QByteArray("a4c1381a2b3c00e2305d0b8607"));
    CHECK(TelinkAdvertFormats::bthome(9, 2257, 4810, 2950).toHex()
          == QByteArray("40000901" "5d" "02d108" "03ca12" "0c860b"));
    const QByteArray mi = TelinkAdvertFormats::miBeacon(mac, 3);
    CHECK(mi.left(5).toHex() == QByteArray("58585b0503"));
    CHECK(mi.mid(5, 6).toHex() == QByteArray("3c2b1a38c1a4"));
}
