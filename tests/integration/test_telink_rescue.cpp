#include <catch2/catch.hpp>

#include "core/JobRunner.h"
#include "core/sim/DemoRegistry.h"
#include "support/DirectPtyHost.h"
#include "support/TestJobContext.h"
#include "support/TestUtil.h"
#include "telink/TelinkImage.h"
#include "telink/TelinkRescueJob.h"
#include "telink/sim/Tlsr825xSwireModel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fw::telink;
using fw::telink::sim::Tlsr825xSwireModel;
using ChipState = Tlsr825xSwireModel::ChipState;

namespace {

// The thermometer on a pty with nothing slowing the bytes down: these tests are about what is
// read and written; the wire rate is the benchmark's business.
struct Rig {
    explicit Rig(const Tlsr825xSwireModel::Options &o = fastUser())
        : host(std::make_unique<fw::test::DirectPtyHost>(std::make_unique<Tlsr825xSwireModel>(o)))
    {
    }
    static Tlsr825xSwireModel::Options fastUser()
    {
        Tlsr825xSwireModel::Options o;
        o.userPowerCycleDelayMs = 200;
        o.userPowerOffMs = 150;
        // Bytes reach the model in bursts here (no wire pacing): a window longer than a burst.
        o.bootWindowMs = 150;
        return o;
    }
    template<typename F>
    auto onModel(F fn)
    {
        return host->onModel<Tlsr825xSwireModel>(fn);
    }
    QByteArray flash(quint32 at, qint64 n)
    {
        return onModel([at, n](Tlsr825xSwireModel &m) { return m.flash().memory().read(at, n); });
    }
    std::unique_ptr<fw::test::DirectPtyHost> host;
};

TelinkRescueOptions options(const Rig &rig, TelinkRescueAction action)
{
    TelinkRescueOptions o;
    o.action = action;
    o.port = rig.host->slavePath();
    o.activationMs = 700;
    return o;
}

struct Run {
    fw::test::TestJobContext t;
    std::optional<fw::core::Diagnosis> failure;
    TelinkRescueResult result;
    QString log;

    std::string describe() const
    {
        const QString text = (failure ? failure->toText() : QStringLiteral("succeeded")) + QLatin1Char('\n') + log;
        return text.toStdString();
    }
};

#define REQUIRE_SUCCEEDED(r)         \
    do {                             \
        INFO((r)->describe());       \
        REQUIRE_FALSE((r)->failure); \
    } while (false)

std::unique_ptr<Run> run(const TelinkRescueOptions &o)
{
    auto r = std::make_unique<Run>();
    TelinkRescueJob job(o);
    try {
        job.run(r->t.ctx);
    } catch (const fw::core::JobError &e) {
        r->failure = e.diagnosis();
    }
    r->result = job.result();
    r->log = r->t.text();
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A small firmware: a page of 0xFF in the middle (left to the erase), the tail not page-aligned.
QByteArray smallImage(int size)
{
    QByteArray image = fw::test::randomBytes(size, 77);
    image.replace(0, 2, QByteArrayLiteral("\x26\x80"));
    image.replace(8, 4, QByteArrayLiteral("KNLT"));
    image.replace(0x1000, 256, QByteArray(256, '\xFF'));
    return TelinkImage::sealed(image);
}

}  // namespace

TEST_CASE("Telink rescue reads a flash range from the simulated thermometer", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Read);
    o.readPath = dir.filePath(QStringLiteral("part.bin"));
    o.rangeStart = 0x75F00;
    o.rangeEnd = 0x77100;
    const auto r = run(o);
    REQUIRE_SUCCEEDED(r);
    CHECK(readFile(o.readPath) == rig.flash(0x75F00, 0x1200));
    CHECK(r->result.jedecId == 0xC86013u);
    CHECK(r->result.flashSize == 0x80000);
    CHECK(r->result.baud == 921600);
    CHECK(r->result.swsDivider == 52);
    CHECK(r->result.mac == rig.onModel([](Tlsr825xSwireModel &m) { return m.macAddress(); }));
    CHECK(r->result.mac.startsWith(QStringLiteral("A4:C1:38:")));
    CHECK(r->log.contains(QStringLiteral("Power-cycle the thermometer now")));
    // Reading leaves the chip stopped, so the next run needs no power-cycle.
    CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.state(); }) == ChipState::Halted);
    CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.powerCycles(); }) == 1);
}

