#include "telink/sim/Lywsd03mmcModel.h"

#include "core/sim/DemoThermometerModel.h"
#include "telink/TelinkUuids.h"
#include "telink/sim/TelinkAdvertFormats.h"
#include "telink/sim/TelinkDemoImages.h"

#include <QDateTime>

#include <algorithm>

namespace fw::telink::sim {

namespace {

using fw::core::BleDeviceInfo;
using fw::core::sim::AttReadResult;
using fw::core::sim::GattServiceDef;
namespace att = fw::core::sim::att;
namespace u = fw::telink::uuids;

constexpr qint64 kMeasurementIntervalMs = 2000;

QByteArray le16(quint16 v)
{
    QByteArray b;
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
    return b;
}

QByteArray factoryImage(const Lywsd03mmcSetup &s)
{
    switch (s.personality) {
    case TelinkPersonality::Stock:
        return TelinkDemoImages::stock(s.stockFirmware);
    case TelinkPersonality::Atc1441:
        return TelinkDemoImages::atc1441();
    case TelinkPersonality::Pvvx:
        return TelinkDemoImages::pvvxBle(s.pvvxVersion);
    case TelinkPersonality::ZigbeeHybrid:
        return TelinkDemoImages::zigbeeHybrid(s.pvvxVersion);
    case TelinkPersonality::Zigbee:
        return TelinkDemoImages::zigbeeImage();
    case TelinkPersonality::Unknown:
        break;
    }
    return TelinkDemoImages::otherDevice();
}

quint16 sensorIdFor(const QString &hw)
{
    // I2C addresses of the sensors: SHTC3 (0x70) on B1.4/B1.5, SHT4x (0x44) on the later boards.
    const QString r = hw.trimmed().toUpper();
    return (r == QLatin1String("B1.4") || r == QLatin1String("B1.5")) ? 0x70 : 0x44;
}

}  // namespace

Lywsd03mmcModel::Lywsd03mmcModel(Lywsd03mmcSetup setup) : m_setup(std::move(setup)), m_mi(m_setup.miToken)
{
    m_life.start();
    m_batteryMv = m_setup.batteryMv;
    m_loggedIn = m_setup.loggedIn;
    m_pvvx.setSectorEraseMs(m_setup.extOtaSectorEraseMs);
    const quint32 bank = m_setup.runningBank == TelinkFlashMap::Bank1 ? TelinkFlashMap::Bank1
                                                                      : TelinkFlashMap::Bank0;
    m_flash.load(bank, factoryImage(m_setup));
    // What the factory leaves elsewhere (§5.4): the HW string and the MAC.
    m_flash.load(TelinkFlashMap::HwStringAddress,
                 (m_setup.hwRevision + Lywsd03mmcGattTable::serialForHardware(m_setup.hwRevision)).toLatin1());
    QByteArray mac = TelinkAdvertFormats::macBytes(m_setup.address);
    std::reverse(mac.begin(), mac.end());
    m_flash.load(TelinkFlashMap::MacAddress, mac);
    boot();
    if (pvvxFamily())
        m_pvvx.setDefaults(m_setup.configLatencyMs);
}

// ---- state ------------------------------------------------------------------------------

bool Lywsd03mmcModel::pvvxFamily() const
{
    return m_personality == TelinkPersonality::Pvvx || m_personality == TelinkPersonality::ZigbeeHybrid;
}

int Lywsd03mmcModel::effectiveLatencyMs() const
{
    // pvvx src/battery.h: below 2.8 V the firmware uses its default latency (§6).
    if (m_batteryMv < DefaultLatencyBelowMv)
        return DefaultLatencyMs;
    return m_pvvx.latencyMs();
}

void Lywsd03mmcModel::boot()
{
    const TelinkPersonality before = m_personality;
    m_ota.reset();
    m_subscribed.clear();

    m_bootBank = m_flash.bootBank();
    m_identity = {};
    if (m_bootBank && !m_codeDamaged) {
        const quint32 bank = *m_bootBank;
        const quint32 size = m_flash.imageSizeAt(bank);
        const qint64 span = size ? std::min<qint64>(qint64(size) + TelinkFlashMap::SectorSize,
                                                    TelinkFlashMap::Size - bank)
                                 : TelinkFlashMap::BankSize;
        m_identity = TelinkImageRecognizer::recognize(m_flash.read(bank, span), bank);
        if (m_identity.relocatesToLow && size) {
            // pvvx big_to_low_ota: the build copies itself to 0x00000 and runs from there.
            const QByteArray image = m_flash.read(bank, size);
            m_flash.erase(TelinkFlashMap::Bank0, size);
            m_flash.program(TelinkFlashMap::Bank0, image);
            m_flash.clearBootFlag(bank);
            m_bootBank = TelinkFlashMap::Bank0;
            m_identity = TelinkImageRecognizer::recognize(
                m_flash.read(TelinkFlashMap::Bank0, std::min<qint64>(qint64(size) + TelinkFlashMap::SectorSize,
                                                                     TelinkFlashMap::BankSize)),
                TelinkFlashMap::Bank0);
        }
    }
    m_personality = m_identity.personality;
    // The local activation of 2.1.1_0159 hangs after the key exchange (PV #378, ZB #168).
    m_mi.disconnected();
    m_mi.setHangsAfterKeyExchange(m_personality == TelinkPersonality::Stock
                                  && m_identity.firmwareRevision.startsWith(QLatin1String("2.1.1_0159")));

    PvvxControlChannel::Identity pid;
    pid.version = m_identity.pvvxVersion;
    pid.hwId = PvvxControlChannel::hwIdForRevision(m_setup.hwRevision);
    pid.sensorId = sensorIdFor(m_setup.hwRevision);
    pid.zigbeeHybrid = m_personality == TelinkPersonality::ZigbeeHybrid;
    m_pvvx.boot(pid);
    const bool wasPvvx = before == TelinkPersonality::Pvvx || before == TelinkPersonality::ZigbeeHybrid;
    if (pvvxFamily() && !wasPvvx)
        m_pvvx.setDefaults(DefaultLatencyMs);  // a fresh install starts from the defaults
    rebuildIdentity();
}

void Lywsd03mmcModel::rebuildIdentity()
{
    m_dis = Lywsd03mmcDis{};
    m_dis.hardware = m_setup.hwRevision;
    m_dis.serial = Lywsd03mmcGattTable::serialForHardware(m_setup.hwRevision);
    m_dis.firmware = m_identity.firmwareRevision;
    m_dis.software = m_identity.softwareRevision;
    if (!m_setup.name.isEmpty() && m_personality == m_setup.personality) {
        m_dis.deviceName = m_setup.name;
    } else {
        const QString suffix = QString::fromLatin1(TelinkAdvertFormats::macBytes(m_setup.address).right(3).toHex().toUpper());
        switch (m_personality) {
        case TelinkPersonality::Stock: m_dis.deviceName = QStringLiteral("LYWSD03MMC"); break;
        case TelinkPersonality::Atc1441:
        case TelinkPersonality::Pvvx: m_dis.deviceName = QStringLiteral("ATC_") + suffix; break;
        case TelinkPersonality::ZigbeeHybrid: m_dis.deviceName = QStringLiteral("ATCz") + suffix; break;
        case TelinkPersonality::Zigbee:
        case TelinkPersonality::Unknown: m_dis.deviceName.clear(); break;
        }
    }
    m_table = Lywsd03mmcGattTable::build(m_personality, m_dis);
}

// ---- public accessors ---------------------------------------------------------------------

const Lywsd03mmcSetup &Lywsd03mmcModel::setup() const { return m_setup; }

TelinkPersonality Lywsd03mmcModel::personality() const
{
    QMutexLocker lock(&m_mutex);
    return m_personality;
}

QString Lywsd03mmcModel::firmwareRevision() const
{
    QMutexLocker lock(&m_mutex);
    return m_dis.firmware;
}

QString Lywsd03mmcModel::softwareRevision() const
{
    QMutexLocker lock(&m_mutex);
    return m_dis.software;
}

QString Lywsd03mmcModel::hardwareRevision() const
{
    QMutexLocker lock(&m_mutex);
    return m_dis.hardware;
}

QString Lywsd03mmcModel::deviceName() const
{
    QMutexLocker lock(&m_mutex);
    return m_dis.deviceName;
}

int Lywsd03mmcModel::pvvxVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_identity.pvvxVersion;
}

