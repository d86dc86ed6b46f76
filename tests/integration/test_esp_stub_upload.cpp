// Our ESP8266 flasher stub from the host's side: the image as the build embeds it, its upload
// through the ROM (MEM_BEGIN/DATA/END as the simulator sees them), the greeting, and the
// session choosing stub or ROM. The upload goes to a test image: the simulators never run it.
#include <catch2/catch.hpp>

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/SerialLink.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspConnector.h"
#include "esp/EspLoader.h"
#include "esp/EspSession.h"
#include "esp/EspStubImage.h"
#include "esp/EspStubLoader.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"
#include "support/TestJobContext.h"
#include "support/EspSimTestLink.h"
#include "support/EspSlip.h"
#include "support/EspStubTestImage.h"
#include "support/PtyPair.h"
#include "support/SimThread.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace fw::core;
using namespace fw::core::sim;
using namespace fw::esp;
using namespace fw::esp::sim;
using fw::test::EspStubTestImage;

namespace {

using Ctx = fw::test::TestJobContext;

Diagnosis loadFails(const QString &path)
{
    try {
        EspStubImage::load(path);
    } catch (const JobError &e) {
        return e.diagnosis();
    }
    FAIL("loading " << path.toStdString() << " should have failed");
    return {};
}

// The ESP8266 ROM, with every MEM_* request it handled written down.
class RecordingRom : public Esp8266RomModel {
public:
    struct Seen {
        quint8 op;
        std::vector<quint32> words;  // MEM_BEGIN: 4 words; MEM_DATA: len, seq; MEM_END: 2 words
    };
    explicit RecordingRom(const Options &o) : Esp8266RomModel(o) {}
    std::vector<Seen> seen;

protected:
    void handle(const LoaderRequest &req) override
    {
        if (req.opcode == 0x05)
            seen.push_back({req.opcode, {req.word(0), req.word(1), req.word(2), req.word(3)}});
        else if (req.opcode == 0x07)
            seen.push_back({req.opcode, {req.word(0), req.word(1)}});
        else if (req.opcode == 0x06)
            seen.push_back({req.opcode, {req.word(0), req.word(1)}});
        Esp8266RomModel::handle(req);
    }
};

Esp8266RomModel::Options strapped8266(bool stubRunning = false)
{
    Esp8266RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    o.timeScale = 0;
    o.stubRunning = stubRunning;
    return o;
}

// A ROM on the master side of a pty that takes the whole upload but never starts a stub:
// what a chip does when bytes of the stub were lost on the way.
class NeverGreetingRom {
public:
    enum class MemEnd { Answer, Silent, Refuse, AnswerThenNoise };

    explicit NeverGreetingRom(MemEnd mode) : m_mode(mode), m_thread([this] { loop(); }) {}
    ~NeverGreetingRom()
    {
        m_stop = true;
        m_thread.join();
    }
    QString slavePath() const { return m_pty.slavePath(); }
    int memData() const { return m_memData.load(); }

private:
    void reply(quint8 op, const QByteArray &status)
    {
        QByteArray r;
        r.append(char(0x01));
        r.append(char(op));
        r.append(char(status.size()));
        r.append(char(0));
        fw::test::putU32(r, 0);
        m_pty.write(fw::test::slip(r + status));
    }
    void loop()
    {
        QByteArray raw;
        while (!m_stop) {
            raw += m_pty.read(4096, 20);
            for (const QByteArray &f : fw::test::takeSlipFrames(raw)) {
                if (f.size() < 8 || f[0] != 0)
                    continue;
                const quint8 op = quint8(f[1]);
                if (op == 0x07)
                    ++m_memData;
                if (op != 0x06) {
                    reply(op, QByteArray(2, '\0'));
                    continue;
                }
                if (m_mode == MemEnd::Silent)
                    continue;
                reply(op, m_mode == MemEnd::Refuse ? QByteArray::fromHex("0101") : QByteArray(2, '\0'));
                if (m_mode == MemEnd::AnswerThenNoise)
                    m_pty.write(fw::test::slip(QByteArrayLiteral("OHAX")));
            }
        }
    }

