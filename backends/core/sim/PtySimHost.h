#pragma once
// Runs a DeviceModel on the far end of a pseudo-terminal, on its own thread: the host opens
// slavePath() like any serial port; bytes are paced at the wire rate and faults are applied.

#include "core/LogBus.h"
#include "core/sim/DeviceModel.h"
#include "core/sim/FaultPlan.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fw::core::sim {

class PtySimHost {
public:
    explicit PtySimHost(std::unique_ptr<DeviceModel> model, QString name = QStringLiteral("device"));
    ~PtySimHost();
    PtySimHost(const PtySimHost &) = delete;
    PtySimHost &operator=(const PtySimHost &) = delete;

    // Opens the pty pair and starts the thread; throws JobError when no pty is available.
    void start();
    // Stops the model and joins the thread; the pty is closed (the host sees an unplug).
    void stop();
    bool isRunning() const { return m_running.load(); }

    QString name() const { return m_name; }
    QString slavePath() const { return m_slavePath; }

    // Replaces the fault plan; counting restarts at the current stream position.
    void setFaultPlan(const FaultPlan &plan);
    // When false, bytes go out as fast as the pty takes them (for protocol tests that do not
    // care about timing).
    void setPaced(bool paced) { m_paced.store(paced); }
    void setLogger(const Logger &log);
    // When true (set before start()), the device "powers up" only once a host has opened the
    // port and set its baud, so its first words are not lost or garbled by the open sequence.
    void setStartWhenHostOpens(bool wait) { m_waitForHost = wait; }

    // Pulls the plug now: closes the master, the host's next read fails.
    void disconnectNow();
    bool isDisconnected() const { return m_disconnected.load(); }

    // Delivers a DTR/RTS change to the model (ptys have no modem lines).
    void injectControlLine(ControlLineEvent::Line line, bool level);
    void injectControlLine(const ControlLineEvent &event);
    // Runs fn(model) on the simulator thread (e.g. a "reset" button, a fault mid-transfer).
    void post(std::function<void(DeviceModel &)> fn);

    qint32 hostBaud() const { return m_hostBaud.load(); }
    quint64 bytesSent() const { return m_bytesSent.load(); }         // device -> host, on the wire
    quint64 bytesReceived() const { return m_bytesReceived.load(); } // host -> device

private:
    class Port;
    void run();
    bool waitForHost();

    std::unique_ptr<DeviceModel> m_model;
    std::unique_ptr<Port> m_port;
    QString m_name;
    QString m_slavePath;
    int m_masterFd = -1;
    int m_slaveFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paced{true};
    bool m_waitForHost = false;
    std::atomic<bool> m_disconnected{false};
    std::atomic<bool> m_disconnectRequest{false};
    std::atomic<qint32> m_hostBaud{0};
    std::atomic<quint64> m_bytesSent{0};
    std::atomic<quint64> m_bytesReceived{0};

    std::mutex m_mutex;  // guards the fields below, shared with the caller's thread
    std::vector<std::function<void(DeviceModel &)>> m_posted;
    FaultPlan m_plan;
    bool m_planChanged = false;
    Logger m_log;
};

}  // namespace fw::core::sim
