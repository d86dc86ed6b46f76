#pragma once
// The host side of the Xiaomi Mi registration ("activation") and login on stock LYWSD03MMC
// firmware over a GattLink (protocols/telink.md §3); failures are diagnoses (telink.mi.*).

#include "core/GattLink.h"
#include "core/Job.h"
#include "telink/MiAuth.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fw::telink {

struct MiSessionOptions {
    int stepTimeoutMs = 5000;  // one exchange (an announce, its frames and the answer)
};

// Both calls need a connected link to a stock device with service 0xFE95. activate() replaces
// any registration the device had (Mi Home loses the device); login() unlocks the OTA.
class MiSession {
public:
    MiSession(fw::core::GattLink &link, fw::core::JobContext &ctx, MiSessionOptions options = {});

    static MiKeys activate(fw::core::GattLink &link, fw::core::JobContext &ctx);
    static void login(fw::core::GattLink &link, fw::core::JobContext &ctx, const QByteArray &token);

    MiKeys activate();
    void login(const QByteArray &token);

    // "0123…" (24 hex digits, spaces and colons allowed) -> 12 bytes; empty when malformed.
    static QByteArray parseToken(const QString &text);
    // Writes the keys as JSON that only the owner can read (the token unlocks the device):
    // the permissions are set before a byte is written. False with *error when it fails.
    static bool saveKeysFile(const QString &path, const QJsonObject &keys, QString *error);

private:
    struct StepTimeout {
        QString step;
    };

    void prepare();
    void writeControl(quint8 cmd);
    void writeData(const QByteArray &value);
    MiFrame nextFrame(const QString &step);
    quint8 waitStatus(const QString &step);
    void sendPayload(quint8 type, const QByteArray &payload, const QString &step);
    QByteArray receivePayload(quint8 type, const QString &step);
    [[noreturn]] void failStatus(quint8 status);
    QString firmwareRevision();

    fw::core::GattLink &m_link;
    fw::core::JobContext &m_ctx;
    MiSessionOptions m_options;
    std::optional<quint8> m_status;  // a status that arrived while frames were awaited
    bool m_activating = false;
};

}  // namespace fw::telink
