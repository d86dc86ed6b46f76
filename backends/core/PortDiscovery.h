#pragma once
// Lists serial ports from QSerialPortInfo plus any injected listers, identifies them from the
// USB catalog, and polls for hot-plug changes.

#include "core/Diagnosis.h"
#include "core/PortInfo.h"

#include <QObject>
#include <QTimer>

namespace fw::core {

class PortDiscovery : public QObject {
    Q_OBJECT
public:
    explicit PortDiscovery(QObject *parent = nullptr);

    // Production lister over QSerialPortInfo::availablePorts().
    static PortList systemPorts();

    // Replaces the system lister (tests); extra listers are always added (e.g. ptys).
    void setSystemLister(PortLister lister);
    void addLister(PortLister lister);

    PortList ports() const { return m_ports; }
    PortList refresh();           // lists now; emits changed() when the set differs
    void startWatching(int intervalMs = 1000);
    void stopWatching();

    // Whether this user can open the port; an empty Diagnosis when it can, otherwise why not
    // (missing node, or no read/write permission naming the group to join).
    static Diagnosis checkAccess(const QString &systemLocation);
    // Fills identity from the USB catalog when VID:PID is known.
    static void identify(PortInfo &port);

Q_SIGNALS:
    void changed(const fw::core::PortList &ports);
    void portAdded(const fw::core::PortInfo &port);
    void portRemoved(const fw::core::PortInfo &port);

private:
    PortLister m_system;
    QList<PortLister> m_extra;
    PortList m_ports;
    QTimer m_timer;
};

}  // namespace fw::core
