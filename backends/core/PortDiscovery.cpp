#include "core/PortDiscovery.h"

#include "core/SerialLink.h"
#include "core/UsbCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QSerialPortInfo>

#include <algorithm>

#include <unistd.h>

namespace fw::core {

PortDiscovery::PortDiscovery(QObject *parent) : QObject(parent), m_system(&PortDiscovery::systemPorts)
{
    qRegisterMetaType<fw::core::PortInfo>();
    qRegisterMetaType<fw::core::PortList>();
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

void PortDiscovery::identify(PortInfo &port)
{
    if (port.vid && port.pid)
        port.identity = UsbCatalog::instance().lookup(*port.vid, *port.pid, port.manufacturer, port.description);
}

PortList PortDiscovery::systemPorts()
{
    PortList out;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &i : infos) {
        PortInfo p;
        p.portName = i.portName();
        p.systemLocation = i.systemLocation();
        p.description = i.description();
        p.manufacturer = i.manufacturer();
        p.serialNumber = i.serialNumber();
        if (i.hasVendorIdentifier())
            p.vid = i.vendorIdentifier();
        if (i.hasProductIdentifier())
            p.pid = i.productIdentifier();
        identify(p);
        out << p;
    }
    return out;
}

void PortDiscovery::setSystemLister(PortLister lister) { m_system = std::move(lister); }

void PortDiscovery::addLister(PortLister lister) { m_extra.append(std::move(lister)); }

PortList PortDiscovery::refresh()
{
    PortList now = m_system ? m_system() : PortList{};
    for (const PortLister &l : m_extra)
        now += l();
    // Ports are the same when their system location is; later listers do not duplicate.
    PortList unique;
    for (PortInfo &p : now) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const PortInfo &q) {
            return q.systemLocation == p.systemLocation;
        });
        if (!seen) {
            if (!p.identity)
                identify(p);
            unique << p;
        }
    }
    auto contains = [](const PortList &list, const PortInfo &p) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const PortInfo &q) { return q.systemLocation == p.systemLocation; });
    };
    PortList removed;
    PortList added;
    for (const PortInfo &old : std::as_const(m_ports))
        if (!contains(unique, old))
            removed << old;
    for (const PortInfo &p : std::as_const(unique))
        if (!contains(m_ports, p))
            added << p;
    m_ports = unique;
    for (const PortInfo &p : std::as_const(removed))
        Q_EMIT portRemoved(p);
    for (const PortInfo &p : std::as_const(added))
        Q_EMIT portAdded(p);
    if (!removed.isEmpty() || !added.isEmpty())
        Q_EMIT changed(m_ports);
    return m_ports;
}

void PortDiscovery::startWatching(int intervalMs)
{
    refresh();
    m_timer.start(std::max(50, intervalMs));
}

void PortDiscovery::stopWatching() { m_timer.stop(); }

Diagnosis PortDiscovery::checkAccess(const QString &systemLocation)
{
    const QString location = SerialLink::resolveLocation(systemLocation);
    if (location.isEmpty() || !QFileInfo::exists(location))
        return SerialLink::notFoundDiagnosis(location.isEmpty() ? systemLocation : location);
    const QByteArray path = QFile::encodeName(location);
    if (::access(path.constData(), R_OK | W_OK) == 0)
        return {};
    return SerialLink::openErrorDiagnosis(QSerialPort::PermissionError, location, QString(), false);
}

}  // namespace fw::core