TEST_CASE("Telink rescue backs up 0x74000-0x80000 byte for byte", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Backup);
    o.backupPath = dir.filePath(QStringLiteral("device-data.bin"));
    const auto r = run(o);
    REQUIRE_SUCCEEDED(r);
    const QByteArray expected = rig.flash(0x74000, 0xC000);
    CHECK(readFile(o.backupPath) == expected);
    CHECK(r->result.backupSha256
          == QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    CHECK(r->log.contains(r->result.mac));

    SECTION("a second run finds the chip still stopped and needs no power-cycle")
    {
        rig.onModel([](Tlsr825xSwireModel &m) {
            m.setUserPowerCycles(false);
            return 0;
        });
        TelinkRescueOptions again = options(rig, TelinkRescueAction::Identify);
        const auto r2 = run(again);
        REQUIRE_SUCCEEDED(r2);
        CHECK(r2->result.mac == r->result.mac);
        CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.powerCycles(); }) == 1);
    }
}

TEST_CASE("Telink rescue writes a firmware after the backup, verifies it and starts it", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    const QByteArray image = smallImage(0x2345);
    const QByteArray deviceData = rig.flash(0x74000, 0xC000);
    const QByteArray otaBank = rig.flash(0x20000, 0x8000);
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Write);
    o.firmwarePath = writeFile(dir, QStringLiteral("fw.bin"), image);
    o.backupPath = dir.filePath(QStringLiteral("backup.bin"));
    const auto r = run(o);
    REQUIRE_SUCCEEDED(r);
    CHECK(readFile(o.backupPath) == deviceData);
    CHECK(rig.flash(0, image.size()) == image);
    // Only the sectors the image covers were erased: the rest of the last one is blank, the OTA
    // bank and the device data are as they were.
    CHECK(rig.flash(image.size(), 0x3000 - image.size()) == QByteArray(0x3000 - int(image.size()), '\xFF'));
    CHECK(rig.flash(0x20000, 0x8000) == otaBank);
    CHECK(rig.flash(0x74000, 0xC000) == deviceData);
    CHECK(r->result.sectorsErased == 3);
    CHECK(r->result.bytesSkipped == 256);
    CHECK(r->result.bytesWritten == image.size() - 256);
    CHECK(r->result.verified);
    CHECK(r->result.firmwareStarted);
    fw::test::TestJobContext wait;
    wait.ctx.sleep(200);  // past the start-up window
    CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.state(); }) == ChipState::RunningFirmware);
}

TEST_CASE("Telink rescue restores a backup byte-exact and refuses another device's", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    const QByteArray original = rig.flash(0x74000, 0xC000);
    const QString backup = writeFile(dir, QStringLiteral("mine.bin"), original);
    // The device data got lost (an "erase all").
    rig.onModel([](Tlsr825xSwireModel &m) {
        m.flash().memory().erase(0x74000, 0xC000);
        return 0;
    });

    SECTION("its own backup goes back")
    {
        TelinkRescueOptions o = options(rig, TelinkRescueAction::Restore);
        o.restorePath = backup;
        const auto r = run(o);
        REQUIRE_SUCCEEDED(r);
        CHECK(rig.flash(0x74000, 0xC000) == original);
        CHECK(r->result.sectorsErased == 12);
        CHECK(r->result.verified);
    }
    SECTION("a backup with another MAC is refused, and written with --force")
    {
        rig.onModel([](Tlsr825xSwireModel &m) {
            m.flash().memory().load(0x76000, QByteArrayLiteral("\x01\x02\x03\x38\xC1\xA4"));
            return 0;
        });
        TelinkRescueOptions o = options(rig, TelinkRescueAction::Restore);
        o.restorePath = backup;
        const auto r = run(o);
        REQUIRE(r->failure);
        CHECK(r->failure->code == QStringLiteral("telink.rescue.backup_other_device"));
        CHECK(r->failure->summary.contains(QStringLiteral("A4:C1:38:03:02:01")));
        CHECK(rig.flash(0x76000, 6) == QByteArrayLiteral("\x01\x02\x03\x38\xC1\xA4"));
        o.force = true;
        const auto forced = run(o);
        REQUIRE_SUCCEEDED(forced);
        CHECK(rig.flash(0x74000, 0xC000) == original);
    }
}

