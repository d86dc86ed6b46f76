#pragma once
// Reads what an ESP prints outside the loader protocol (ROM boot messages, application logs):
// whether it is readable text at all, which boot mode the ROM reports, and a quotable excerpt.

#include <QByteArray>
#include <QString>

namespace fw::esp {

class EspBootText {
public:
    enum class BootMode {
        Unknown,       // no boot message recognised
        Download,      // "boot mode:(1,x)" or "DOWNLOAD_BOOT" / "waiting for download"
        FlashBoot,     // "boot mode:(3,x)" or "SPI_FAST_FLASH_BOOT": GPIO0 was high at reset
    };

    // True when most of `bytes` is printable ASCII (text at the right baud), false for line
    // noise or text received at the wrong baud.
    static bool isReadable(const QByteArray &bytes);
    // The boot mode the newest ROM message in `text` reports.
    static BootMode bootMode(const QByteArray &text);
    // True when the text looks like an application running (after the ROM messages).
    static bool looksLikeApplication(const QByteArray &text);
    // The newest line in which the ROM reports its boot mode ("ets Jan  8 2013,rst cause:2,
    // boot mode:(3,6)"), trimmed; empty when there is none.
    static QString bootMessage(const QByteArray &text);
    // The last `maxChars` characters as one line, unprintable bytes shown as '.', for logs and
    // diagnoses.
    static QString excerpt(const QByteArray &bytes, int maxChars = 160);
};

}  // namespace fw::esp
