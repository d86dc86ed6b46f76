#include "esp/EspBootText.h"

#include <QRegularExpression>

namespace fw::esp {

namespace {

bool printable(char c)
{
    const auto b = quint8(c);
    return (b >= 0x20 && b < 0x7F) || c == '\r' || c == '\n' || c == '\t';
}

}  // namespace

bool EspBootText::isReadable(const QByteArray &bytes)
{
    if (bytes.size() < 8)
        return false;
    qsizetype good = 0;
    for (char c : bytes)
        good += printable(c) ? 1 : 0;
    // A few damaged characters (a glitch at power-up) still leave the text readable.
    return good * 10 >= bytes.size() * 8;
}

EspBootText::BootMode EspBootText::bootMode(const QByteArray &text)
{
    // ESP8266: "boot mode:(1,7)" (UART download) or "(3,6)" (flash); the first number counts.
    static const QRegularExpression esp8266(QStringLiteral("boot mode:\\((\\d),"));
    // ESP32 and later: "boot:0x13 (SPI_FAST_FLASH_BOOT)" or "boot:0x3 (DOWNLOAD_BOOT(...))".
    static const QRegularExpression esp32(QStringLiteral("boot:0x([0-9a-fA-F]+) \\(([A-Z_]+)"));
    const QString s = QString::fromLatin1(text);
    BootMode mode = BootMode::Unknown;
    qsizetype at = -1;
    for (auto it = esp8266.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        at = m.capturedStart();
        mode = m.captured(1) == QLatin1String("1") ? BootMode::Download : BootMode::FlashBoot;
    }
    for (auto it = esp32.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < at)
            continue;
        at = m.capturedStart();
        mode = m.captured(2).contains(QLatin1String("DOWNLOAD")) ? BootMode::Download
                                                                  : BootMode::FlashBoot;
    }
    if (mode == BootMode::Unknown && s.contains(QLatin1String("waiting for download")))
        mode = BootMode::Download;
    return mode;
}

bool EspBootText::looksLikeApplication(const QByteArray &text)
{
    // Second-stage loaders and SDK start-up lines that only appear once flash code runs.
    static const char *const markers[] = {"load 0x", "entry 0x", "csum 0x", "chksum 0x",
                                          "SPIWP:", "mode:DIO", "mode:QIO", "mode:DOUT",
                                          "Tasmota", "ESPHome", "WIF:", "CFG:"};
    for (const char *m : markers) {
        if (text.contains(m))
            return true;
    }
    return false;
}

QString EspBootText::bootMessage(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->contains("boot mode:(") || it->contains("boot:0x"))
            return excerpt(*it, 200);
    }
    return {};
}

QString EspBootText::excerpt(const QByteArray &bytes, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(bytes.size(), maxChars));
    bool lastSpace = true;
    for (char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\t') {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        out += printable(c) ? QLatin1Char(c) : QLatin1Char('.');
        lastSpace = c == ' ';
    }
    out = out.trimmed();
    if (out.size() > maxChars)
        out = QStringLiteral("…") + out.right(maxChars);
    return out;
}

}  // namespace fw::esp
