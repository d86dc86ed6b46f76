#include "core/sim/DemoPorts.h"

#include "core/sim/DemoRegistry.h"

#include <QCoreApplication>

namespace fw::core::sim {

namespace {

}  // namespace

QStringList DemoPortResolver::serialDemoNames()
{
    QStringList names;
    for (const DemoDevice &d : DemoRegistry::instance().all()) {
        if (d.transport == DemoDevice::Transport::Serial && d.makeSerial)
            names << d.name;
    }
    return names;
}

std::unique_ptr<PtySimHost> DemoPortResolver::start(const QString &portOrName, const Logger &log,
                                                    const FaultPlan &faults)
{
    const QString name = DemoRegistry::isDemoPort(portOrName) ? DemoRegistry::demoName(portOrName)
                                                              : portOrName.trimmed();
    const DemoDevice *demo = DemoRegistry::instance().find(name);
    if (!demo) {
        Diagnosis d;
        d.code = QStringLiteral("demo.unknown");
        d.summary = QCoreApplication::translate("fw::core::sim::DemoPortResolver",
                                                "There is no demo device called \"%1\".")
                        .arg(name);
        d.causes << QCoreApplication::translate("fw::core::sim::DemoPortResolver",
                                                "The name is misspelt. Known serial demos: %1.")
                        .arg(serialDemoNames().join(QStringLiteral(", ")));
        d.nextStep =
            QCoreApplication::translate("fw::core::sim::DemoPortResolver",
                                        "Use one of the listed names, e.g. --port demo:%1.")
                .arg(serialDemoNames().value(0, QStringLiteral("esp8266-boot")));
        throw JobError(d);
    }
    if (demo->transport != DemoDevice::Transport::Serial || !demo->makeSerial) {
        Diagnosis d;
        d.code = QStringLiteral("demo.not_serial");
        d.summary = QCoreApplication::translate(
                        "fw::core::sim::DemoPortResolver",
                        "The demo device \"%1\" is a Bluetooth device, not a serial port.")
                        .arg(name);
        d.causes << QCoreApplication::translate(
                        "fw::core::sim::DemoPortResolver",
                        "It was chosen where a serial port is needed. Serial demos: %1.")
                        .arg(serialDemoNames().join(QStringLiteral(", ")));
        d.nextStep = QCoreApplication::translate(
            "fw::core::sim::DemoPortResolver",
            "Pick it from the Bluetooth list instead, or choose a serial demo.");
        throw JobError(d);
    }
    auto host = std::make_unique<PtySimHost>(demo->makeSerial(), demo->name);
    host->setLogger(log.bus() ? log : Logger(nullptr, QStringLiteral("sim:") + demo->name));
    if (!faults.isClean() || faults.applyToHostToDevice)
        host->setFaultPlan(faults);
    host->setStartWhenHostOpens(true);
    host->start();
    return host;
}

PortList DemoPortResolver::demoPorts()
{
    PortList out;
    for (const DemoDevice &d : DemoRegistry::instance().all()) {
        if (d.transport != DemoDevice::Transport::Serial || !d.makeSerial)
            continue;
        PortInfo p;
        p.portName = QStringLiteral("demo:") + d.name;
        p.systemLocation = p.portName;
        p.description = d.title();
        p.manufacturer =
            QCoreApplication::translate("fw::core::sim::DemoPortResolver", "Flashwright demo");
        p.isDemo = true;
        UsbIdentity id;
        id.adapter = d.title();
        id.chip = QCoreApplication::translate("fw::core::sim::DemoPortResolver", "simulated");
        id.notes = d.description();
        id.families << d.family;
        id.defaultBaud = d.defaultBaud;
        p.identity = id;
        out << p;
    }
    return out;
}

}  // namespace fw::core::sim
