#include "core/SerialLink.h"

#include "core/Job.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>

#include <algorithm>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fw::core {

namespace {

constexpr int kSliceMs = 20;  // longest single wait, so cancel is answered within 100 ms

// Name of the group owning the device node ("dialout" on Debian, "uucp" on Arch).
QString owningGroup(const QString &location)
{
    struct stat st {};
    if (::stat(QFile::encodeName(location).constData(), &st) != 0)
        return QStringLiteral("dialout");
    if (const struct group *g = ::getgrgid(st.st_gid))
        return QString::fromLocal8Bit(g->gr_name);
    return QStringLiteral("dialout");
}

QSerialPort::FlowControl toQt(FlowControl f)
{
    switch (f) {
    case FlowControl::Hardware: return QSerialPort::HardwareControl;
    case FlowControl::Software: return QSerialPort::SoftwareControl;
    case FlowControl::None: break;
    }
    return QSerialPort::NoFlowControl;
}

}  // namespace

SerialLink::SerialLink() = default;

SerialLink::~SerialLink() { close(); }

QString SerialLink::resolveLocation(const QString &portName)
{
    const QString p = portName.trimmed();
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')))
        return p;
    return QStringLiteral("/dev/") + p;
}

void SerialLink::setLogBus(LogBus *bus)
{
    m_log = Logger(bus, QStringLiteral("serial:") + m_location);
    m_logBus = bus;
}

void SerialLink::open(const QString &portName, const SerialSettings &settings)
{
    close();
    m_location = resolveLocation(portName);
    m_settings = settings;
    m_unplugged = false;
    m_unplugDetail.clear();
    m_errorSignals = 0;
    {
        QMutexLocker lock(&m_eventsMutex);
        m_events.clear();
    }
    if (m_logBus)
        m_log = Logger(m_logBus, QStringLiteral("serial:") + m_location);
    else if (m_log.bus() && m_log.source().isEmpty())
        m_log = Logger(m_log.bus(), QStringLiteral("serial:") + m_location);

    if (m_location.isEmpty() || !QFileInfo::exists(m_location))
        throw JobError(notFoundDiagnosis(m_location.isEmpty() ? portName : m_location));

    auto port = std::make_unique<QSerialPort>();
    port->setPortName(m_location);
    // Applied by open() itself, so the tty never passes through Qt's default 9600.
    port->setBaudRate(settings.baud);
    port->setFlowControl(toQt(settings.flow));
    if (!port->open(QIODevice::ReadWrite)) {
        const Diagnosis d = openErrorDiagnosis(port->error(), m_location, port->errorString());
        throw JobError(d);
    }
    if (!port->setBaudRate(settings.baud)) {
        port->close();
        throw JobError(baudDiagnosis(m_location, settings.baud));
    }
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(toQt(settings.flow));
    port->clearError();
    // Qt 6.4 keeps raising ReadError from its notifier after the other end vanished; closing
    // on the first one stops the flood and is what a real unplug needs anyway.
    QObject::connect(port.get(), &QSerialPort::errorOccurred, port.get(),
                     [this](QSerialPort::SerialPortError e) {
                         ++m_errorSignals;
                         if ((e == QSerialPort::ReadError || e == QSerialPort::ResourceError) && m_port
                             && m_port->isOpen()) {
                             m_unplugged = true;
                             m_unplugDetail = m_port->errorString();
                             m_port->close();
                         }
                     },
                     Qt::DirectConnection);
    m_port = std::move(port);
    m_clock.start();
    m_log.info(QCoreApplication::translate("fw::core::SerialLink", "Opened %1 at %2 baud")
                   .arg(m_location)
                   .arg(settings.baud));
}

QObject *SerialLink::threadAffineObject() { return m_port.get(); }

bool SerialLink::isOpen() const { return m_port && m_port->isOpen() && !m_unplugged; }

void SerialLink::close()
{
    if (!m_port)
        return;
    const bool wasOpen = m_port->isOpen();
    m_port->close();
    m_port.reset();
    if (wasOpen)
        m_log.info(
            QCoreApplication::translate("fw::core::SerialLink", "Closed %1").arg(m_location));
}