TEST_CASE("Telink rescue refuses to write before touching the device", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Write);
    o.firmwarePath = writeFile(dir, QStringLiteral("fw.bin"), smallImage(0x1000));

    SECTION("no backup asked for")
    {
        const auto r = run(o);
        REQUIRE(r->failure);
        CHECK(r->failure->code == QStringLiteral("telink.rescue.no_backup"));
    }
    SECTION("not a Telink image")
    {
        o.backupPath = dir.filePath(QStringLiteral("b.bin"));
        o.firmwarePath = writeFile(dir, QStringLiteral("esp.bin"), QByteArray(1, char(0xE9)) + QByteArray(4000, 'x'));
        const auto r = run(o);
        REQUIRE(r->failure);
        CHECK(r->failure->code == QStringLiteral("telink.file.not_telink"));
    }
    SECTION("a damaged image")
    {
        o.backupPath = dir.filePath(QStringLiteral("b.bin"));
        QByteArray bad = smallImage(0x1000);
        bad[0x500] = char(bad[0x500] ^ 0x40);
        o.firmwarePath = writeFile(dir, QStringLiteral("bad.bin"), bad);
        const auto r = run(o);
        REQUIRE(r->failure);
        CHECK(r->failure->code.startsWith(QStringLiteral("telink.file.")));
    }
    SECTION("a missing file")
    {
        o.backupPath = dir.filePath(QStringLiteral("b.bin"));
        o.firmwarePath = dir.filePath(QStringLiteral("nope.bin"));
        const auto r = run(o);
        REQUIRE(r->failure);
        CHECK(r->failure->code.startsWith(QStringLiteral("file.")));
    }
    // None of these reached the device: no power-cycle was asked for, the flash is unchanged.
    CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.powerCycles(); }) == 0);
    CHECK(rig.onModel([](Tlsr825xSwireModel &m) { return m.flash().programmedBytes(); }) == 0u);
}

TEST_CASE("Telink rescue explains a chip that never answers", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    SECTION("never power-cycled")
    {
        mo.userPowerCycles = false;
    }
    SECTION("TX wired to P14 without the resistor")
    {
        mo.replyPath = Tlsr825xSwireModel::ReplyPath::NoResistor;
    }
    Rig rig(mo);
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Identify);
    o.activationMs = 400;
    const auto r = run(o);
    REQUIRE(r->failure);
    CHECK(r->failure->code == QStringLiteral("telink.rescue.no_answer"));
    CHECK(r->failure->summary.contains(QStringLiteral("921600, 460800, 340000, 230400")));
    CHECK(r->failure->causes.join(QLatin1Char(' ')).contains(QStringLiteral("power-cycled")));
    CHECK(r->failure->causes.join(QLatin1Char(' ')).contains(QStringLiteral("1 to 1.8 kOhm")));
    CHECK_FALSE(r->failure->nextStep.isEmpty());
}

TEST_CASE("Telink rescue says RX is not wired when nothing comes back", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    mo.replyPath = Tlsr825xSwireModel::ReplyPath::RxNotWired;
    Rig rig(mo);
    const auto r = run(options(rig, TelinkRescueAction::Identify));
    REQUIRE(r->failure);
    CHECK(r->failure->code == QStringLiteral("telink.swire.no_echo"));
    CHECK(r->failure->causes.first().contains(QStringLiteral("P14")));
    // Found by the wiring check, before any activation.
    CHECK_FALSE(r->log.contains(QStringLiteral("Power-cycle the thermometer now")));
}

TEST_CASE("Telink rescue falls back to 460800 baud when the adapter garbles above it", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    mo.adapterGarblesAbove = 460800;
    Rig rig(mo);
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Read);
    o.readPath = dir.filePath(QStringLiteral("head.bin"));
    o.rangeStart = 0;
    o.rangeEnd = 0x400;
    const auto r = run(o);
    REQUIRE_SUCCEEDED(r);
    CHECK(r->result.baud == 460800);
    CHECK(r->result.swsDivider == 104);
    CHECK(r->log.contains(QStringLiteral("At 921600 baud the signal comes back changed")));
    CHECK(readFile(o.readPath) == rig.flash(0, 0x400));
}

TEST_CASE("Telink rescue finds the SWire speed of a chip running at 16 MHz", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    mo.clockHz = 16e6;
    Rig rig(mo);
    const auto r = run(options(rig, TelinkRescueAction::Identify));
    REQUIRE_SUCCEEDED(r);
    // 16 MHz x 2 / 921600 = 34.7: the first divider that reads back, then a little more room.
    CHECK(r->result.swsDivider >= 34);
    CHECK(r->result.swsDivider <= 38);
    CHECK(r->result.jedecId == 0xC86013u);
}

