#include <catch2/catch.hpp>

#include "core/BleConnectDiagnoses.h"
#include "core/BluezDeviceIndex.h"
#include "core/GattLinks.h"
#include "core/Job.h"
#include "core/LogBus.h"
#include "core/QtGattLink.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/SimGattServiceCache.h"
#include "core/sim/SimulatedGattLink.h"

#include <QBluetoothLocalDevice>
#include <QElapsedTimer>

#include <functional>

using namespace fw::core;

namespace {

Diagnosis diagnosisOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const JobError &e) {
        return e.diagnosis();
    }
    return {};
}

}  // namespace

TEST_CASE("openGattLink opens a Bluetooth demo device as a simulated link", "[unit][ble]")
{
    QString error;
    std::unique_ptr<GattLink> link = openGattLink(QStringLiteral("demo:ble-thermometer"), &error);
    INFO(error.toStdString());
    REQUIRE(link);
    CHECK(error.isEmpty());
    CHECK(link->name() == QStringLiteral("demo:ble-thermometer"));
    auto *sim = dynamic_cast<sim::SimulatedGattLink *>(link.get());
    REQUIRE(sim);
    // Demo devices share the host's service cache, as BlueZ's cache is one per computer.
    CHECK(sim->serviceCache() == sim::SimGattServiceCache::shared());
    CHECK_FALSE(link->isConnected());
    CHECK(link->services().isEmpty());

    // Names are found in any letter case, as the registry does.
    CHECK(openGattLink(QStringLiteral("demo:BLE-Thermometer")));
}

TEST_CASE("openGattLink explains unknown demo names and lists the Bluetooth demos", "[unit][ble]")
{
    QString error;
    CHECK_FALSE(openGattLink(QStringLiteral("demo:no-such-sensor"), &error));
    CHECK(error.contains(QStringLiteral("no-such-sensor")));
    CHECK(error.contains(QStringLiteral("demo:ble-thermometer")));

    // A serial demo is not a Bluetooth device.
    const sim::DemoDevice *serial = nullptr;
    const QList<sim::DemoDevice> all = sim::DemoRegistry::instance().all();
    for (const sim::DemoDevice &d : all) {
        if (d.transport == sim::DemoDevice::Transport::Serial) {
            serial = sim::DemoRegistry::instance().find(d.name);
            break;
        }
    }
    REQUIRE(serial);
    error.clear();
    CHECK_FALSE(openGattLink(QStringLiteral("demo:") + serial->name, &error));
    CHECK(error.contains(serial->name));
    CHECK(error.contains(QStringLiteral("serial")));
    CHECK(error.contains(QStringLiteral("demo:ble-thermometer")));
    CHECK_FALSE(error.contains(QStringLiteral("demo:") + serial->name + QStringLiteral(",")));

    error.clear();
    CHECK_FALSE(openGattLink(QStringLiteral("/dev/ttyUSB0"), &error));
    CHECK(error.contains(QStringLiteral("/dev/ttyUSB0")));
    CHECK(error.contains(QStringLiteral("A4:C1:38:1A:2B:3C")));

    error.clear();
    CHECK_FALSE(openGattLink(QStringLiteral("  "), &error));
    CHECK_FALSE(error.isEmpty());

    CHECK_FALSE(openGattLink(QStringLiteral("demo:nothing")));  // no error pointer: no crash
}

