#include <catch2/catch.hpp>

#include "core/BluezDeviceIndex.h"
#include "core/GattLinks.h"
#include "core/Job.h"
#include "core/LogBus.h"
#include "core/QtGattLink.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <functional>
#include <thread>

using namespace fw::core;

// Run only through `tests/dbus/run-with-bluez-mock.sh --gatt`, which gives python-dbusmock's
// BlueZ a connectable device with a GATT table (tests/dbus/bluez_gatt_mock.py) and forces Qt
// onto its BlueZ D-Bus back-end (BLUETOOTH_FORCE_DBUS_LE_VERSION).

namespace {

const QBluetoothUuid kModelNumber(quint16(0x2A24));
const QBluetoothUuid kSerialNumber(quint16(0x2A25));
const QBluetoothUuid kDeviceInformation(quint16(0x180A));
const QBluetoothUuid kPvvxService(quint16(0x1F10));
const QBluetoothUuid kControl(quint16(0x1F1F));
const QBluetoothUuid kOtaService(QStringLiteral("00010203-0405-0607-0809-0a0b0c0d1912"));
const QBluetoothUuid kOta(QStringLiteral("00010203-0405-0607-0809-0a0b0c0d2b12"));

bool gattMockRunning()
{
    if (qgetenv("FW_BLUEZ_MOCK_GATT") == "1")
        return true;
    WARN("FW_BLUEZ_MOCK_GATT is not set; run this through tests/dbus/run-with-bluez-mock.sh --gatt");
    return false;
}

QString devicePath()
{
    return qEnvironmentVariable("FW_BLUEZ_MOCK_DEVICE_PATH");
}
QString modelPath() { return devicePath() + QStringLiteral("/service0008/char0009"); }
QString controlPath() { return devicePath() + QStringLiteral("/service000d/char000e"); }
QString otaPath() { return devicePath() + QStringLiteral("/service0012/char0013"); }

// Calls a method of python-dbusmock's control interface on one mock object.
QDBusMessage mockCall(const QString &path, const QString &method, const QVariantList &args = {},
                      const QString &iface = QStringLiteral("org.freedesktop.DBus.Mock"))
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), path, iface, method);
    call.setArguments(args);
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 5000);
    INFO("mock call " << method.toStdString() << " on " << path.toStdString() << ": "
                      << reply.errorMessage().toStdString());
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    return reply;
}

QVariant unwrap(QVariant v)
{
    if (v.userType() == qMetaTypeId<QDBusVariant>())
        v = qvariant_cast<QDBusVariant>(v).variant();
    return v;
}

// The argument lists of the logged calls of one method (GetMethodCalls answers a(tav)).
QList<QVariantList> methodCalls(const QString &path, const QString &method)
{
    const QDBusMessage reply = mockCall(path, QStringLiteral("GetMethodCalls"), {method});
    QList<QVariantList> calls;
    const QDBusArgument arg = reply.arguments().constFirst().value<QDBusArgument>();
    arg.beginArray();
    while (!arg.atEnd()) {
        quint64 when = 0;
        QVariantList args;
        arg.beginStructure();
        arg >> when >> args;
        arg.endStructure();
        for (QVariant &a : args)
            a = unwrap(a);
        calls.append(args);
    }
    arg.endArray();
    return calls;
}

struct Write {
    QByteArray value;
    QString type;  // "request" or "command"
};

QList<Write> writesTo(const QString &path)
{
    QList<Write> writes;
    const QList<QVariantList> calls = methodCalls(path, QStringLiteral("WriteValue"));
    for (const QVariantList &args : calls) {
        REQUIRE(args.size() == 2);
        Write w;
        w.value = args.at(0).toByteArray();
        QVariantMap options;
        if (args.at(1).userType() == qMetaTypeId<QDBusArgument>())
            options = qdbus_cast<QVariantMap>(args.at(1).value<QDBusArgument>());
        else
            options = args.at(1).toMap();
        w.type = unwrap(options.value(QStringLiteral("type"))).toString();
        writes.append(w);
    }
    return writes;
}

