#pragma once
// Turns "demo:NAME" into a running simulator: looks the demo up in the registry, starts its
// model behind a pty and hands back the owning host, whose slavePath() opens like any port.

#include "core/LogBus.h"
#include "core/PortInfo.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/PtySimHost.h"

#include <memory>

namespace fw::core::sim {

class DemoPortResolver {
public:
    // portOrName: "demo:esp8266-boot" or "esp8266-boot". Throws JobError for an unknown demo
    // (the message lists the known ones) or for a Bluetooth demo, which has no serial port.
    static std::unique_ptr<PtySimHost> start(const QString &portOrName, const Logger &log = {},
                                             const FaultPlan &faults = {});

    // The serial demos as ports, for port lists and `flashwright-cli ports`.
    static PortList demoPorts();
    // Names of the serial demos, in registry order.
    static QStringList serialDemoNames();
};

}  // namespace fw::core::sim
