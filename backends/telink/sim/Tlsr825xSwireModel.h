#pragma once
// A TLSR825x thermometer (LYWSD03MMC) wired to a USB-UART adapter on its SWS pad, as the
// adapter's port sees it: the echo of every byte sent, SWire register access once the chip has
// been stopped during power-up, its SPI flash, and the chip's own bits merged into read replies.

#include "core/sim/DeviceModel.h"
#include "telink/sim/SpiNorFlashModel.h"
#include "telink/sim/SwireSlave.h"

#include <QByteArray>
#include <QHash>

namespace fw::core::sim {
class SimPort;
}

namespace fw::telink::sim {

class Tlsr825xSwireModel : public fw::core::sim::DeviceModel {
public:
    enum class ChipState {
        Off,              // no power (battery out, or RESET held by RTS)
        Booting,          // just powered or reset: SWS still listens for a short window
        Halted,           // CPU stopped over SWire: registers and flash open
        RunningFirmware,  // the firmware took the SWS pad over: SWire is ignored
        RomIdle,          // no bootable image: the boot ROM waits with SWS listening
    };
    // How the adapter's RX and TX reach the SWS pad.
    enum class ReplyPath {
        Wired,       // TX through 1 kOhm, RX straight on the pad: echo plus the chip's bits
        NoResistor,  // TX straight on the pad: its driver holds the line, only the echo comes back
        RxNotWired,  // nothing comes back at all
    };

    struct Options {
        quint32 jedecId = SpiNorFlashModel::DefaultJedecId;
        double clockHz = 24e6;           // system clock while halted: sets the SWS bit time
        quint8 defaultSwsDivider = 0x05; // register 0xB2 after reset
        int bootWindowMs = 20;           // SWS listens this long after power-up or reset
        bool startsRunning = true;       // starts with the firmware running (false: halted)
        // The simulated user power-cycles the board this long after the activation writes
        // (0x0602 <- 0x05) begin, with the power off for userPowerOffMs.
        bool userPowerCycles = true;
        int userPowerCycleDelayMs = 600;
        int userPowerOffMs = 300;
        bool rtsWiredToReset = false;    // RTS low (asserted) holds the chip in reset
        ReplyPath replyPath = ReplyPath::Wired;
        qint32 adapterGarblesAbove = 0;  // > 0: above this baud every 8th byte on the wire is damaged
        qint64 unplugAfterProgrammedBytes = -1;  // >= 0: the adapter vanishes after this many bytes
        SpiNorFlashModel::Timing flashTiming;
        quint32 seed = 0x5EED;           // device identity of the pre-filled flash
        bool prefill = true;             // a LYWSD03MMC's flash; false leaves it erased
    };

    Tlsr825xSwireModel();
    explicit Tlsr825xSwireModel(const Options &options);

    // DeviceModel
    void start(fw::core::sim::SimPort &port) override;
    void onReceive(const QByteArray &bytes) override;
    void tick(qint64 nowMs) override;
    int tickIntervalMs() const override { return 2; }
    void onControlLine(const fw::core::ControlLineEvent &event) override;

    // Faults, set on the simulator's thread (PtySimHost::post) or before start().
    void setUserPowerCycles(bool on) { m_options.userPowerCycles = on; }
    void setReplyPath(ReplyPath path) { m_options.replyPath = path; }
    void setAdapterGarblesAbove(qint32 baud) { m_options.adapterGarblesAbove = baud; }
    void setUnplugAfterProgrammedBytes(qint64 bytes) { m_options.unplugAfterProgrammedBytes = bytes; }
    void setRtsWiredToReset(bool on) { m_options.rtsWiredToReset = on; }

    // State, for tests.
    ChipState state() const { return m_state; }
    quint8 swsDivider() const { return m_swsDivider; }
    int powerCycles() const { return m_powerCycles; }
    SpiNorFlashModel &flash() { return m_flash; }
    const SpiNorFlashModel &flash() const { return m_flash; }
    QString macAddress() const;  // "A4:C1:38:…" from 0x76000

    // What a LYWSD03MMC's flash holds: a firmware at 0x0 (whose OTA left a broken copy at
    // 0x20000), its hardware string at 0x55000, pairing data at 0x74000, MAC at 0x76000 (6 bytes,
    // least significant first), radio calibration at 0x77000 and Mi keys at 0x78000.
    static QByteArray lywsd03mmcFlash(quint32 seed);

private:
    void advanceTime(qint64 nowMs);
    void powerOn(qint64 nowMs);
    void powerOff();
    void resetChip(qint64 nowMs);
    void runFirmware(qint64 nowMs);
    bool listening() const;
    void writeRegister(quint32 address, quint8 value);
    quint8 readRegister(quint32 address);
    QByteArray replyOnLine(quint8 value) const;
    void onSnifferWrite(quint32 address, quint8 value);

    Options m_options;
    fw::core::sim::SimPort *m_port = nullptr;
    ChipState m_state = ChipState::RunningFirmware;
    qint64 m_stateSinceMs = 0;
    SwireSlave m_slave;    // the chip's SWS receiver
    SwireSlave m_sniffer;  // the user watching the tool: sees the activation start
    SpiNorFlashModel m_flash;
    QHash<quint32, quint8> m_memory;  // registers and RAM without side effects
    quint8 m_swsDivider = 0x05;
    bool m_fifo = false;
    quint8 m_spiControl = 0x01;
    quint8 m_spiLatch = 0xFF;
    quint8 m_cpu = 0x00;
    quint32 m_pc = 0;
    qint64 m_cycleOffAtMs = -1;
    qint64 m_cycleOnAtMs = -1;
    qint64 m_nextCycleAllowedMs = 0;
    bool m_heldByRts = false;
    int m_powerCycles = 0;
    quint64 m_wireBytes = 0;
    bool m_unplugged = false;
};

}  // namespace fw::telink::sim
