#pragma once
// The cryptography of the Xiaomi "Mi" registration and login (protocols/telink.md §3): P-256 key
// pairs and ECDH, HKDF-SHA256, HMAC-SHA256 and AES-128-CCM, all done by OpenSSL's libcrypto.

#include <QByteArray>

#include <optional>

namespace fw::telink {

struct MiKeyPair {
    QByteArray privateKey;  // 32-byte big-endian scalar
    QByteArray publicKey;   // 64 bytes X || Y (the uncompressed point without its 0x04 prefix)
};

// Failures (a peer key that is not on the curve, a broken OpenSSL install) throw JobError with
// the code telink.mi.crypto; a CCM tag that does not match is not an error but nullopt.
class MiCrypto {
public:
    static constexpr int PublicKeySize = 64;
    static constexpr int PrivateKeySize = 32;

    static MiKeyPair generateKeyPair();
    // The pair of a known private key (for protocol tests with fixed vectors).
    static MiKeyPair keyPairFromPrivate(const QByteArray &privateKey);
    // The x coordinate of the shared point (32 bytes).
    static QByteArray ecdh(const QByteArray &privateKey, const QByteArray &peerPublicKey);

    // An empty salt means "no salt" (RFC 5869: HashLen zero bytes).
    static QByteArray hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int length);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

    // Returns ciphertext || tag.
    static QByteArray aesCcmEncrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                    const QByteArray &plaintext, int tagLength = 4);
    // Takes ciphertext || tag; nullopt when the tag does not match.
    static std::optional<QByteArray> aesCcmDecrypt(const QByteArray &key, const QByteArray &nonce,
                                                   const QByteArray &aad, const QByteArray &sealed,
                                                   int tagLength = 4);
};

}  // namespace fw::telink