TEST_CASE("openGattLink opens a Bluetooth address as the real link", "[unit][ble]")
{
    QString error;
    std::unique_ptr<GattLink> link = openGattLink(QStringLiteral("ble:a4:c1:38:1a:2b:3c"), &error);
    REQUIRE(link);
    REQUIRE(dynamic_cast<QtGattLink *>(link.get()));
    CHECK(link->name() == QStringLiteral("ble:A4:C1:38:1A:2B:3C"));
    CHECK(link->address() == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK_FALSE(link->isConnected());
    CHECK(link->services().isEmpty());
    CHECK(link->mtu() == 23);

    link = openGattLink(QStringLiteral("A4C1381A2B3C"));
    REQUIRE(link);
    CHECK(link->address() == QStringLiteral("A4:C1:38:1A:2B:3C"));
}

TEST_CASE("QtGattLink normalises Bluetooth addresses", "[unit][ble]")
{
    CHECK(QtGattLink::normalizeAddress(QStringLiteral("a4:c1:38:1a:2b:3c")) == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(QtGattLink::normalizeAddress(QStringLiteral(" BLE:A4-C1-38-1A-2B-3C ")) == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(QtGattLink::normalizeAddress(QStringLiteral("a4c1381a2b3c")) == QStringLiteral("A4:C1:38:1A:2B:3C"));
    CHECK(QtGattLink::normalizeAddress(QStringLiteral("A4:C1:38:1A:2B")).isEmpty());
    CHECK(QtGattLink::normalizeAddress(QStringLiteral("G4:C1:38:1A:2B:3C")).isEmpty());
    CHECK(QtGattLink::normalizeAddress(QStringLiteral("demo:ble-thermometer")).isEmpty());
    CHECK(QtGattLink::normalizeAddress({}).isEmpty());
}

TEST_CASE("QtGattLink refuses a text that is no address and works only when connected", "[unit][ble]")
{
    QtGattLink link;
    CancelToken cancel;
    link.setCancelToken(&cancel);
    const Diagnosis bad = diagnosisOf([&] { link.connectTo(QStringLiteral("kitchen sensor"), 2000); });
    CHECK(bad.code == QStringLiteral("ble.invalid_address"));
    CHECK(bad.summary.contains(QStringLiteral("kitchen sensor")));
    CHECK_FALSE(bad.nextStep.isEmpty());

    const QBluetoothUuid battery(quint16(0x2A19));
    CHECK(diagnosisOf([&] { link.read(battery); }).code == QStringLiteral("ble.disconnected"));
    CHECK(diagnosisOf([&] { link.write(battery, "x", GattWriteMode::WithResponse); }).code
          == QStringLiteral("ble.disconnected"));
    CHECK(diagnosisOf([&] { link.subscribe(battery, true); }).code == QStringLiteral("ble.disconnected"));
    // A wait on a link that is not connected ends at once instead of sleeping out its timeout.
    QElapsedTimer t;
    t.start();
    CHECK(diagnosisOf([&] { link.waitNotification({}, 10000); }).code == QStringLiteral("ble.disconnected"));
    CHECK(t.elapsed() < 5000);
    CHECK_FALSE(link.requestConnectionParameters(GattConnectionParameters{}));
    link.disconnectFrom();  // harmless when not connected

    cancel.cancel();
    CHECK_THROWS_AS(link.connectTo(QStringLiteral("A4:C1:38:1A:2B:3C"), 2000), JobCancelled);
}

TEST_CASE("QtGattLink without a Bluetooth adapter gives a clear diagnosis", "[unit][ble]")
{
    if (!QBluetoothLocalDevice::allDevices().isEmpty()) {
        WARN("This computer has a Bluetooth adapter; the no-adapter case cannot be checked here");
        return;
    }
    LogBus bus(1000);
    LogBatch records;
    QObject::connect(&bus, &LogBus::batch, [&](const LogBatch &b) { records += b; });
    QtGattLink link(QStringLiteral("A4:C1:38:1A:2B:3C"));
    link.setLogger(Logger(&bus, QStringLiteral("ble")));

    QElapsedTimer t;
    t.start();
    const Diagnosis d = diagnosisOf([&] { link.connectTo({}, 20000); });
    CHECK(t.elapsed() < 10000);  // answered by the checks, not by the connect timeout
    CHECK(d.code == QStringLiteral("ble.unavailable"));
    CHECK_FALSE(d.summary.isEmpty());
    CHECK_FALSE(d.causes.isEmpty());
    CHECK_FALSE(d.nextStep.isEmpty());
    CHECK_FALSE(link.isConnected());
    switch (BluezDeviceIndex::availability()) {
    case BluezDeviceIndex::Availability::NoSystemBus:
        CHECK(d.summary.contains(QStringLiteral("D-Bus")));
        break;
    case BluezDeviceIndex::Availability::NoBluez:
        CHECK(d.nextStep.contains(QStringLiteral("systemctl start bluetooth")));
        break;
    case BluezDeviceIndex::Availability::Ready:
        CHECK(d.summary.contains(QStringLiteral("adapter")));
        break;
    }

    // Forgetting needs BlueZ; without it the answer is false, with a log record saying why.
    if (BluezDeviceIndex::availability() != BluezDeviceIndex::Availability::Ready) {
        CHECK_FALSE(link.forgetCachedServices(QStringLiteral("A4:C1:38:1A:2B:3C")));
        bus.flush();
        CHECK(std::any_of(records.cbegin(), records.cend(), [](const LogRecord &r) {
            return r.level == LogLevel::Warning && r.text.contains(QStringLiteral("A4:C1:38:1A:2B:3C"));
        }));
    }
}

TEST_CASE("Bluetooth connection diagnoses name a cause and a next step", "[unit][ble]")
{
    using U = BleConnectDiagnoses::Unavailable;
    for (U u : {U::NoSystemBus, U::NoBluez, U::NoAdapter, U::AdapterOff}) {
        const Diagnosis d = BleConnectDiagnoses::unavailable(u, QStringLiteral("hci0"));
        CHECK(d.code == QStringLiteral("ble.unavailable"));
        CHECK_FALSE(d.summary.isEmpty());
        CHECK_FALSE(d.causes.isEmpty());
        CHECK_FALSE(d.nextStep.isEmpty());
    }
    CHECK(BleConnectDiagnoses::unavailable(U::AdapterOff, QStringLiteral("hci1")).summary.contains(QStringLiteral("hci1")));

    const QString address = QStringLiteral("A4:C1:38:1A:2B:3C");
    const Diagnosis timeout = BleConnectDiagnoses::connectTimeout(address, 15000);
    CHECK(timeout.code == QStringLiteral("ble.timeout"));
    CHECK(timeout.summary.contains(address));
    CHECK(timeout.nextStep.contains(QStringLiteral("battery")));
    CHECK(timeout.nextStep.contains(QStringLiteral("sudo systemctl restart bluetooth")));
    CHECK(timeout.causes.size() >= 3);

    const Diagnosis unknown =
        BleConnectDiagnoses::connectFailed(address, QLowEnergyController::UnknownRemoteDeviceError, {});
    CHECK(unknown.code == QStringLiteral("ble.connect_failed"));
    CHECK(unknown.nextStep.contains(QStringLiteral("Scan")));
    const Diagnosis generic =
        BleConnectDiagnoses::connectFailed(address, QLowEnergyController::UnknownError, QStringLiteral("boom"));
    CHECK(generic.summary.contains(QStringLiteral("boom")));
    CHECK(generic.nextStep.contains(QStringLiteral("battery")));
    CHECK(BleConnectDiagnoses::closedDuringSetup(address).code == QStringLiteral("ble.connect_failed"));
    CHECK(BleConnectDiagnoses::refused(QStringLiteral("read"), QBluetoothUuid(quint16(0x2A25))).summary.contains(QStringLiteral("0x2a25")));
}
