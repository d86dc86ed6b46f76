#include <catch2/catch.hpp>

#include "core/sim/BleWireModel.h"

using fw::core::sim::BleWireModel;

namespace {

BleWireModel model(double intervalMs, int packets)
{
    BleWireModel m;
    m.intervalMs = intervalMs;
    m.packetsPerEvent = packets;
    return m;
}

}  // namespace

TEST_CASE("BLE wire model: payload per packet follows the MTU and the link-layer size", "[unit][ble]")
{
    BleWireModel m;
    CHECK(m.mtu == 23);
    CHECK(m.payloadPerPacket() == 20);
    CHECK(m.maxWriteWithoutResponse() == 20);
    CHECK(m.packetsForWriteWithoutResponse(20) == 1);
    CHECK(m.packetsForWriteWithoutResponse(1) == 1);

    // A larger MTU without data length extension is fragmented into 27-byte packets.
    m.mtu = 247;
    CHECK(m.payloadPerPacket() == 20);
    CHECK(m.maxWriteWithoutResponse() == 244);
    CHECK(m.packetsForWriteWithoutResponse(244) == 10);  // 247 + 4 = 251 bytes -> 10 packets

    // With data length extension one packet carries the whole PDU.
    m.llPayload = 251;
    CHECK(m.payloadPerPacket() == 244);
    CHECK(m.packetsForWriteWithoutResponse(244) == 1);
}

TEST_CASE("BLE wire model: throughput limits at 7.5 ms and 30 ms", "[unit][ble]")
{
    CHECK(model(7.5, 4).bytesPerSecondLimit() == Approx(4 * 20 / 0.0075));  // 10 666.7 B/s
    CHECK(model(7.5, 6).bytesPerSecondLimit() == Approx(16000.0));
    CHECK(model(30.0, 4).bytesPerSecondLimit() == Approx(2666.6667));
    CHECK(model(30.0, 6).bytesPerSecondLimit() == Approx(4000.0));
    CHECK(BleWireModel::fast().bytesPerSecondLimit() == Approx(16000.0));
    CHECK(BleWireModel::typical().bytesPerSecondLimit() == Approx(2666.6667));
    CHECK(model(7.5, 4).intervalUs() == 7500);
}

TEST_CASE("BLE wire model: writes without response fill connection events", "[unit][ble]")
{
    const BleWireModel m = model(30.0, 4);
    CHECK(m.eventsForWritesWithoutResponse(0) == 0);
    CHECK(m.eventsForWritesWithoutResponse(1) == 1);
    CHECK(m.eventsForWritesWithoutResponse(4) == 1);
    CHECK(m.eventsForWritesWithoutResponse(5) == 2);
    CHECK(m.msForWritesWithoutResponse(400) == Approx(3000.0));  // 100 events
    // 400 x 20 bytes in 3 s is exactly the limit.
    CHECK(400 * 20 / (m.msForWritesWithoutResponse(400) / 1000.0) == Approx(m.bytesPerSecondLimit()));

    const BleWireModel f = model(7.5, 6);
    CHECK(f.msForWritesWithoutResponse(6) == Approx(7.5));
    CHECK(f.msForWritesWithoutResponse(7) == Approx(15.0));
}

TEST_CASE("BLE wire model: requests cost a round trip of about two intervals", "[unit][ble]")
{
    const BleWireModel m = model(30.0, 4);
    CHECK(m.msForRoundTrip() == Approx(60.0));
    CHECK(m.msForWriteWithResponse(20) == Approx(60.0));
    // 50 bytes with MTU 23: prepare writes of 18 bytes (3) plus the execute.
    CHECK(m.exchangesForWriteWithResponse(50) == 4);
    CHECK(m.msForWriteWithResponse(50) == Approx(240.0));
    // Reads: 22 bytes per response; a full response needs one more (empty) blob read.
    CHECK(m.exchangesForRead(0) == 1);
    CHECK(m.exchangesForRead(21) == 1);
    CHECK(m.exchangesForRead(22) == 2);
    CHECK(m.exchangesForRead(50) == 3);
    CHECK(m.msForRead(10) == Approx(60.0));

    const BleWireModel f = model(7.5, 6);
    CHECK(f.msForRoundTrip() == Approx(15.0));
    // Discovery grows with the table: setup plus one exchange per service pair and characteristic.
    CHECK(f.msForDiscovery(4, 10) == Approx(f.connectSetupMs + 19 * 15.0));
}

TEST_CASE("BLE wire model: impossible parameters are named", "[unit][ble]")
{
    CHECK(BleWireModel::typical().validate().isEmpty());
    CHECK(BleWireModel::fast().validate().isEmpty());
    CHECK_FALSE(model(5.0, 4).validate().isEmpty());
    CHECK_FALSE(model(30.0, 0).validate().isEmpty());
    BleWireModel m;
    m.mtu = 22;
    CHECK(m.validate().contains(QStringLiteral("MTU")));
}