bool Lywsd03mmcModel::isAdvertising() const
{
    QMutexLocker lock(&m_mutex);
    return personalityHasBle(m_personality) && m_batteryMv >= SleepBelowMv;
}

bool Lywsd03mmcModel::isSignedOnly() const
{
    QMutexLocker lock(&m_mutex);
    // The factory 2.1.1_0159 checks signatures; the modified signed original (0159c) does not,
    // which is why custom firmware can follow it (PV #602).
    return m_personality == TelinkPersonality::Stock
        && m_identity.firmwareRevision.startsWith(QLatin1String("2.1.1_0159")) && !m_identity.xiaomiSigned;
}

QByteArray Lywsd03mmcModel::flash() const
{
    QMutexLocker lock(&m_mutex);
    return m_flash.data();
}

QByteArray Lywsd03mmcModel::runningImage() const
{
    QMutexLocker lock(&m_mutex);
    return m_bootBank ? m_flash.imageAt(*m_bootBank) : QByteArray();
}

std::optional<quint32> Lywsd03mmcModel::runningBank() const
{
    QMutexLocker lock(&m_mutex);
    return m_bootBank;
}

int Lywsd03mmcModel::otaAttempts() const
{
    QMutexLocker lock(&m_mutex);
    return m_ota.attempts();
}

