// MiCrypto against published vectors: RFC 5869 (HKDF), RFC 4231 (HMAC), RFC 3610 (AES-CCM)
// and RFC 5903 (ECDH P-256), plus the 4-byte-tag CCM round trip the Mi registration uses.
#include "core/Diagnosis.h"
#include "telink/MiCrypto.h"

#include <catch2/catch.hpp>

using fw::telink::MiCrypto;

namespace {

QByteArray hex(const char *s)
{
    return QByteArray::fromHex(QByteArray(s).replace(' ', ""));
}

QByteArray range(int from, int to)
{
    QByteArray b;
    for (int i = from; i <= to; ++i)
        b.append(char(i));
    return b;
}

}  // namespace

TEST_CASE("MiCrypto HKDF-SHA256 matches RFC 5869 test case 1", "[unit][telink]")
{
    const QByteArray okm = MiCrypto::hkdfSha256(QByteArray(22, '\x0b'), range(0x00, 0x0c), range(0xf0, 0xf9), 42);
    CHECK(okm.toHex() == hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                             "34007208d5b887185865").toHex());
}

TEST_CASE("MiCrypto HKDF-SHA256 without salt equals a salt of 32 zero bytes", "[unit][telink]")
{
    const QByteArray a = MiCrypto::hkdfSha256(QByteArray("ikm"), {}, QByteArray("mible-setup-info"), 64);
    const QByteArray b = MiCrypto::hkdfSha256(QByteArray("ikm"), QByteArray(32, '\0'), QByteArray("mible-setup-info"), 64);
    CHECK(a.size() == 64);
    CHECK(a == b);
}

TEST_CASE("MiCrypto HMAC-SHA256 matches RFC 4231 test case 2", "[unit][telink]")
{
    const QByteArray mac = MiCrypto::hmacSha256(QByteArray("Jefe"), QByteArray("what do ya want for nothing?"));
    CHECK(mac.toHex() == QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

TEST_CASE("MiCrypto AES-CCM matches RFC 3610 packet vector 1", "[unit][telink]")
{
    const QByteArray key = range(0xC0, 0xCF);
    const QByteArray nonce = hex("00000003020100A0A1A2A3A4A5");
    const QByteArray aad = range(0x00, 0x07);
    const QByteArray plain = range(0x08, 0x1E);
    const QByteArray expected = hex("588C979A61C663D2F066D0C2C0F989806D5F6B61DAC384" "17E8D12CFDF926E0");
    const QByteArray sealed = MiCrypto::aesCcmEncrypt(key, nonce, aad, plain, 8);
    CHECK(sealed.toHex() == expected.toHex());
    const auto opened = MiCrypto::aesCcmDecrypt(key, nonce, aad, expected, 8);
    REQUIRE(opened);
    CHECK(*opened == plain);
    QByteArray tampered = expected;
    tampered[3] = char(tampered[3] ^ 0x01);
    CHECK_FALSE(MiCrypto::aesCcmDecrypt(key, nonce, aad, tampered, 8));
}

TEST_CASE("MiCrypto AES-CCM round trip with a 4-byte tag and the Mi nonce", "[unit][telink]")
{
    const QByteArray key = hex("000102030405060708090a0b0c0d0e0f");
    const QByteArray nonce = range(0x10, 0x1B);
    const QByteArray devId = QByteArray("\0blt.3.129vabc123g00", 20);
    const QByteArray sealed = MiCrypto::aesCcmEncrypt(key, nonce, QByteArray("devID"), devId, 4);
    CHECK(sealed.size() == 24);
    CHECK(sealed.left(20) != devId);
    const auto opened = MiCrypto::aesCcmDecrypt(key, nonce, QByteArray("devID"), sealed, 4);
    REQUIRE(opened);
    CHECK(*opened == devId);
    CHECK_FALSE(MiCrypto::aesCcmDecrypt(key, nonce, QByteArray("devId"), sealed, 4));  // other AAD
    QByteArray otherKey = key;
    otherKey[0] = '\x7f';
    CHECK_FALSE(MiCrypto::aesCcmDecrypt(otherKey, nonce, QByteArray("devID"), sealed, 4));
}

TEST_CASE("MiCrypto ECDH P-256 matches RFC 5903 section 8.1", "[unit][telink]")
{
    const QByteArray i = hex("C88F01F5 10D9AC3F 70A292DA A2316DE5 44E9AAB8 AFE84049 C62A9C57 862D1433");
    const QByteArray gi = hex("DAD0B653 94221CF9 B051E1FE CA5787D0 98DFE637 FC90B9EF 945D0C37 72581180"
                              "5271A046 1CDB8252 D61F1C45 6FA3E59A B1F45B33 ACCF5F58 389E0577 B8990BB3");
    const QByteArray r = hex("C6EF9C5D 78AE012A 011164AC B397CE20 88685D8F 06BF9BE0 B283AB46 476BEE53");
    const QByteArray gr = hex("D12DFB52 89C8D4F8 1208B702 70398C34 2296970A 0BCCB74C 736FC755 4494BF63"
                              "56FBF3CA 366CC23E 8157854C 13C58D6A AC23F046 ADA30F83 53E74F33 039872AB");
    const QByteArray girx = hex("D6840F6B 42F6EDAF D13116E0 E1256520 2FEF8E9E CE7DCE03 812464D0 4B9442DE");

    CHECK(MiCrypto::keyPairFromPrivate(i).publicKey.toHex() == gi.toHex());
    CHECK(MiCrypto::keyPairFromPrivate(r).publicKey.toHex() == gr.toHex());
    CHECK(MiCrypto::ecdh(i, gr).toHex() == girx.toHex());
    CHECK(MiCrypto::ecdh(r, gi).toHex() == girx.toHex());
}

TEST_CASE("MiCrypto generated pairs agree and a point off the curve is refused", "[unit][telink]")
{
    const auto a = MiCrypto::generateKeyPair();
    const auto b = MiCrypto::generateKeyPair();
    CHECK(a.privateKey.size() == 32);
    CHECK(a.publicKey.size() == 64);
    CHECK(a.publicKey != b.publicKey);
    CHECK(MiCrypto::ecdh(a.privateKey, b.publicKey) == MiCrypto::ecdh(b.privateKey, a.publicKey));

    QByteArray bad = b.publicKey;
    bad[63] = char(bad[63] ^ 0x01);
    QString code;
    try {
        MiCrypto::ecdh(a.privateKey, bad);
    } catch (const fw::core::JobError &e) {
        code = e.diagnosis().code;
    }
    CHECK(code == QStringLiteral("telink.mi.crypto"));
}
