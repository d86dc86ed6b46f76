#pragma once
// A simulated ESP on a pty with the test playing the host: it sends hand-built requests and
// keeps every complete SLIP frame that comes back, replies and raw data alike.

#include "core/SerialLink.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/PtySimHost.h"
#include "support/EspSlip.h"
#include "support/SimThread.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace fw::test {

struct SlipReply {
    quint8 op = 0;
    quint32 value = 0;
    QByteArray data;  // the body including the status bytes
};

class EspSimTestLink {
public:
    EspSimTestLink(std::unique_ptr<fw::core::sim::DeviceModel> model, qint32 baud = 115200,
                   const fw::core::sim::FaultPlan &plan = {});
    ~EspSimTestLink();
    EspSimTestLink(const EspSimTestLink &) = delete;
    EspSimTestLink &operator=(const EspSimTestLink &) = delete;

    void send(const QByteArray &bytes);
    // Drops what arrives for `ms` (the boot text, as a host does before SYNC: at the wrong baud
    // it is noise that can contain 0xC0 and would otherwise swallow the first reply frame).
    void drain(int ms = 100);
    // Reads whatever arrives for `ms` milliseconds; complete frames in it are kept in `frames`.
    QByteArray readFor(int ms);
    // The next complete frame of any kind, waiting up to timeoutMs.
    QByteArray nextFrame(int timeoutMs = 3000);
    // The reply frames (01 op …) among the kept frames; the others are dropped.
    QList<SlipReply> takeReplies();
    // Reads until `count` reply frames with opcode `op` arrived; other frames are dropped.
    QList<SlipReply> waitReplies(quint8 op, int count, int timeoutMs = 3000);
    SlipReply waitReply(quint8 op, int timeoutMs = 3000);
    // esptool's classic reset into the loader: EN low, then GPIO0 low while EN rises.
    void classicReset();

    template<typename Model, typename F>
    auto onSim(F fn)
    {
        return fw::test::onSim<Model>(*host, fn);
    }

    std::unique_ptr<fw::core::sim::PtySimHost> host;
    fw::core::SerialLink link;
    QByteArray raw;
    QList<QByteArray> frames;
};

}  // namespace fw::test
