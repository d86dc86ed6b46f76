#pragma once
// What the ESP boot ROMs share: the auto-reset circuit on DTR/RTS, boot text, SLIP requests
// answered in order (each reply held back while the flash works), registers, the RAM loader and
// the jump into an uploaded flasher stub (EspStub), which then gets every frame.

#include "core/sim/DeviceModel.h"
#include "esp/sim/EspStub.h"
#include "esp/sim/EspStubHost.h"
#include "esp/sim/FlashChip.h"
#include "esp/sim/LoaderRequest.h"
#include "esp/sim/SimSlipFramer.h"
#include "esp/sim/SpiUserCommand.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace fw::esp::sim {

class EspRomModel : public fw::core::sim::DeviceModel {
public:
    // How GPIO0 and EN reach the chip.
    enum class Wiring {
        AutoReset,       // RTS -> EN, DTR -> GPIO0 through the two-transistor circuit
        Strapped,        // GPIO0 bridged to GND by hand: every power-up enters the loader
        NoDownloadMode,  // GPIO0 never low (fault): every reset boots the application
    };
    // Stub: MEM_END jumped to uploaded code (or the stub was left running); it answers now.
    enum class State { Held, Download, Application, Stub };

    // ROM error codes (status byte 2).
    static constexpr quint8 kErrInvalidParam = 0x01;
    static constexpr quint8 kErrInvalidMessage = 0x05;
    static constexpr quint8 kErrChecksum = 0x07;
    static constexpr quint8 kErrFlashWrite = 0x08;
    static constexpr quint8 kErrFlashRead = 0x09;
    static constexpr quint8 kErrReadLength = 0x0A;
    static constexpr quint8 kErrDeflate = 0x0B;

    ~EspRomModel() override;

    void start(fw::core::sim::SimPort &port) override;
    void onReceive(const QByteArray &bytes) override;
    void tick(qint64 nowMs) override;
    int tickIntervalMs() const override { return 1; }
    qint32 deviceBaud() const override { return m_baud; }
    void onControlLine(const fw::core::ControlLineEvent &event) override;

    // A reset by the EN pin (or a power cycle), with GPIO0 as the wiring sets it.
    void reset();

    FlashChip &flash() { return m_flash; }
    const FlashChip &flash() const { return m_flash; }
    State state() const { return m_state; }
    Wiring wiring() const { return m_wiring; }
    int bootCount() const { return m_bootCount; }
    // MEM_END with an entry point: where the host asked the ROM to jump (0 = never asked).
    quint32 entryPoint() const { return m_entryPoint; }
    // RAM written through MEM_BEGIN/MEM_DATA, keyed by the MEM_BEGIN address.
    const std::map<quint32, QByteArray> &ramSegments() const { return m_ram; }
    int requestsHandled() const { return m_requests; }
    // The flasher stub while it runs (State::Stub), else null.
    EspStub *stub() const { return m_stub.get(); }
    // FLASH_DATA / FLASH_DEFL_DATA frames damaged by the corruptDataBlock fault so far.
    int corruptedBlocks() const { return m_corruptedBlocks; }
    // Fault: the USB-serial adapter cannot carry rates above `baud` (a CH340 at 921600): while
    // the host is faster, every third byte the chip sends arrives damaged. 0 = no limit.
    void setAdapterMaxBaud(qint32 baud) { m_adapterMaxBaud = baud; }

protected:
    EspRomModel(quint32 jedecId, Wiring wiring, double timeScale, quint32 spiBase, quint32 spiW0);

    // Boot text at the ROM's own baud, for a reset cause and boot mode.
    virtual QByteArray bootText(int resetCause, bool download) const = 0;
    // What the application prints after the ROM text (at romBaud()).
    virtual QByteArray applicationText() const = 0;
    virtual qint32 romBaud() const = 0;
    virtual int statusLength() const = 0;
    // Handles one well-formed request; every path must call reply(), fail() or reject().
    virtual void handle(const LoaderRequest &req) = 0;
    virtual quint32 readRegister(quint32 address) const;
    virtual void writeRegister(quint32 address, quint32 value);
    virtual void onBoot() {}
    // The stub this chip runs after MEM_END jumps into uploaded code; EspStubModel by default.
    virtual std::unique_ptr<EspStub> makeStub(EspStubHost &host);

    // Set by the chip models from their options, before start().
    void setStartInStub(bool running) { m_startInStub = running; }
    // Fault: the FLASH_DATA / FLASH_DEFL_DATA frame with this 0-based index (counted over the
    // session) arrives with one payload byte flipped, as a noisy line would deliver it.
    void setCorruptDataBlock(int index) { m_corruptDataBlock = index; }

