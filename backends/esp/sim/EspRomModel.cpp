#include "esp/sim/EspRomModel.h"

#include "core/sim/SimPort.h"
#include "esp/sim/EspStubModel.h"

#include <algorithm>

namespace fw::esp::sim {

namespace {
// EN rises slowly through its RC network; esptool relies on GPIO0 going low within that time.
constexpr qint64 kEnRiseMs = 10;
constexpr quint32 kSyncValue = 0x20120707;
constexpr int kSyncReplies = 8;
constexpr int kRejectReplies = 8;  // a ROM repeats its answer to an unknown command
constexpr quint32 kMaxRamSegment = 0x40000;  // no ESP has more contiguous RAM than this
constexpr qint32 kLeftStubBaud = 115200;      // a stub left running by an earlier session
}  // namespace

// What the running stub reaches of this chip. Resets and the application are queued behind the
// stub's frames, so the stub is never destroyed while one of its own calls is running.
class EspRomModel::StubLink : public EspStubHost {
public:
    explicit StubLink(EspRomModel &chip) : m_chip(chip) {}
    FlashChip &flash() override { return m_chip.m_flash; }
    quint32 readRegister(quint32 address) override { return m_chip.readRegister(address); }
    void writeRegister(quint32 address, quint32 value) override { m_chip.writeRegister(address, value); }
    void sendFrame(const QByteArray &payload, qint64 costUs, std::function<void()> after) override
    {
        m_chip.queue(SimSlipFramer::encode(payload), costUs, std::move(after));
    }
    void sendWire(const QByteArray &wire, qint64 costUs, std::function<void()> after) override
    {
        m_chip.queue(wire, costUs, std::move(after));
    }
    void occupy(qint64 costUs) override
    {
        m_chip.m_busyUntilUs = std::max(m_chip.m_busyUntilUs, m_chip.m_now * 1000) + std::max<qint64>(0, costUs);
    }
    void setUartBaud(qint32 baud) override { m_chip.setBaud(baud); }
    void softwareReset() override
    {
        // The boot mode latched at the last chip reset still holds: back into the ROM loader.
        m_chip.queue({}, 0, [c = &m_chip] { c->boot(2, c->m_wiring != Wiring::NoDownloadMode); });
    }
    void runApplication() override
    {
        m_chip.queue({}, 0, [c = &m_chip] { c->enterApplication(); });
    }
    void log(const QString &text) override { m_chip.log(text); }

private:
    EspRomModel &m_chip;
};

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
    if (m_startInStub) {
        // No boot: the chip is still in the stub an earlier session started.
        ++m_bootCount;
        onBoot();
        m_baud = kLeftStubBaud;
        startStub(false);
        return;
    }
    boot(1, m_wiring == Wiring::Strapped);  // power-on
}

std::unique_ptr<EspStub> EspRomModel::makeStub(EspStubHost &host)
{
    return std::make_unique<EspStubModel>(host);
}

void EspRomModel::startStub(bool greet)
{
    // The stub keeps the UART divider the ROM's auto-baud (or CHANGE_BAUDRATE) left behind.
    if (m_baud <= 0)
        m_baud = m_port->hostBaud() > 0 ? m_port->hostBaud() : kLeftStubBaud;
    m_frames.clear();
    m_framer.reset();
    if (!m_stubLink)
        m_stubLink = std::make_unique<StubLink>(*this);
    m_stub = makeStub(*m_stubLink);
    m_state = State::Stub;
    m_stub->start(greet);
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
    m_lastOpcode = 0;
    m_lastValue = 0;
    m_stub.reset();
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
    m_stub.reset();
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
        m_stub.reset();
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
    if (m_state != State::Download && m_state != State::Stub)
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
        if (m_adapterMaxBaud > 0 && m_port->hostBaud() > m_adapterMaxBaud) {
            for (char &byte : h.bytes) {
                if (m_adapterBytes++ % 3 == 2)
                    byte = char(quint8(byte) ^ 0x5A);
            }
        }
        m_port->send(h.bytes);
        if (h.after)
            h.after();
    }
}

void EspRomModel::processFrames()
{
    // The ROM handles one request at a time: the next waits until the previous reply is out.
    while ((m_state == State::Download || m_state == State::Stub) && m_held.empty() && !m_frames.empty()) {
        QByteArray frame = m_frames.front();
        m_frames.pop_front();
        damageFrame(frame);
        if (m_state == State::Stub) {
            m_stub->onFrame(frame);
            flushHeld();
            continue;
        }
        LoaderRequest req;
        const LoaderRequest::Parse p = LoaderRequest::parse(frame, &req);
        if (p == LoaderRequest::Parse::NotARequest)
            continue;
        ++m_requests;
        if (req.opcode != 0x03 && req.opcode != 0x07 && req.opcode != 0x09 && req.opcode != 0x0A
            && req.opcode != 0x0E && req.opcode != 0x11)
            log(QStringLiteral("ROM: %1").arg(EspStubModel::opcodeName(req.opcode)));
        if (p == LoaderRequest::Parse::LengthMismatch)
            fail(req, kErrInvalidMessage);
        else
            handle(req);
        flushHeld();
    }
}

