#include "esp/EspDemoLink.h"

#include "core/sim/PtySimHost.h"

namespace fw::esp {

EspDemoLink::EspDemoLink(std::unique_ptr<fw::core::SerialLink> serial, fw::core::sim::PtySimHost &sim)
    : m_serial(std::move(serial)), m_sim(sim)
{
    m_clock.start();
}

void EspDemoLink::forward(fw::core::ControlLineEvent::Line line, bool level)
{
    fw::core::ControlLineEvent e;
    e.tUs = m_clock.nsecsElapsed() / 1000;
    e.line = line;
    e.level = level;
    e.appliedToPort = true;  // the simulator is the "port" that carries it
    m_sim.injectControlLine(e);
}

void EspDemoLink::setDtr(bool level)
{
    m_serial->setDtr(level);  // recorded there (the pty itself refuses it)
    forward(fw::core::ControlLineEvent::Line::Dtr, level);
}

void EspDemoLink::setRts(bool level)
{
    m_serial->setRts(level);
    forward(fw::core::ControlLineEvent::Line::Rts, level);
}

QVector<fw::core::ControlLineEvent> EspDemoLink::controlLineEvents() const
{
    // The pty refused every change; the simulator received them all.
    QVector<fw::core::ControlLineEvent> events = m_serial->controlLineEvents();
    for (fw::core::ControlLineEvent &e : events)
        e.appliedToPort = true;
    return events;
}

}  // namespace fw::esp