TEST_CASE("Telink rescue reports an unplug in the middle of the write", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    mo.unplugAfterProgrammedBytes = 0x800;
    Rig rig(mo);
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Write);
    o.firmwarePath = writeFile(dir, QStringLiteral("fw.bin"), smallImage(0x3000));
    o.force = true;  // no backup: the unplug is what is under test
    const auto r = run(o);
    REQUIRE(r->failure);
    CHECK(r->failure->code == QStringLiteral("serial.unplugged"));
    CHECK(r->failure->summary.contains(QStringLiteral("partly written")));
    CHECK(r->failure->nextStep.contains(QStringLiteral("0x74000")));
    CHECK(rig.host->isDisconnected());
    // The page with the boot flag comes last, so the half-written image is not marked bootable.
    CHECK_FALSE(rig.onModel([](Tlsr825xSwireModel &m) { return m.flash().memory().bootBank().has_value(); }));
}

TEST_CASE("Telink rescue reports bytes that do not read back", "[integration][telink]")
{
    Rig rig;
    rig.onModel([](Tlsr825xSwireModel &m) {
        m.flash().setWornCell(0x1234);
        return 0;
    });
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Write);
    o.firmwarePath = writeFile(dir, QStringLiteral("fw.bin"), smallImage(0x2000));
    o.force = true;
    const auto r = run(o);
    REQUIRE(r->failure);
    CHECK(r->failure->code == QStringLiteral("telink.rescue.verify_mismatch"));
    CHECK(r->failure->summary.contains(QStringLiteral("0x01234")));
}

TEST_CASE("Telink rescue answers a cancel within 100 ms", "[integration][telink]")
{
    Rig rig;
    QTemporaryDir dir;
    TelinkRescueOptions o = options(rig, TelinkRescueAction::Read);
    o.readPath = dir.filePath(QStringLiteral("all.bin"));
    fw::core::LogBus bus;
    fw::core::JobRunner runner(&bus);
    bool reading = false;
    QObject::connect(&runner, &fw::core::JobRunner::progress, [&reading](const fw::core::JobProgress &p) {
        reading = reading || (p.phase.startsWith(QStringLiteral("Reading")) && p.done > 0);
    });
    runner.start(std::make_unique<TelinkRescueJob>(o));
    QElapsedTimer wait;
    wait.start();
    while (!reading && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE(reading);
    QElapsedTimer t;
    t.start();
    runner.cancel();
    REQUIRE(runner.waitForFinished(5000));
    CHECK(t.elapsed() <= 100);
    CHECK(runner.lastResult().status == fw::core::JobResult::Status::Cancelled);
    CHECK_FALSE(QFile::exists(o.readPath));
}

TEST_CASE("Telink rescue explains a flash that does not answer", "[integration][telink]")
{
    Tlsr825xSwireModel::Options mo = Rig::fastUser();
    mo.jedecId = 0xFFFFFF;  // what an unpowered or stuck flash shifts out
    Rig rig(mo);
    const auto r = run(options(rig, TelinkRescueAction::Identify));
    REQUIRE(r->failure);
    CHECK(r->failure->code == QStringLiteral("telink.flash.no_id"));
    CHECK(r->failure->summary.contains(QStringLiteral("0xFFFFFF")));
    CHECK(r->failure->causes.first().contains(QStringLiteral("battery")));
}

TEST_CASE("Telink rescue restarts a board with RTS on RESET without asking the user", "[integration][telink]")
{
    // Through a demo port, the way the wizard and CLI reach simulators: RTS goes to the model.
    fw::core::sim::DemoDevice d;
    d.name = QStringLiteral("test-telink-swire-rts");
    d.transport = fw::core::sim::DemoDevice::Transport::Serial;
    d.family = QStringLiteral("telink");
    d.makeSerial = [] {
        Tlsr825xSwireModel::Options o;
        o.userPowerCycles = false;
        o.rtsWiredToReset = true;
        return std::make_unique<Tlsr825xSwireModel>(o);
    };
    fw::core::sim::DemoRegistry::instance().add(d);
    TelinkRescueOptions o;
    o.action = TelinkRescueAction::Identify;
    o.port = QStringLiteral("demo:test-telink-swire-rts");
    o.activationMs = 300;
    const auto r = run(o);
    REQUIRE_SUCCEEDED(r);
    CHECK(r->result.jedecId == 0xC86013u);
    CHECK(r->result.mac.startsWith(QStringLiteral("A4:C1:38:")));
}
