#pragma once
// The DTR/RTS sequences that put an ESP into its serial boot loader or restart it, timed as
// esptool does (esp.md §2.1): classic, unix tight, USB-JTAG-serial, and the final hard reset.

#include "core/Link.h"

#include <QList>
#include <QString>

#include <functional>

namespace fw::esp {

class EspReset {
public:
    struct Strategy {
        enum class Kind { Classic, UnixTight, UsbJtagSerial };
        Kind kind = Kind::UnixTight;
        int resetDelayMs = 50;  // how long GPIO0 stays low after EN rises

        QString name() const;  // "unix tight reset (50 ms)", for the log
    };

    static constexpr int kResetDelayMs = 50;
    static constexpr int kLongResetDelayMs = 550;  // the alternate attempts, for slow EN circuits
    static constexpr quint16 kEspressifVid = 0x303A;
    static constexpr quint16 kUsbJtagSerialPid = 0x1001;

    using Sleep = std::function<void(int ms)>;

    static bool isUsbJtagSerial(quint16 vid, quint16 pid)
    {
        return vid == kEspressifVid && pid == kUsbJtagSerialPid;
    }
    // The strategies connect attempts cycle through, in the order for this system: Linux and
    // macOS start with unix tight; Windows has only classic; native USB has its own.
    static QList<Strategy> strategies(bool usbJtagSerial);

    // Runs one sequence on the link's DTR and RTS (DTR drives GPIO0, RTS drives EN, both
    // active low through the two-transistor circuit); `sleep` waits and may throw on cancel.
    static void enterBootloader(fw::core::ByteLink &link, const Strategy &strategy,
                                const Sleep &sleep);
    // Pulses EN (RTS) with GPIO0 released, so the chip starts its firmware.
    static void hardReset(fw::core::ByteLink &link, bool usbJtagSerial, const Sleep &sleep);
    // Leaves both lines released without a glitch on EN (RTS first: DTR alone only touches
    // GPIO0), for manual wiring and for a chip that already runs its loader.
    static void releaseLines(fw::core::ByteLink &link);
};

}  // namespace fw::esp
