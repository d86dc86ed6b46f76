#pragma once
// pvvx's extended OTA (protocols/telink.md §1.6): command 0x73 on 0x1F1F asks the firmware to
// clear the area at 0x40000; it reports each erased sector and then "ready", after which the
// normal OTA writes the image there. Needed for .zigbee files and images over 128 KiB.

#include "core/GattLink.h"
#include "core/Job.h"

#include <QByteArray>

namespace fw::telink {

class TelinkExtOta {
public:
    static constexpr quint32 Address = 0x40000;

    enum Reply : quint8 { Idle = 0, StandardOtaRunning = 1, Busy = 2, Ready = 3, SectorErased = 4, BadParameters = 0xFE };

    // 73, address u32 LE, size in KiB u32 LE. pvvx 5.3 and older need 129 for a 128 KiB image.
    static QByteArray request(qint64 imageSize, int pvvxVersion);
    // Sends the request and waits until the device reports the area ready. Throws JobError
    // telink.ext_ota.* (busy, refused, no answer) with what to do.
    static void prepare(fw::core::GattLink &link, fw::core::JobContext &ctx, qint64 imageSize, int pvvxVersion);
};

}  // namespace fw::telink
