// ESP write throughput against the ESP8266 and ESP32 loader simulators: a 1 MiB image at
// 115200 and 460800 baud, then the same image again (reflash of an unchanged image), and where a
// stub runs (our own on the ESP8266) a 1 MiB backup read. With
// ESPTOOL=/path/to/esptool.py set, esptool writes the same image to a fresh simulator too and
// the ratio (ours / esptool, lower is better) is printed. Prints figures only; never fails.

#include "core/Job.h"
#include "core/sim/PtySimHost.h"
#include "esp/EspSession.h"
#include "esp/sim/Esp32RomModel.h"
#include "esp/sim/Esp8266RomModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace fw::core;
using namespace fw::esp;

namespace {

constexpr qint64 kImageSize = 1 << 20;

// A 1 MiB image that compresses like real firmware: the Tasmota build from the shared corpus
// when it is there, else code-like bytes (short repeats over a small alphabet) and some noise.
QByteArray benchImage()
{
    QByteArray seed;
    QFile corpus(QStringLiteral(FW_SHARED_DIR "/corpus/tasmota-lite.bin"));
    if (corpus.open(QIODevice::ReadOnly))
        seed = corpus.readAll();
    QByteArray image;
    image.reserve(kImageSize);
    if (!seed.isEmpty()) {
        while (image.size() < kImageSize)
            image += seed;
    } else {
        QRandomGenerator rng(20261121);
        while (image.size() < kImageSize) {
            if (rng.bounded(4) == 0) {
                for (int i = 0; i < 64; ++i)
                    image += char(rng.bounded(256));
            } else {
                const int len = 8 + int(rng.bounded(56));
                const qsizetype from = image.size() > 4096 ? image.size() - 1 - rng.bounded(4096) : -1;
                for (int i = 0; i < len; ++i)
                    image += from >= 0 ? image.at(from + i % 16) : char(0x20 + rng.bounded(16));
            }
        }
    }
    image.truncate(kImageSize);
    image[0] = char(0xE9);
    return image;
}

std::unique_ptr<fw::core::sim::DeviceModel> makeModel(const QString &chip)
{
    using fw::esp::sim::EspRomModel;
    if (chip == QLatin1String("esp8266")) {
        fw::esp::sim::Esp8266RomModel::Options o;
        o.wiring = EspRomModel::Wiring::Strapped;
        return std::make_unique<fw::esp::sim::Esp8266RomModel>(o);
    }
    fw::esp::sim::Esp32RomModel::Options o;
    o.wiring = EspRomModel::Wiring::Strapped;
    return std::make_unique<fw::esp::sim::Esp32RomModel>(o);
}

struct Run {
    bool ok = false;
    double seconds = 0;
    double reflashSeconds = 0;
    quint64 wireBytes = 0;  // host -> device bytes during the write
    bool verified = false;
    bool compressed = false;
    QString loader;
    double readSeconds = 0;    // 1 MiB backup through READ_FLASH, where a stub runs
    quint64 readWireBytes = 0; // device -> host bytes during the read
};

Run runOurs(const QString &chip, qint32 baud, const QByteArray &image)
{
    Run r;
    fw::core::sim::PtySimHost host(makeModel(chip), chip);
    host.start();
    CancelToken cancel;
    JobContext ctx(&cancel, Logger());
    EspSession session;
    try {
        EspConnectOptions o;
        o.port = host.slavePath();
        o.reset = ResetMode::NoReset;
        // The ESP8266 ROM measures the baud from the SYNC bytes, so it can be met at any rate;
        // the ESP32 ROM is asked to change with CHANGE_BAUDRATE.
        o.connectBaud = chip == QLatin1String("esp8266") ? baud : 115200;
        o.transferBaud = baud;
        session.connect(ctx, o);
        const quint64 before = host.bytesReceived();
        QElapsedTimer t;
        t.start();
        const EspWriteReport rep = session.writeFlash(ctx, 0, image);
        r.seconds = t.elapsed() / 1000.0;
        r.wireBytes = host.bytesReceived() - before;
        r.verified = rep.verified;
        r.compressed = rep.bytesOnWire < rep.bytes;
        QElapsedTimer t2;
        t2.start();
        session.writeFlash(ctx, 0, image);
        r.reflashSeconds = t2.elapsed() / 1000.0;
        r.loader = session.identity().loader == LoaderKind::Stub ? QStringLiteral("stub") : QStringLiteral("ROM");
        if (session.identity().loader == LoaderKind::Stub) {
            const quint64 sentBefore = host.bytesSent();
            QElapsedTimer t3;
            t3.start();
            const QByteArray back = session.readFlash(ctx, 0, kImageSize);
            r.readSeconds = t3.elapsed() / 1000.0;
            r.readWireBytes = host.bytesSent() - sentBefore;
            if (back != image)
                std::fprintf(stderr, "esp bench %s@%d: the backup read differs from the image\n",
                             qPrintable(chip), baud);
        }
        r.ok = true;
    } catch (const JobError &e) {
        std::fprintf(stderr, "esp bench %s@%d failed: %s\n", qPrintable(chip), baud,
                     qPrintable(e.diagnosis().toText()));
    }
    session.close();
    host.stop();
    return r;
}

// esptool against a fresh simulator: no reset lines on a pty, so the device waits in its loader.
Run runEsptool(const QString &esptool, const QString &chip, qint32 baud, const QString &file,
               bool noStub, bool read = false)
{
    Run r;
    fw::core::sim::PtySimHost host(makeModel(chip), chip);
    host.start();
    QStringList args{esptool, QStringLiteral("--chip"), chip, QStringLiteral("--port"),
                     host.slavePath(), QStringLiteral("--baud"), QString::number(baud),
                     QStringLiteral("--before"), QStringLiteral("no_reset"),
                     QStringLiteral("--after"), QStringLiteral("no_reset")};
    if (noStub)
        args << QStringLiteral("--no-stub");
    if (read)
        args << QStringLiteral("read_flash") << QStringLiteral("0x0") << QString::number(kImageSize) << file;
    else
        args << QStringLiteral("write_flash") << QStringLiteral("0x0") << file;
    QProcess p;
    QElapsedTimer t;
    t.start();
    // Debian's python3 carries the packages esptool needs; another python3 on PATH may not.
    QString python = qEnvironmentVariable("ESPTOOL_PYTHON");
    if (python.isEmpty())
        python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                  : QStringLiteral("python3");
    p.start(python, args);
    p.waitForFinished(30 * 60 * 1000);
    r.seconds = t.elapsed() / 1000.0;
    r.wireBytes = host.bytesReceived();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        std::fprintf(stderr, "esptool %s@%d failed:\n%s\n", qPrintable(chip), baud,
                     p.readAllStandardOutput().right(800).constData());
    host.stop();
    return r;
}

void report(const QString &chip, qint32 baud, const Run &ours, const QString &esptool,
            const QString &imageFile)
{
    const QByteArray key = QStringLiteral("esp_write_%1_%2").arg(chip).arg(baud).toUtf8();
    if (!ours.ok) {
        std::printf("%s: failed\n", key.constData());
        return;
    }
    const double wireLimit = baud / 10.0;
    std::printf("%s_seconds: %.2f s\n", key.constData(), ours.seconds);
    std::printf("%s_wire_use: %.1f %% (%llu bytes on the wire, %s, %s)\n", key.constData(),
                100.0 * double(ours.wireBytes) / ours.seconds / wireLimit,
                static_cast<unsigned long long>(ours.wireBytes),
                ours.compressed ? "compressed" : "uncompressed",
                ours.verified ? "verified by MD5" : "not verifiable by this loader");
    std::printf("%s_effective: %.1f kbit/s\n", key.constData(), kImageSize * 8.0 / ours.seconds / 1000.0);
    std::printf("%s_reflash_unchanged: %.2f s\n", key.constData(), ours.reflashSeconds);
    std::printf("%s_loader: %s\n", key.constData(), qPrintable(ours.loader));
    if (ours.readSeconds > 0) {
        const QByteArray rkey = QStringLiteral("esp_read_%1_%2").arg(chip).arg(baud).toUtf8();
        std::printf("%s_seconds: %.2f s\n", rkey.constData(), ours.readSeconds);
        std::printf("%s_wire_use: %.1f %% (%llu bytes on the wire for 1 MiB, SLIP escapes and acks "
                    "included)\n",
                    rkey.constData(), 100.0 * double(ours.readWireBytes) / ours.readSeconds / wireLimit,
                    static_cast<unsigned long long>(ours.readWireBytes));
        std::printf("%s_effective: %.1f kbit/s\n", rkey.constData(), kImageSize * 8.0 / ours.readSeconds / 1000.0);
        if (!esptool.isEmpty()) {
            // esptool's host with its own stub upload; on the ESP8266 simulator whatever stub is
            // uploaded runs as our stub core, so this compares the hosts' read loops.
            const Run e = runEsptool(esptool, chip, baud, imageFile + QStringLiteral(".read"), false, true);
            if (e.ok)
                std::printf("%s_esptool_seconds: %.2f s (ratio ours/esptool %.2f)\n", rkey.constData(),
                            e.seconds, ours.readSeconds / e.seconds);
            else
                std::printf("%s_esptool: failed\n", rkey.constData());
        }
    }
    if (esptool.isEmpty())
        return;
    for (const bool noStub : {false, true}) {
        const Run e = runEsptool(esptool, chip, baud, imageFile, noStub);
        const char *mode = noStub ? "esptool_no_stub" : "esptool_stub";
        if (!e.ok) {
            std::printf("%s_%s: failed\n", key.constData(), mode);
            continue;
        }
        std::printf("%s_%s_seconds: %.2f s (ratio ours/esptool %.2f)\n", key.constData(), mode,
                    e.seconds, ours.seconds / e.seconds);
    }
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
    const QByteArray image = benchImage();
    QTemporaryDir tmp;
    const QString imageFile = tmp.filePath(QStringLiteral("image.bin"));
    {
        QFile f(imageFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(image);
    }
    const QString esptool = qEnvironmentVariable("ESPTOOL");
    if (esptool.isEmpty())
        std::printf("esp_bench: ESPTOOL not set, esptool comparison skipped\n");
    // BENCH_ESP_ONLY=esp32:460800 runs one combination (the full set takes several minutes).
    const QString only = qEnvironmentVariable("BENCH_ESP_ONLY");
    for (const QString &chip : {QStringLiteral("esp8266"), QStringLiteral("esp32")}) {
        for (const qint32 baud : {115200, 460800}) {
            if (!only.isEmpty() && only != QStringLiteral("%1:%2").arg(chip).arg(baud))
                continue;
            report(chip, baud, runOurs(chip, baud, image), esptool, imageFile);
        }
    }
    return 0;
}
