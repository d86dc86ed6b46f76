#pragma once
// A decoded reply from the ESP ROM loader or flasher stub. The trailing status bytes differ by
// loader (2 on the ESP8266 ROM and every stub, 4 on ESP32-and-later ROMs) and are split off here.

#include "esp/Command.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fw::esp {

enum class LoaderKind { Esp8266Rom, Esp32Rom, Stub };

struct Response {
    static constexpr quint8 ResponseDirection = 0x01;

    quint8 opcode = 0;
    quint16 declaredLength = 0;  // the length field; some ROM replies disagree with the frame
    quint32 value = 0;           // READ_REG result; 0x20120707 on ROM SYNC replies
    QByteArray payload;          // data before the status bytes (MD5, security info, ...)
    QByteArray status;           // the raw status bytes, 2 or 4 of them
    bool failed = false;
    quint8 errorCode = 0;        // ROM or stub error code; 0 when ok

    bool ok() const { return !failed; }
    bool isSync() const { return opcode == quint8(Opcode::Sync); }
    // esptool's way of quoting a status, e.g. "0107" or "C100", so user logs can be matched.
    QString statusHex() const;

    static int statusLength(LoaderKind kind) { return kind == LoaderKind::Esp32Rom ? 4 : 2; }

    // Decodes one unframed reply; nullopt when it is not a reply or is too short, with the reason
    // (untranslated, for the log) in *why.
    static std::optional<Response> decode(QByteArrayView frame, LoaderKind kind,
                                          QString *why = nullptr);
};

}  // namespace fw::esp
