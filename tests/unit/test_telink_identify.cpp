#include "telink/TelinkAdvert.h"
#include "telink/TelinkIdentity.h"
#include "telink/TelinkOtaDiagnosis.h"
#include "telink/TelinkUuids.h"

#include <catch2/catch.hpp>

using namespace fw::telink;
using fw::core::GattCharacteristicInfo;
using fw::core::GattServiceInfo;

namespace {

GattServiceInfo service(const QBluetoothUuid &uuid, QList<QBluetoothUuid> chars = {}, quint8 props = 0x02)
{
    GattServiceInfo s;
    s.uuid = uuid;
    for (const auto &c : chars)
        s.characteristics << GattCharacteristicInfo{c, props, 0, {}};
    return s;
}

QList<GattServiceInfo> pvvxTable()
{
    return {service(uuids::deviceInformation(), {uuids::firmwareRevision()}),
            service(uuids::otaService(), {uuids::otaCharacteristic()}),
            service(uuids::environmentalSensing(), {uuids::temperature()}),
            service(uuids::pvvxService(), {uuids::pvvxControl()}, 0x16)};
}

QList<GattServiceInfo> stockTable()
{
    return {service(uuids::deviceInformation(), {uuids::firmwareRevision()}),
            service(uuids::otaService(), {uuids::otaCharacteristic()}),
            service(uuids::xiaomiService(), {uuids::xiaomiTempHumi(), uuids::xiaomiSpeed()}),
            service(uuids::miService(), {uuids::miControl(), uuids::miData()})};
}

}  // namespace

