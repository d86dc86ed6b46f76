#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/DemoThermometerModel.h"
#include "core/sim/GattPeripheralModel.h"
#include "core/sim/SimulatedGattLink.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace fw::core;
using namespace fw::core::sim;

namespace {

const QBluetoothUuid kSinkService(QStringLiteral("7e1a0001-3c5d-4b8f-9a1e-2f6c0b9d4e21"));
const QBluetoothUuid kSinkData(QStringLiteral("7e1a0002-3c5d-4b8f-9a1e-2f6c0b9d4e21"));
const QBluetoothUuid kSinkControl(QStringLiteral("7e1a0003-3c5d-4b8f-9a1e-2f6c0b9d4e21"));
const QString kSinkAddress = QStringLiteral("C0:FF:EE:00:00:01");

// A data sink like an OTA characteristic: counts what arrives, answers "ping" with a
// notification and refuses values starting with 0xEE with an application error.
class SinkPeripheral : public GattPeripheralModel {
public:
    BleDeviceInfo advertisement() const override
    {
        BleDeviceInfo info;
        info.name = QStringLiteral("Sink");
        info.address = kSinkAddress;
        info.serviceUuids = {kSinkService};
        return info;
    }
    QList<GattServiceDef> gattTable() const override
    {
        return {GattServiceDef{
            kSinkService,
            {GattCharacteristicDef{kSinkData, GattRead | GattWriteNoResponse | GattWrite, {}, QStringLiteral("data")},
             GattCharacteristicDef{kSinkControl, GattRead | GattWrite | GattNotify, {}, {}}}}};
    }
    AttReadResult onRead(const QBluetoothUuid &c) override
    {
        if (c == kSinkData) {
            QByteArray v(4, '\0');
            qToLittleEndian(quint32(received.size()), v.data());
            return AttReadResult::ok(v);
        }
        return AttReadResult::ok(lastControl);
    }
    quint8 onWrite(const QBluetoothUuid &c, const QByteArray &value, bool withResponse) override
    {
        if (value.startsWith('\xEE'))
            return 0x81;
        if (c == kSinkData) {
            received += value;
            if (!withResponse)
                ++writesWithoutResponse;
            return att::Success;
        }
        lastControl = value;
        if (value == "ping")
            notify(kSinkControl, QByteArray("pong"));
        return att::Success;
    }
    void onConnect(qint64) override { ++connects; }
    void onDisconnect() override { ++disconnects; }

    QByteArray received;
    QByteArray lastControl;
    int writesWithoutResponse = 0;
    int connects = 0;
    int disconnects = 0;
};

QString codeOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const JobError &e) {
        return e.diagnosis().code;
    }
    return QStringLiteral("(no error)");
}

}  // namespace

