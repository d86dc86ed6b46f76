#include "esp/sim/EspRomModel.h"

#include "core/sim/SimPort.h"

#include <algorithm>

namespace fw::esp::sim {

namespace {
// EN rises slowly through its RC network; esptool relies on GPIO0 going low within that time.
constexpr qint64 kEnRiseMs = 10;
constexpr quint32 kSyncValue = 0x20120707;
constexpr int kSyncReplies = 8;
constexpr quint32 kMaxRamSegment = 0x40000;  // no ESP has more contiguous RAM than this
}  // namespace

EspRomModel::EspRomModel(quint32 jedecId, Wiring wiring, double timeScale, quint32 spiBase,
                         quint32 spiW0)
    : m_flash(jedecId), m_wiring(wiring), m_spi(spiBase, spiW0, m_flash)
{
    FlashChip::Timing t;
    t.scale = timeScale;
    m_flash.setTiming(t);
}

EspRomModel::~EspRomModel() = default;

void EspRomModel::start(fw::core::sim::SimPort &port)
{
    m_port = &port;
    m_now = port.nowMs();
    boot(1, m_wiring == Wiring::Strapped);  // power-on
}

void EspRomModel::reset()
{
    if (!m_port)
        return;
    m_now = m_port->nowMs();
    boot(2, m_wiring == Wiring::Strapped);
}

void EspRomModel::log(const QString &text)
{
    if (m_port)
        m_port->log(text);
}

void EspRomModel::boot(int resetCause, bool download)
{
    ++m_bootCount;
    m_frames.clear();
    m_held.clear();
    m_framer.reset();
    m_busyUntilUs = 0;
    m_memActive = false;
    m_baud = romBaud();
    m_port->send(bootText(resetCause, download));
    onBoot();
    if (download) {
        // The loader auto-detects the host's baud from the 0x55 run of its SYNC.
        m_baud = 0;
        m_state = State::Download;
        log(QStringLiteral("ROM in download mode (GPIO0 low at reset)"));
    } else {
        enterApplication();
    }
}

void EspRomModel::enterApplication()
{
    m_state = State::Application;
    m_baud = romBaud();
    m_frames.clear();
    m_held.clear();
    m_port->send(applicationText());
    log(QStringLiteral("booting the application from flash"));
}

void EspRomModel::onControlLine(const fw::core::ControlLineEvent &event)
{
    if (m_wiring == Wiring::Strapped)
        return;  // only TX, RX and GND are wired
    // Two transistors: EN is low only for RTS alone and GPIO0 only for DTR alone.
    const bool enLowBefore = m_rts && !m_dtr;
    if (event.line == fw::core::ControlLineEvent::Line::Dtr)
        m_dtr = event.level;
    else
        m_rts = event.level;
    const bool enLow = m_rts && !m_dtr;
    if (m_port)
        m_now = m_port->nowMs();
    if (!enLowBefore && enLow) {
        m_state = State::Held;
        m_frames.clear();
        m_held.clear();
        m_enRiseAtMs = -1;
    } else if (enLowBefore && !enLow) {
        m_state = State::Held;
        m_enRiseAtMs = m_now + kEnRiseMs;
    }
}

void EspRomModel::tick(qint64 nowMs)
{
    m_now = nowMs;
    if (m_state == State::Held) {
        if (m_enRiseAtMs >= 0 && m_now >= m_enRiseAtMs) {
            m_enRiseAtMs = -1;
            const bool gpio0Low = m_wiring == Wiring::AutoReset && m_dtr && !m_rts;
            boot(2, gpio0Low);
        }
        return;
    }
    flushHeld();
    processFrames();
}

void EspRomModel::onReceive(const QByteArray &bytes)
{
    if (m_state != State::Download)
        return;
    m_now = m_port->nowMs();
    for (const QByteArray &f : m_framer.feed(bytes))
        m_frames.push_back(f);
    flushHeld();
    processFrames();
}

void EspRomModel::flushHeld()
{
    while (!m_held.empty() && m_held.front().dueMs <= m_now) {
        Held h = std::move(m_held.front());
        m_held.pop_front();
        m_port->send(h.bytes);
        if (h.after)
            h.after();
    }
}

void EspRomModel::processFrames()
{
    // The ROM handles one request at a time: the next waits until the previous reply is out.
    while (m_state == State::Download && m_held.empty() && !m_frames.empty()) {
        const QByteArray frame = m_frames.front();
        m_frames.pop_front();
        LoaderRequest req;
        const LoaderRequest::Parse p = LoaderRequest::parse(frame, &req);
        if (p == LoaderRequest::Parse::NotARequest)
            continue;
        ++m_requests;
        if (p == LoaderRequest::Parse::LengthMismatch)
            fail(req, kErrInvalidMessage);
        else
            handle(req);
        flushHeld();
    }
}

void EspRomModel::reply(const LoaderRequest &req, quint32 value, const QByteArray &body,
                        qint64 costUs, std::function<void()> after)
{
    QByteArray payload = body;
    payload.append(QByteArray(statusLength(), '\0'));
    const qint64 due = std::max(m_now * 1000, m_busyUntilUs) + std::max<qint64>(0, costUs);
    m_busyUntilUs = due;
    m_held.push_back({(due + 999) / 1000,
                      SimSlipFramer::encode(LoaderRequest::response(req.opcode, value, payload)),
                      std::move(after)});
}

void EspRomModel::fail(const LoaderRequest &req, quint8 error, int repeats)
{
    QByteArray status(statusLength(), '\0');
    status[0] = char(0x01);
    status[1] = char(error);
    const QByteArray frame = SimSlipFramer::encode(LoaderRequest::response(req.opcode, 0, status));
    const qint64 due = std::max(m_now * 1000, m_busyUntilUs);
    m_busyUntilUs = due;
    for (int i = 0; i < repeats; ++i)
        m_held.push_back({(due + 999) / 1000, frame, {}});
}

void EspRomModel::handleSync(const LoaderRequest &req)
{
    if (req.data.size() != 36 || req.data.left(4) != QByteArray::fromHex("07071220")
        || req.data.mid(4) != QByteArray(32, 0x55)) {
        fail(req, kErrInvalidMessage);
        return;
    }
    for (int i = 0; i < kSyncReplies; ++i)
        reply(req, kSyncValue);
}

void EspRomModel::handleReadReg(const LoaderRequest &req)
{
    if (req.data.size() != 4) {
        fail(req, kErrInvalidMessage);
        return;
    }
    reply(req, readRegister(req.word(0)));
}

void EspRomModel::handleWriteReg(const LoaderRequest &req)
{
    // Groups of address, value, mask, delay (µs).
    if (req.data.isEmpty() || req.data.size() % 16 != 0) {
        fail(req, kErrInvalidMessage);
        return;
    }
    qint64 delayUs = 0;
    for (int i = 0; i < req.wordCount(); i += 4) {
        const quint32 address = req.word(i);
        const quint32 mask = req.word(i + 2);
        const quint32 value = (readRegister(address) & ~mask) | (req.word(i + 1) & mask);
        writeRegister(address, value);
        delayUs += req.word(i + 3);
    }
    reply(req, 0, {}, delayUs);
}

quint32 EspRomModel::readRegister(quint32 address) const
{
    if (m_spi.covers(address))
        return m_spi.read(address);
    const auto it = m_regs.find(address);
    return it == m_regs.end() ? 0 : it->second;
}

void EspRomModel::writeRegister(quint32 address, quint32 value)
{
    if (m_spi.covers(address))
        m_spi.write(address, value);
    else
        m_regs[address] = value;
}

void EspRomModel::handleMemBegin(const LoaderRequest &req)
{
    if (req.data.size() < 16 || req.word(0) > kMaxRamSegment || req.word(2) == 0) {
        fail(req, kErrInvalidParam);
        return;
    }
    m_memSize = req.word(0);
    m_memBlocks = req.word(1);
    m_memBlockSize = req.word(2);
    m_memAddress = req.word(3);
    m_memActive = true;
    m_ram[m_memAddress] = QByteArray(m_memSize, '\0');
    reply(req);
}

bool EspRomModel::checkDataBlock(const LoaderRequest &req, QByteArray *payload, quint32 *seq)
{
    if (req.data.size() < 16) {
        fail(req, kErrInvalidMessage);
        return false;
    }
    *payload = req.data.mid(16);
    *seq = req.word(1);
    if (req.word(0) != quint32(payload->size())) {
        fail(req, kErrInvalidMessage);
        return false;
    }
    if (LoaderRequest::dataChecksum(*payload) != (req.checksum & 0xFF)) {
        fail(req, kErrChecksum);
        return false;
    }
    return true;
}

void EspRomModel::handleMemData(const LoaderRequest &req)
{
    QByteArray payload;
    quint32 seq = 0;
    if (!checkDataBlock(req, &payload, &seq))
        return;
    const qint64 at = qint64(seq) * m_memBlockSize;
    if (!m_memActive || seq >= m_memBlocks || at + payload.size() > m_memSize) {
        fail(req, kErrInvalidParam);
        return;
    }
    m_ram[m_memAddress].replace(int(at), int(payload.size()), payload);
    reply(req);
}

void EspRomModel::handleMemEnd(const LoaderRequest &req)
{
    if (req.data.size() < 8) {
        fail(req, kErrInvalidMessage);
        return;
    }
    m_memActive = false;
    if (req.word(0) == 0) {
        m_entryPoint = req.word(1);
        log(QStringLiteral("MEM_END: jump to 0x%1 requested").arg(m_entryPoint, 8, 16, QLatin1Char('0')));
    }
    reply(req);
}

}  // namespace fw::esp::sim
