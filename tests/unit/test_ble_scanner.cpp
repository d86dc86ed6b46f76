#include <catch2/catch.hpp>

#include "core/BleScanner.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>

using fw::core::BleDeviceInfo;
using fw::core::BleScanner;

namespace {

bool bluezOnSystemBus()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(QStringLiteral("org.bluez")).value();
}

}  // namespace

TEST_CASE("BleScanner without BlueZ or adapter ends in a clear state", "[unit][ble]")
{
    BleScanner scanner;
    QSignalSpy states(&scanner, &BleScanner::stateChanged);
    QSignalSpy finished(&scanner, &BleScanner::finished);
    REQUIRE(scanner.state() == BleScanner::State::Idle);
    CHECK_FALSE(scanner.stateText().isEmpty());

    scanner.start(2000);

    if (bluezOnSystemBus()) {
        // A developer machine with a running BlueZ: the scan may really start.
        WARN("BlueZ is running on this machine; the no-BlueZ path is covered by CI only");
        CHECK(scanner.state() != BleScanner::State::BluezUnavailable);
        scanner.stop();
        if (finished.isEmpty())
            finished.wait(5000);
        CHECK(scanner.state() != BleScanner::State::Scanning);
        return;
    }

    const BleScanner::State s = scanner.state();
    CHECK((s == BleScanner::State::BluezUnavailable || s == BleScanner::State::NoAdapter));
    CHECK(states.count() >= 1);
    CHECK(finished.count() == 1);
    const QString text = scanner.stateText();
    INFO(text.toStdString());
    CHECK_FALSE(text.isEmpty());
    if (s == BleScanner::State::BluezUnavailable)
        CHECK(text.contains(QStringLiteral("systemctl")));
    else
        CHECK(text.contains(QStringLiteral("Demo")));
    CHECK(scanner.devices().isEmpty());

    // A second start and stop on the same object stay harmless.
    scanner.start(2000);
    scanner.stop();
    CHECK(scanner.state() == s);
}

TEST_CASE("BleScanner::fromQt copies advertisement fields", "[unit][ble]")
{
    QBluetoothDeviceInfo info(QBluetoothAddress(QStringLiteral("A4:C1:38:1A:2B:3C")),
                              QStringLiteral("ATC_1A2B3C"), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    info.setRssi(-71);
    const QBluetoothUuid ess(quint16(0x181A));
    const QBluetoothUuid custom(QStringLiteral("00010203-0405-0607-0809-0a0b0c0d1912"));
    info.setServiceUuids({ess, custom});
    REQUIRE(info.setManufacturerData(0x0969, QByteArray::fromHex("0102030405")));
    REQUIRE(info.setServiceData(ess, QByteArray::fromHex("3c2b1a38c1a4f8085c12")));

    const BleDeviceInfo dev = BleScanner::fromQt(info);
    CHECK(dev.name == QStringLiteral("ATC_1A2B3C"));
    CHECK(dev.address == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(dev.rssi == -71);
    CHECK(dev.serviceUuids.size() == 2);
    CHECK(dev.serviceUuids.contains(custom));
    REQUIRE(dev.manufacturerData.contains(0x0969));
    CHECK(dev.manufacturerData.value(0x0969) == QByteArray::fromHex("0102030405"));
    REQUIRE(dev.serviceData.contains(ess));
    CHECK(dev.serviceData.value(ess) == QByteArray::fromHex("3c2b1a38c1a4f8085c12"));
    CHECK_FALSE(dev.isDemo);
    CHECK(dev.lastSeen.isValid());
}

TEST_CASE("BleScanner::fromQt handles an empty advertisement", "[unit][ble]")
{
    const BleDeviceInfo dev = BleScanner::fromQt(QBluetoothDeviceInfo());
    CHECK(dev.name.isEmpty());
    CHECK(dev.manufacturerData.isEmpty());
    CHECK(dev.serviceData.isEmpty());
}