// What the device sends as a notification: BlueZ sets the characteristic's Value property.
void deviceNotifies(const QString &charPath, const QByteArray &value)
{
    QVariantMap props;
    props.insert(QStringLiteral("Value"), value);
    mockCall(charPath, QStringLiteral("UpdateProperties"),
             {QStringLiteral("org.bluez.GattCharacteristic1"), props});
}

bool deviceConnectedInBluez()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.bluez"), devicePath(), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    call << QStringLiteral("org.bluez.Device1") << QStringLiteral("Connected");
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 5000);
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    return unwrap(reply.arguments().constFirst()).toBool();
}

Diagnosis diagnosisOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const JobError &e) {
        return e.diagnosis();
    }
    return {};
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(10);
    }
    return true;
}

}  // namespace

TEST_CASE("QtGattLink reads and writes and receives notifications over a mocked BlueZ",
          "[dbus][gatt][gatt_io][.]")
{
    if (!gattMockRunning())
        return;
    const QString address = qEnvironmentVariable("FW_BLUEZ_MOCK_ADDRESS");
    REQUIRE_FALSE(address.isEmpty());

    LogBus bus(1000);
    LogBatch records;
    QObject::connect(&bus, &LogBus::batch, [&](const LogBatch &b) { records += b; });

    QString error;
    std::unique_ptr<GattLink> opened = openGattLink(QStringLiteral("ble:") + address.toLower(), &error);
    REQUIRE(opened);
    auto *link = dynamic_cast<QtGattLink *>(opened.get());
    REQUIRE(link);
    CancelToken cancel;
    link->setCancelToken(&cancel);
    link->setLogger(Logger(&bus, QStringLiteral("ble")));
    CHECK(link->name() == QStringLiteral("ble:") + address);

    link->connectTo({}, 10000);
    REQUIRE(link->isConnected());
    CHECK(deviceConnectedInBluez());

    // The table as BlueZ exports it, with the handles its object paths carry.
    const QList<GattServiceInfo> services = link->services();
    REQUIRE(services.size() == 3);
    CHECK(services[0].uuid == kDeviceInformation);
    CHECK(services[0].startHandle == 0x0008);
    REQUIRE(services[0].characteristics.size() == 2);
    CHECK(services[0].characteristics[0].uuid == kModelNumber);
    CHECK(services[0].characteristics[0].properties == GattRead);
    CHECK(services[0].characteristics[0].handle == 0x000A);
    CHECK(services[1].uuid == kPvvxService);
    REQUIRE(services[1].characteristics.size() == 1);
    const GattCharacteristicInfo control = services[1].characteristics[0];
    CHECK(control.uuid == kControl);
    CHECK(control.properties == (GattRead | GattWrite | GattWriteNoResponse | GattNotify));
    CHECK(control.description == QStringLiteral("Control"));
    CHECK(control.handle == 0x000F);
    CHECK(services[1].endHandle == 0x0011);
    CHECK(services[2].uuid == kOtaService);
    REQUIRE(services[2].characteristics.size() == 1);
    CHECK(services[2].characteristics[0].uuid == kOta);
    CHECK(services[2].characteristics[0].properties == (GattRead | GattWriteNoResponse));
    CHECK(services[2].characteristics[0].description == QStringLiteral("OTA"));

    // Qt 6.4 does not know the MTU under BlueZ's D-Bus API; BlueZ's MTU property does.
    CHECK(link->mtu() == 247);
    CHECK(link->maxWriteWithoutResponse() == 244);

    SECTION("reads go to the device, a refusal is a diagnosis")
    {
        mockCall(modelPath(), QStringLiteral("ClearCalls"));
        CHECK(link->read(kModelNumber) == QByteArray("LYWSD03MMC"));
        CHECK(methodCalls(modelPath(), QStringLiteral("ReadValue")).size() == 1);

        const Diagnosis refused = diagnosisOf([&] { link->read(kSerialNumber, 3000); });
        CHECK(refused.code == QStringLiteral("ble.gatt_error"));
        CHECK(refused.summary.contains(QStringLiteral("0x2a25")));
        CHECK_FALSE(refused.nextStep.isEmpty());
        CHECK(link->isConnected());  // a refused read does not end the connection

        CHECK(diagnosisOf([&] { link->write(kModelNumber, "x", GattWriteMode::WithResponse); }).code
              == QStringLiteral("ble.not_permitted"));
        CHECK(diagnosisOf([&] { link->read(QBluetoothUuid(quint16(0x2A19))); }).code
              == QStringLiteral("ble.no_such_characteristic"));
    }

    SECTION("writes with and without response reach the device as BlueZ write types")
    {
        mockCall(controlPath(), QStringLiteral("ClearCalls"));
        mockCall(otaPath(), QStringLiteral("ClearCalls"));
        link->write(kControl, QByteArray("\x01\x02", 2), GattWriteMode::WithResponse);
        QList<Write> writes = writesTo(controlPath());
        REQUIRE(writes.size() == 1);
        CHECK(writes[0].value == QByteArray("\x01\x02", 2));
        CHECK(writes[0].type == QStringLiteral("request"));

        const QByteArray frame = QByteArray::fromHex("0100d0aa55aa55aa55aa55aa55aa55aa55aa55aa");
        link->write(kOta, frame, GattWriteMode::WithoutResponse);
        link->write(kOta, frame.left(4), GattWriteMode::WithoutResponse);
        // Qt runs requests in order, so after this read both writes have gone out.
        link->read(kOta);
        writes = writesTo(otaPath());
        REQUIRE(writes.size() == 2);
        CHECK(writes[0].value == frame);
        CHECK(writes[0].type == QStringLiteral("command"));
        CHECK(writes[1].value == frame.left(4));

        // Larger than MTU - 3: refused before it reaches BlueZ.
        const Diagnosis tooLong = diagnosisOf(
            [&] { link->write(kOta, QByteArray(245, 'x'), GattWriteMode::WithoutResponse); });
        CHECK(tooLong.code == QStringLiteral("ble.gatt_error"));
        link->read(kOta);
        CHECK(writesTo(otaPath()).size() == 2);
    }

    SECTION("notifications arrive through the CCCD, read echoes do not count")
    {
        mockCall(controlPath(), QStringLiteral("ClearCalls"));
        link->subscribe(kControl, true);
        CHECK(methodCalls(controlPath(), QStringLiteral("StartNotify")).size() == 1);

        // The device answers command 0x55 with a notification.
        link->write(kControl, QByteArray("\x55", 1), GattWriteMode::WithoutResponse);
        std::optional<GattNotification> n = link->waitNotification(kControl, 5000);
        REQUIRE(n);
        CHECK(n->characteristic == kControl);
        CHECK(n->value == QByteArray("\x55" "cfg"));

        // BlueZ reports a read's value as a change of Value too; that is no notification.
        CHECK(link->read(kControl) == QByteArray("\x55" "cfg"));
        CHECK_FALSE(link->waitNotification(kControl, 300));

        deviceNotifies(controlPath(), QByteArray("\x33\x01\x02", 3));
        deviceNotifies(controlPath(), QByteArray("\x33\x03\x04", 3));
        n = link->waitNotification({}, 5000);
        REQUIRE(n);
        CHECK(n->value == QByteArray("\x33\x01\x02", 3));
        n = link->waitNotification(kControl, 5000);
        REQUIRE(n);
        CHECK(n->value == QByteArray("\x33\x03\x04", 3));
        CHECK(n->tMs >= 0);

        // Queued notifications of another characteristic are not handed out, and can be cleared.
        deviceNotifies(controlPath(), QByteArray("\x33\x06", 2));
        CHECK_FALSE(link->waitNotification(kOta, 500));
        link->clearNotifications(kControl);
        CHECK_FALSE(link->waitNotification(kControl, 100));

        link->subscribe(kControl, false);
        CHECK(methodCalls(controlPath(), QStringLiteral("StopNotify")).size() == 1);
        deviceNotifies(controlPath(), QByteArray("\x33\x05", 2));
        CHECK_FALSE(link->waitNotification(kControl, 300));
    }

    SECTION("operations are logged with their bytes")
    {
        link->read(kModelNumber);
        link->write(kControl, QByteArray("\x01\x02", 2), GattWriteMode::WithResponse);
        link->subscribe(kControl, true);
        link->write(kControl, QByteArray("\x55", 1), GattWriteMode::WithoutResponse);
        REQUIRE(link->waitNotification(kControl, 5000));
        bus.flush();
        auto has = [&](Direction d, const QByteArray &bytes) {
            return std::any_of(records.cbegin(), records.cend(), [&](const LogRecord &r) {
                return r.direction == d && r.bytes == bytes && r.source == QStringLiteral("ble");
            });
        };
        CHECK(has(Direction::Rx, QByteArray("LYWSD03MMC")));
        CHECK(has(Direction::Tx, QByteArray("\x01\x02", 2)));
        CHECK(has(Direction::Tx, QByteArray("\x01\x00", 2)));  // CCCD: notifications on
        CHECK(has(Direction::Tx, QByteArray("\x55", 1)));
        CHECK(has(Direction::Rx, QByteArray("\x55" "cfg")));
    }

    SECTION("connection parameters cannot be changed through BlueZ's D-Bus API")
    {
        GattConnectionParameters fast;
        fast.intervalMs = 7.5;
        CHECK_FALSE(link->requestConnectionParameters(fast));
        CHECK(link->isConnected());
    }

    link->disconnectFrom();
    CHECK_FALSE(link->isConnected());
    CHECK(link->services().isEmpty());
    CHECK(waitUntil([] { return !deviceConnectedInBluez(); }, 5000));
    CHECK(diagnosisOf([&] { link->read(kModelNumber); }).code == QStringLiteral("ble.disconnected"));
}

