#include "telink/MiCrypto.h"

#include "core/Diagnosis.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

#include <memory>

namespace fw::telink {

namespace {

using fw::core::Diagnosis;
using fw::core::JobError;

template <typename T, void (*F)(T *)>
struct Deleter {
    void operator()(T *p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Deleter<EC_GROUP, EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Deleter<EC_POINT, EC_POINT_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, Deleter<EVP_KDF, EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, Deleter<EVP_KDF_CTX, EVP_KDF_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;

const char kCurve[] = "prime256v1";

[[noreturn]] void fail(const QString &what)
{
    const unsigned long e = ERR_get_error();
    char buf[256] = {};
    if (e)
        ERR_error_string_n(e, buf, sizeof buf);
    ERR_clear_error();
    Diagnosis d;
    d.code = QStringLiteral("telink.mi.crypto");
    d.summary = QCoreApplication::translate("fw::telink::MiCrypto", "The Mi key exchange failed: %1.").arg(what);
    if (e)
        d.causes << QCoreApplication::translate("fw::telink::MiCrypto", "OpenSSL reports: %1")
                        .arg(QString::fromLatin1(buf));
    d.causes << QCoreApplication::translate("fw::telink::MiCrypto",
                                            "The device sent a public key that is not a point on the P-256 "
                                            "curve (a garbled transfer or a firmware this tool does not know).");
    d.nextStep = QCoreApplication::translate("fw::telink::MiCrypto",
                                             "Reconnect and try again; if it keeps failing, take the keys from "
                                             "Mi Home with the Xiaomi cloud tokens extractor and use Login.");
    throw JobError(d);
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

// Builds an EC key from a 65-byte uncompressed point and, when given, the private scalar.
PkeyPtr makeKey(const QByteArray &point65, const QByteArray &privateKey)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    BnPtr priv;
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, kCurve, 0)
        || !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point65.constData(),
                                             size_t(point65.size())))
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot build key parameters"));
    if (!privateKey.isEmpty()) {
        priv.reset(BN_bin2bn(bytes(privateKey), int(privateKey.size()), nullptr));
        if (!priv || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get()))
            fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot build key parameters"));
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &raw, privateKey.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR,
                             params.get()) <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "invalid P-256 key"));
    return PkeyPtr(raw);
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray point(65, '\0');
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, bytes(point), size_t(point.size()), &len) <= 0
        || len != 65 || point[0] != 0x04)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot read the public key"));
    return point.mid(1);
}

QByteArray withPrefix(const QByteArray &publicKey)
{
    if (publicKey.size() != MiCrypto::PublicKeySize)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "a public key must have 64 bytes, not %1").arg(publicKey.size()));
    return QByteArray(1, '\x04') + publicKey;
}

}  // namespace

MiKeyPair MiCrypto::generateKeyPair()
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot generate a P-256 key"));
    BIGNUM *rawPriv = nullptr;
    if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &rawPriv) <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot read the private key"));
    BnPtr priv(rawPriv);
    MiKeyPair pair;
    pair.privateKey = QByteArray(PrivateKeySize, '\0');
    if (BN_bn2binpad(priv.get(), bytes(pair.privateKey), PrivateKeySize) != PrivateKeySize)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot read the private key"));
    pair.publicKey = rawPublic(key.get());
    return pair;
}

MiKeyPair MiCrypto::keyPairFromPrivate(const QByteArray &privateKey)
{
    if (privateKey.size() != PrivateKeySize)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "a private key must have 32 bytes"));
    GroupPtr group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    BnPtr priv(BN_bin2bn(bytes(privateKey), PrivateKeySize, nullptr));
    if (!group || !priv)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot set up P-256"));
    PointPtr pub(EC_POINT_new(group.get()));
    if (!pub || !EC_POINT_mul(group.get(), pub.get(), priv.get(), nullptr, nullptr, nullptr))
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot compute the public key"));
    QByteArray point(65, '\0');
    if (EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, bytes(point), 65, nullptr) != 65)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "cannot compute the public key"));
    MiKeyPair pair;
    pair.privateKey = privateKey;
    pair.publicKey = point.mid(1);
    return pair;
}

QByteArray MiCrypto::ecdh(const QByteArray &privateKey, const QByteArray &peerPublicKey)
{
    const MiKeyPair own = keyPairFromPrivate(privateKey);
    PkeyPtr mine = makeKey(withPrefix(own.publicKey), privateKey);
    PkeyPtr peer = makeKey(withPrefix(peerPublicKey), {});
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, mine.get(), nullptr));
    size_t len = 0;
    // set_peer_ex with validation: a point off the curve is refused here.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 || EVP_PKEY_derive_set_peer_ex(ctx.get(), peer.get(), 1) <= 0
        || EVP_PKEY_derive(ctx.get(), nullptr, &len) <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "the device's public key was refused"));
    QByteArray secret(int(len), '\0');
    if (EVP_PKEY_derive(ctx.get(), bytes(secret), &len) <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "ECDH failed"));
    secret.resize(int(len));
    return secret;
}

QByteArray MiCrypto::hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int length)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx || length <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "HKDF is not available"));
    OSSL_PARAM params[5];
    int n = 0;
    char digest[] = "SHA256";
    QByteArray k = ikm, s = salt, i = info;  // OSSL_PARAM wants non-const buffers
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, k.data(), size_t(k.size()));
    if (!s.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), size_t(s.size()));
    if (!i.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, i.data(), size_t(i.size()));
    params[n] = OSSL_PARAM_construct_end();
    QByteArray out(length, '\0');
    if (EVP_KDF_derive(ctx.get(), bytes(out), size_t(length), params) <= 0)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "HKDF failed"));
    return out;
}

QByteArray MiCrypto::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), size_t(data.size()), bytes(out), &len)
        || len != 32)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "HMAC failed"));
    return out;
}

QByteArray MiCrypto::aesCcmEncrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                   const QByteArray &plaintext, int tagLength)
{
    if (key.size() != 16)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-128 needs a 16-byte key"));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ccm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_IVLEN, int(nonce.size()), nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_TAG, tagLength, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, nullptr, int(plaintext.size())) != 1)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-CCM set-up failed"));
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-CCM failed"));
    QByteArray out(int(plaintext.size()) + tagLength, '\0');
    if (EVP_EncryptUpdate(ctx.get(), bytes(out), &len, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(out) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_GET_TAG, tagLength, bytes(out) + plaintext.size()) != 1)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-CCM failed"));
    return out;
}

std::optional<QByteArray> MiCrypto::aesCcmDecrypt(const QByteArray &key, const QByteArray &nonce,
                                                  const QByteArray &aad, const QByteArray &sealed, int tagLength)
{
    if (key.size() != 16)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-128 needs a 16-byte key"));
    if (sealed.size() < tagLength)
        return std::nullopt;
    const QByteArray cipher = sealed.left(sealed.size() - tagLength);
    QByteArray tag = sealed.right(tagLength);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_ccm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_IVLEN, int(nonce.size()), nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_TAG, tagLength, tag.data()) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, nullptr, int(cipher.size())) != 1)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-CCM set-up failed"));
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        fail(QCoreApplication::translate("fw::telink::MiCrypto", "AES-CCM failed"));
    QByteArray out(int(cipher.size()), '\0');
    // CCM checks the tag in this call; a mismatch is a wrong key, not a library failure.
    const bool ok = EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(cipher), int(cipher.size())) == 1;
    ERR_clear_error();
    if (!ok)
        return std::nullopt;
    return out;
}

}  // namespace fw::telink
