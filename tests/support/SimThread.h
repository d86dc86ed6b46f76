#pragma once
// Runs a function on a simulator's own thread and hands its result back to the test, so a test
// can read or set a model's state without racing the thread that serves the pty.

#include "core/sim/PtySimHost.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <utility>

namespace fw::test {

// Posts fn to host's thread and waits up to five seconds for its result (a test failure if not).
template<typename Model, typename F>
auto onSim(fw::core::sim::PtySimHost &host, F fn)
{
    using R = decltype(fn(std::declval<Model &>()));
    auto p = std::make_shared<std::promise<R>>();
    auto fut = p->get_future();
    host.post([p, fn](fw::core::sim::DeviceModel &m) { p->set_value(fn(static_cast<Model &>(m))); });
    REQUIRE(fut.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    return fut.get();
}

}  // namespace fw::test