TEST_CASE("QtGattLink reports a sleeping device and a dropped link on a mocked BlueZ",
          "[dbus][gatt][gatt_drop][.]")
{
    if (!gattMockRunning())
        return;
    const QString address = qEnvironmentVariable("FW_BLUEZ_MOCK_ADDRESS");
    QtGattLink link(address);
    CancelToken cancel;
    link.setCancelToken(&cancel);

    // BlueZ gives up with le-connection-abort-by-local when the device does not answer.
    mockCall(devicePath(), QStringLiteral("SetAsleep"), {true}, QStringLiteral("org.flashwright.MockDevice"));
    const Diagnosis asleep = diagnosisOf([&] { link.connectTo(address, 10000); });
    CHECK(asleep.code == QStringLiteral("ble.connect_failed"));
    CHECK(asleep.summary.contains(address));
    CHECK(asleep.nextStep.contains(QStringLiteral("battery")));
    CHECK(asleep.nextStep.contains(QStringLiteral("systemctl restart bluetooth")));
    CHECK_FALSE(link.isConnected());
    mockCall(devicePath(), QStringLiteral("SetAsleep"), {false}, QStringLiteral("org.flashwright.MockDevice"));

    // A remote disconnect (Connected=false) turns the next call into ble.disconnected.
    link.connectTo(address, 10000);
    REQUIRE(link.isConnected());
    mockCall(devicePath(), QStringLiteral("DropLink"), {}, QStringLiteral("org.flashwright.MockDevice"));
    CHECK(waitUntil([&] { return !link.isConnected(); }, 5000));
    const Diagnosis dropped = diagnosisOf([&] { link.read(kModelNumber); });
    CHECK(dropped.code == QStringLiteral("ble.disconnected"));
    CHECK(dropped.summary.contains(address));
    CHECK_FALSE(dropped.nextStep.isEmpty());
    CHECK(diagnosisOf([&] { link.write(kControl, "\x01", GattWriteMode::WithoutResponse); }).code
          == QStringLiteral("ble.disconnected"));

    // The link reconnects; a drop during a wait wakes the wait.
    link.connectTo(address, 10000);
    REQUIRE(link.isConnected());
    CHECK(link.read(kModelNumber) == QByteArray("LYWSD03MMC"));
    link.subscribe(kControl, true);
    link.write(kControl, QByteArray("\xb0", 1), GattWriteMode::WithoutResponse);  // device reboots
    QElapsedTimer t;
    t.start();
    CHECK(diagnosisOf([&] { link.waitNotification(kControl, 30000); }).code
          == QStringLiteral("ble.disconnected"));
    CHECK(t.elapsed() < 10000);

    // A cancel is answered within 100 ms while waiting for a notification.
    link.connectTo(address, 10000);
    REQUIRE(link.isConnected());
    std::atomic<qint64> cancelledAt{-1};
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&] {
        QThread::msleep(200);
        cancelledAt = clock.elapsed();
        cancel.cancel();
    });
    bool threwCancelled = false;
    try {
        link.waitNotification(kControl, 30000);
    } catch (const JobCancelled &) {
        threwCancelled = true;
    }
    const qint64 answeredAt = clock.elapsed();
    canceller.join();
    CHECK(threwCancelled);
    CHECK(answeredAt - cancelledAt.load() < 100);
}

