#include "telink/sim/Tlsr825xSwireModel.h"

#include "core/sim/SimPort.h"
#include "telink/SwireCodec.h"
#include "telink/TelinkImage.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace fw::telink::sim {

namespace {

constexpr quint32 kSpiData = 0x000C;
constexpr quint32 kSpiControl = 0x000D;
constexpr quint32 kReset = 0x006F;
constexpr quint32 kSwsSpeed = 0x00B2;
constexpr quint32 kSwsMode = 0x00B3;
constexpr quint32 kCpu = 0x0602;
constexpr quint32 kPc = 0x06BC;
constexpr quint8 kDamagedByte = 0xF8;  // what the faulty adapter puts on the wire instead
constexpr int kGarbleEvery = 8;
constexpr int kRepeatActivationQuietMs = 1000;

// The line during one read reply, in UART bit times from the start of our pulse byte.
struct Level {
    double t;
    bool low;
};

// Where a UART receiver samples: bit k of a byte whose start edge is at s lies at s + 1.5 + k,
// the stop bit at s + 9.5. After a byte it needs the line high before the next falling edge.
QByteArray uartReceive(const std::vector<Level> &line)
{
    auto levelAt = [&line](double t) {
        bool low = false;
        for (const Level &l : line) {
            if (l.t > t)
                break;
            low = l.low;
        }
        return low;
    };
    auto nextFall = [&line](double after) {
        for (size_t i = 0; i < line.size(); ++i)
            if (line[i].low && line[i].t >= after && (i == 0 || !line[i - 1].low))
                return line[i].t;
        return -1.0;
    };
    auto nextRise = [&line](double after) {
        for (const Level &l : line)
            if (!l.low && l.t >= after)
                return l.t;
        return after;
    };
    QByteArray out;
    double ready = 0.0;
    for (;;) {
        const double s = nextFall(ready);
        if (s < 0)
            break;
        quint8 b = 0;
        for (int k = 0; k < 8; ++k)
            if (!levelAt(s + 1.5 + k))
                b |= quint8(1u << k);
        out.append(char(b));
        const double stop = s + 9.5;
        ready = levelAt(stop) ? nextRise(stop) : stop;
    }
    return out;
}

}  // namespace

Tlsr825xSwireModel::Tlsr825xSwireModel() : Tlsr825xSwireModel(Options{}) {}

Tlsr825xSwireModel::Tlsr825xSwireModel(const Options &options)
    : m_options(options), m_flash(options.jedecId), m_swsDivider(options.defaultSwsDivider)
{
    m_flash.setTiming(options.flashTiming);
    if (options.prefill)
        m_flash.memory().load(0, lywsd03mmcFlash(options.seed));
    m_slave.onWrite = [this](quint32 a, quint8 v) { writeRegister(a, v); };
    m_slave.onRead = [this](quint32 a) { return readRegister(a); };
    m_slave.fifoMode = [this] { return m_fifo; };
    m_sniffer.onWrite = [this](quint32 a, quint8 v) { onSnifferWrite(a, v); };
    m_state = options.startsRunning ? ChipState::RunningFirmware : ChipState::Halted;
}

void Tlsr825xSwireModel::start(fw::core::sim::SimPort &port)
{
    m_port = &port;
    m_stateSinceMs = port.nowMs();
    if (m_state == ChipState::RunningFirmware && !m_flash.memory().bootBank())
        m_state = ChipState::RomIdle;
}

bool Tlsr825xSwireModel::listening() const
{
    return m_state == ChipState::Booting || m_state == ChipState::Halted || m_state == ChipState::RomIdle;
}

void Tlsr825xSwireModel::powerOff()
{
    m_state = ChipState::Off;
    m_slave.reset();
}

void Tlsr825xSwireModel::powerOn(qint64 nowMs)
{
    ++m_powerCycles;
    resetChip(nowMs);
}

void Tlsr825xSwireModel::resetChip(qint64 nowMs)
{
    m_state = ChipState::Booting;
    m_stateSinceMs = nowMs;
    m_slave.reset();
    m_swsDivider = m_options.defaultSwsDivider;
    m_fifo = false;
    m_spiControl = 0x01;
    m_cpu = 0x00;
    m_flash.deselect(nowMs);
}

void Tlsr825xSwireModel::runFirmware(qint64 nowMs)
{
    // The ROM starts the first bank marked "KNLT"; the firmware re-muxes SWS at once. Without
    // one the ROM keeps waiting and SWS stays usable.
    m_state = m_flash.memory().bootBank() ? ChipState::RunningFirmware : ChipState::RomIdle;
    m_stateSinceMs = nowMs;
    m_slave.reset();
}