    // Queues a reply: `costUs` is how long the ROM works before answering; `after` runs once
    // the reply is on its way (a baud change). The ROM builds every reply header in one static
    // buffer: only READ_REG and SYNC put a new `value` there, other replies repeat the old one.
    void reply(const LoaderRequest &req, quint32 value = 0, const QByteArray &body = {},
               qint64 costUs = 0, std::function<void()> after = {});
    void fail(const LoaderRequest &req, quint8 error, int repeats = 1);
    // A command the ROM does not know: eight "invalid message" (0x05) replies whose header still
    // carries the previous command's opcode and value, which is how esptool tells it apart.
    void reject(const LoaderRequest &req);
    void setBaud(qint32 baud) { m_baud = baud; }
    void log(const QString &text);
    void enterApplication();

    // The handlers both ROMs share.
    void handleSync(const LoaderRequest &req);
    void handleReadReg(const LoaderRequest &req);
    void handleWriteReg(const LoaderRequest &req);
    void handleMemBegin(const LoaderRequest &req);
    void handleMemData(const LoaderRequest &req);
    void handleMemEnd(const LoaderRequest &req);
    // FLASH_DATA-style header check: len, seq, 0, 0, payload, checksum. Returns false after
    // replying with the error.
    bool checkDataBlock(const LoaderRequest &req, QByteArray *payload, quint32 *seq);
    // Answers the requests both ROMs handle alike (MEM_BEGIN/DATA/END, SYNC, WRITE_REG,
    // READ_REG); false, with nothing sent, for any other opcode.
    bool handleShared(const LoaderRequest &req);

    // FLASH_BEGIN / FLASH_DEFL_BEGIN's first four words.
    struct FlashBegin {
        quint32 size = 0;  // bytes to erase, or (compressed) to write once inflated
        quint32 blocks = 0;
        quint32 blockSize = 0;
        quint32 offset = 0;
    };
    static FlashBegin flashBeginWords(const LoaderRequest &req);
    // The announced range lies inside the chip, and blocks, if any are announced, have a size.
    bool flashBeginFits(const FlashBegin &begin) const;
    // One FLASH_DATA block into the window `begin` announced: refused (invalid parameter) when
    // `open` is false or the block falls outside the window or the chip; else programmed.
    void writeFlashBlock(const LoaderRequest &req, bool open, const FlashBegin &begin);
    // FLASH_END's reply, after which the ROM leaves the loader whether asked to reboot (0) or to
    // run the application (1).
    void replyAndLeaveLoader(const LoaderRequest &req);

    FlashChip m_flash;
    fw::core::sim::SimPort *m_port = nullptr;
    qint64 m_now = 0;

private:
    class StubLink;
    struct Held {
        qint64 dueMs;
        QByteArray bytes;
        std::function<void()> after;
    };
    void boot(int resetCause, bool download);
    void processFrames();
    void flushHeld();
    // Queues bytes already on the wire format; empty bytes only order `after`.
    void queue(const QByteArray &wire, qint64 costUs, std::function<void()> after);
    void startStub(bool greet);
    void damageFrame(QByteArray &frame);

    Wiring m_wiring;
    State m_state = State::Held;
    qint32 m_baud = 0;
    SimSlipFramer m_framer;
    std::deque<QByteArray> m_frames;
    std::deque<Held> m_held;
    qint64 m_busyUntilUs = 0;
    SpiUserCommand m_spi;
    std::map<quint32, quint32> m_regs;
    std::map<quint32, QByteArray> m_ram;
    quint32 m_memAddress = 0;
    quint32 m_memSize = 0;
    quint32 m_memBlockSize = 0;
    quint32 m_memBlocks = 0;
    bool m_memActive = false;
    quint32 m_entryPoint = 0;
    bool m_dtr = false;
    bool m_rts = false;
    qint64 m_enRiseAtMs = -1;
    int m_bootCount = 0;
    int m_requests = 0;
    quint8 m_lastOpcode = 0;   // the static reply header (see reply())
    quint32 m_lastValue = 0;
    bool m_startInStub = false;
    int m_corruptDataBlock = -1;
    int m_dataBlocksSeen = 0;
    int m_corruptedBlocks = 0;
    qint32 m_adapterMaxBaud = 0;
    quint32 m_adapterBytes = 0;
    std::unique_ptr<StubLink> m_stubLink;
    std::unique_ptr<EspStub> m_stub;
};

}  // namespace fw::esp::sim
