#include "support/EspSimTestLink.h"

#include <QElapsedTimer>
#include <QThread>

using namespace fw::core;
using namespace fw::core::sim;

namespace fw::test {

EspSimTestLink::EspSimTestLink(std::unique_ptr<DeviceModel> model, qint32 baud, const FaultPlan &plan)
{
    host = std::make_unique<PtySimHost>(std::move(model), QStringLiteral("esp"));
    host->setPaced(false);
    host->setStartWhenHostOpens(true);
    if (!plan.isClean() || plan.applyToHostToDevice)
        host->setFaultPlan(plan);
    host->start();
    SerialSettings s;
    s.baud = baud;
    link.open(host->slavePath(), s);
}

EspSimTestLink::~EspSimTestLink() { host->stop(); }

void EspSimTestLink::send(const QByteArray &bytes) { link.write(bytes); }

void EspSimTestLink::drain(int ms)
{
    readFor(ms);
    raw.clear();
    frames.clear();
}

QByteArray EspSimTestLink::readFor(int ms)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        out += link.read(65536, 10);
    raw += out;
    frames += takeSlipFrames(raw);
    return out;
}

QByteArray EspSimTestLink::nextFrame(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (frames.isEmpty() && t.elapsed() < timeoutMs) {
        raw += link.read(65536, 10);
        frames += takeSlipFrames(raw);
    }
    return frames.isEmpty() ? QByteArray() : frames.takeFirst();
}

QList<SlipReply> EspSimTestLink::takeReplies()
{
    QList<SlipReply> out;
    for (const QByteArray &f : std::as_const(frames))
        if (f.size() >= 8 && f[0] == 0x01)
            out.append({quint8(f[1]), getU32(f, 4), f.mid(8)});
    frames.clear();
    return out;
}

QList<SlipReply> EspSimTestLink::waitReplies(quint8 op, int count, int timeoutMs)
{
    QList<SlipReply> matched;
    QElapsedTimer t;
    t.start();
    while (matched.size() < count && t.elapsed() < timeoutMs) {
        const QByteArray f = nextFrame(20);
        if (f.size() >= 8 && f[0] == 0x01 && quint8(f[1]) == op)
            matched.append({op, getU32(f, 4), f.mid(8)});
    }
    return matched;
}

SlipReply EspSimTestLink::waitReply(quint8 op, int timeoutMs)
{
    const QList<SlipReply> r = waitReplies(op, 1, timeoutMs);
    return r.isEmpty() ? SlipReply{} : r.first();
}

void EspSimTestLink::classicReset()
{
    host->injectControlLine(ControlLineEvent::Line::Dtr, false);
    host->injectControlLine(ControlLineEvent::Line::Rts, true);
    QThread::msleep(100);
    host->injectControlLine(ControlLineEvent::Line::Dtr, true);
    host->injectControlLine(ControlLineEvent::Line::Rts, false);
    QThread::msleep(50);
    host->injectControlLine(ControlLineEvent::Line::Dtr, false);
}

}  // namespace fw::test
