#pragma once
// Reads the baud a host set on a tty, including non-standard rates (74880) that only the
// Linux termios2 interface reports. Kept apart because <asm/termbits.h> clashes with <termios.h>.

#include <QtGlobal>

namespace fw::core::sim {

// Output baud of the tty open as fd, or 0 when it cannot be read.
qint32 readTtyBaud(int fd);
// Puts a tty fd into raw mode (no echo, no line discipline processing); false on failure.
bool makeTtyRaw(int fd);
// Sets the tty's speed to 0 ("hung up"), so a later non-zero speed shows a host configured it.
bool setTtyHungUpBaud(int fd);

namespace detail {
// termios2 reading (TCGETS2); returns 0 when the ioctl is not available.
qint32 readTtyBaudTermios2(int fd);
}  // namespace detail

}  // namespace fw::core::sim