    fw::test::PtyPair m_pty;
    MemEnd m_mode;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_memData{0};
    std::thread m_thread;
};

void addDemo(const QString &name, std::function<std::unique_ptr<DeviceModel>()> make)
{
    DemoDevice d;
    d.name = name;
    d.transport = DemoDevice::Transport::Serial;
    d.family = QStringLiteral("esp");
    d.makeSerial = std::move(make);
    DemoRegistry::instance().add(d);
}

EspConnectOptions demoOptions(const QString &demo, qint32 transfer = 0)
{
    EspConnectOptions o;
    o.port = QStringLiteral("demo:") + demo;
    o.reset = ResetMode::NoReset;
    o.transferBaud = transfer;
    o.stubImagePath = EspStubTestImage::sharedPath();
    return o;
}

template<typename Model, typename F>
auto onSession(EspSession &session, F fn)
{
    REQUIRE(session.simulator());
    return fw::test::onSim<Model>(*session.simulator(), fn);
}

}  // namespace

TEST_CASE("EspStubImage: a consistent image loads with its build id", "[unit][esp][stub]")
{
    QTemporaryDir dir;
    const EspStubTestImage::Layout l = EspStubTestImage::defaults();
    const EspStubImage img = EspStubImage::load(EspStubTestImage::write(dir.filePath(QStringLiteral("a")), l));
    CHECK(img.text == l.text);
    CHECK(img.data == l.data);
    CHECK(img.entry == l.entry);
    CHECK(img.textStart == l.textStart);
    CHECK(img.dataStart == l.dataStart);
    CHECK(img.bssStart == l.bssStart);
    CHECK(img.bssEnd == l.bssEnd);
    CHECK(img.build == EspStubTestImage::buildId(l.text, l.data));
    CHECK(img.shortBuild() == img.build.left(8));
    CHECK(img.shortBuild().size() == 8);
    CHECK_FALSE(img.isBuiltIn());
    CHECK(img.problem().isEmpty());

    // Numbers may also be written as hex strings, and a stub without data is fine.
    EspStubTestImage::Layout noData = l;
    noData.data.clear();
    const EspStubImage hex = EspStubImage::load(EspStubTestImage::write(
        dir.filePath(QStringLiteral("b")), noData,
        {{QStringLiteral("entry"), QStringLiteral("0x4010D004")}, {QStringLiteral("bss_end"), QStringLiteral("0x3FFE9000")}}));
    CHECK(hex.entry == 0x4010D004u);
    CHECK(hex.bssEnd == 0x3FFE9000u);
    CHECK(hex.data.isEmpty());
}