void SerialLink::ensureOpen() const
{
    if (m_unplugged)
        throw JobError(unpluggedDiagnosis(m_location, m_unplugDetail));
    if (!m_port || !m_port->isOpen()) {
        Diagnosis d;
        d.code = QStringLiteral("serial.not_open");
        d.summary =
            QCoreApplication::translate("fw::core::SerialLink", "The serial port %1 is not open.")
                .arg(m_location);
        d.causes << QCoreApplication::translate("fw::core::SerialLink",
                                                "It was closed before this step ran.");
        d.nextStep =
            QCoreApplication::translate("fw::core::SerialLink", "Open the port again and retry.");
        throw JobError(d);
    }
}

void SerialLink::failUnplugged(const QString &detail)
{
    m_unplugged = true;
    m_unplugDetail = detail;
    if (m_port)
        m_port->close();
    m_log.error(QCoreApplication::translate("fw::core::SerialLink", "%1 vanished: %2")
                    .arg(m_location, detail));
    throw JobError(unpluggedDiagnosis(m_location, detail));
}

void SerialLink::checkPortError(bool forWrite)
{
    if (m_unplugged)
        failUnplugged(m_unplugDetail);
    if (!m_port)
        return;
    const QSerialPort::SerialPortError e = m_port->error();
    switch (e) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
        m_port->clearError();
        return;
    case QSerialPort::ReadError:
    case QSerialPort::ResourceError:
        failUnplugged(m_port->errorString());
        return;
    case QSerialPort::WriteError:
        if (forWrite)
            failUnplugged(m_port->errorString());
        m_port->clearError();
        return;
    default:
        m_port->clearError();
        return;
    }
}

void SerialLink::write(const QByteArray &bytes)
{
    ensureOpen();
    if (bytes.isEmpty())
        return;
    m_log.tx(bytes);
    if (m_port->write(bytes) != bytes.size())
        checkPortError(true);
    QElapsedTimer t;
    t.start();
    while (m_port && m_port->isOpen() && m_port->bytesToWrite() > 0) {
        if (m_cancel)
            m_cancel->throwIfCancelled();
        const qint64 left = m_settings.writeTimeoutMs - t.elapsed();
        if (left <= 0) {
            Diagnosis d;
            d.code = QStringLiteral("serial.write_timeout");
            d.summary = QCoreApplication::translate("fw::core::SerialLink",
                                                    "Sending to %1 did not finish within %2 ms.")
                            .arg(m_location)
                            .arg(m_settings.writeTimeoutMs);
            d.causes
                << QCoreApplication::translate(
                       "fw::core::SerialLink",
                       "Hardware flow control is on but the device never signals clear-to-send (CTS).")
                << QCoreApplication::translate("fw::core::SerialLink",
                                               "The USB adapter stopped responding.");
            d.nextStep = QCoreApplication::translate(
                "fw::core::SerialLink",
                "Turn flow control off unless the device needs it, replug the adapter and retry.");
            throw JobError(d);
        }
        if (!m_port->waitForBytesWritten(int(std::min<qint64>(kSliceMs, left))))
            checkPortError(true);
    }
    if (m_unplugged)
        failUnplugged(m_unplugDetail);
}

QByteArray SerialLink::read(int maxBytes, int timeoutMs)
{
    ensureOpen();
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (m_cancel)
            m_cancel->throwIfCancelled();
        if (m_unplugged)
            failUnplugged(m_unplugDetail);
        if (m_port->bytesAvailable() > 0) {
            const QByteArray data = m_port->read(std::max(1, maxBytes));
            m_log.rx(data);
            return data;
        }
        const qint64 left = qint64(timeoutMs) - t.elapsed();
        if (left <= 0)
            return {};
        if (!m_port->waitForReadyRead(int(std::min<qint64>(kSliceMs, left))))
            checkPortError(false);
    }
}

void SerialLink::setBaudRate(qint32 baud)
{
    if (m_port && m_port->isOpen() && !m_port->setBaudRate(baud)) {
        m_port->clearError();
        throw JobError(baudDiagnosis(m_location, baud));
    }
    m_settings.baud = baud;
    m_log.debug(QCoreApplication::translate("fw::core::SerialLink", "Baud rate %1").arg(baud));
}

void SerialLink::setFlowControl(FlowControl flow)
{
    m_settings.flow = flow;
    if (m_port && m_port->isOpen() && !m_port->setFlowControl(toQt(flow)))
        m_port->clearError();
}

