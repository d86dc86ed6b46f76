#pragma once
// A device that prints numbered text lines as fast as the wire allows, at whatever baud the
// host sets. Used to measure a monitor's throughput and to stress the log and hex views.

#include "core/sim/DeviceModel.h"

namespace fw::core::sim {

class SerialFloodDemo : public DeviceModel {
public:
    void start(SimPort &port) override;
    void onReceive(const QByteArray &bytes) override;
    void tick(qint64 nowMs) override;
    int tickIntervalMs() const override { return 1; }

    // The text of line number n (ends in CR LF); tests use it to check for lost bytes.
    static QByteArray line(quint64 n);

private:
    void refill();
    SimPort *m_port = nullptr;
    quint64 m_next = 0;
    bool m_paused = false;
};

}  // namespace fw::core::sim
