#include <catch2/catch.hpp>

#include "core/sim/SimPort.h"
#include "telink/sim/Tlsr825xSwireModel.h"

#include <QByteArray>

using fw::telink::sim::Tlsr825xSwireModel;

namespace {

// The adapter side, built by hand from telink.md §5.1/§5.2 (not with the rescue's codec):
// one UART byte per SWire bit, 0x80 = 1, 0xFE = 0; a frame is cmd flag, 8 bits MSB first, end.
QByteArray frame(quint8 v, bool cmd)
{
    QByteArray f(1, char(cmd ? 0x80 : 0xFE));
    for (int b = 7; b >= 0; --b)
        f.append(char((v >> b) & 1 ? 0x80 : 0xFE));
    f.append(char(0xFE));
    return f;
}

QByteArray writeTx(quint32 addr, QByteArray data)
{
    QByteArray t = frame(0x5A, true) + frame(quint8(addr >> 16), false) + frame(quint8(addr >> 8), false)
                   + frame(quint8(addr), false) + frame(0x00, false);
    for (char c : data)
        t += frame(quint8(c), false);
    return t + frame(0xFF, true);
}

QByteArray readHead(quint32 addr)
{
    return frame(0x5A, true) + frame(quint8(addr >> 16), false) + frame(quint8(addr >> 8), false)
           + frame(quint8(addr), false) + frame(0x80, false);
}

class FakePort : public fw::core::sim::SimPort {
public:
    void send(const QByteArray &bytes) override { received += bytes; }
    qint64 pendingBytes() const override { return 0; }
    qint32 hostBaud() const override { return baud; }
    qint64 nowMs() const override { return now; }
    void log(const QString &) override {}
    void disconnect() override { unplugged = true; }

    QByteArray received;
    qint32 baud = 921600;
    qint64 now = 0;
    bool unplugged = false;
};

struct Bench {
    explicit Bench(Tlsr825xSwireModel::Options o = {}) : model(o) { model.start(port); }
    QByteArray exchange(const QByteArray &bytes)
    {
        port.received.clear();
        model.onReceive(bytes);
        return port.received;
    }
    void advance(qint64 ms)
    {
        for (qint64 i = 0; i < ms; ++i) {
            ++port.now;
            model.tick(port.now);
        }
    }
    // Streams the CPU stop for `ms` milliseconds, in pieces that do not line up with the
    // transactions, so the chip powers up in the middle of one.
    void streamStop(qint64 ms)
    {
        const QByteArray stop = writeTx(0x0602, QByteArray(1, char(0x05)));
        QByteArray stream;
        while (stream.size() < ms * 37)
            stream += stop;
        for (qint64 i = 0; i < ms; ++i) {
            exchange(stream.mid(i * 37, 37));
            advance(1);
        }
    }
    FakePort port;
    Tlsr825xSwireModel model;
};

}  // namespace

TEST_CASE("SWire model echoes every byte while its firmware runs", "[unit][telink]")
{
    Bench b;
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::RunningFirmware);
    const QByteArray tx = writeTx(0x00B2, QByteArray(1, char(52)));
    CHECK(b.exchange(tx) == tx);
    // A read gets only our own pulse back: the SWS pad belongs to the firmware.
    CHECK(b.exchange(readHead(0x00B2) + QByteArray(1, char(0xFE))) == readHead(0x00B2) + QByteArray(1, char(0xFE)));
}

TEST_CASE("SWire model is stopped by the CPU-stop stream during the power-up after a power-cycle", "[unit][telink]")
{
    Tlsr825xSwireModel::Options o;
    o.userPowerCycleDelayMs = 100;
    o.userPowerOffMs = 50;
    Bench b(o);
    b.streamStop(300);
    CHECK(b.model.powerCycles() == 1);
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::Halted);
}

namespace {

Tlsr825xSwireModel::Options halted()
{
    Tlsr825xSwireModel::Options o;
    o.startsRunning = false;
    return o;
}

QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray b;
    for (int v : list)
        b.append(char(v));
    return b;
}

// Reads `count` bytes at addr: the header's echo comes first, then 9 UART bytes per pulse.
QList<QByteArray> readReplies(Bench &b, quint32 addr, int count)
{
    QList<QByteArray> replies;
    QByteArray echo = b.exchange(readHead(addr));
    REQUIRE(echo == readHead(addr));
    for (int i = 0; i < count; ++i)
        replies << b.exchange(QByteArray(1, char(0xFE)));
    b.exchange(frame(0xFF, true));
    return replies;
}

}  // namespace

TEST_CASE("SWire model answers a read with its bits merged into our pulse", "[unit][telink]")
{
    Bench b(halted());
    // 24 MHz x 2 / 921600 = 52: one SWire bit lasts one UART byte.
    b.exchange(writeTx(0x00B2, QByteArray(1, char(52))));
    const QList<QByteArray> r = readReplies(b, 0x00B2, 1);
    // 52 = 0011 0100, by hand: first bit 0 (only bits 3..4 of our pulse byte pulled low: 0xE6),
    // then 0 1 1 0 1 0 0 and the end unit.
    CHECK(r.first() == bytes({0xE6, 0xFE, 0x80, 0x80, 0xFE, 0x80, 0xFE, 0xFE, 0xFE}));

    SECTION("with the divider left at its reset value the answer is too fast for the UART")
    {
        b.exchange(writeTx(0x00B2, QByteArray(1, char(5))));
        const QByteArray fast = readReplies(b, 0x00B2, 1).first();
        CHECK(fast.size() < 9);
    }
}

