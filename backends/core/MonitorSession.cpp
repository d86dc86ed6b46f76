#include "core/MonitorSession.h"

#include "core/SerialLink.h"
#include "core/sim/DemoPorts.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/PtySimHost.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <atomic>
#include <deque>

namespace fw::core {

namespace {

struct Command {
    enum class Kind { Send, Baud, Dtr, Rts } kind = Kind::Send;
    QByteArray bytes;
    qint32 value = 0;
};

}  // namespace

// Lives on the session's thread and runs the read loop; commands from the GUI thread reach
// it through a locked queue, so the loop never has to return to the event loop.
class MonitorSession::Worker : public QObject {
    Q_OBJECT
public:
    Worker(LogBus *bus, QString portName, SerialSettings settings)
        : m_bus(bus), m_portName(std::move(portName)), m_settings(settings)
    {
    }

    void push(Command c)
    {
        QMutexLocker lock(&m_mutex);
        m_commands.push_back(std::move(c));
    }

    void requestStop() { m_stop.store(true); }

    // Waits until run() has finished (or never started and will not).
    void waitDone()
    {
        QMutexLocker lock(&m_mutex);
        while (!m_done)
            m_doneCond.wait(&m_mutex);
    }

    void run()
    {
        const Logger log(m_bus, QStringLiteral("monitor:") + m_portName);
        std::unique_ptr<sim::PtySimHost> demo;
        SerialLink link;
        link.setLogger(log);
        try {
            if (!m_stop.load()) {
                QString location = m_portName;
                if (sim::DemoRegistry::isDemoPort(m_portName)) {
                    demo = sim::DemoPortResolver::start(
                        m_portName, Logger(m_bus, QStringLiteral("sim:") + sim::DemoRegistry::demoName(m_portName)));
                    location = demo->slavePath();
                }
                link.open(location, m_settings);
                Q_EMIT opened(m_portName);
            }
            while (!m_stop.load()) {
                runCommands(link, demo.get(), log);
                const QByteArray data = link.read(64 * 1024, 20);
                if (!data.isEmpty())
                    Q_EMIT received(data, QDateTime::currentMSecsSinceEpoch());
            }
        } catch (const JobError &e) {
            log.error(e.diagnosis().summary);
            Q_EMIT failed(e.diagnosis());
        } catch (const std::exception &e) {
            Diagnosis d;
            d.code = QStringLiteral("monitor.internal");
            d.summary = MonitorSession::tr("The serial monitor stopped unexpectedly: %1")
                            .arg(QString::fromLocal8Bit(e.what()));
            d.nextStep = MonitorSession::tr("Open the port again.");
            Q_EMIT failed(d);
        }
        link.close();
        demo.reset();
        Q_EMIT finished();
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_doneCond.wakeAll();
    }

Q_SIGNALS:
    void opened(const QString &portName);
    void received(const QByteArray &bytes, qint64 timeMs);
    void sent(const QByteArray &bytes, qint64 timeMs);
    void failed(const fw::core::Diagnosis &diagnosis);
    void finished();

private:
    void runCommands(SerialLink &link, sim::PtySimHost *demo, const Logger &log)
    {
        std::deque<Command> todo;
        {
            QMutexLocker lock(&m_mutex);
            todo.swap(m_commands);
        }
        for (const Command &c : todo) {
            switch (c.kind) {
            case Command::Kind::Send:
                link.write(c.bytes);
                Q_EMIT sent(c.bytes, QDateTime::currentMSecsSinceEpoch());
                break;
            case Command::Kind::Baud:
                link.setBaudRate(c.value);
                log.info(MonitorSession::tr("Baud rate set to %1").arg(c.value));
                break;
            case Command::Kind::Dtr:
            case Command::Kind::Rts: {
                const auto line = c.kind == Command::Kind::Dtr ? ControlLineEvent::Line::Dtr
                                                               : ControlLineEvent::Line::Rts;
                if (line == ControlLineEvent::Line::Dtr)
                    link.setDtr(c.value != 0);
                else
                    link.setRts(c.value != 0);
                // A pty cannot carry modem lines: hand the change to the simulated device.
                if (demo)
                    demo->injectControlLine(line, c.value != 0);
                log.debug(QStringLiteral("%1=%2")
                              .arg(line == ControlLineEvent::Line::Dtr ? QStringLiteral("DTR") : QStringLiteral("RTS"))
                              .arg(c.value));
                break;
            }
            }
        }
    }

    LogBus *m_bus;
    QString m_portName;
    SerialSettings m_settings;
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QWaitCondition m_doneCond;
    bool m_done = false;
    std::deque<Command> m_commands;
};

MonitorSession::MonitorSession(LogBus *bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    qRegisterMetaType<fw::core::Diagnosis>();
    m_thread.setObjectName(QStringLiteral("serial-monitor"));
    m_thread.start();
}

MonitorSession::~MonitorSession()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

void MonitorSession::open(const QString &portName, const SerialSettings &settings)
{
    close();
    m_portName = portName;
    m_rxTotal = 0;
    auto *worker = new Worker(m_bus, portName, settings);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // Signals from a worker that was closed meanwhile are ignored: only m_worker counts.
    connect(worker, &Worker::opened, this, [this, worker](const QString &name) {
        if (m_worker != worker)
            return;
        m_open = true;
        Q_EMIT opened(name);
    });
    connect(worker, &Worker::received, this, [this, worker](const QByteArray &bytes, qint64 t) {
        if (m_worker != worker)
            return;
        m_rxTotal += quint64(bytes.size());
        Q_EMIT received(bytes, t);
    });
    connect(worker, &Worker::sent, this, [this, worker](const QByteArray &bytes, qint64 t) {
        if (m_worker == worker)
            Q_EMIT sent(bytes, t);
    });
    connect(worker, &Worker::failed, this, [this, worker](const Diagnosis &d) {
        if (m_worker == worker)
            Q_EMIT failed(d);
    });
    connect(worker, &Worker::finished, this, [this, worker] {
        if (m_worker != worker)
            return;
        worker->waitDone();
        worker->deleteLater();
        m_worker = nullptr;
        const bool wasOpen = m_open;
        m_open = false;
        if (wasOpen)
            Q_EMIT closed();
    });
    QMetaObject::invokeMethod(worker, &Worker::run, Qt::QueuedConnection);
}

void MonitorSession::close()
{
    Worker *worker = m_worker;
    if (!worker)
        return;
    m_worker = nullptr;
    worker->requestStop();
    worker->waitDone();
    worker->deleteLater();
    const bool wasOpen = m_open;
    m_open = false;
    if (wasOpen)
        Q_EMIT closed();
}

void MonitorSession::send(const QByteArray &bytes)
{
    if (m_worker && !bytes.isEmpty())
        m_worker->push({Command::Kind::Send, bytes, 0});
}

void MonitorSession::setBaudRate(qint32 baud)
{
    if (m_worker)
        m_worker->push({Command::Kind::Baud, {}, baud});
}

void MonitorSession::setDtr(bool level)
{
    if (m_worker)
        m_worker->push({Command::Kind::Dtr, {}, level ? 1 : 0});
}

void MonitorSession::setRts(bool level)
{
    if (m_worker)
        m_worker->push({Command::Kind::Rts, {}, level ? 1 : 0});
}

}  // namespace fw::core

#include "MonitorSession.moc"
