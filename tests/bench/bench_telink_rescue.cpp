// Wired rescue throughput against the simulated thermometer on a pty paced at the baud rate:
// a 128 KiB write (erase and program) and a read, each as a share of what the UART can carry.
// SWire spends ten UART bytes per byte, so the limit is baud / 100 bytes per second.
#include "core/Job.h"
#include "core/SerialLink.h"
#include "core/sim/PtySimHost.h"
#include "telink/TelinkRescue.h"
#include "telink/sim/Tlsr825xSwireModel.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

namespace {

constexpr int kImageBytes = 128 * 1024;
constexpr int kReadBytes = 8 * 1024;

void line(const QByteArray &name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name.constData(), value, unit);
    std::fflush(stdout);
}

void benchAt(qint32 baud)
{
    using fw::telink::sim::Tlsr825xSwireModel;
    Tlsr825xSwireModel::Options mo;
    mo.startsRunning = false;  // stopped by an earlier run: no power-cycle to wait for
    fw::core::sim::PtySimHost host(std::make_unique<Tlsr825xSwireModel>(mo), QStringLiteral("tlsr825x"));
    host.setStartWhenHostOpens(true);
    host.start();

    fw::core::SerialLink link;
    fw::core::SerialSettings s;
    s.baud = baud;
    link.open(host.slavePath(), s);
    fw::core::CancelToken token;
    fw::core::JobContext ctx(&token, fw::core::Logger());
    fw::telink::TelinkRescue rescue(link, ctx);
    fw::telink::TelinkRescueOptions o;
    o.baud = baud;
    o.baudFallback = false;
    o.activationMs = 300;
    o.pulseResetLine = false;
    rescue.connect(o);

    QByteArray image(kImageBytes, Qt::Uninitialized);
    QRandomGenerator rng(825);
    for (char &c : image)
        c = char(rng.bounded(256));
    image.replace(8, 4, QByteArrayLiteral("KNLT"));
    rescue.write(0, image);
    const double limit = double(baud) / 100.0;
    const double writeRate = kImageBytes / rescue.result().writeSeconds;
    const QByteArray back = rescue.readRange(0, kReadBytes, QStringLiteral("read"));
    const double readRate = kReadBytes / rescue.result().readSeconds;

    const QByteArray tag = QByteArray::number(baud);
    line(("telink_swire_uart_limit_" + tag), limit / 1024.0, "KiB/s");
    line(("telink_swire_write_128k_" + tag), writeRate / 1024.0, "KiB/s");
    line(("telink_swire_write_128k_" + tag + "_of_limit"), 100.0 * writeRate / limit, "%");
    line(("telink_swire_write_128k_" + tag + "_seconds"), rescue.result().writeSeconds, "s");
    line(("telink_swire_read_" + tag), readRate / 1024.0, "KiB/s");
    line(("telink_swire_read_" + tag + "_of_limit"), 100.0 * readRate / limit, "%");
    line(("telink_swire_read_" + tag + "_matches"), back == image.left(kReadBytes) ? 1.0 : 0.0, "bool");
    line(("telink_swire_uart_bytes_per_image_byte_" + tag),
         double(rescue.master().uartBytesSent()) / kImageBytes, "bytes");
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (qint32 baud : {921600, 460800}) {
        try {
            benchAt(baud);
        } catch (const fw::core::JobError &e) {
            std::printf("telink_swire_error_%d: 1 %s\n", int(baud), e.diagnosis().summary.toUtf8().constData());
        }
    }
    return 0;
}