TEST_CASE("EspStubImage: a missing or inconsistent image is refused, with a way on", "[unit][esp][stub]")
{
    QTemporaryDir dir;
    const EspStubTestImage::Layout l = EspStubTestImage::defaults();

    Diagnosis d = loadFails(dir.filePath(QStringLiteral("nothing-here")));
    CHECK(d.code == QLatin1String("esp.stub.image_missing"));
    CHECK(d.summary.contains(QLatin1String("nothing-here")));
    CHECK(d.causes.join(QLatin1Char(' ')).contains(QLatin1String("text.bin")));
    CHECK(d.nextStep.contains(QLatin1String("--stub-image")));

    // The built-in image's texts: reinstall or rebuild, or go on through the ROM.
    for (const Diagnosis &builtIn : {EspStubImage::missingDiagnosis(EspStubImage::builtInPath(), QStringLiteral("text.bin")),
                                     EspStubImage::damagedDiagnosis(EspStubImage::builtInPath(), QStringLiteral("oops"))}) {
        CAPTURE(builtIn.code.toStdString());
        CHECK(builtIn.summary.startsWith(QLatin1String("This program's ESP8266 flasher stub is")));
        CHECK(builtIn.nextStep.contains(QLatin1String("Reinstall")));
        CHECK(builtIn.nextStep.contains(QLatin1String("rebuild")));
        CHECK(builtIn.nextStep.contains(QLatin1String("--no-stub")));
        CHECK_FALSE(builtIn.causes.isEmpty());
    }

    const QString noData = EspStubTestImage::write(dir.filePath(QStringLiteral("no-data")), l);
    QFile::remove(noData + QStringLiteral("/data.bin"));
    d = loadFails(noData);
    CHECK(d.code == QLatin1String("esp.stub.image_missing"));
    CHECK(d.causes.join(QLatin1Char(' ')).contains(QLatin1String("data.bin")));

    struct Bad {
        const char *why;
        QJsonObject overrides;
        const char *says;
    };
    const Bad bad[] = {
        {"text size", {{QStringLiteral("text_size"), 100}}, "text.bin has"},
        {"data size", {{QStringLiteral("data_size"), 4}}, "data.bin has"},
        {"build id", {{QStringLiteral("build"), QStringLiteral("00ff")}}, "build id"},
        {"no build id", {{QStringLiteral("build"), QJsonValue()}}, "no build id"},
        {"entry outside the code", {{QStringLiteral("entry"), double(0x4010F000)}}, "entry point"},
        {"code outside IRAM", {{QStringLiteral("text_start"), double(0x40200000)}, {QStringLiteral("entry"), double(0x40200004)}},
         "IRAM"},
        {"code past its limit", {{QStringLiteral("iram_limit"), double(0x4010D100)}}, "IRAM"},
        {"data outside DRAM", {{QStringLiteral("data_start"), double(0x3FFFBF00)}}, "DRAM"},
        {"limit beyond the ESP8266", {{QStringLiteral("dram_limit"), double(0x40000000)}}, "memory limits"},
        {"data over zeroed data", {{QStringLiteral("bss_start"), double(0x3FFFAC00)}, {QStringLiteral("bss_end"), double(0x3FFFB000)}},
         "overlap"},
        {"zeroed data backwards", {{QStringLiteral("bss_end"), double(0x3FFE8000)}}, "zeroed data"},
        {"unaligned", {{QStringLiteral("data_start"), double(0x3FFFACAD)}}, "word boundary"},
        {"a number missing", {{QStringLiteral("bss_end"), QJsonValue()}}, "bss_end"},
        {"a number that is text", {{QStringLiteral("entry"), QStringLiteral("soon")}}, "entry"},
    };
    int n = 0;
    for (const Bad &b : bad) {
        CAPTURE(b.why);
        const QString path = EspStubTestImage::write(dir.filePath(QStringLiteral("bad-%1").arg(n++)), l, b.overrides);
        d = loadFails(path);
        CHECK(d.code == QLatin1String("esp.stub.image_damaged"));
        CHECK(d.summary.contains(QLatin1String("damaged")));
        CHECK(d.summary.contains(QLatin1String(b.says)));
        CHECK(d.nextStep.contains(QLatin1String("--stub-image")));
    }

    const QString notJson = EspStubTestImage::write(dir.filePath(QStringLiteral("not-json")), l);
    {
        QFile f(notJson + QStringLiteral("/layout.json"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("entry = 0x4010D004\n");
    }
    d = loadFails(notJson);
    CHECK(d.code == QLatin1String("esp.stub.image_damaged"));
    CHECK(d.summary.contains(QLatin1String("layout.json")));

    // Code changed after the build: its SHA-256 no longer matches the layout's build id.
    const QString changed = EspStubTestImage::write(dir.filePath(QStringLiteral("changed")), l);
    {
        QByteArray text = l.text;
        text[100] = char(text[100] ^ 0x01);
        QFile f(changed + QStringLiteral("/text.bin"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    d = loadFails(changed);
    CHECK(d.code == QLatin1String("esp.stub.image_damaged"));
    CHECK(d.summary.contains(QLatin1String("build id")));
}

TEST_CASE("EspStubLoader: text and data go through the ESP8266 ROM in 0x1800 blocks, then OHAI",
          "[integration][esp][stub]")
{
    const EspStubTestImage::Layout l = EspStubTestImage::defaults();
    const EspStubImage image = EspStubImage::load(EspStubTestImage::sharedPath());
    fw::test::EspSimTestLink rig(std::make_unique<RecordingRom>(strapped8266()));
    Ctx c;
    EspLoader loader(rig.link, Logger(&c.bus, QStringLiteral("esp")));
    loader.setJobContext(&c.ctx);
    EspConnectOptions o;
    o.port = rig.host->slavePath();
    o.reset = ResetMode::NoReset;
    const EspConnector::Result synced = EspConnector(loader, EspReset::strategies(false)).connect(c.ctx, o);
    REQUIRE(synced.kind == LoaderKind::Esp8266Rom);

    EspStubLoader(loader).start(c.ctx, image);
    CHECK(loader.loaderKind() == LoaderKind::Stub);

    using Seen = RecordingRom::Seen;
    const std::vector<Seen> seen = rig.onSim<RecordingRom>([](RecordingRom &m) { return m.seen; });
    REQUIRE(seen.size() == 6);
    // text: 0x1900 bytes = 2 blocks; data: 0x300 bytes = 1 block; then the jump.
    CHECK(seen[0].op == 0x05);
    CHECK(seen[0].words == std::vector<quint32>{0x1900, 2, 0x1800, l.textStart});
    CHECK(seen[1].op == 0x07);
    CHECK(seen[1].words == std::vector<quint32>{0x1800, 0});
    CHECK(seen[2].words == std::vector<quint32>{0x100, 1});
    CHECK(seen[3].op == 0x05);
    CHECK(seen[3].words == std::vector<quint32>{0x300, 1, 0x1800, l.dataStart});
    CHECK(seen[4].op == 0x07);
    CHECK(seen[4].words == std::vector<quint32>{0x300, 0});
    CHECK(seen[5].op == 0x06);
    CHECK(seen[5].words == std::vector<quint32>{0, l.entry});
    CHECK(EspStubLoader::blockCount(0x1800) == 1);
    CHECK(EspStubLoader::blockCount(0x1801) == 2);

    CHECK(rig.onSim<RecordingRom>([](RecordingRom &m) { return m.entryPoint(); }) == l.entry);
    const auto ram = rig.onSim<RecordingRom>([](RecordingRom &m) { return m.ramSegments(); });
    REQUIRE(ram.count(l.textStart) == 1);
    CHECK(ram.at(l.textStart) == l.text);
    REQUIRE(ram.count(l.dataStart) == 1);
    CHECK(ram.at(l.dataStart) == l.data);
    CHECK(rig.onSim<RecordingRom>([](RecordingRom &m) { return m.state(); }) == EspRomModel::State::Stub);

    // The stub answers now, with its own 2-byte status.
    CHECK(loader.readReg(0x40001000) == 0xFFF0C101u);
    const std::optional<Response> sync = loader.tryCommand(Command::sync(), 500);
    REQUIRE(sync);
    CHECK(sync->value == 0u);

    const QString info = c.text(LogLevel::Info);
    CHECK(info.contains(QLatin1String("6400 bytes of code to 0x4010D000, 768 bytes of data to 0x3FFFACAC")));
    CHECK(info.contains(QLatin1String("starting the stub at 0x4010D004")));
    CHECK(info.contains(QLatin1String("Flasher stub running (Flashwright ") + image.shortBuild()));
    CHECK(c.text().contains(QLatin1String("MEM_END, jump to 0x4010d004")));
}

TEST_CASE("EspStubLoader: a stub that never greets ends in a diagnosis with a next step", "[integration][esp][stub]")
{
    const EspStubImage image = EspStubImage::load(EspStubTestImage::sharedPath());
    using Mode = NeverGreetingRom::MemEnd;
    const Mode mode = GENERATE(Mode::Answer, Mode::Silent, Mode::AnswerThenNoise);
    CAPTURE(int(mode));
    NeverGreetingRom rom(mode);
    SerialLink link;
    link.open(rom.slavePath(), SerialSettings{});
    Ctx c;
    EspLoader loader(link, Logger(&c.bus, QStringLiteral("esp")));
    loader.setJobContext(&c.ctx);
    Diagnosis d;
    try {
        EspStubLoader(loader).start(c.ctx, image);
        FAIL("the stub never greets: start() must fail");
    } catch (const JobError &e) {
        d = e.diagnosis();
    }
    CHECK(rom.memData() == 3);  // the whole upload went out first
    CHECK(d.code == QLatin1String("esp.stub.no_greeting"));
    CHECK(d.summary.contains(QLatin1String("did not start")));
    const QString causes = d.causes.join(QLatin1Char('\n'));
    CHECK(causes.contains(QLatin1String("at 115200 baud")));
    CHECK(causes.contains(QLatin1String("stopped answering")) == (mode == Mode::Silent));
    CHECK(causes.contains(QLatin1String("1 other frame")) == (mode == Mode::AnswerThenNoise));
    CHECK(d.nextStep.startsWith(QLatin1String("Retry")));
    CHECK(d.nextStep.contains(QLatin1String("--no-stub")));
    CHECK(loader.loaderKind() == LoaderKind::Esp8266Rom);
    CHECK(c.text(LogLevel::Warning).contains(QLatin1String("greeting")));
}

TEST_CASE("EspStubLoader: a ROM that refuses MEM_END is reported as such", "[integration][esp][stub]")
{
    const EspStubImage image = EspStubImage::load(EspStubTestImage::sharedPath());
    NeverGreetingRom rom(NeverGreetingRom::MemEnd::Refuse);
    SerialLink link;
    link.open(rom.slavePath(), SerialSettings{});
    Ctx c;
    EspLoader loader(link, Logger(&c.bus, QStringLiteral("esp")));
    loader.setJobContext(&c.ctx);
    try {
        EspStubLoader(loader).start(c.ctx, image);
        FAIL("MEM_END was refused: start() must fail");
    } catch (const JobError &e) {
        CHECK(e.diagnosis().code == QLatin1String("esp.rom_error.0x01"));
    }
}

TEST_CASE("ESP session: the ESP8266 runs our stub by default, the ROM on request, the ESP32 keeps its ROM",
          "[integration][esp][stub]")
{
    const EspStubTestImage::Layout l = EspStubTestImage::defaults();
    const QString build = EspStubTestImage::buildId(l.text, l.data);
    addDemo(QStringLiteral("test-stub-esp8266"), [] { return std::make_unique<Esp8266RomModel>(strapped8266()); });
    addDemo(QStringLiteral("test-stub-esp8266-running"),
            [] { return std::make_unique<Esp8266RomModel>(strapped8266(true)); });
    addDemo(QStringLiteral("test-stub-esp32"), [] {
        Esp32RomModel::Options o;
        o.wiring = EspRomModel::Wiring::Strapped;
        o.timeScale = 0;
        return std::make_unique<Esp32RomModel>(o);
    });

    SECTION("default: stub uploaded, then the baud raised with the old baud given")
    {
        Ctx c;
        EspSession session;
        session.connect(c.ctx, demoOptions(QStringLiteral("test-stub-esp8266"), 460800));
        const EspIdentity &id = session.identity();
        CHECK(id.chip == ChipKind::Esp8266);
        CHECK(id.loader == LoaderKind::Stub);
        CHECK(id.stubBuild == build);
        CHECK(id.loaderName() == QStringLiteral("flasher stub (Flashwright %1)").arg(build.left(8)));
        CHECK(id.toVariant().value(QStringLiteral("stubBuild")).toString() == build);
        CHECK(id.toVariant().value(QStringLiteral("loader")).toString() == QLatin1String("stub"));
        CHECK(id.caps.readFlash);
        CHECK(id.caps.eraseFlash);
        CHECK(id.caps.md5);
        CHECK(id.caps.compressed);
        CHECK(id.flashSize == 1024 * 1024);
        CHECK(onSession<Esp8266RomModel>(session, [](Esp8266RomModel &m) { return m.entryPoint(); }) == l.entry);
        CHECK(onSession<Esp8266RomModel>(session, [&l](Esp8266RomModel &m) { return m.ramSegments().at(l.textStart); })
              == l.text);
        CHECK(session.currentBaud() == 460800);
        const QString log = c.text();
        CHECK(log.contains(QLatin1String("CHANGE_BAUDRATE to 460800 (from 115200)")));
        CHECK(log.contains(QLatin1String("Using the stub image in")));
        // Reads and erases now work on the ESP8266.
        const QByteArray flash = onSession<Esp8266RomModel>(session, [](Esp8266RomModel &m) {
            m.flash().eraseRange(0x3000, 0x1000);
            m.flash().program(0x3000, QByteArray(0x1000, char(0x5A)));
            return m.flash().read(0, 0x4000);
        });
        CHECK(session.readFlash(c.ctx, 0, 0x4000) == flash);
        session.eraseRegion(c.ctx, 0x3000, 0x1000);
        CHECK(session.readFlash(c.ctx, 0x3000, 0x1000) == QByteArray(0x1000, char(0xFF)));
        session.finish(c.ctx);
    }
    SECTION("an adapter that cannot carry 921600: the stub steps down to 460800")
    {
        addDemo(QStringLiteral("test-stub-esp8266-ch340"), [] {
            auto m = std::make_unique<Esp8266RomModel>(strapped8266());
            m->setAdapterMaxBaud(460800);
            return m;
        });
        Ctx c;
        EspSession session;
        session.connect(c.ctx, demoOptions(QStringLiteral("test-stub-esp8266-ch340"), 921600));
        CHECK(session.identity().loader == LoaderKind::Stub);
        CHECK(session.currentBaud() == 460800);
        CHECK(c.text(LogLevel::Warning).contains(QLatin1String("921600 baud does not work")));
        CHECK(session.readFlash(c.ctx, 0, 0x1000)
              == onSession<Esp8266RomModel>(session, [](Esp8266RomModel &m) { return m.flash().read(0, 0x1000); }));
    }
    SECTION("useStub = false: the ROM only, nothing uploaded")
    {
        Ctx c;
        EspSession session;
        EspConnectOptions o = demoOptions(QStringLiteral("test-stub-esp8266"), 460800);
        o.useStub = false;
        session.connect(c.ctx, o);
        CHECK(session.identity().loader == LoaderKind::Esp8266Rom);
        CHECK(session.identity().stubBuild.isEmpty());
        CHECK_FALSE(session.identity().caps.readFlash);
        CHECK(onSession<Esp8266RomModel>(session, [](Esp8266RomModel &m) { return m.ramSegments().size(); }) == 0u);
        CHECK(session.currentBaud() == 115200);
        CHECK(c.text(LogLevel::Info).contains(QLatin1String("Keeping to the chip's boot ROM")));
    }
    SECTION("a stub already running is used, not uploaded again")
    {
        Ctx c;
        EspSession session;
        session.connect(c.ctx, demoOptions(QStringLiteral("test-stub-esp8266-running")));
        CHECK(session.identity().loader == LoaderKind::Stub);
        CHECK(session.identity().stubBuild.isEmpty());
        CHECK(session.identity().loaderName() == QLatin1String("flasher stub"));
        CHECK(onSession<Esp8266RomModel>(session, [](Esp8266RomModel &m) { return m.ramSegments().size(); }) == 0u);
    }
    SECTION("ESP32: its ROM, even with the stub asked for and no stub image at all")
    {
        Ctx c;
        EspSession session;
        EspConnectOptions o = demoOptions(QStringLiteral("test-stub-esp32"));
        o.stubImagePath = QStringLiteral("/nonexistent/stub");
        session.connect(c.ctx, o);
        CHECK(session.identity().loader == LoaderKind::Esp32Rom);
        CHECK(onSession<Esp32RomModel>(session, [](Esp32RomModel &m) { return m.ramSegments().size(); }) == 0u);
    }
    SECTION("ESP8266 without a stub image: a diagnosis, and no connection left open")
    {
        Ctx c;
        EspSession session;
        EspConnectOptions o = demoOptions(QStringLiteral("test-stub-esp8266"));
        o.stubImagePath = QStringLiteral("/nonexistent/stub");
        try {
            session.connect(c.ctx, o);
            FAIL("connect should have failed");
        } catch (const JobError &e) {
            CHECK(e.diagnosis().code == QLatin1String("esp.stub.image_missing"));
            CHECK(e.diagnosis().summary.contains(QLatin1String("/nonexistent/stub")));
        }
        CHECK_FALSE(session.isConnected());
    }
}

TEST_CASE("The ESP8266 stub built into this program loads and is consistent", "[integration][esp][stub][builtin]")
{
    // Fails until the build embeds the lx106 stub (backends/esp/stub/target).
    const EspStubImage img = EspStubImage::load();
    CHECK(img.isBuiltIn());
    CHECK(img.problem().isEmpty());
    CHECK(img.build.size() == 64);
    CHECK(img.text.size() > 1024);
    CHECK(img.entry >= img.textStart);
}