int Lywsd03mmcModel::otaSuccesses() const
{
    QMutexLocker lock(&m_mutex);
    return m_ota.successes();
}

int Lywsd03mmcModel::lastOtaStatus() const
{
    QMutexLocker lock(&m_mutex);
    return m_ota.lastStatus();
}

int Lywsd03mmcModel::batteryMv() const
{
    QMutexLocker lock(&m_mutex);
    return m_batteryMv;
}

void Lywsd03mmcModel::setBatteryMv(int mv)
{
    QMutexLocker lock(&m_mutex);
    m_batteryMv = std::clamp(mv, 0, 3600);
}

bool Lywsd03mmcModel::isLoggedIn() const
{
    QMutexLocker lock(&m_mutex);
    return m_loggedIn;
}

void Lywsd03mmcModel::setLoggedIn(bool loggedIn)
{
    QMutexLocker lock(&m_mutex);
    m_loggedIn = loggedIn;
}

QByteArray Lywsd03mmcModel::miToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_mi.token();
}

QByteArray Lywsd03mmcModel::miBindKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_mi.bindKey();
}

int Lywsd03mmcModel::miRegistrations() const
{
    QMutexLocker lock(&m_mutex);
    return m_mi.registrations();
}

int Lywsd03mmcModel::miFailedLogins() const
{
    QMutexLocker lock(&m_mutex);
    return m_mi.failedLogins();
}

int Lywsd03mmcModel::configLatencyMs() const
{
    QMutexLocker lock(&m_mutex);
    return pvvxFamily() ? m_pvvx.latencyMs() : 0;
}

fw::core::GattConnectionParameters Lywsd03mmcModel::hostConnectionParameters() const
{
    QMutexLocker lock(&m_mutex);
    return m_hostParams;
}

void Lywsd03mmcModel::wiredWrite(quint32 address, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_flash.erase(address, bytes.size());
    m_flash.program(address, bytes);
    m_codeDamaged = false;  // a programmer rewrites the code the CPU will run
}

void Lywsd03mmcModel::powerCycle()
{
    QMutexLocker lock(&m_mutex);
    boot();
}

// ---- advertising and GATT -----------------------------------------------------------------

QByteArray Lywsd03mmcModel::temperatureValue() const
{
    return le16(quint16(fw::core::sim::DemoThermometerModel::temperatureCentiC(m_life.elapsed())));
}

QByteArray Lywsd03mmcModel::humidityValue() const
{
    return le16(fw::core::sim::DemoThermometerModel::humidityCentiPercent(m_life.elapsed()));
}

