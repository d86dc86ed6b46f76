// Telink BLE OTA throughput against the simulated LYWSD03MMC: a 128 KiB pvvx image over the
// simulated link at 7.5 ms and 30 ms connection intervals. Prints the time, the image rate, the
// share of the link model's limit, and the time of the same transfer paced the way
// TelinkMiFlasher does it (§1.3: wait for each status read before the next frame). Figures only.

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/sim/SimulatedGattLink.h"
#include "telink/TelinkOta.h"
#include "telink/TelinkProbe.h"
#include "telink/sim/Lywsd03mmcModel.h"
#include "telink/sim/TelinkDemoImages.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace fw::core;
using namespace fw::telink;
using fw::core::sim::BleWireModel;
using fw::core::sim::SimulatedGattLink;

namespace {

// The largest image a standard OTA takes: 128 KiB minus the 12 bytes that keep size mod 16 = 4.
constexpr int kImageSize = 128 * 1024 - 12;

struct Run {
    double seconds = 0;
    bool ok = false;
};

Run flash(const BleWireModel &wire, const QByteArray &image, bool overlap)
{
    auto model = std::make_shared<fw::telink::sim::Lywsd03mmcModel>();
    SimulatedGattLink link(model, wire);
    LogBus bus;
    CancelToken token;
    JobContext ctx(&token, Logger(&bus, QStringLiteral("bench")));
    link.setLogger(ctx.log());
    Run r;
    try {
        link.connectTo(model->setup().address, 5000);
        const TelinkIdentity before = TelinkProbe(link, ctx.log()).identify();
        TelinkOtaOptions o;
        o.overlapStatus = overlap;
        o.maxAttempts = 1;
        const TelinkOtaResult result = TelinkOta(link, ctx).run(image, before, o);
        r.seconds = result.seconds;
        r.ok = result.verified;
    } catch (const JobError &e) {
        std::fprintf(stderr, "bench_telink_ota: %s\n", qPrintable(e.diagnosis().toText()));
    }
    return r;
}

void bench(const char *name, const BleWireModel &wire, const QByteArray &image)
{
    const Run ours = flash(wire, image, true);
    const Run paced = flash(wire, image, false);
    // The link limit counts the 20-byte frames; the image is 16 of every 20 bytes of them.
    const double frameLimit = wire.bytesPerSecondLimit();
    const double imageLimit = frameLimit * 16.0 / 20.0;
    const double rate = ours.seconds > 0 ? image.size() / ours.seconds : 0;
    std::printf("telink_ota_%s_interval: %.1f ms\n", name, wire.intervalMs);
    std::printf("telink_ota_%s_packets_per_event: %d\n", name, wire.packetsPerEvent);
    std::printf("telink_ota_%s_image: %d bytes\n", name, int(image.size()));
    std::printf("telink_ota_%s_seconds: %.2f s%s\n", name, ours.seconds, ours.ok ? "" : " (not verified)");
    std::printf("telink_ota_%s_image_rate: %.0f B/s\n", name, rate);
    std::printf("telink_ota_%s_link_limit_image_rate: %.0f B/s\n", name, imageLimit);
    std::printf("telink_ota_%s_link_use: %.1f %%\n", name, imageLimit > 0 ? 100.0 * rate / imageLimit : 0.0);
    std::printf("telink_ota_%s_telinkmiflasher_pacing_seconds: %.2f s%s\n", name, paced.seconds,
                paced.ok ? "" : " (not verified)");
    std::printf("telink_ota_%s_ratio_vs_telinkmiflasher_pacing: %.2f\n", name,
                paced.seconds > 0 ? ours.seconds / paced.seconds : 0.0);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray image = fw::telink::sim::TelinkDemoImages::pvvxBle(0x58, kImageSize);
    BleWireModel fast = BleWireModel::typical();
    fast.intervalMs = 7.5;
    bench("7ms5", fast, image);
    bench("30ms", BleWireModel::typical(), image);
    return 0;
}
