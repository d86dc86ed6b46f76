// The Xiaomi Mi activation and login (MiSession) against the simulated stock LYWSD03MMC: a full
// activation, login and OTA to pvvx, a wrong token, the 2.1.1_0159 hang, and the CLI verbs.
#include "core/sim/DemoRegistry.h"
#include "core/sim/SimGattServiceCache.h"
#include "core/sim/SimulatedGattLink.h"
#include "support/CliRunner.h"
#include "support/TestJobContext.h"
#include "telink/MiActivateJob.h"
#include "telink/MiSession.h"
#include "telink/TelinkJobs.h"
#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/TelinkDemoImages.h"
#include "telink/sim/TelinkDemos.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fw::telink;
using fw::core::sim::BleWireModel;
using fw::core::sim::SimGattServiceCache;
using fw::core::sim::SimulatedGattLink;
using fw::telink::sim::Lywsd03mmcModel;
using fw::telink::sim::Lywsd03mmcSetup;
using fw::telink::sim::TelinkDemoImages;
using fw::telink::sim::TelinkPersonality;
using fw::test::runCli;

namespace {

struct MiRig {
    std::shared_ptr<Lywsd03mmcModel> model;
    std::shared_ptr<SimulatedGattLink> link;
    fw::test::TestJobContext job;

    explicit MiRig(Lywsd03mmcSetup setup)
        : model(std::make_shared<Lywsd03mmcModel>(setup))
    {
        BleWireModel w = BleWireModel::fast();
        w.supervisionTimeoutMs = 600;
        link = std::make_shared<SimulatedGattLink>(model, w);
        link->setServiceCache(std::make_shared<SimGattServiceCache>());
        link->setLogger(job.ctx.log());
        link->setCancelToken(&job.token);
    }

    void connect() { link->connectTo(model->setup().address, 5000); }

    static TelinkOtaOptions options()
    {
        TelinkOtaOptions o;
        o.rebootWaitMs = 300;
        o.connectTimeoutMs = 3000;
        o.startDelayMs = 50;
        return o;
    }

    static fw::core::Diagnosis failure(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const fw::core::JobError &e) {
            return e.diagnosis();
        }
        return {};
    }
};

Lywsd03mmcSetup stock(const char *firmware = "1.0.0_0130")
{
    Lywsd03mmcSetup s;
    s.personality = TelinkPersonality::Stock;
    s.stockFirmware = QString::fromLatin1(firmware);
    return s;
}

void registerDemos()
{
    static const bool once = [] {
        fw::telink::sim::registerTelinkDemos(fw::core::sim::DemoRegistry::instance());
        return true;
    }();
    Q_UNUSED(once);
}

QJsonObject json(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

}  // namespace

TEST_CASE("Telink Mi activation, login and OTA take a stock thermometer to pvvx", "[integration][telink]")
{
    MiRig rig(stock());
    rig.connect();
    const MiKeys keys = MiSession::activate(*rig.link, rig.job.ctx);
    CHECK(keys.token.size() == 12);
    CHECK(keys.bindKey.size() == 16);
    CHECK(keys.deviceId.size() == 20);
    CHECK(rig.model->miToken() == keys.token);
    CHECK(rig.model->miBindKey() == keys.bindKey);
    CHECK(rig.model->miRegistrations() == 1);
    CHECK_FALSE(rig.model->isLoggedIn());

    TelinkFlashRequest req;
    req.path = QStringLiteral("pvvx.bin");
    req.file = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    req.ota = MiRig::options();
    req.miToken = keys.token;
    TelinkFlashJob job(rig.link, rig.model->setup().address, req);
    job.run(rig.job.ctx);
    CHECK(rig.job.text().contains(QStringLiteral("Mi login ok")));
    CHECK(job.result().verified);
    CHECK(rig.model->personality() == TelinkPersonality::Pvvx);
    CHECK(rig.model->otaSuccesses() == 1);
}

TEST_CASE("Telink Mi login with a wrong token is refused with a diagnosis and no update", "[integration][telink]")
{
    Lywsd03mmcSetup s = stock();
    s.miToken = QByteArray::fromHex("00112233445566778899aabb");
    MiRig rig(s);
    TelinkFlashRequest req;
    req.path = QStringLiteral("pvvx.bin");
    req.file = TelinkDemoImages::pvvxBle(0x58, 4 * 1024);
    req.ota = MiRig::options();
    req.miToken = QByteArray::fromHex("00112233445566778899aabc");
    TelinkFlashJob job(rig.link, s.address, req);
    const fw::core::Diagnosis d = MiRig::failure([&] { job.run(rig.job.ctx); });
    CHECK(d.code == QStringLiteral("telink.mi.login_failed"));
    CHECK(d.summary.contains(QStringLiteral("login failed")));
    REQUIRE(d.causes.size() >= 2);
    CHECK(d.causes.at(1).contains(QStringLiteral("Mi Home")));
    CHECK(d.nextStep.contains(QStringLiteral("tokens extractor")));
    CHECK(rig.model->miFailedLogins() == 1);
    CHECK_FALSE(rig.model->isLoggedIn());
    CHECK(rig.model->otaAttempts() == 0);

    // The right token on the same connection works.
    MiSession::login(*rig.link, rig.job.ctx, s.miToken);
    CHECK(rig.model->isLoggedIn());
}