BleDeviceInfo Lywsd03mmcModel::advertisement() const
{
    QMutexLocker lock(&m_mutex);
    BleDeviceInfo info;
    info.address = m_setup.address;
    info.isDemo = true;
    info.lastSeen = QDateTime::currentDateTimeUtc();
    if (!isAdvertising())
        return info;
    info.name = m_dis.deviceName;
    info.rssi = -58;
    const qint64 t = m_life.elapsed();
    const qint16 centiC = fw::core::sim::DemoThermometerModel::temperatureCentiC(t);
    const quint16 centiRh = fw::core::sim::DemoThermometerModel::humidityCentiPercent(t);
    const quint8 counter = quint8(t / 10000);  // one measurement per 10 s (pvvx defaults)
    switch (m_personality) {
    case TelinkPersonality::Stock:
        info.serviceUuids = {u::miService()};
        info.serviceData.insert(u::miService(), TelinkAdvertFormats::miBeacon(m_setup.address, counter));
        break;
    case TelinkPersonality::Pvvx:
        info.serviceUuids = {u::environmentalSensing()};
        info.serviceData.insert(u::environmentalSensing(),
                                TelinkAdvertFormats::pvvxCustom(m_setup.address, centiC, centiRh,
                                                                m_batteryMv, counter, 0x04));
        break;
    case TelinkPersonality::Atc1441:
        info.serviceUuids = {u::environmentalSensing()};
        info.serviceData.insert(u::environmentalSensing(),
                                TelinkAdvertFormats::atc1441(m_setup.address, centiC, centiRh,
                                                             m_batteryMv, counter));
        break;
    case TelinkPersonality::ZigbeeHybrid:
        info.serviceUuids = {u::bthome()};
        info.serviceData.insert(u::bthome(), TelinkAdvertFormats::bthome(counter, centiC, centiRh, m_batteryMv));
        break;
    case TelinkPersonality::Zigbee:
    case TelinkPersonality::Unknown:
        break;
    }
    return info;
}

QList<GattServiceDef> Lywsd03mmcModel::gattTable() const
{
    QMutexLocker lock(&m_mutex);
    return m_table;
}

AttReadResult Lywsd03mmcModel::onRead(const QBluetoothUuid &c)
{
    QMutexLocker lock(&m_mutex);
    if (c == u::otaCharacteristic()) {
        // Model assumption: before the Mi login the stock firmware refuses the OTA status.
        if (m_personality == TelinkPersonality::Stock && !m_loggedIn)
            return AttReadResult::error(att::InsufficientAuthentication);
        return AttReadResult::ok(QByteArray(1, char(m_ota.statusByte())));
    }
    if (c == u::batteryLevel())
        return AttReadResult::ok(QByteArray(1, char(TelinkAdvertFormats::batteryPercent(m_batteryMv))));
    if (c == u::temperature())
        return AttReadResult::ok(temperatureValue());
    if (c == u::humidity())
        return AttReadResult::ok(humidityValue());
    if (c == u::xiaomiTempHumi()) {
        QByteArray v = temperatureValue();
        v.append(char(fw::core::sim::DemoThermometerModel::humidityCentiPercent(m_life.elapsed()) / 100));
        v += le16(quint16(m_batteryMv));
        return AttReadResult::ok(v);
    }
    if (c == u::xiaomiClock()) {
        QByteArray v(4, '\0');
        const quint32 now = quint32(QDateTime::currentSecsSinceEpoch());
        for (int i = 0; i < 4; ++i)
            v[i] = char((now >> (8 * i)) & 0xFF);
        return AttReadResult::ok(v);
    }
    if (c == u::xiaomiSpeed())
        return AttReadResult::ok(m_speedValue);
    if (c == u::pvvxControl())
        return AttReadResult::ok(m_pvvx.lastReply());
    if (const auto *def = Lywsd03mmcGattTable::find(m_table, c))
        return AttReadResult::ok(def->initialValue);
    return AttReadResult::error(att::AttributeNotFound);
}

