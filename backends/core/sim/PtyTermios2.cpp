// Only this file sees the kernel's termios2 definitions: they clash with glibc's <termios.h>.
#include "core/sim/PtyTermios.h"

#include <asm/termbits.h>
#include <sys/ioctl.h>

namespace fw::core::sim::detail {

qint32 readTtyBaudTermios2(int fd)
{
#ifdef TCGETS2
    struct termios2 t2 {};
    if (::ioctl(fd, TCGETS2, &t2) != 0)
        return 0;
    return qint32(t2.c_ospeed);
#else
    Q_UNUSED(fd);
    return 0;
#endif
}

}  // namespace fw::core::sim::detail
