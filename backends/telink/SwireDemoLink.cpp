#include "telink/SwireDemoLink.h"

#include "core/sim/PtySimHost.h"

namespace fw::telink {

SwireDemoLink::SwireDemoLink(fw::core::SerialLink &serial, fw::core::sim::PtySimHost &sim)
    : m_serial(serial), m_sim(sim)
{
}

void SwireDemoLink::setDtr(bool level)
{
    m_serial.setDtr(level);
    m_sim.injectControlLine(fw::core::ControlLineEvent::Line::Dtr, level);
}

void SwireDemoLink::setRts(bool level)
{
    m_serial.setRts(level);
    m_sim.injectControlLine(fw::core::ControlLineEvent::Line::Rts, level);
}

}  // namespace fw::telink