void Tlsr825xSwireModel::advanceTime(qint64 nowMs)
{
    if (m_cycleOffAtMs >= 0 && nowMs >= m_cycleOffAtMs) {
        m_cycleOffAtMs = -1;
        powerOff();
        if (m_port)
            m_port->log(QStringLiteral("user takes the battery out"));
    }
    if (m_cycleOnAtMs >= 0 && nowMs >= m_cycleOnAtMs) {
        m_cycleOnAtMs = -1;
        powerOn(nowMs);
        m_nextCycleAllowedMs = nowMs + kRepeatActivationQuietMs;
        if (m_port)
            m_port->log(QStringLiteral("user puts the battery back"));
    }
    if (m_state == ChipState::Booting && nowMs - m_stateSinceMs >= m_options.bootWindowMs)
        runFirmware(nowMs);
}

void Tlsr825xSwireModel::tick(qint64 nowMs)
{
    advanceTime(nowMs);
}

void Tlsr825xSwireModel::onControlLine(const fw::core::ControlLineEvent &event)
{
    if (!m_options.rtsWiredToReset || event.line != fw::core::ControlLineEvent::Line::Rts)
        return;
    const qint64 now = m_port ? m_port->nowMs() : 0;
    if (event.level && !m_heldByRts) {
        m_heldByRts = true;  // RTS asserted drives RESET low
        powerOff();
    } else if (!event.level && m_heldByRts) {
        m_heldByRts = false;
        powerOn(now);
    }
}

void Tlsr825xSwireModel::onSnifferWrite(quint32 address, quint8 value)
{
    // The tool asks for a power-cycle as it starts streaming the CPU-stop writes; the user
    // does it a moment later. A chip that already listens needs none.
    if (address != kCpu || (value & 0x05) != 0x05 || !m_options.userPowerCycles)
        return;
    if (m_state != ChipState::RunningFirmware || m_cycleOffAtMs >= 0 || m_cycleOnAtMs >= 0 || !m_port)
        return;
    const qint64 now = m_port->nowMs();
    if (now < m_nextCycleAllowedMs)
        return;
    m_cycleOffAtMs = now + m_options.userPowerCycleDelayMs;
    m_cycleOnAtMs = m_cycleOffAtMs + m_options.userPowerOffMs;
}

void Tlsr825xSwireModel::writeRegister(quint32 address, quint8 value)
{
    const qint64 now = m_port ? m_port->nowMs() : 0;
    switch (address) {
    case kSpiData:
        m_spiLatch = (m_spiControl & 0x01) ? 0xFF : m_flash.transfer(value, now);
        return;
    case kSpiControl: {
        const bool wasLow = !(m_spiControl & 0x01);
        m_spiControl = value;
        const bool low = !(value & 0x01);
        if (low && !wasLow)
            m_flash.select();
        else if (!low && wasLow)
            m_flash.deselect(now);
        return;
    }
    case kReset:
        if (value & 0x20) {
            resetChip(now);
            m_pc = 0;
        }
        return;
    case kSwsSpeed:
        m_swsDivider = value;
        return;
    case kSwsMode:
        m_fifo = value & 0x80;
        return;
    case kCpu:
        m_cpu = value;
        if ((value & 0x05) == 0x05 && (m_state == ChipState::Booting || m_state == ChipState::RomIdle)) {
            m_state = ChipState::Halted;
            m_pc = 0x00000188 + quint32(now % 64) * 4;  // somewhere in the early start-up code
        } else if ((value & 0x08) && m_state == ChipState::Halted) {
            runFirmware(now);
        }
        return;
    default:
        m_memory.insert(address, value);
        return;
    }
}

quint8 Tlsr825xSwireModel::readRegister(quint32 address)
{
    const qint64 now = m_port ? m_port->nowMs() : 0;
    switch (address) {
    case kSpiData: {
        const quint8 v = m_spiLatch;
        // Auto-read mode (bit 3): reading the data register clocks the next byte in.
        if ((m_spiControl & 0x08) && !(m_spiControl & 0x01))
            m_spiLatch = m_flash.transfer(0x00, now);
        return v;
    }
    case kSpiControl:
        return m_spiControl;
    case kSwsSpeed:
        return m_swsDivider;
    case kSwsMode:
        return m_fifo ? 0x80 : 0x00;
    case kCpu:
        return m_cpu;
    default:
        if (address >= kPc && address < kPc + 4)
            return quint8((m_pc >> (8 * (address - kPc))) & 0xFF);
        return m_memory.value(address, 0x00);
    }
}

