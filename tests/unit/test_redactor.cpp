#include <catch2/catch.hpp>

#include "core/Redactor.h"

#include <QVariantMap>

#include <string>

using namespace fw::core;

namespace {

struct Example {
    const char *input;
    const char *expected;
};

void checkAll(const std::vector<Example> &examples)
{
    for (const Example &e : examples) {
        INFO(e.input);
        int n = 0;
        const QString out = Redactor::redact(QString::fromUtf8(e.input), &n);
        CHECK(out.toStdString() == std::string(e.expected));
        CHECK(n >= 1);
        // Running it again changes nothing.
        int again = 0;
        CHECK(Redactor::redact(out, &again).toStdString() == out.toStdString());
        CHECK(again == 0);
    }
}

}  // namespace

TEST_CASE("Tasmota and Wi-Fi passwords are redacted, key names kept", "[unit]")
{
    checkAll({
        {"Password1 hunter2", "Password1 [redacted]"},
        {"CMD: Backlog SSId1 HomeNet; Password1 s3cr3t pass; MqttHost 10.0.0.2",
         "CMD: Backlog SSId1 HomeNet; Password1 [redacted]; MqttHost 10.0.0.2"},
        {"SSId2 Guest; Password2 guestpw", "SSId2 Guest; Password2 [redacted]"},
        {"WifiPassword1 abc123", "WifiPassword1 [redacted]"},
        {"MqttPassword mqttpw!", "MqttPassword [redacted]"},
        {"WebPassword=admin123", "WebPassword=[redacted]"},
        {"RSL: RESULT = {\"Password1\":\"hunter2\"}",
         "RSL: RESULT = {\"Password1\":\"[redacted]\"}"},
        {"{\"ssid\": \"HomeNet\", \"password\": \"correct horse\"}",
         "{\"ssid\": \"HomeNet\", \"password\": \"[redacted]\"}"},
        {"{\"wifi_password\":\"p@ss\\\"word\",\"pass\":\"x1\",\"psk\":\"abcdefgh\"}",
         "{\"wifi_password\":\"[redacted]\",\"pass\":\"[redacted]\",\"psk\":\"[redacted]\"}"},
        {"wpa_supplicant: psk=\"my wifi key\"", "wpa_supplicant: psk=\"[redacted]\""},
        {"config: ssid=HomeNet password=topsecret channel=6",
         "config: ssid=HomeNet password=[redacted] channel=6"},
        {"mqtt_password: hunter2", "mqtt_password: [redacted]"},
        {"$ nmcli con modify Home wifi-sec.psk 'my secret'",
         "$ nmcli con modify Home wifi-sec.psk '[redacted]'"},
        {"802-11-wireless-security.psk:          supersecret",
         "802-11-wireless-security.psk:          [redacted]"},
        {"nmcli dev wifi connect HomeNet password hunter22",
         "nmcli dev wifi connect HomeNet password [redacted]"},
        {"{'password': 'py-dict'}", "{'password': '[redacted]'}"},
        {"GET /cm?user=admin&password=s3cret&cmnd=Power",
         "GET /cm?user=admin&password=[redacted]&cmnd=Power"},
    });
}

TEST_CASE("Keys, tokens and bearer credentials are redacted", "[unit]")
{
    checkAll({
        {"bindkey: 0123456789abcdef0123456789abcdef", "bindkey: [redacted]"},
        {"Mi bind_key = A1B2C3D4E5F60718293A4B5C6D7E8F90", "Mi bind_key = [redacted]"},
        {"device token 0123456789abcdef01234567 received", "device token [redacted] received"},
        {"Mi token: 00112233445566778899aabb", "Mi token: [redacted]"},
        {"{\"key\": \"00112233445566778899aabbccddeeff\"}", "{\"key\": \"[redacted]\"}"},
        {"{\"beacon_key\":\"0011\"}", "{\"beacon_key\":\"[redacted]\"}"},
        {"AES key 00112233445566778899AABBCCDDEEFF loaded", "AES key [redacted] loaded"},
        {"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc", "Authorization: Bearer [redacted]"},
        {"authorization: Basic dXNlcjpwYXNz", "authorization: Basic [redacted]"},
        {"api_key=AKIA1234567890", "api_key=[redacted]"},
        {"secret: 's3cr3t value'", "secret: '[redacted]'"},
        {"token=abc.def.ghi&x=1", "token=[redacted]&x=1"},
        {"broker mqtt://user:hunter2@broker.local:1883",
         "broker mqtt://user:[redacted]@broker.local:1883"},
    });

    const QString pem = QStringLiteral(
        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234\nabcdef==\n"
        "-----END RSA PRIVATE KEY-----\nafter");
    const QString out = Redactor::redact(pem);
    CHECK(
        out.toStdString()
        == "before\n-----BEGIN RSA PRIVATE KEY-----\n[redacted]\n-----END RSA PRIVATE KEY-----\nafter");
    // A block cut off by the end of a log chunk is still removed.
    const QString cut = Redactor::redact("x -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B");
    CHECK_FALSE(cut.contains("MIIEvQ"));
    // Public material is left alone.
    const QString cert =
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----";
    CHECK(Redactor::redact(cert).toStdString() == cert.toStdString());
}