TEST_CASE("Telink adverts: pvvx custom and atc1441 frames decode", "[unit][telink]")
{
    fw::core::BleDeviceInfo d;
    d.name = QStringLiteral("ATC_1A2B3C");
    // pvvx: MAC reversed, 21.45 C, 48.50 %, 2950 mV, 93 %, counter 7, flags 4 (all LE).
    d.serviceData.insert(uuids::environmentalSensing(), QByteArray::fromHex("3c2b1a38c1a4" "6108" "f212" "860b" "5d" "07" "04"));
    TelinkAdvertInfo a = TelinkAdvert::decode(d);
    CHECK(a.format == TelinkAdvertFormat::PvvxCustom);
    CHECK(a.deviceKind == QStringLiteral("LYWSD03MMC"));
    CHECK(a.mac == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(*a.temperatureC == Approx(21.45));
    CHECK(*a.humidityPercent == Approx(48.50));
    CHECK(*a.batteryMv == 2950);
    CHECK(*a.batteryPercent == 93);
    CHECK(*a.counter == 7);

    // atc1441: MAC, 23.4 C (BE, 0.1), 55 %, 80 %, 2840 mV (BE), counter 9.
    d.serviceData.insert(uuids::environmentalSensing(), QByteArray::fromHex("a4c1381a2b3c" "00ea" "37" "50" "0b18" "09"));
    a = TelinkAdvert::decode(d);
    CHECK(a.format == TelinkAdvertFormat::Atc1441);
    CHECK(a.mac == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(*a.temperatureC == Approx(23.4));
    CHECK(*a.humidityPercent == Approx(55));
    CHECK(*a.batteryPercent == 80);
    CHECK(*a.batteryMv == 2840);
    CHECK_FALSE(a.summary().isEmpty());

    // Negative temperatures stay negative in both formats.
    d.serviceData.insert(uuids::environmentalSensing(), QByteArray::fromHex("a4c1381a2b3c" "ff9c" "37" "50" "0b18" "09"));
    CHECK(*TelinkAdvert::decode(d).temperatureC == Approx(-10.0));
}

TEST_CASE("Telink adverts: BTHome objects and names", "[unit][telink]")
{
    fw::core::BleDeviceInfo d;
    d.name = QStringLiteral("ATCz1A2B3C");
    // v2 unencrypted; packet id 3, battery 71 %, 19.00 C, 60.00 %, 2770 mV.
    d.serviceData.insert(uuids::bthome(), QByteArray::fromHex("40" "0003" "0147" "026c07" "037017" "0cd20a"));
    const TelinkAdvertInfo a = TelinkAdvert::decode(d);
    CHECK(a.format == TelinkAdvertFormat::BtHome);
    CHECK(*a.counter == 3);
    CHECK(*a.batteryPercent == 71);
    CHECK(*a.temperatureC == Approx(19.0));
    CHECK(*a.humidityPercent == Approx(60.0));
    CHECK(*a.batteryMv == 2770);

    CHECK(TelinkAdvert::deviceKindFromName(QStringLiteral("LYWSD03MMC")) == QStringLiteral("LYWSD03MMC"));
    CHECK(TelinkAdvert::deviceKindFromName(QStringLiteral("MHO_ABCDEF")) == QStringLiteral("MHO-C401"));
    CHECK(TelinkAdvert::deviceKindFromName(QStringLiteral("Some Lamp")).isEmpty());
    CHECK(TelinkAdvert::batteryPercentFromMv(3000) == 100);
    CHECK(TelinkAdvert::batteryPercentFromMv(2200) == 0);
    CHECK(TelinkAdvert::batteryPercentFromMv(2600) == 50);
}

TEST_CASE("Telink fingerprint: stock, pvvx, atc1441 and a stale cache", "[unit][telink]")
{
    TelinkIdentity pvvx;
    pvvx.firmwareRevision = QStringLiteral("github.com/pvvx");
    pvvx.softwareRevision = QStringLiteral("V5.8");
    TelinkIdentify::classify(pvvxTable(), pvvx);
    CHECK(pvvx.firmware == TelinkFirmwareKind::Pvvx);
    CHECK(pvvx.pvvxVersion == 0x58);
    CHECK(pvvx.extendedOta);
    CHECK(pvvx.forFileCheck() == TelinkDeviceFirmware::PvvxExtOta);
    CHECK_FALSE(pvvx.servicesLookStale);

    TelinkIdentity old;
    old.firmwareRevision = QStringLiteral("github.com/pvvx");
    old.softwareRevision = QStringLiteral("V4.4");
    TelinkIdentify::classify(pvvxTable(), old);
    CHECK_FALSE(old.extendedOta);
    CHECK(old.forFileCheck() == TelinkDeviceFirmware::Custom);

    QList<GattServiceInfo> atcTable = pvvxTable();
    atcTable.removeAt(2);
    TelinkIdentity atc;
    TelinkIdentify::classify(atcTable, atc);
    CHECK(atc.firmware == TelinkFirmwareKind::Atc1441);

    TelinkIdentity stock;
    stock.firmwareRevision = QStringLiteral("1.0.0_0130");
    TelinkIdentify::classify(stockTable(), stock);
    CHECK(stock.firmware == TelinkFirmwareKind::Stock);
    CHECK(stock.hasStockSpeed);
    CHECK(stock.hasMiAuth);

    TelinkIdentity signedOnly;
    signedOnly.firmwareRevision = QStringLiteral("2.1.1_0159");
    TelinkIdentify::classify(stockTable(), signedOnly);
    CHECK(signedOnly.firmware == TelinkFirmwareKind::StockSignedOnly);

    // The seed's case: the host still shows the stock table, the DIS says pvvx.
    TelinkIdentity stale;
    stale.firmwareRevision = QStringLiteral("github.com/pvvx");
    stale.softwareRevision = QStringLiteral("V4.4");
    TelinkIdentify::classify(stockTable(), stale);
    CHECK(stale.servicesLookStale);
    CHECK(stale.firmware == TelinkFirmwareKind::Pvvx);
}

TEST_CASE("pvvx report and configuration replies parse, latency can be lowered", "[unit][telink]")
{
    TelinkIdentity id;
    // 00, rev 1, hw_id 4 (B1.6), version 0x0044, sensors, services bit0 only.
    REQUIRE(TelinkIdentify::parsePvvxInfo(QByteArray::fromHex("00" "01" "0400" "4400" "0100" "01000000"), id));
    CHECK(id.pvvxHwId == 4);
    CHECK(id.pvvxVersion == 0x44);
    CHECK_FALSE(id.extendedOta);
    REQUIRE(TelinkIdentify::parsePvvxInfo(QByteArray::fromHex("00" "01" "0000" "5800" "0100" "03000000"), id));
    CHECK(id.extendedOta);
    CHECK_FALSE(TelinkIdentify::parsePvvxInfo(QByteArray::fromHex("0001"), id));
    CHECK(TelinkIdentify::hwIdName(4) == QStringLiteral("LYWSD03MMC B1.6"));

    // The seed's "Custom config HEX string: 55051000002804a9313104b4" is the reply without its
    // version byte; conn_latency 0x31 = 49 -> 1000 ms.
    const QByteArray reply = QByteArray::fromHex("55" "0a" "051000002804a9313104b4");
    REQUIRE(TelinkIdentify::parsePvvxConfig(reply, id));
    CHECK(*id.configLatencyMs == 1000);
    CHECK(TelinkIdentify::configWithLatency(reply, 1000, true).toHex() == "55051000002804a9313104b4");

    QByteArray slow = reply;
    slow[9] = char(149);  // 3000 ms
    REQUIRE(TelinkIdentify::parsePvvxConfig(slow, id));
    CHECK(*id.configLatencyMs == 3000);
    const QByteArray lowered = TelinkIdentify::configWithLatency(slow, 1000, false);
    CHECK(lowered.toHex() == "5a051000002804a9313104b4");
}

TEST_CASE("Telink advice follows revision, firmware and goal", "[unit][telink]")
{
    TelinkIdentity id;
    id.hardwareRevision = QStringLiteral("B1.6");
    id.firmwareRevision = QStringLiteral("github.com/pvvx");
    id.softwareRevision = QStringLiteral("V4.4");
    TelinkIdentify::classify(pvvxTable(), id);
    const QStringList zigbee = TelinkIdentify::advice(id, TelinkGoal::Zigbee);
    CHECK(zigbee.join(QLatin1Char('\n')).contains(QStringLiteral("4.8")));
    CHECK(zigbee.join(QLatin1Char('\n')).contains(QStringLiteral("4.6")));
    CHECK_FALSE(TelinkIdentify::advice(id, TelinkGoal::PvvxBle).join(QLatin1Char('\n')).contains(QStringLiteral("4.8")));

    TelinkIdentity b11 = id;
    b11.hardwareRevision = QStringLiteral("B1.1");
    CHECK(TelinkIdentify::advice(b11, TelinkGoal::PvvxBle).join(QLatin1Char('\n')).contains(QStringLiteral("2025")));

    TelinkIdentity weak = id;
    weak.batteryPercent = 30;
    CHECK(weak.batteryLow());
    CHECK(TelinkIdentify::advice(weak, TelinkGoal::PvvxBle).first().contains(QStringLiteral("CR2032")));
    weak.batteryMv = 2900;
    CHECK_FALSE(weak.batteryLow());  // the voltage decides when known
}

TEST_CASE("Telink OTA diagnosis ranks causes by the evidence", "[unit][telink]")
{
    TelinkIdentity id;
    id.firmwareRevision = QStringLiteral("github.com/pvvx");
    id.softwareRevision = QStringLiteral("V5.8");
    TelinkIdentify::classify(pvvxTable(), id);
    TelinkOtaOptions options;

    TelinkOtaAttempt early;
    early.framesSent = 8;
    early.framesConfirmed = 0;
    early.linkLost = true;
    early.code = QStringLiteral("ble.disconnected");

    TelinkIdentity weak = id;
    weak.batteryPercent = 20;
    fw::core::Diagnosis d = TelinkOtaDiagnosis::build(weak, {early, early}, options, 4096);
    CHECK(d.code == QStringLiteral("telink.ota.failed"));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QStringLiteral("battery")));
    CHECK(d.nextStep.contains(QStringLiteral("CR2032")));
    CHECK(d.summary.contains(QStringLiteral("2")));

    TelinkIdentity slow = id;
    slow.configLatencyMs = 3000;  // no configuration to change it with
    d = TelinkOtaDiagnosis::build(slow, {early}, options, 4096);
    CHECK(d.causes.first().contains(QStringLiteral("latency")));

    TelinkOtaAttempt rejected;
    rejected.framesConfirmed = 256;
    rejected.status = 6;
    d = TelinkOtaDiagnosis::build(id, {rejected}, options, 4096);
    CHECK(d.causes.first().contains(QStringLiteral("rejected the file")));

    TelinkOtaAttempt handle;
    handle.attError = 0x01;
    handle.code = QStringLiteral("ble.gatt_error");
    d = TelinkOtaDiagnosis::build(id, {handle}, options, 4096);
    CHECK(d.causes.first().contains(QStringLiteral("stale")));

    TelinkOtaAttempt crc;
    crc.framesConfirmed = 64;
    crc.status = 2;
    d = TelinkOtaDiagnosis::build(id, {crc}, options, 4096);
    CHECK(d.causes.first().contains(QStringLiteral("radio")));
    CHECK(d.summary.contains(QStringLiteral("CRC")));
}
