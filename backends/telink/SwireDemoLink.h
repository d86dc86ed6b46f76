#pragma once
// The serial link to the SWire demo device: a SerialLink on the simulator's pty that also hands
// DTR/RTS changes to the simulator, since a pty has no modem lines (RTS may reach RESET).

#include "core/Link.h"
#include "core/SerialLink.h"

namespace fw::core::sim {
class PtySimHost;
}

namespace fw::telink {

class SwireDemoLink : public fw::core::ByteLink {
public:
    SwireDemoLink(fw::core::SerialLink &serial, fw::core::sim::PtySimHost &sim);

    QString name() const override { return m_serial.name(); }
    bool isOpen() const override { return m_serial.isOpen(); }
    void close() override { m_serial.close(); }
    void write(const QByteArray &bytes) override { m_serial.write(bytes); }
    QByteArray read(int maxBytes, int timeoutMs) override { return m_serial.read(maxBytes, timeoutMs); }
    void setBaudRate(qint32 baud) override { m_serial.setBaudRate(baud); }
    qint32 baudRate() const override { return m_serial.baudRate(); }
    void setDtr(bool level) override;
    void setRts(bool level) override;
    void clearInput() override { m_serial.clearInput(); }
    QVector<fw::core::ControlLineEvent> controlLineEvents() const override { return m_serial.controlLineEvents(); }
    void setCancelToken(const fw::core::CancelToken *token) override { m_serial.setCancelToken(token); }
    QObject *threadAffineObject() override { return m_serial.threadAffineObject(); }

private:
    fw::core::SerialLink &m_serial;
    fw::core::sim::PtySimHost &m_sim;
};

}  // namespace fw::telink