void EspRomModel::damageFrame(QByteArray &frame)
{
    // A request frame: 0x00, opcode, length, checksum, then a data block's 16-byte header.
    if (frame.size() < 8 || frame[0] != 0x00 || (frame[1] != 0x03 && frame[1] != 0x11))
        return;
    if (m_dataBlocksSeen++ != m_corruptDataBlock || frame.size() <= 8 + 16)
        return;
    frame[frame.size() - 1] = char(quint8(frame[frame.size() - 1]) ^ 0x10);
    ++m_corruptedBlocks;
    log(QStringLiteral("fault: data block #%1 damaged on the line").arg(m_corruptDataBlock));
}

void EspRomModel::queue(const QByteArray &wire, qint64 costUs, std::function<void()> after)
{
    const qint64 due = std::max(m_now * 1000, m_busyUntilUs) + std::max<qint64>(0, costUs);
    m_busyUntilUs = due;
    m_held.push_back({(due + 999) / 1000, wire, std::move(after)});
}

void EspRomModel::reply(const LoaderRequest &req, quint32 value, const QByteArray &body,
                        qint64 costUs, std::function<void()> after)
{
    m_lastOpcode = req.opcode;
    if (req.opcode == 0x0A || req.opcode == 0x08)
        m_lastValue = value;
    QByteArray payload = body;
    payload.append(QByteArray(statusLength(), '\0'));
    queue(SimSlipFramer::encode(LoaderRequest::response(req.opcode, m_lastValue, payload)), costUs,
          std::move(after));
}

void EspRomModel::reject(const LoaderRequest &req)
{
    QByteArray status(statusLength(), '\0');
    status[0] = char(0x01);
    status[1] = char(kErrInvalidMessage);
    const QByteArray frame = SimSlipFramer::encode(LoaderRequest::response(m_lastOpcode, m_lastValue, status));
    for (int i = 0; i < kRejectReplies; ++i)
        queue(frame, 0, {});
    log(QStringLiteral("ROM: unknown command %1 rejected").arg(EspStubModel::opcodeName(req.opcode)));
}

void EspRomModel::fail(const LoaderRequest &req, quint8 error, int repeats)
{
    QByteArray status(statusLength(), '\0');
    status[0] = char(0x01);
    status[1] = char(error);
    m_lastOpcode = req.opcode;
    const QByteArray frame = SimSlipFramer::encode(LoaderRequest::response(req.opcode, m_lastValue, status));
    for (int i = 0; i < repeats; ++i)
        queue(frame, 0, {});
    log(QStringLiteral("ROM: %1 refused with error 0x%2")
            .arg(EspStubModel::opcodeName(req.opcode))
            .arg(error, 2, 16, QLatin1Char('0')));
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

bool EspRomModel::handleShared(const LoaderRequest &req)
{
    switch (req.opcode) {
    case 0x05: handleMemBegin(req); return true;
    case 0x06: handleMemEnd(req); return true;
    case 0x07: handleMemData(req); return true;
    case 0x08: handleSync(req); return true;
    case 0x09: handleWriteReg(req); return true;
    case 0x0A: handleReadReg(req); return true;
    default: return false;
    }
}

EspRomModel::FlashBegin EspRomModel::flashBeginWords(const LoaderRequest &req)
{
    return {req.word(0), req.word(1), req.word(2), req.word(3)};
}

bool EspRomModel::flashBeginFits(const FlashBegin &begin) const
{
    return qint64(begin.offset) + begin.size <= m_flash.size() && (begin.blocks == 0 || begin.blockSize != 0);
}

void EspRomModel::writeFlashBlock(const LoaderRequest &req, bool open, const FlashBegin &begin)
{
    QByteArray payload;
    quint32 seq = 0;
    if (!checkDataBlock(req, &payload, &seq))
        return;
    const qint64 at = qint64(begin.offset) + qint64(seq) * begin.blockSize;
    if (!open || seq >= begin.blocks || at + payload.size() > m_flash.size()) {
        fail(req, kErrInvalidParam);
        return;
    }
    // No read-back: like the ROMs, a block written over unerased flash is silently wrong
    // (bits only clear), and only the host's verification finds it.
    reply(req, 0, {}, m_flash.program(at, payload));
}

void EspRomModel::replyAndLeaveLoader(const LoaderRequest &req)
{
    reply(req, 0, {}, 0, [this] { enterApplication(); });
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
    if (req.word(0) != 0) {
        reply(req);  // stay in the loader
        return;
    }
    m_entryPoint = req.word(1);
    log(QStringLiteral("MEM_END: jump to 0x%1 requested").arg(m_entryPoint, 8, 16, QLatin1Char('0')));
    const bool loaded = std::any_of(m_ram.begin(), m_ram.end(), [this](const auto &seg) {
        return m_entryPoint >= seg.first && m_entryPoint < seg.first + quint32(seg.second.size());
    });
    if (!loaded) {
        // Jumping into RAM nobody loaded: the CPU faults and the watchdog restarts the chip.
        reply(req, 0, {}, 0, [this] {
            log(QStringLiteral("the entry point is outside the uploaded RAM: the chip crashes and restarts"));
            boot(4, m_wiring == Wiring::Strapped);
        });
        return;
    }
    // The ROM answers, then runs the uploaded code; the stub greets with OHAI.
    reply(req, 0, {}, 0, [this] { startStub(true); });
}

}  // namespace fw::esp::sim