TEST_CASE("Simulated GATT link: thermometer discovery, DIS strings and notifications", "[integration][ble]")
{
    auto model = std::make_shared<DemoThermometerModel>();
    model->setMeasurementIntervalMs(150);
    SimulatedGattLink link(model, BleWireModel::fast());
    LogBus bus(1000);
    LogBatch records;
    QObject::connect(&bus, &LogBus::batch, [&](const LogBatch &b) { records += b; });
    link.setLogger(Logger(&bus, QStringLiteral("ble")));

    REQUIRE_FALSE(link.isConnected());
    link.connectTo(QString::fromLatin1(DemoThermometerModel::kAddress), 3000);
    REQUIRE(link.isConnected());
    CHECK(link.mtu() == 23);
    CHECK(link.address() == QStringLiteral("A4:C1:38:1A:2B:3C"));

    const QList<GattServiceInfo> services = link.services();
    QList<QBluetoothUuid> serviceIds;
    for (const GattServiceInfo &s : services)
        serviceIds << s.uuid;
    CHECK(serviceIds.contains(QBluetoothUuid(quint16(0x181A))));
    CHECK(serviceIds.contains(QBluetoothUuid(quint16(0x180F))));
    CHECK(serviceIds.contains(QBluetoothUuid(quint16(0x180A))));
    const auto temperature = link.findCharacteristic(QBluetoothUuid(quint16(0x2A6E)));
    REQUIRE(temperature);
    CHECK(temperature->has(GattNotify));
    CHECK(temperature->has(GattRead));
    CHECK_FALSE(temperature->has(GattWrite));
    CHECK(temperature->handle != 0);

    CHECK(link.read(QBluetoothUuid(quint16(0x2A24))) == QByteArray("LYWSD03MMC"));
    CHECK(link.read(QBluetoothUuid(quint16(0x2A27))) == QByteArray("B1.4"));
    CHECK(link.read(QBluetoothUuid(quint16(0x2A29))) == QByteArray("miaomiaoce.com"));
    CHECK_FALSE(link.read(QBluetoothUuid(quint16(0x2A26))).isEmpty());
    CHECK(link.read(QBluetoothUuid(quint16(0x2A19))) == QByteArray(1, char(87)));

    // No notification before subscribing.
    CHECK_FALSE(link.waitNotification(QBluetoothUuid(quint16(0x2A6E)), 400).has_value());

    link.subscribe(QBluetoothUuid(quint16(0x2A6E)), true);
    const auto n = link.waitNotification(QBluetoothUuid(quint16(0x2A6E)), 2000);
    REQUIRE(n.has_value());
    REQUIRE(n->value.size() == 2);
    const double celsius = qFromLittleEndian<qint16>(n->value.constData()) / 100.0;
    CHECK(celsius > 18.0);
    CHECK(celsius < 27.0);
    const auto second = link.waitNotification({}, 2000);
    REQUIRE(second.has_value());
    CHECK(second->tMs > n->tMs);

    CHECK(codeOf([&] { link.write(QBluetoothUuid(quint16(0x2A6E)), "x", GattWriteMode::WithResponse); })
          == QStringLiteral("ble.not_permitted"));
    CHECK(codeOf([&] { link.read(QBluetoothUuid(quint16(0x2A00 + 0x7F))); })
          == QStringLiteral("ble.no_such_characteristic"));

    link.disconnectFrom();
    CHECK_FALSE(link.isConnected());
    CHECK(codeOf([&] { link.read(QBluetoothUuid(quint16(0x2A24))); }) == QStringLiteral("ble.disconnected"));

    bus.flush();
    bool sawRx = false;
    bool sawTx = false;
    for (const LogRecord &r : records) {
        if (r.direction == Direction::Rx && r.bytes == QByteArray("LYWSD03MMC"))
            sawRx = true;
        if (r.direction == Direction::Tx && r.bytes == QByteArray("\x01\x00", 2))
            sawTx = true;  // the CCCD write
    }
    CHECK(sawRx);
    CHECK(sawTx);
}

TEST_CASE("Simulated GATT link: writes with and without response, notifications", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    SimulatedGattLink link(sink, BleWireModel::fast());
    link.connectTo(kSinkAddress, 3000);
    CHECK(sink->connects == 1);
    CHECK(link.maxWriteWithoutResponse() == 20);

    link.write(kSinkData, QByteArray(20, 'a'), GattWriteMode::WithoutResponse);
    link.write(kSinkData, QByteArray(10, 'b'), GattWriteMode::WithResponse);
    CHECK(sink->received == QByteArray(20, 'a') + QByteArray(10, 'b'));
    CHECK(sink->writesWithoutResponse == 1);
    CHECK(qFromLittleEndian<quint32>(link.read(kSinkData).constData()) == 30u);

    // A long write with response goes through as a queued write.
    link.write(kSinkControl, QByteArray(60, 'c'), GattWriteMode::WithResponse);
    CHECK(link.read(kSinkControl) == QByteArray(60, 'c'));

    // Too long for one write without response.
    CHECK(codeOf([&] { link.write(kSinkData, QByteArray(21, 'x'), GattWriteMode::WithoutResponse); })
          == QStringLiteral("ble.gatt_error"));

    link.subscribe(kSinkControl, true);
    link.write(kSinkControl, "ping", GattWriteMode::WithResponse);
    const auto pong = link.waitNotification(kSinkControl, 1000);
    REQUIRE(pong.has_value());
    CHECK(pong->value == QByteArray("pong"));
    CHECK_FALSE(link.waitNotification(kSinkControl, 100).has_value());

    // An error the peripheral reports on a write with response.
    try {
        link.write(kSinkControl, QByteArray("\xEE\x01", 2), GattWriteMode::WithResponse);
        FAIL("expected an ATT error");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QStringLiteral("ble.gatt_error"));
        CHECK(e.diagnosis().summary.contains(QStringLiteral("0x81")));
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
    }
    // The same value without response fails silently, as on a real link.
    link.write(kSinkData, QByteArray("\xEE\x01", 2), GattWriteMode::WithoutResponse);
    CHECK(link.isConnected());

    // A connection parameter update slows the link down to the new interval.
    GattConnectionParameters slower;
    slower.intervalMs = 30.0;
    REQUIRE(link.requestConnectionParameters(slower));
    CHECK(link.connectionParameters().intervalMs == Approx(30.0));
    QElapsedTimer t;
    t.start();
    link.read(kSinkData);
    link.read(kSinkData);
    CHECK(t.elapsed() >= 2 * 30);  // at least one interval per request and per response
    GattConnectionParameters impossible;
    impossible.intervalMs = 2.0;
    CHECK_FALSE(link.requestConnectionParameters(impossible));

    link.disconnectFrom();
    CHECK(sink->disconnects == 1);
}