TEST_CASE("SWire model keeps FIFO mode on one register and counts up otherwise", "[unit][telink]")
{
    Bench b(halted());
    b.exchange(writeTx(0x00B2, QByteArray(1, char(52))));
    // Normal mode: a two-byte write at 0x0C lands in 0x0C and 0x0D.
    b.exchange(writeTx(0x000C, bytes({0x06, 0x00})));
    b.exchange(writeTx(0x0800, bytes({0x11, 0x22, 0x33})));
    CHECK(readReplies(b, 0x000D, 1).first() == bytes({0xE6, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE}));
    QList<QByteArray> three = readReplies(b, 0x0800, 3);
    CHECK(three[0] == bytes({0xE6, 0xFE, 0xFE, 0x80, 0xFE, 0xFE, 0xFE, 0x80, 0xFE}));  // 0x11
    CHECK(three[2] == bytes({0xE6, 0xFE, 0x80, 0x80, 0xFE, 0xFE, 0x80, 0x80, 0xFE}));  // 0x33
    // FIFO mode: the JEDEC id the way the Python flasher reads it (cmd, one clock, auto-read).
    b.exchange(writeTx(0x00B3, bytes({0x80})));
    b.exchange(writeTx(0x000D, bytes({0x00})));
    b.exchange(writeTx(0x000C, bytes({0x9F, 0x00})));
    b.exchange(writeTx(0x000D, bytes({0x0A})));
    const QList<QByteArray> id = readReplies(b, 0x000C, 3);
    // C8 = 1100 1000, 60 = 0110 0000, 13 = 0001 0011
    CHECK(id[0] == bytes({0x06, 0x80, 0xFE, 0xFE, 0x80, 0xFE, 0xFE, 0xFE, 0xFE}));
    CHECK(id[1] == bytes({0xE6, 0x80, 0x80, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE}));
    CHECK(id[2] == bytes({0xE6, 0xFE, 0xFE, 0x80, 0xFE, 0xFE, 0x80, 0x80, 0xFE}));
}

TEST_CASE("SWire model wiring faults: no resistor, RX missing, a garbling adapter", "[unit][telink]")
{
    const QByteArray pulse(1, char(0xFE));
    SECTION("without the resistor only our own bytes come back")
    {
        Tlsr825xSwireModel::Options o = halted();
        o.replyPath = Tlsr825xSwireModel::ReplyPath::NoResistor;
        Bench b(o);
        b.exchange(writeTx(0x00B2, QByteArray(1, char(52))));
        CHECK(readReplies(b, 0x00B2, 1).first() == pulse);
        CHECK(b.model.swsDivider() == 52);  // the chip still hears every command
    }
    SECTION("with RX not on the pad nothing comes back")
    {
        Tlsr825xSwireModel::Options o = halted();
        o.replyPath = Tlsr825xSwireModel::ReplyPath::RxNotWired;
        Bench b(o);
        CHECK(b.exchange(writeTx(0x00B2, QByteArray(1, char(52)))).isEmpty());
    }
    SECTION("an adapter that cannot do 921600 damages every 8th byte, at 460800 none")
    {
        Tlsr825xSwireModel::Options o = halted();
        o.adapterGarblesAbove = 460800;
        Bench b(o);
        const QByteArray tx = writeTx(0x00B2, QByteArray(1, char(104)));
        const QByteArray fast = b.exchange(tx);
        REQUIRE(fast.size() == tx.size());
        int damaged = 0;
        for (int i = 0; i < tx.size(); ++i)
            damaged += fast[i] != tx[i] ? 1 : 0;
        CHECK(damaged > 0);
        b.port.baud = 460800;
        CHECK(b.exchange(tx) == tx);
        CHECK(b.model.swsDivider() == 104);
    }
}

TEST_CASE("SWire model restarts through RTS when it is wired to RESET", "[unit][telink]")
{
    Tlsr825xSwireModel::Options o;
    o.userPowerCycles = false;
    o.rtsWiredToReset = true;
    Bench b(o);
    fw::core::ControlLineEvent e;
    e.line = fw::core::ControlLineEvent::Line::Rts;
    e.level = true;
    b.model.onControlLine(e);
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::Off);
    CHECK(b.exchange(frame(0xFF, true)).isEmpty());  // an unpowered pad holds the line low
    e.level = false;
    b.model.onControlLine(e);
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::Booting);
    b.streamStop(5);
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::Halted);
}

TEST_CASE("SWire model soft reset: firmware takes over, or the ROM waits without one", "[unit][telink]")
{
    Bench b(halted());
    b.exchange(writeTx(0x006F, QByteArray(1, char(0x20))));
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::Booting);
    b.advance(30);
    CHECK(b.model.state() == Tlsr825xSwireModel::ChipState::RunningFirmware);

    Tlsr825xSwireModel::Options blank = halted();
    blank.prefill = false;
    Bench e(blank);
    e.exchange(writeTx(0x006F, QByteArray(1, char(0x20))));
    e.advance(30);
    CHECK(e.model.state() == Tlsr825xSwireModel::ChipState::RomIdle);
}

TEST_CASE("SWire model's flash looks like a LYWSD03MMC's", "[unit][telink]")
{
    const QByteArray f = Tlsr825xSwireModel::lywsd03mmcFlash(1);
    REQUIRE(f.size() == 0x80000);
    CHECK(f.mid(8, 4) == QByteArrayLiteral("KNLT"));
    CHECK(f.mid(0x20008, 4) == QByteArray("\0NLT", 4));  // the broken OTA copy is not bootable
    CHECK(f.mid(0x76003, 3) == QByteArrayLiteral("\x38\xC1\xA4"));
    CHECK(f.mid(0x77000, 16) != QByteArray(16, '\xFF'));
    CHECK(f.mid(0x78000, 16) != QByteArray(16, '\xFF'));
    CHECK(f != Tlsr825xSwireModel::lywsd03mmcFlash(2));
}