// The line while the chip answers one read pulse: our pulse (start bit and bit 0 of 0xFE,
// 2 bit times low), then, once the line was high longer than that, the chip's 8 bits and its
// end unit, each unit lasting divider / clock seconds. Returned as a UART receiver sees it.
QByteArray Tlsr825xSwireModel::replyOnLine(quint8 value) const
{
    const qint32 baud = m_port && m_port->hostBaud() > 0 ? m_port->hostBaud() : 115200;
    const double unit = std::max(1, int(m_swsDivider)) / m_options.clockHz * baud;  // in UART bit times
    std::vector<Level> line{{0.0, true}, {2.0, false}};
    double t = 4.1;
    for (int bit = 7; bit >= 0; --bit) {
        const bool one = (value >> bit) & 1;
        line.push_back({t, true});
        line.push_back({t + (one ? 4 : 1) * unit, false});
        t += 5 * unit;
    }
    line.push_back({t, true});
    line.push_back({t + unit, false});
    return uartReceive(line);
}

void Tlsr825xSwireModel::onReceive(const QByteArray &bytes)
{
    if (!m_port || m_unplugged)
        return;
    const qint64 now = m_port->nowMs();
    advanceTime(now);
    const qint32 baud = m_port->hostBaud();
    QByteArray out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        quint8 wire = quint8(c);
        ++m_wireBytes;
        if (m_options.adapterGarblesAbove > 0 && baud > m_options.adapterGarblesAbove
            && m_wireBytes % kGarbleEvery == 0)
            wire = kDamagedByte;
        const bool bit = SwireCodec::lineBit(wire);
        m_sniffer.feed(bit);
        std::optional<quint8> reply;
        if (listening())
            reply = m_slave.feed(bit);
        if (m_options.replyPath == ReplyPath::RxNotWired)
            continue;
        if (m_state == ChipState::Off)
            continue;  // an unpowered pad clamps the line low: the UART sees no bytes
        if (reply && m_options.replyPath == ReplyPath::Wired)
            out += replyOnLine(*reply);
        else
            out.append(char(wire));
    }
    if (!out.isEmpty())
        m_port->send(out);
    if (m_options.unplugAfterProgrammedBytes >= 0
        && qint64(m_flash.programmedBytes()) >= m_options.unplugAfterProgrammedBytes) {
        m_unplugged = true;
        m_port->log(QStringLiteral("adapter pulled out"));
        m_port->disconnect();
    }
}

QString Tlsr825xSwireModel::macAddress() const
{
    const QByteArray raw = m_flash.memory().read(0x76000, 6);
    QStringList parts;
    for (int i = 5; i >= 0; --i)
        parts << QStringLiteral("%1").arg(quint8(raw[i]), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(':'));
}

namespace {

// A small linear congruential generator: the same device for the same seed.
class Noise {
public:
    explicit Noise(quint32 seed) : m_state(seed * 2654435761u + 1) {}
    quint8 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return quint8(m_state >> 24);
    }
    QByteArray bytes(int n)
    {
        QByteArray b(n, '\0');
        for (char &c : b)
            c = char(next());
        return b;
    }

private:
    quint32 m_state;
};

// A firmware-shaped image: tc32 jump, version, "CRC checked" marker, "KNLT", size and CRC.
QByteArray firmwareImage(Noise &noise, int size, quint32 version)
{
    QByteArray image = noise.bytes(size);
    const char head[] = {'\x26', '\x80'};
    image.replace(0, 2, QByteArray(head, 2));
    for (int i = 0; i < 4; ++i)
        image[2 + i] = char((version >> (8 * i)) & 0xFF);
    image[6] = char(0x5D);
    image[7] = char(0x02);
    image.replace(8, 4, QByteArrayLiteral("KNLT"));
    return TelinkImage::sealed(image);
}

}  // namespace

QByteArray Tlsr825xSwireModel::lywsd03mmcFlash(quint32 seed)
{
    Noise noise(seed);
    QByteArray flash(int(TelinkFlashMap::Size), '\xFF');
    auto put = [&flash](quint32 at, const QByteArray &bytes) { flash.replace(int(at), int(bytes.size()), bytes); };
    // The firmware that runs (and does not work on this board: the reason for the rescue).
    put(0x00000, firmwareImage(noise, 0x151F0, 0x99993001));
    // An OTA that broke off: the start of another image, its boot flag never set.
    QByteArray broken = firmwareImage(noise, 0x14000, 0x99993001).left(0x6000);
    broken[8] = '\0';
    put(0x20000, broken);
    put(0x55000, QByteArrayLiteral("B1.4"));
    put(0x74000, noise.bytes(64));
    const QByteArray mac = QByteArray(1, char(noise.next())) + char(noise.next()) + char(noise.next())
                           + QByteArrayLiteral("\x38\xC1\xA4");  // A4:C1:38 (Xiaomi), stored low byte first
    put(0x76000, mac);
    put(0x77000, noise.bytes(16));
    put(0x78000, noise.bytes(0x80));
    return flash;
}

}  // namespace fw::telink::sim
