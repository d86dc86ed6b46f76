#include <catch2/catch.hpp>

#include "core/BleScanner.h"

#include <QBluetoothLocalDevice>
#include <QSignalSpy>

using fw::core::BleDeviceInfo;
using fw::core::BleScanner;

// Runs only through tests/dbus/run-with-bluez-mock.sh, which puts python-dbusmock's BlueZ on a
// private system bus (hidden tag: `fw_tests "[dbus]"` selects it explicitly).
TEST_CASE("BleScanner discovers a device on a mocked BlueZ", "[dbus][.]")
{
    if (qgetenv("FW_BLUEZ_MOCK") != "1") {
        WARN("FW_BLUEZ_MOCK is not set; run this through tests/dbus/run-with-bluez-mock.sh");
        return;
    }
    const QString address = qEnvironmentVariable("FW_BLUEZ_MOCK_ADDRESS");
    const QString name = qEnvironmentVariable("FW_BLUEZ_MOCK_NAME");
    const qint16 rssi = qint16(qEnvironmentVariableIntValue("FW_BLUEZ_MOCK_RSSI"));
    REQUIRE_FALSE(address.isEmpty());

    REQUIRE(QBluetoothLocalDevice::allDevices().size() == 1);

    BleScanner scanner;
    QSignalSpy found(&scanner, &BleScanner::deviceFound);
    QSignalSpy finished(&scanner, &BleScanner::finished);
    scanner.start(1500);
    INFO("state text: " << scanner.stateText().toStdString());
    REQUIRE(scanner.state() == BleScanner::State::Scanning);

    REQUIRE(finished.wait(15000));
    INFO("state text after the scan: " << scanner.stateText().toStdString());
    CHECK(scanner.state() == BleScanner::State::Idle);
    CHECK(finished.count() == 1);
    CHECK(found.count() >= 1);

    const QList<BleDeviceInfo> devices = scanner.devices();
    REQUIRE(devices.size() == 1);
    const BleDeviceInfo &dev = devices.first();
    CHECK(dev.address == address);
    CHECK(dev.name == name);
    CHECK(dev.rssi == rssi);
    CHECK_FALSE(dev.isDemo);
    CHECK(scanner.stateText().contains(QStringLiteral("1")));

    // A second scan on the same scanner works as well, and stop() ends it early.
    QSignalSpy finishedAgain(&scanner, &BleScanner::finished);
    scanner.start(10000);
    REQUIRE(scanner.state() == BleScanner::State::Scanning);
    scanner.stop();
    if (finishedAgain.isEmpty())
        REQUIRE(finishedAgain.wait(5000));
    CHECK(scanner.state() == BleScanner::State::Idle);
}
