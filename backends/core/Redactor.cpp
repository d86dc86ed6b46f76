#include "core/Redactor.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <utility>

namespace fw::core {

namespace {

// Key names whose value is a secret. The optional prefix allows "wifi_password",
// "mqtt.pass", "802-11-wireless-security.psk"; the optional digit allows "Password1".
const QString kSecretKey = QStringLiteral(
    "(?:[\\w.\\-]*?(?:password|passwd|passphrase|pass|pwd|psk|secret|token|api[_\\-]?key|apikey|"
    "bind[_\\-]?key|auth[_\\-]?key|access[_\\-]?key|private[_\\-]?key|credentials?)"
    "|(?:[\\w.\\-]*[_.\\-])?key)\\d?");

// A value after "=" or ":": double-quoted (with escapes), single-quoted or a bare word.
const QString kValue = QStringLiteral(
    "(?:\"(?<v1>(?:[^\"\\\\\\n]|\\\\.)*)\"|'(?<v2>[^'\\n]*)'|(?<v3>[^\\s,;&'\"<>(){}\\[\\]]+))");

struct Rule {
    QRegularExpression re;
};

const QVector<Rule> &rules()
{
    static const QVector<Rule> r = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QVector<Rule> v;
        // Authorization headers and bare bearer tokens.
        v.append({QRegularExpression(
            QStringLiteral(
                "\\bAuthorization[\"']?\\s*[:=]\\s*[\"']?(?:(?:Bearer|Basic|Token|Digest|Bot)\\s+)?"
                "(?<v>[^\\s\"',;]+)"),
            ci)});
        v.append({QRegularExpression(QStringLiteral("\\bBearer\\s+(?<v>[A-Za-z0-9\\-._~+/]{8,}=*)"),
                                     ci)});
        // user:password@host in URLs (mqtt://, http://).
        v.append({QRegularExpression(
            QStringLiteral("\\b[a-z][a-z0-9+.\\-]*://[^\\s:/@]+:(?<v>[^\\s@/]+)@"), ci)});
        // Tasmota commands: "Password1 secret", "Backlog SSId1 net; Password1 secret",
        // "MqttPassword secret". The value runs to the end of the command. A plain "password"
        // followed by a word is not a command ("password incorrect").
        v.append({QRegularExpression(
            QStringLiteral("(?<![\\w.\\-])(?:Password[1-9]|(?:Wifi|Mqtt|Web|Ap|Ota)Password[1-9]?)"
                           "(?:\\s+|\\s*=\\s*)(?<v>[^\\s;\"]+(?:[ \\t]+[^\\s;\"]+)*)"),
            ci)});
        // nmcli: "wifi-sec.psk secret" and "nmcli dev wifi connect X password secret".
        v.append({QRegularExpression(
            QStringLiteral("(?<![\\w.\\-])(?:wifi-sec\\.psk|802-11-wireless-security\\.psk|"
                           "wifi-sec\\.wep-key[0-3]|wifi-sec\\.leap-password|802-1x\\.password)"
                           "\\s+(?:\"(?<v1>[^\"\\n]*)\"|'(?<v2>[^'\\n]*)'|(?<v3>[^\\s:]\\S*))"),
            ci)});
        v.append({QRegularExpression(
            QStringLiteral(
                "\\bnmcli\\b[^\\n]*?\\bpassword\\s+(?:\"(?<v1>[^\"\\n]*)\"|'(?<v2>[^'\\n]*)'|"
                "(?<v3>\\S+))"),
            ci)});
        // key = value, key: value, "key": "value", 'key': 'value', psk="value".
        v.append({QRegularExpression(QStringLiteral("(?<![\\w.\\-])") + kSecretKey
                                         + QStringLiteral("[\"']?\\s*[=:]\\s*") + kValue,
                                     ci)});
        // 24/32 hex digits after a key-ish word: Mi bind keys and tokens, AES keys.
        v.append({QRegularExpression(
            QStringLiteral(
                "(?<![\\w.\\-])(?:[\\w\\-]*[_\\-]|mi\\s|aes\\s|beacon\\s|bind\\s|"
                "encryption\\s|network\\s)?(?:key|bindkey|token|secret|ltk|irk)s?"
                "(?:[^0-9A-Za-z\\n]{1,4}|\\s+is\\s+)(?:0x)?(?<v>[0-9A-Fa-f]{32}|[0-9A-Fa-f]{24})"
                "(?![0-9A-Fa-f])"),
            ci)});
        return v;
    }();
    return r;
}

QString redactPem(const QString &text, int *count)
{
    static const QRegularExpression re(QStringLiteral(
        "-----BEGIN (?<t>[A-Z0-9 ]*PRIVATE KEY)-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString type = m.captured(QStringLiteral("t"));
        out +=
            QStringLiteral("-----BEGIN %1-----\n%2\n-----END %1-----").arg(type, Redactor::mask());
        last = m.capturedEnd();
        ++*count;
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString applyRule(const QString &text, const QRegularExpression &re, int *count)
{
    static const QString kGroups[] = {QStringLiteral("v"), QStringLiteral("v1"),
                                      QStringLiteral("v2"), QStringLiteral("v3")};
    QVector<std::pair<qsizetype, qsizetype>> spans;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        for (const QString &g : kGroups) {
            if (re.namedCaptureGroups().contains(g) && m.capturedStart(g) >= 0) {
                const QStringView value = m.capturedView(g);
                if (!value.trimmed().isEmpty() && value != Redactor::mask())
                    spans.append({m.capturedStart(g), m.capturedLength(g)});
                break;
            }
        }
    }
    if (spans.isEmpty())
        return text;
    QString out = text;
    for (auto s = spans.crbegin(); s != spans.crend(); ++s)
        out.replace(s->first, s->second, Redactor::mask());
    *count += int(spans.size());
    return out;
}

}  // namespace

QString Redactor::redact(const QString &text, int *count)
{
    int n = 0;
    QString out = text;
    // Cheap exit for the bulk of log lines.
    static const QRegularExpression hint(
        QStringLiteral(
            "pass|pwd|psk|secret|token|key|auth|bearer|://|-----BEGIN|ltk|irk|credential"),
        QRegularExpression::CaseInsensitiveOption);
    if (hint.match(text).hasMatch()) {
        out = redactPem(out, &n);
        for (const Rule &r : rules())
            out = applyRule(out, r.re, &n);
    }
    if (count)
        *count += n;
    return out;
}

QByteArray Redactor::redactBytes(const QByteArray &bytes, int *count)
{
    int n = 0;
    const QString text = QString::fromLatin1(bytes);
    const QString out = redact(text, &n);
    if (count)
        *count += n;
    return n == 0 ? bytes : out.toLatin1();
}

bool Redactor::isSecretKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^") + kSecretKey + QStringLiteral("$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch()
           || key.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
}

QVariant Redactor::redactVariant(const QVariant &value, int *count)
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap: {
        QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const bool scalar = it.value().metaType().id() != QMetaType::QVariantMap
                                && it.value().metaType().id() != QMetaType::QVariantList;
            if (isSecretKey(it.key()) && scalar && !it.value().toString().isEmpty()) {
                it.value() = mask();
                if (count)
                    ++*count;
            } else {
                it.value() = redactVariant(it.value(), count);
            }
        }
        return m;
    }
    case QMetaType::QVariantList: {
        QVariantList l = value.toList();
        for (QVariant &v : l)
            v = redactVariant(v, count);
        return l;
    }
    case QMetaType::QString: return redact(value.toString(), count);
    default: return value;
    }
}

}  // namespace fw::core