TEST_CASE("Ordinary log text is not redacted", "[unit]")
{
    const char *keep[] = {
        "MAC: A4:C1:38:12:34:56",
        "Connected to a4:c1:38:aa:bb:cc, RSSI -61",
        "MD5: d41d8cd98f00b204e9800998ecf8427e",
        "SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "firmware sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "00000010  6b 65 79 20 30 31 32 33  34 35 36 37 38 39 61 62  |key 0123456789ab|",
        "0x00001000: e9 03 02 20 5c f4 10 40 00 00 10 40 a8 06 00 00",
        "Wi-Fi: password incorrect (reason 15)",
        "Wrong password for HomeNet",
        "AUTH_FAIL: password is incorrect",
        "Enter the Wi-Fi password in the field above",
        "Unexpected token } in JSON at position 12",
        "Status: passed 12 of 12 checks",
        "key press detected on GPIO0",
        "{\"ssid\": \"HomeNet\", \"rssi\": -61, \"md5\": \"d41d8cd98f00b204e9800998ecf8427e\"}",
        "Writing at 0x00010000... (25 %)",
        "password:",
        "{\"password\": \"\"}",
    };
    for (const char *k : keep) {
        INFO(k);
        int n = 0;
        CHECK(Redactor::redact(QString::fromUtf8(k), &n).toStdString() == std::string(k));
        CHECK(n == 0);
    }
}

TEST_CASE("Bytes and structured values are redacted", "[unit]")
{
    static const char kRaw[] = "\x00\x01Password1 hunter2\r\n\xFF\xFE";
    const QByteArray raw(kRaw, sizeof(kRaw) - 1);
    int n = 0;
    const QByteArray out = Redactor::redactBytes(raw, &n);
    CHECK(n == 1);
    CHECK_FALSE(out.contains("hunter2"));
    static const char kOut[] = "\x00\x01Password1 [redacted]\r\n";
    CHECK(out.startsWith(QByteArray(kOut, sizeof(kOut) - 1)));
    CHECK(out.endsWith("\xFF\xFE"));
    const QByteArray binary("\xE9\x03\x02\x20\x00\x10", 6);
    CHECK(Redactor::redactBytes(binary) == binary);

    QVariantMap dev;
    dev["chip"] = "ESP8266EX";
    dev["mac"] = "A4:C1:38:12:34:56";
    dev["wifiPassword"] = "hunter2";
    dev["bindkey"] = "0123456789abcdef0123456789abcdef";
    dev["notes"] = "set with Password1 hunter2";
    QVariantMap nested;
    nested["mqtt_pass"] = "mq";
    nested["list"] = QVariantList{"token=abc123", 5};
    dev["config"] = nested;
    n = 0;
    const QVariantMap r = Redactor::redactVariant(dev, &n).toMap();
    CHECK(r["chip"] == "ESP8266EX");
    CHECK(r["mac"] == "A4:C1:38:12:34:56");
    CHECK(r["wifiPassword"] == "[redacted]");
    CHECK(r["bindkey"] == "[redacted]");
    CHECK(r["notes"] == "set with Password1 [redacted]");
    CHECK(r["config"].toMap()["mqtt_pass"] == "[redacted]");
    CHECK(r["config"].toMap()["list"].toList()[0] == "token=[redacted]");
    CHECK(r["config"].toMap()["list"].toList()[1] == 5);
    CHECK(n == 5);

    CHECK(Redactor::isSecretKey("Password1"));
    CHECK(Redactor::isSecretKey("wifi_password"));
    CHECK(Redactor::isSecretKey("psk"));
    CHECK(Redactor::isSecretKey("key"));
    CHECK_FALSE(Redactor::isSecretKey("mac"));
    CHECK_FALSE(Redactor::isSecretKey("sha256"));
    CHECK_FALSE(Redactor::isSecretKey("keyboard"));
}
