// Serial monitor throughput against the flood demo: how much of the wire rate reaches the
// monitor's received() signal, with the log bus and a reader attached as in the GUI.
// Prints figures only; never fails on a number.

#include "core/LogBus.h"
#include "core/MonitorSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace fw::core;

namespace {

// Counts lines whose sequence number does not follow the previous one.
int countGaps(const QByteArray &text)
{
    int gaps = 0;
    qint64 last = -1;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 1; i + 1 < lines.size(); ++i) {  // the first and last may be partial
        bool ok = false;
        const qint64 n = lines[i].left(8).toLongLong(&ok);
        if (!ok)
            continue;
        if (last >= 0 && n != last + 1)
            ++gaps;
        last = n;
    }
    return gaps;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void measure(qint32 baud, int seconds)
{
    LogBus bus(33);
    quint64 logged = 0;
    QObject::connect(&bus, &LogBus::batch, &bus, [&](const LogBatch &b) {
        for (const LogRecord &r : b)
            logged += quint64(r.bytes.size());
    });
    MonitorSession session(&bus);
    QByteArray capture;
    bool opened = false;
    QObject::connect(&session, &MonitorSession::opened, &session, [&] { opened = true; });
    QObject::connect(&session, &MonitorSession::failed, &session, [&](const Diagnosis &d) {
        std::fprintf(stderr, "monitor failed: %s\n", qPrintable(d.toText()));
    });
    QObject::connect(&session, &MonitorSession::received, &session,
                     [&](const QByteArray &b, qint64) { capture += b; });
    SerialSettings s;
    s.baud = baud;
    session.open(QStringLiteral("demo:serial-flood"), s);
    for (int i = 0; i < 300 && !opened; ++i)
        waitMs(10);
    if (!opened) {
        std::printf("monitor_throughput_%d: 0 %% of wire\n", baud);
        return;
    }
    waitMs(300);  // let the stream settle
    const quint64 start = session.bytesReceived();
    const qsizetype captureStart = capture.size();
    QElapsedTimer t;
    t.start();
    waitMs(seconds * 1000);
    const double elapsed = double(t.nsecsElapsed()) / 1e9;
    const quint64 got = session.bytesReceived() - start;
    session.close();
    bus.flush();
    const double rate = double(got) / elapsed;
    const double wire = double(baud) / 10.0;
    std::printf("monitor_throughput_%d: %.1f %% of wire\n", baud, 100.0 * rate / wire);
    std::printf("monitor_throughput_%d_bytes: %.0f B/s\n", baud, rate);
    std::printf("monitor_lost_lines_%d: %d lines\n", baud, countGaps(capture.mid(captureStart)));
    std::printf("monitor_logged_bytes_%d: %llu B\n", baud, static_cast<unsigned long long>(logged));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    measure(921600, 3);
    measure(115200, 3);
    return 0;
}