void SerialLink::recordControlLine(ControlLineEvent::Line line, bool level, bool applied)
{
    ControlLineEvent e;
    e.tUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    e.line = line;
    e.level = level;
    e.appliedToPort = applied;
    QMutexLocker lock(&m_eventsMutex);
    m_events.append(e);
}

void SerialLink::setDtr(bool level)
{
    bool applied = false;
    if (m_port && m_port->isOpen()) {
        applied = m_port->setDataTerminalReady(level);
        if (!applied)
            m_port->clearError();  // ptys have no modem lines; the change is recorded only
    }
    recordControlLine(ControlLineEvent::Line::Dtr, level, applied);
}

void SerialLink::setRts(bool level)
{
    bool applied = false;
    if (m_port && m_port->isOpen()) {
        applied = m_port->setRequestToSend(level);
        if (!applied)
            m_port->clearError();
    }
    recordControlLine(ControlLineEvent::Line::Rts, level, applied);
}

void SerialLink::clearInput()
{
    ensureOpen();
    m_port->clear(QSerialPort::Input);
    m_port->readAll();
    m_port->clearError();
}

QVector<ControlLineEvent> SerialLink::controlLineEvents() const
{
    QMutexLocker lock(&m_eventsMutex);
    return m_events;
}

Diagnosis SerialLink::notFoundDiagnosis(const QString &location)
{
    Diagnosis d;
    d.code = QStringLiteral("serial.not_found");
    d.summary = QCoreApplication::translate("fw::core::SerialLink",
                                            "The serial port %1 does not exist (any more).")
                    .arg(location);
    d.causes
        << QCoreApplication::translate(
               "fw::core::SerialLink",
               "The device or its USB adapter was unplugged, or it came back under another name "
               "(e.g. ttyUSB1) after a reset.")
        << QCoreApplication::translate(
               "fw::core::SerialLink",
               "On Debian and Ubuntu the brltty service claims CH340/CH341 adapters and their port "
               "disappears right after plugging in.")
        << QCoreApplication::translate("fw::core::SerialLink",
                                       "The USB cable only carries power (no data wires).");
    d.nextStep = QCoreApplication::translate(
        "fw::core::SerialLink",
        "Plug the device in again and pick the port again from the refreshed list. If a "
        "CH340 port vanishes at once: sudo apt remove brltty.");
    return d;
}

Diagnosis SerialLink::unpluggedDiagnosis(const QString &location, const QString &detail)
{
    Diagnosis d;
    d.code = QStringLiteral("serial.unplugged");
    d.summary =
        QCoreApplication::translate(
            "fw::core::SerialLink",
            "The connection to %1 was lost: the device or its USB adapter was unplugged or reset.")
            .arg(location);
    d.causes
        << QCoreApplication::translate("fw::core::SerialLink",
                                       "The USB cable was pulled or is loose.")
        << QCoreApplication::translate(
               "fw::core::SerialLink",
               "The device reset and its USB port re-enumerated (boards with native USB do this).")
        << QCoreApplication::translate("fw::core::SerialLink",
                                       "The device drew more current than the USB port supplies "
                                       "(e.g. when Wi-Fi starts) and "
                                       "the adapter browned out.");
    if (!detail.isEmpty())
        d.causes << QCoreApplication::translate("fw::core::SerialLink", "System message: %1")
                        .arg(detail);
    d.nextStep = QCoreApplication::translate(
        "fw::core::SerialLink", "Reconnect the device, pick its port again and retry.");
    return d;
}

Diagnosis SerialLink::baudDiagnosis(const QString &location, qint32 baud)
{
    Diagnosis d;
    d.code = QStringLiteral("serial.baud_unsupported");
    d.summary =
        QCoreApplication::translate("fw::core::SerialLink", "The port %1 refused the baud rate %2.")
            .arg(location)
            .arg(baud);
    d.causes
        << QCoreApplication::translate(
               "fw::core::SerialLink",
               "The USB adapter cannot produce that rate (PL2303 clones stop at 115200; CH340 is "
               "unreliable above 460800 on many boards).")
        << QCoreApplication::translate("fw::core::SerialLink", "The number is mistyped.");
    d.nextStep = QCoreApplication::translate(
        "fw::core::SerialLink", "Choose a standard rate such as 115200 or 460800 and retry.");
    return d;
}

