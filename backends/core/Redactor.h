#pragma once
// Removes secrets (Wi-Fi and MQTT passwords, keys, tokens, private keys) from text before it
// leaves the machine, keeping the key names so the log still shows what was set.

#include <QString>
#include <QVariant>

namespace fw::core {

class Redactor {
public:
    static QString mask() { return QStringLiteral("[redacted]"); }

    // Returns the text with secret values replaced by "[redacted]"; *count gets the number of
    // values replaced.
    static QString redact(const QString &text, int *count = nullptr);
    // Bytes seen on a link, read as Latin-1 so every byte round-trips; unchanged bytes are
    // returned as they were.
    static QByteArray redactBytes(const QByteArray &bytes, int *count = nullptr);
    // Walks maps and lists: values under a secret-looking key are masked, other strings are
    // passed through redact().
    static QVariant redactVariant(const QVariant &value, int *count = nullptr);
    // True for key names such as "password", "wifi_pass", "psk", "token", "bindkey".
    static bool isSecretKey(const QString &key);
};

}  // namespace fw::core
