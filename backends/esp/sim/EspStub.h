#pragma once
// A flasher stub as a simulated chip runs it once the ROM jumped to uploaded code: it may greet
// with "OHAI", then gets every SLIP frame the host sends. Kept this narrow so that other stub
// code (e.g. a portable C core built for the host) can take the place of the model.

#include <QByteArray>

namespace fw::esp::sim {

class EspStub {
public:
    virtual ~EspStub() = default;

    // The stub starts. `greet` sends the single unsolicited frame "OHAI"; it is false when the
    // stub was left running by an earlier session and the simulation begins inside it.
    virtual void start(bool greet) = 0;
    // One frame from the host, SLIP framing already removed.
    virtual void onFrame(const QByteArray &frame) = 0;
};

}  // namespace fw::esp::sim