TEST_CASE("Simulated GATT link: writes without response stay within the wire model", "[integration][ble]")
{
    BleWireModel wire;
    wire.intervalMs = 7.5;
    wire.packetsPerEvent = 4;
    auto sink = std::make_shared<SinkPeripheral>();
    SimulatedGattLink link(sink, wire);
    link.connectTo(kSinkAddress, 3000);

    const int count = 240;
    const QByteArray frame(20, 'z');
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i)
        link.write(kSinkData, frame, GattWriteMode::WithoutResponse);
    // The status read is the flow control a real OTA uses; it also waits for the last event.
    const QByteArray status = link.read(kSinkData);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    REQUIRE(qFromLittleEndian<quint32>(status.constData()) == quint32(count * 20));

    const double rate = count * 20 / seconds;
    const double limit = wire.bytesPerSecondLimit();
    WARN("simulated BLE throughput: " << rate << " B/s (model limit " << limit << " B/s, "
                                      << seconds * 1000.0 << " ms for " << count << " writes)");
    CHECK(rate <= limit * 1.001);
    CHECK(seconds >= wire.msForWritesWithoutResponse(count) / 1000.0 * 0.999);
}

TEST_CASE("Simulated GATT link: the link drops after N writes", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    BleFaultPlan faults;
    faults.dropAfterWrites = 5;
    SimulatedGattLink link(sink, BleWireModel::fast(), faults);
    link.connectTo(kSinkAddress, 3000);
    for (int i = 0; i < 5; ++i)
        link.write(kSinkData, QByteArray(20, char(i)), GattWriteMode::WithoutResponse);
    try {
        link.write(kSinkData, QByteArray(20, 'x'), GattWriteMode::WithoutResponse);
        FAIL("expected ble.disconnected");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QStringLiteral("ble.disconnected"));
        CHECK_FALSE(e.diagnosis().causes.isEmpty());
        CHECK_FALSE(e.diagnosis().nextStep.isEmpty());
    }
    CHECK_FALSE(link.isConnected());
    CHECK(sink->received.size() == 100);
    CHECK(sink->disconnects == 1);

    // The fault fires once: a reconnect works (resume after a dropped link).
    link.connectTo(kSinkAddress, 3000);
    link.write(kSinkData, QByteArray(20, 'y'), GattWriteMode::WithResponse);
    CHECK(sink->received.size() == 120);
}

