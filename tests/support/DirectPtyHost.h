#pragma once
// A DeviceModel on a pty with nothing in between: every byte the host writes reaches the model
// at once and every byte it sends goes straight back. For protocol tests where neither the wire
// rate nor the simulator's polling rhythm is under test (PtySimHost covers those).

#include "core/sim/DeviceModel.h"
#include "support/PtyPair.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fw::test {

class DirectPtyHost {
public:
    explicit DirectPtyHost(std::unique_ptr<fw::core::sim::DeviceModel> model);
    ~DirectPtyHost();
    DirectPtyHost(const DirectPtyHost &) = delete;
    DirectPtyHost &operator=(const DirectPtyHost &) = delete;

    QString slavePath() const { return m_pty.slavePath(); }
    bool isDisconnected() const { return m_disconnected.load(); }
    // Runs fn(model) on the simulator thread.
    void post(std::function<void(fw::core::sim::DeviceModel &)> fn);

    // Runs fn on the simulator thread and returns its result (waits up to five seconds).
    template<typename Model, typename F>
    auto onModel(F fn)
    {
        using R = decltype(fn(std::declval<Model &>()));
        auto p = std::make_shared<std::promise<R>>();
        auto fut = p->get_future();
        post([p, fn](fw::core::sim::DeviceModel &m) { p->set_value(fn(static_cast<Model &>(m))); });
        if (fut.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
            throw std::runtime_error("simulator thread did not answer");
        return fut.get();
    }

private:
    class Port;
    void run();

    std::unique_ptr<fw::core::sim::DeviceModel> m_model;
    PtyPair m_pty;
    std::unique_ptr<Port> m_port;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_disconnected{false};
    std::mutex m_mutex;
    std::vector<std::function<void(fw::core::sim::DeviceModel &)>> m_posted;
};

}  // namespace fw::test