TEST_CASE("QtGattLink makes a mocked BlueZ forget a device and its cached services",
          "[dbus][gatt][gatt_forget][.]")
{
    if (!gattMockRunning())
        return;
    const QString address = qEnvironmentVariable("FW_BLUEZ_MOCK_ADDRESS");
    const QString adapterPath = devicePath().section(QLatin1Char('/'), 0, -2);
    LogBus bus(1000);
    LogBatch records;
    QObject::connect(&bus, &LogBus::batch, [&](const LogBatch &b) { records += b; });
    QtGattLink link(address);
    link.setLogger(Logger(&bus, QStringLiteral("ble")));

    link.connectTo(address, 10000);
    REQUIRE(link.isConnected());
    mockCall(adapterPath, QStringLiteral("ClearCalls"));

    // Forgetting the connected device disconnects first, then removes it from its adapter.
    CHECK(link.forgetCachedServices(address.toLower()));
    CHECK_FALSE(link.isConnected());
    const QList<QVariantList> removals = methodCalls(adapterPath, QStringLiteral("RemoveDevice"));
    REQUIRE(removals.size() == 1);
    CHECK(qvariant_cast<QDBusObjectPath>(removals[0].at(0)).path() == devicePath());
    BluezDeviceIndex index;
    REQUIRE(index.load());
    CHECK_FALSE(index.device(address));

    // Nothing left to forget: no second removal, still a success.
    CHECK(link.forgetCachedServices(address));
    CHECK(methodCalls(adapterPath, QStringLiteral("RemoveDevice")).size() == 1);

    // BlueZ no longer knows the device, so a connect asks for a scan first.
    const Diagnosis unknown = diagnosisOf([&] { link.connectTo(address, 10000); });
    CHECK(unknown.code == QStringLiteral("ble.connect_failed"));
    CHECK(unknown.nextStep.contains(QStringLiteral("Scan")));

    bus.flush();
    CHECK(std::any_of(records.cbegin(), records.cend(), [](const LogRecord &r) {
        return r.text.contains(QStringLiteral("Forgot the cached services"));
    }));
}