TEST_CASE("Simulated GATT link: a silent drop is noticed after the supervision timeout", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    BleWireModel wire = BleWireModel::fast();
    wire.supervisionTimeoutMs = 300;
    BleFaultPlan faults;
    faults.dropAtMs = 50;
    faults.silentDrop = true;
    SimulatedGattLink link(sink, wire, faults);
    link.connectTo(kSinkAddress, 3000);
    QElapsedTimer t;
    t.start();
    CHECK(codeOf([&] {
              for (int i = 0; i < 10'000; ++i)
                  link.write(kSinkData, QByteArray(20, 'q'), GattWriteMode::WithoutResponse);
          })
          == QStringLiteral("ble.disconnected"));
    CHECK(t.elapsed() >= 300);
    // Writes after the drop never reached the device.
    CHECK(sink->received.size() < 10'000 * 20);
}

TEST_CASE("Simulated GATT link: a refused write is a gatt_error with the ATT code", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    BleFaultPlan faults;
    faults.rejectWriteNumber = 2;
    faults.rejectAttError = 0x05;
    SimulatedGattLink link(sink, BleWireModel::fast(), faults);
    link.connectTo(kSinkAddress, 3000);
    link.write(kSinkData, "one", GattWriteMode::WithResponse);
    try {
        link.write(kSinkData, "two", GattWriteMode::WithResponse);
        FAIL("expected ble.gatt_error");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QStringLiteral("ble.gatt_error"));
        CHECK(e.diagnosis().summary.contains(QStringLiteral("0x05")));
        CHECK(e.diagnosis().summary.contains(QStringLiteral("Insufficient Authentication")));
        CHECK(e.diagnosis().nextStep.contains(QStringLiteral("Pair")));
    }
    CHECK(sink->received == QByteArray("one"));
    link.write(kSinkData, "three", GattWriteMode::WithResponse);
    CHECK(sink->received == QByteArray("onethree"));
}

TEST_CASE("Simulated GATT link: timeouts, failed connects and lost notifications", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    BleFaultPlan faults;
    faults.failConnects = 1;
    faults.loseNotificationNumber = 1;
    SimulatedGattLink link(sink, BleWireModel::fast(), faults);

    CHECK(codeOf([&] { link.connectTo(kSinkAddress, 200); }) == QStringLiteral("ble.timeout"));
    CHECK_FALSE(link.isConnected());
    CHECK(codeOf([&] { link.connectTo(QStringLiteral("11:22:33:44:55:66"), 200); }) == QStringLiteral("ble.not_found"));
    link.connectTo(kSinkAddress, 3000);
    REQUIRE(link.isConnected());

    link.subscribe(kSinkControl, true);
    link.write(kSinkControl, "ping", GattWriteMode::WithResponse);
    CHECK_FALSE(link.waitNotification(kSinkControl, 200).has_value());
    CHECK(link.notificationsLost() == 1);
    link.write(kSinkControl, "ping", GattWriteMode::WithResponse);
    CHECK(link.waitNotification(kSinkControl, 500).has_value());

    BleFaultPlan slow;
    slow.extraResponseDelayMs = 500;
    link.setFaultPlan(slow);
    CHECK(codeOf([&] { link.read(kSinkData, 150); }) == QStringLiteral("ble.timeout"));
    link.setFaultPlan({});
    CHECK(link.read(kSinkData, 1000).size() == 4);
}

TEST_CASE("Simulated GATT link: a cancel during a long transfer is answered within 100 ms", "[integration][ble]")
{
    auto sink = std::make_shared<SinkPeripheral>();
    SimulatedGattLink link(sink, BleWireModel::typical());  // 30 ms, 4 packets: slow
    link.connectTo(kSinkAddress, 5000);
    CancelToken token;
    link.setCancelToken(&token);

    std::atomic<bool> cancelled{false};
    std::atomic<qint64> answeredAtNs{0};
    QElapsedTimer clock;
    clock.start();
    std::thread worker([&] {
        try {
            for (int i = 0; i < 100'000; ++i)
                link.write(kSinkData, QByteArray(20, 'w'), GattWriteMode::WithoutResponse);
        } catch (const JobCancelled &) {
            cancelled = true;
        } catch (...) {
        }
        answeredAtNs = clock.nsecsElapsed();
    });
    QThread::msleep(300);
    const qint64 cancelAtNs = clock.nsecsElapsed();
    token.cancel();
    worker.join();
    CHECK(cancelled.load());
    const double latencyMs = double(answeredAtNs.load() - cancelAtNs) / 1e6;
    INFO("cancel answered after " << latencyMs << " ms");
    CHECK(latencyMs < 100.0);
    CHECK(sink->received.size() > 0);
    CHECK(sink->received.size() < 100'000 * 20);
}

TEST_CASE("BLE demo thermometer is registered with a GATT factory", "[integration][ble]")
{
    const DemoDevice *demo = DemoRegistry::instance().find(QStringLiteral("ble-thermometer"));
    REQUIRE(demo != nullptr);
    CHECK(demo->transport == DemoDevice::Transport::Ble);
    REQUIRE(demo->makeGatt);
    std::shared_ptr<GattPeripheralModel> model = demo->makeGatt();
    REQUIRE(model);
    const BleDeviceInfo adv = model->advertisement();
    CHECK(adv.name.startsWith(QStringLiteral("ATC_")));
    CHECK(adv.isDemo);
    CHECK(adv.serviceData.contains(QBluetoothUuid(quint16(0x181A))));
    CHECK(adv.serviceData.value(QBluetoothUuid(quint16(0x181A))).size() == 15);
}