quint8 Lywsd03mmcModel::onWrite(const QBluetoothUuid &c, const QByteArray &value, bool withResponse)
{
    Q_UNUSED(withResponse);
    QMutexLocker lock(&m_mutex);
    if (!Lywsd03mmcGattTable::find(m_table, c))
        return att::AttributeNotFound;
    if (c == u::otaCharacteristic()) {
        Lywsd03mmcOtaSession::Device d;
        d.personality = m_personality;
        d.gated = m_personality == TelinkPersonality::Stock && !m_loggedIn;
        d.batteryMv = m_batteryMv;
        d.latencyMs = pvvxFamily() ? effectiveLatencyMs() : 0;
        d.bootBank = m_bootBank;
        d.signedOnly = isSignedOnly();
        d.extOta = m_personality == TelinkPersonality::Pvvx ? &m_pvvx : nullptr;
        apply(m_ota.onWrite(value, m_nowMs, d));
    } else if (c == u::pvvxControl()) {
        // atc1441 builds take only their legacy one-byte settings and answer nothing (model).
        if (m_personality == TelinkPersonality::Pvvx) {
            const QList<QByteArray> replies = m_pvvx.onWrite(value, m_nowMs, m_ota.isReceiving());
            for (const QByteArray &r : replies)
                notify(u::pvvxControl(), r);
        }
    } else if (c == u::miControl() || c == u::miData()) {
        if (m_personality == TelinkPersonality::Stock) {
            sendMi(c == u::miControl() ? m_mi.onControl(value) : m_mi.onData(value));
            if (m_mi.takeLoginSuccess())
                m_loggedIn = true;
        }
    } else if (c == u::xiaomiSpeed()) {
        m_speedValue = value;  // "makes the upload faster" (§1.3); no visible effect here
    } else if (c == u::batteryLevel() || c == u::temperature() || c == u::humidity()) {
        return att::WriteNotPermitted;
    }
    // The clock and the hybrid's 0xFFF4 accept writes.
    return att::Success;
}

void Lywsd03mmcModel::onSubscribe(const QBluetoothUuid &c, bool enabled)
{
    QMutexLocker lock(&m_mutex);
    if (enabled)
        m_subscribed.insert(c);
    else
        m_subscribed.remove(c);
}

void Lywsd03mmcModel::onConnect(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_nowMs = nowMs;
    m_ota.connected(nowMs);
    m_nextMeasurementMs = nowMs + kMeasurementIntervalMs;
    m_subscribed.clear();
}

void Lywsd03mmcModel::onConnectionParameters(const fw::core::GattConnectionParameters &params)
{
    QMutexLocker lock(&m_mutex);
    m_hostParams = params;
}

void Lywsd03mmcModel::sendMi(const QList<MiAuthDevice::Notification> &notifications)
{
    for (const MiAuthDevice::Notification &n : notifications)
        notify(n.characteristic, n.value);
}

void Lywsd03mmcModel::onDisconnect()
{
    QMutexLocker lock(&m_mutex);
    m_subscribed.clear();
    m_mi.disconnected();
    m_pvvx.disconnected();
    if (m_ota.disconnected())
        boot();
}

bool Lywsd03mmcModel::apply(const Lywsd03mmcOtaSession::Action &action)
{
    switch (action.kind) {
    case Lywsd03mmcOtaSession::Action::Kind::None:
        return false;
    case Lywsd03mmcOtaSession::Action::Kind::SilentDrop:
        if (action.codeDamaged)
            m_codeDamaged = true;
        requestSilentDrop(action.reason);
        return true;
    case Lywsd03mmcOtaSession::Action::Kind::Disconnect:
        requestDisconnect(action.reason);  // the reboot
        return true;
    }
    return false;
}

void Lywsd03mmcModel::tick(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_nowMs = nowMs;
    if (apply(m_ota.tick(nowMs)))
        return;
    if (pvvxFamily()) {
        const QList<QByteArray> replies = m_pvvx.tick(nowMs);
        for (const QByteArray &r : replies)
            notify(u::pvvxControl(), r);
    }
    if (nowMs >= m_nextMeasurementMs) {
        m_nextMeasurementMs = nowMs + kMeasurementIntervalMs;
        if (!m_ota.isReceiving())  // the firmware pauses its measurements during an update
            sendMeasurements();
    }
}

void Lywsd03mmcModel::sendMeasurements()
{
    ++m_counter;
    if (m_subscribed.contains(u::temperature()))
        notify(u::temperature(), temperatureValue());
    if (m_subscribed.contains(u::humidity()))
        notify(u::humidity(), humidityValue());
    if (m_subscribed.contains(u::xiaomiTempHumi())) {
        QByteArray v = temperatureValue();
        v.append(char(fw::core::sim::DemoThermometerModel::humidityCentiPercent(m_life.elapsed()) / 100));
        v += le16(quint16(m_batteryMv));
        notify(u::xiaomiTempHumi(), v);
    }
    if (m_subscribed.contains(u::batteryLevel()) && m_counter % 30 == 0)
        notify(u::batteryLevel(), QByteArray(1, char(TelinkAdvertFormats::batteryPercent(m_batteryMv))));
}

}  // namespace fw::telink::sim
