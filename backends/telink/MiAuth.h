#pragma once
// The Xiaomi "Mi" registration and login without I/O (protocols/telink.md §3): the commands and
// status codes of char 0x0010, the framing of char 0x0019, and the key derivations.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fw::telink {

// The Mi token (12 bytes), the bind key (16, for decrypting adverts) and the device id sent.
struct MiKeys {
    QByteArray token;
    QByteArray bindKey;
    QByteArray deviceId;  // 20 bytes as registered
};

struct MiSetupKeys {
    QByteArray token;    // HKDF bytes 0-11
    QByteArray bindKey;  // 12-27
    QByteArray keyA;     // 28-43: encrypts the device id
};

struct MiLoginKeys {
    QByteArray deviceKey;  // HKDF bytes 0-15: HMAC key of the device's confirmation
    QByteArray appKey;     // 16-31: HMAC key of the app's confirmation
};

// One notification or write on 0x0019, classified.
struct MiFrame {
    enum class Kind {
        Announce,    // 00 00 00 <type> <nframes> 00: a payload of nframes data frames follows
        Ready,       // 00 00 01 01: the receiver waits for the data frames
        ReceivedOk,  // 00 00 01 00: all frames arrived
        Timeout,     // 00 00 01 05 01 00: the device gave up waiting
        Inline,      // 00 00 02 <type> <payload>: newer firmware, the payload in one frame
        InlineAck,   // 00 00 03 00
        Echo,        // 00 00 04 <xx> ...: to be answered by 00 00 05 <xx> ...
        EchoReply,   // 00 00 05 <xx> ...
        Data,        // <seq> 00 + up to 18 bytes (seq 1..n)
        Invalid,
    };
    Kind kind = Kind::Invalid;
    quint8 type = 0;
    int frames = 0;
    int seq = 0;
    QByteArray payload;  // data, inline payload, or the echo bytes after the marker
};

class MiAuth {
public:
    // Commands written to 0x0010 as 4-byte values <cmd> 00 00 00.
    enum Command : quint8 {
        CmdRegisterStart = 0xA2,
        CmdKeyExchange = 0x15,
        CmdRegisterDone = 0x13,
        CmdLoginStart = 0x24,
    };
    // Status values the device notifies on 0x0010.
    enum Status : quint8 {
        RegisterOk = 0x11,
        RegisterFailed = 0x12,
        RegisterVerifyOk = 0x13,
        RegisterVerifyFailed = 0x14,
        LoginOk = 0x21,
        InvalidLtmk = 0x22,
        LoginFailed = 0x23,
        NotRegistered = 0xE0,
        AlreadyRegistered = 0xE1,
        RepeatLogin = 0xE2,  // counts as logged in
        InvalidOob = 0xE3,
    };
    // Payload types announced on 0x0019 and their frame counts.
    enum PayloadType : quint8 {
        TypeDeviceId = 0x00,
        TypePublicKey = 0x03,
        TypeAppConfirmation = 0x0A,
        TypeAppRandom = 0x0B,
        TypeDeviceConfirmation = 0x0C,
        TypeDeviceRandom = 0x0D,
    };
    static constexpr int FramePayload = 18;
    static constexpr int TokenSize = 12;
    static constexpr int BindKeySize = 16;
    static constexpr int RandomSize = 16;
    static constexpr int DeviceIdSize = 20;

    static QByteArray command(quint8 cmd);
    static std::optional<quint8> statusOf(const QByteArray &value);  // nullopt unless 4 bytes
    static QString statusName(quint8 status);                       // "login ok", "login failed", ...

    static QByteArray announce(quint8 type, int frames);
    static QByteArray ready();
    static QByteArray receivedOk();
    static QByteArray inlineAck();
    static QByteArray echoReply(const MiFrame &echo);
    static int framesFor(int payloadBytes);
    static QList<QByteArray> dataFrames(const QByteArray &payload);
    static MiFrame parse(const QByteArray &value);

    // §3 step 3: ECDH secret -> token, bind key, key A.
    static MiSetupKeys setupKeys(const QByteArray &sharedSecret);
    static QByteArray nonce();  // 0x10..0x1B
    static QByteArray encryptDeviceId(const QByteArray &keyA, const QByteArray &deviceId);
    static std::optional<QByteArray> decryptDeviceId(const QByteArray &keyA, const QByteArray &sealed);
    // "\0blt.3.129v" + 6 random letters/digits + "g00" (20 bytes, as TelinkMiFlasher sends).
    static QByteArray makeDeviceId();

    static MiLoginKeys loginKeys(const QByteArray &token, const QByteArray &appRandom, const QByteArray &deviceRandom);
    static QByteArray deviceConfirmation(const MiLoginKeys &keys, const QByteArray &appRandom,
                                         const QByteArray &deviceRandom);
    static QByteArray appConfirmation(const MiLoginKeys &keys, const QByteArray &appRandom,
                                      const QByteArray &deviceRandom);
    static QByteArray randomBytes(int n);
};

// Collects the numbered data frames of one announced payload.
class MiFrameAssembler {
public:
    void begin(quint8 type, int frames);
    bool isActive() const { return m_frames > 0; }
    quint8 type() const { return m_type; }
    // False when the frame is out of order; complete() tells when the last one arrived.
    bool add(const MiFrame &data);
    bool complete() const { return m_frames > 0 && m_next > m_frames; }
    QByteArray take();

private:
    quint8 m_type = 0;
    int m_frames = 0;
    int m_next = 1;
    QByteArray m_payload;
};

}  // namespace fw::telink