TEST_CASE("Telink Mi login on a device that was never registered asks for the activation", "[integration][telink]")
{
    MiRig rig(stock());
    rig.connect();
    const fw::core::Diagnosis d = MiRig::failure(
        [&] { MiSession::login(*rig.link, rig.job.ctx, QByteArray::fromHex("00112233445566778899aabb")); });
    CHECK(d.code == QStringLiteral("telink.mi.not_registered"));
    CHECK(d.nextStep.contains(QStringLiteral("activate")));
    const fw::core::Diagnosis bad = MiRig::failure([&] { MiSession::login(*rig.link, rig.job.ctx, QByteArray(16, 'x')); });
    CHECK(bad.code == QStringLiteral("telink.mi.bad_token"));
}

TEST_CASE("Telink Mi activation of 2.1.1_0159 hangs and points to the token extractor, the login works",
          "[integration][telink]")
{
    Lywsd03mmcSetup s = stock("2.1.1_0159");
    s.hwRevision = QStringLiteral("B1.6");
    s.miToken = QByteArray::fromHex("a4c1385e0159a4c1385e0159");
    MiRig rig(s);
    rig.connect();
    MiSessionOptions quick;
    quick.stepTimeoutMs = 800;
    const fw::core::Diagnosis d = MiRig::failure([&] { MiSession(*rig.link, rig.job.ctx, quick).activate(); });
    CHECK(d.code == QStringLiteral("telink.mi.activation_hangs"));
    REQUIRE_FALSE(d.causes.isEmpty());
    CHECK(d.causes.first().contains(QStringLiteral("2.1.1_0159")));
    CHECK(d.nextStep.contains(QStringLiteral("Xiaomi cloud tokens extractor")));
    CHECK(d.nextStep.contains(QStringLiteral("--mi-token")));
    CHECK(rig.model->miToken() == s.miToken);  // the Mi Home registration is untouched

    rig.link->disconnectFrom();
    rig.connect();
    MiSession(*rig.link, rig.job.ctx, quick).login(s.miToken);
    CHECK(rig.model->isLoggedIn());
}

TEST_CASE("MiSession parses tokens and refuses bind keys", "[unit][telink]")
{
    CHECK(MiSession::parseToken(QStringLiteral("a4c1385e0159a4c1385e0159")) == QByteArray::fromHex("a4c1385e0159a4c1385e0159"));
    CHECK(MiSession::parseToken(QStringLiteral(" A4:C1:38:5E:01:59:A4:C1:38:5E:01:59 ")).size() == 12);
    CHECK(MiSession::parseToken(QStringLiteral("00112233445566778899aabbccddeeff")).isEmpty());  // bind key
    CHECK(MiSession::parseToken(QStringLiteral("zz112233445566778899aabb")).isEmpty());
}

TEST_CASE("telink activate --json prints the keys and saves them for the owner only", "[integration][telink][cli]")
{
    registerDemos();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    const auto r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("activate"),
                           QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-stock"), QStringLiteral("--save"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = json(r.out);
    CHECK(o.value(QStringLiteral("ok")).toBool());
    const QString token = o.value(QStringLiteral("token")).toString();
    CHECK(token.size() == 24);
    CHECK(o.value(QStringLiteral("bindKey")).toString().size() == 32);
    CHECK(token != QStringLiteral("a4c1385e0130a4c1385e0130"));  // a new registration
    CHECK(o.value(QStringLiteral("warning")).toString().contains(QStringLiteral("re-added in Mi Home")));

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(saved.value(QStringLiteral("token")).toString() == token);
    CHECK(f.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const auto text = runCli({QStringLiteral("telink"), QStringLiteral("activate"), QStringLiteral("--ble"),
                              QStringLiteral("demo:lywsd03mmc-stock")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Mi token:")));
    CHECK(text.out.contains(QStringLiteral("Warning: The thermometer has a new registration")));
    CHECK(text.out.contains(QStringLiteral("--mi-token")));

    const auto custom = runCli({QStringLiteral("telink"), QStringLiteral("activate"), QStringLiteral("--ble"),
                                QStringLiteral("demo:lywsd03mmc-pvvx")});
    CHECK(custom.code != 0);
    CHECK(custom.err.contains(QStringLiteral("stock")));
}

TEST_CASE("telink ota --mi-token logs a stock demo in and flashes it", "[integration][telink][cli]")
{
    registerDemos();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pvvx.bin"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(TelinkDemoImages::pvvxBle(0x58, 3 * 1024));
    }
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"),
                     QStringLiteral("demo:lywsd03mmc-stock"), QStringLiteral("--mi-token"),
                     QStringLiteral("a4c1385e0130a4c1385e0130"), QStringLiteral("--file"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(json(r.out).value(QStringLiteral("verified")).toBool());

    r = runCli({QStringLiteral("--json"), QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"),
                QStringLiteral("demo:lywsd03mmc-stock"), QStringLiteral("--mi-token"),
                QStringLiteral("ffc1385e0130a4c1385e0130"), QStringLiteral("--file"), file});
    CHECK(r.code != 0);
    INFO(r.out.toStdString());
    CHECK(json(r.out).value(QStringLiteral("error")).toString() == QStringLiteral("telink.mi.login_failed"));

    r = runCli({QStringLiteral("telink"), QStringLiteral("ota"), QStringLiteral("--ble"), QStringLiteral("demo:lywsd03mmc-stock"),
                QStringLiteral("--mi-token"), QStringLiteral("1234"), QStringLiteral("--file"), file});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("24 hex digits")));
}