Diagnosis SerialLink::openErrorDiagnosis(QSerialPort::SerialPortError error, const QString &location,
                                         const QString &detail)
{
    const QByteArray path = QFile::encodeName(location);
    const bool accessible = ::access(path.constData(), R_OK | W_OK) == 0;
    return openErrorDiagnosis(error, location, detail, accessible);
}

Diagnosis SerialLink::openErrorDiagnosis(QSerialPort::SerialPortError error, const QString &location,
                                         const QString &detail, bool accessible)
{
    Diagnosis d;
    const QString system =
        detail.isEmpty()
            ? QString()
            : QCoreApplication::translate("fw::core::SerialLink", "System message: %1").arg(detail);
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return notFoundDiagnosis(location);
    case QSerialPort::ResourceError:
        return unpluggedDiagnosis(location, detail);
    case QSerialPort::PermissionError:
        if (!accessible) {
            const QString group = owningGroup(location);
            d.code = QStringLiteral("serial.permission");
            d.summary = QCoreApplication::translate("fw::core::SerialLink",
                                                    "You do not have permission to open %1.")
                            .arg(location);
            d.causes
                << QCoreApplication::translate(
                       "fw::core::SerialLink",
                       "Your user is not in the \"%1\" group, which owns the serial ports.")
                       .arg(group)
                << QCoreApplication::translate(
                       "fw::core::SerialLink",
                       "The brltty service grabbed the CH340/CH341 adapter (Debian/Ubuntu).")
                << QCoreApplication::translate("fw::core::SerialLink",
                                               "Another program holds the port.");
            d.nextStep =
                QCoreApplication::translate(
                    "fw::core::SerialLink",
                    "Add yourself to the group: sudo usermod -aG %1 $USER, then log out and back "
                    "in. "
                    "For a CH340 grabbed by brltty: sudo apt remove brltty. Otherwise close the "
                    "other program.")
                    .arg(group);
        } else {
            d.code = QStringLiteral("serial.busy");
            d.summary =
                QCoreApplication::translate("fw::core::SerialLink",
                                            "The serial port %1 is in use by another program.")
                    .arg(location);
            d.causes
                << QCoreApplication::translate(
                       "fw::core::SerialLink",
                       "A serial monitor, the Arduino IDE, PlatformIO, screen or minicom has it open.")
                << QCoreApplication::translate("fw::core::SerialLink",
                                               "ModemManager is probing the new USB serial device.")
                << QCoreApplication::translate("fw::core::SerialLink",
                                               "A lock file left behind by a crashed program.");
            d.nextStep = QCoreApplication::translate("fw::core::SerialLink",
                                                     "Close the other program (find it with: fuser "
                                                     "-v %1) and retry. For ModemManager: "
                                                     "sudo systemctl stop ModemManager.")
                             .arg(location);
        }
        break;
    case QSerialPort::OpenError:
        d.code = QStringLiteral("serial.busy");
        d.summary =
            QCoreApplication::translate("fw::core::SerialLink",
                                        "The serial port %1 is already open in Flashwright.")
                .arg(location);
        d.causes << QCoreApplication::translate("fw::core::SerialLink",
                                                "Another tab, monitor or job is using it.");
        d.nextStep = QCoreApplication::translate(
            "fw::core::SerialLink", "Close the serial monitor or stop the other job, then retry.");
        break;
    case QSerialPort::UnsupportedOperationError:
        d.code = QStringLiteral("serial.not_serial");
        d.summary = QCoreApplication::translate("fw::core::SerialLink", "%1 is not a serial port.")
                        .arg(location);
        d.causes << QCoreApplication::translate(
            "fw::core::SerialLink", "The path names a file or a device that is not a UART.");
        d.nextStep = QCoreApplication::translate("fw::core::SerialLink",
                                                 "Pick the port from the list of detected ports.");
        break;
    default:
        d.code = QStringLiteral("serial.open_failed");
        d.summary = QCoreApplication::translate("fw::core::SerialLink",
                                                "The serial port %1 could not be opened.")
                        .arg(location);
        d.causes << QCoreApplication::translate("fw::core::SerialLink",
                                                "The driver reported an error while opening it.");
        d.nextStep = QCoreApplication::translate("fw::core::SerialLink",
                                                 "Unplug the adapter, plug it in again and retry.");
        break;
    }
    if (!system.isEmpty())
        d.causes << system;
    return d;
}

}  // namespace fw::core
