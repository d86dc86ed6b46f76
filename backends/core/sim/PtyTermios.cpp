#include "core/sim/PtyTermios.h"

#include <termios.h>

namespace fw::core::sim {

namespace {

qint32 standardBaud(speed_t s)
{
    switch (s) {
    case B0: return 0;
    case B50: return 50;
    case B75: return 75;
    case B110: return 110;
    case B134: return 134;
    case B150: return 150;
    case B200: return 200;
    case B300: return 300;
    case B600: return 600;
    case B1200: return 1200;
    case B1800: return 1800;
    case B2400: return 2400;
    case B4800: return 4800;
    case B9600: return 9600;
    case B19200: return 19200;
    case B38400: return 38400;
    case B57600: return 57600;
    case B115200: return 115200;
    case B230400: return 230400;
    case B460800: return 460800;
    case B500000: return 500000;
    case B576000: return 576000;
    case B921600: return 921600;
    case B1000000: return 1000000;
    case B1152000: return 1152000;
    case B1500000: return 1500000;
    case B2000000: return 2000000;
    case B2500000: return 2500000;
    case B3000000: return 3000000;
    case B3500000: return 3500000;
    case B4000000: return 4000000;
    default: return -1;  // BOTHER or unknown: only termios2 knows
    }
}

}  // namespace

qint32 readTtyBaud(int fd)
{
    // termios2 carries the numeric speed for standard and custom rates alike.
    const qint32 viaTermios2 = detail::readTtyBaudTermios2(fd);
    if (viaTermios2 > 0)
        return viaTermios2;
    struct termios t {};
    if (::tcgetattr(fd, &t) != 0)
        return 0;
    const qint32 b = standardBaud(::cfgetospeed(&t));
    return b < 0 ? 0 : b;
}

bool makeTtyRaw(int fd)
{
    struct termios t {};
    if (::tcgetattr(fd, &t) != 0)
        return false;
    ::cfmakeraw(&t);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    return ::tcsetattr(fd, TCSANOW, &t) == 0;
}

bool setTtyHungUpBaud(int fd)
{
    struct termios t {};
    if (::tcgetattr(fd, &t) != 0)
        return false;
    ::cfsetispeed(&t, B0);
    ::cfsetospeed(&t, B0);
    return ::tcsetattr(fd, TCSANOW, &t) == 0;
}

}  // namespace fw::core::sim
