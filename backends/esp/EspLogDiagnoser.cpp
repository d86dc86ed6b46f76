#include "esp/EspLogDiagnoser.h"

#include "esp/EspDiagnoses.h"
#include "esp/ImageInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <utility>

using fw::core::Diagnosis;
using fw::core::JobError;

namespace fw::esp {

namespace {

constexpr int MaxShownChars = 300;
constexpr qint64 ReadChunk = 64 * 1024;

const char *const FactOrder[] = {"tool", "esptool_version", "port", "chip", "features", "crystal",
                                 "mac", "flash_size", "flash_mode", "baud", "loader"};

QString factLabel(const QString &key)
{
    if (key == QLatin1String("tool"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Tool");
    if (key == QLatin1String("esptool_version"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "esptool version");
    if (key == QLatin1String("port"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Port");
    if (key == QLatin1String("chip"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Chip");
    if (key == QLatin1String("features"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Features");
    if (key == QLatin1String("crystal"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Crystal");
    if (key == QLatin1String("mac"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "MAC address");
    if (key == QLatin1String("flash_size"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Flash size");
    if (key == QLatin1String("flash_mode"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Flash mode");
    if (key == QLatin1String("baud"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Baud rate");
    if (key == QLatin1String("loader"))
        return QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Loader");
    return key;
}

// Colour codes and control characters make lines unreadable and hide words from the matcher.
QString cleanLine(QStringView raw)
{
    const bool plain = std::all_of(raw.cbegin(), raw.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && (u < 0x7F || u > 0x9F) && u != 0xFFFD;
    });
    if (plain)
        return raw.trimmed().toString();
    QString s = raw.toString();
    if (s.contains(QChar(0x1B))) {
        static const QRegularExpression ansi(QStringLiteral("\\x1B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\x07]*\\x07?|[@-Z\\\\-_])"));
        s.remove(ansi);
    }
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F) || u == 0xFFFD)
            c = QLatin1Char(' ');
    }
    return s.trimmed();
}

QString shown(const QString &clean)
{
    return clean.size() > MaxShownChars ? clean.first(MaxShownChars) + QStringLiteral("…") : clean;
}

const QRegularExpression &rx(int which)
{
    using O = QRegularExpression;
    static const QRegularExpression all[] = {
        O(QStringLiteral("esptool(?:\\.py)?\\s+v(\\d+\\.\\d+[\\w.-]*)"), O::CaseInsensitiveOption),         // 0
        O(QStringLiteral("serial port\\s+(\\S+)"), O::CaseInsensitiveOption),                              // 1
        O(QStringLiteral("connected to (esp\\S+) on (\\S+?):?$"), O::CaseInsensitiveOption),              // 2
        O(QStringLiteral("(?:chip is|chip type:)\\s+(.+)$"), O::CaseInsensitiveOption),                    // 3
        O(QStringLiteral("detecting chip type\\.\\.\\.\\s*(esp[\\w-]+)"), O::CaseInsensitiveOption),        // 4
        O(QStringLiteral("features:\\s+(.+)$"), O::CaseInsensitiveOption),                                 // 5
        O(QStringLiteral("crystal (?:is|frequency:)\\s*(\\d+)\\s*mhz"), O::CaseInsensitiveOption),          // 6
        O(QStringLiteral("\\bmac:\\s+([0-9a-f]{2}(?::[0-9a-f]{2}){5})\\b"), O::CaseInsensitiveOption),      // 7
        O(QStringLiteral("(?:auto-)?detected flash size:\\s*(\\w+)"), O::CaseInsensitiveOption),            // 8
        O(QStringLiteral("flash param(?:eter)?s set to 0x([0-9a-f]{4})"), O::CaseInsensitiveOption),        // 9
        O(QStringLiteral("(?:\\s-fs|--flash[_-]size)[= ]+([\\w-]+)"), O::CaseInsensitiveOption),              // 10
        O(QStringLiteral("(?:\\s-fm|--flash[_-]mode)[= ]+(\\w+)"), O::CaseInsensitiveOption),              // 11
        O(QStringLiteral("(?:\\s-b|--baud)[= ]+(\\d{4,7})\\b"), O::CaseInsensitiveOption),                  // 12
        O(QStringLiteral("(?:changing baud rate to|keeping initial baud rate)\\s+(\\d{4,7})"), O::CaseInsensitiveOption), // 13
        O(QStringLiteral("compressed (\\d+) bytes to (\\d+)"), O::CaseInsensitiveOption),                  // 14
        O(QStringLiteral("(flash md5|md5 of 0xff is)[: ]+([0-9a-f]{32})"), O::CaseInsensitiveOption),      // 15
        O(QStringLiteral("tuya-convert\\s+v?(\\d[\\w.-]*)"), O::CaseInsensitiveOption),                     // 16
        O(QStringLiteral("this chip is (esp[\\w-]+),? not"), O::CaseInsensitiveOption),                     // 17
    };
    return all[which];
}

QString flashParamsText(const QString &hex, bool esp32, QString *sizeOut)
{
    bool ok = false;
    const uint v = hex.toUInt(&ok, 16);
    if (!ok)
        return {};
    ImageInfo info;
    info.family = esp32 ? ImageFamily::Esp32 : ImageFamily::Esp8266;
    info.flashMode = quint8(v >> 8);
    info.flashSizeCode = quint8((v >> 4) & 0x0F);
    info.flashFreqCode = quint8(v & 0x0F);
    *sizeOut = info.flashSizeName();
    return info.flashModeName();
}

}  // namespace

struct EspLogDiagnoser::State {
    struct Acc {
        QString code;
        QList<EspLogLine> lines;
        qint64 hits = 0;
    };
    struct Fact {
        EspLogFact fact;
        int rank = 0;
    };

    Options options;
    std::optional<QStringDecoder> decoder;
    QByteArray head;  // the first bytes, kept until the encoding is known
    QString partial;
    bool overlong = false;
    qint64 lineNo = 0;
    qint64 bytes = 0;
    bool truncated = false;

    QList<Acc> acc;
    QHash<QString, Fact> facts;
    QList<EspLogLine> ambiguousPort;

    // What the log says about the run in progress, to read a timeout in its context.
    bool runConnected = false;
    bool transferring = false;
    bool runReset = false;
    bool previousRunReset = false;
    bool baudRaised = false;
    bool transferSinceBaud = false;
    double compressionRatio = 0.0;
    QString flashMd5;
    QString emptyMd5;
    QString tool;
    EspLogLine chipLine;
    EspLogLine ch340Line;
    EspLogLine normalBootLine;  // boot text of a chip that started from flash, not in download mode

    void addHit(const QString &code, qint64 line, const QString &text)
    {
        for (Acc &a : acc) {
            if (a.code == code) {
                ++a.hits;
                if (a.lines.size() < options.maxLinesPerFinding)
                    a.lines.append({line, shown(text)});
                return;
            }
        }
        Acc a{code, {}, 1};
        if (options.maxLinesPerFinding > 0)
            a.lines.append({line, shown(text)});
        acc.append(a);
    }
    bool found(const char *code) const
    {
        for (const Acc &a : acc)
            if (a.code == QLatin1String(code))
                return true;
        return false;
    }
    // The first statement of a fact wins, unless a later one is more reliable (a detected flash
    // size beats the one asked for); for the port and the speed the latest run matters most.
    void setFact(const char *key, const QString &value, qint64 line, int rank)
    {
        const QString k = QString::fromLatin1(key);
        auto it = facts.find(k);
        const bool laterWins = k == QLatin1String("port") || k == QLatin1String("baud");
        if (value.isEmpty() || (it != facts.end() && (laterWins ? it->rank > rank : it->rank >= rank)))
            return;
        facts.insert(k, Fact{EspLogFact{k, factLabel(k), value, line}, rank});
    }

    void newRun()
    {
        previousRunReset = runConnected && runReset;
        runConnected = transferring = runReset = baudRaised = transferSinceBaud = false;
        compressionRatio = 0.0;
    }

    void readFacts(const QString &s, const QString &l, qint64 n);
    void trackRun(const QString &l);
    QString refine(const QString &code, const QString &l) const;
    void processSegment(const QString &clean, qint64 n);
    void processPhysicalLine(QStringView raw);
    void appendDecoded(QStringView text);
    void chooseEncoding();
    EspLogReport report();
};

void EspLogDiagnoser::State::readFacts(const QString &s, const QString &l, qint64 n)
{
    QRegularExpressionMatch m;
    if (l.contains(QLatin1String("esptool"))) {
        if ((m = rx(0).match(s)).hasMatch()) {
            setFact("esptool_version", m.captured(1), n, 1);
            setFact("tool", QStringLiteral("esptool v") + m.captured(1), n, 1);
        } else if (l.contains(QLatin1String("esptool.js"))) {
            setFact("tool", QStringLiteral("esptool.js"), n, 1);
        }
    }
    if (l.contains(QLatin1String("tasmotizer"))) {
        tool = QStringLiteral("Tasmotizer");
        setFact("tool", tool, n, 3);
    } else if (l.contains(QLatin1String("tuya-convert")) || l.contains(QLatin1String("vtrust-flash"))
               || l.contains(QLatin1String("smarthack"))) {
        tool = QStringLiteral("tuya-convert");
        m = rx(16).match(s);
        setFact("tool", m.hasMatch() ? QStringLiteral("tuya-convert v") + m.captured(1) : tool, n, 2);
    }
    if (l.contains(QLatin1String("serial port")) && (m = rx(1).match(s)).hasMatch()) {
        QString port = m.captured(1);
        if (port.endsWith(QLatin1Char(':')))
            port.chop(1);
        setFact("port", port, n, 1);
    }
    if (l.contains(QLatin1String("connected to esp")) && (m = rx(2).match(s)).hasMatch()) {
        setFact("chip", m.captured(1), n, 1);
        setFact("port", m.captured(2), n, 2);
    }
    if (l.contains(QLatin1String("this chip is")) && (m = rx(17).match(s)).hasMatch()) {
        setFact("chip", m.captured(1), n, 2);
        chipLine = {n, shown(s)};
    } else if ((l.contains(QLatin1String("chip is")) || l.contains(QLatin1String("chip type:"))) && (m = rx(3).match(s)).hasMatch()) {
        setFact("chip", m.captured(1).trimmed(), n, 3);
        chipLine = {n, shown(s)};
    } else if (l.contains(QLatin1String("detecting chip type")) && (m = rx(4).match(s)).hasMatch()) {
        setFact("chip", m.captured(1), n, 2);
        chipLine = {n, shown(s)};
    }
    if (l.contains(QLatin1String("features:")) && (m = rx(5).match(s)).hasMatch())
        setFact("features", m.captured(1).trimmed(), n, 1);
    if (l.contains(QLatin1String("crystal")) && (m = rx(6).match(s)).hasMatch())
        setFact("crystal", m.captured(1) + QStringLiteral(" MHz"), n, 1);
    if (l.contains(QLatin1String("mac:")) && (m = rx(7).match(s)).hasMatch())
        setFact("mac", m.captured(1).toUpper(), n, 1);
    if (l.contains(QLatin1String("flash size")) && (m = rx(8).match(s)).hasMatch())
        setFact("flash_size", m.captured(1), n, 3);
    if (l.contains(QLatin1String(" set to 0x")) && (m = rx(9).match(s)).hasMatch()) {
        QString size;
        const bool esp32 = facts.value(QStringLiteral("chip")).fact.value.contains(QLatin1String("ESP32"), Qt::CaseInsensitive);
        const QString mode = flashParamsText(m.captured(1), esp32, &size);
        setFact("flash_mode", mode, n, 2);
        setFact("flash_size", size, n, 2);
    }
    if (l.contains(QLatin1String("flash")) || l.contains(QLatin1String(" -f")) || l.contains(QLatin1String("--baud"))
        || l.contains(QLatin1String(" -b "))) {
        if ((m = rx(10).match(s)).hasMatch() && m.captured(1).compare(QLatin1String("detect"), Qt::CaseInsensitive) != 0
            && m.captured(1).compare(QLatin1String("keep"), Qt::CaseInsensitive) != 0)
            setFact("flash_size", m.captured(1), n, 1);
        if ((m = rx(11).match(s)).hasMatch() && m.captured(1).compare(QLatin1String("keep"), Qt::CaseInsensitive) != 0)
            setFact("flash_mode", m.captured(1).toUpper(), n, 1);
        if ((m = rx(12).match(s)).hasMatch())
            setFact("baud", m.captured(1), n, 1);
    }
    if (l.contains(QLatin1String("baud rate")) && (m = rx(13).match(s)).hasMatch())
        setFact("baud", m.captured(1), n, 2);
    if (l.contains(QLatin1String("stub running")) || l.contains(QLatin1String("stub flasher running")))
        setFact("loader", QCoreApplication::translate("fw::esp::EspLogDiagnoser", "flasher stub"), n, 2);
    else if (l.contains(QLatin1String("rom doesn't support changing baud")) || l.contains(QLatin1String("--no-stub")))
        setFact("loader", QCoreApplication::translate("fw::esp::EspLogDiagnoser", "boot ROM (no flasher stub)"), n, 2);
    if (l.contains(QLatin1String("ch341")) || l.contains(QLatin1String("ch340")) || l.contains(QLatin1String("wchusbserial"))
        || l.contains(QLatin1String("1a86:7523")) || l.contains(QLatin1String("idvendor=1a86")))
        if (ch340Line.number == 0)
            ch340Line = {n, shown(s)};
}

void EspLogDiagnoser::State::trackRun(const QString &l)
{
    if (l.contains(QLatin1String("esptool")) && rx(0).match(l).hasMatch())
        newRun();
    if (l.contains(QLatin1String("chip is ")) || l.contains(QLatin1String("chip type:"))
        || l.contains(QLatin1String("connected to esp")) || l.contains(QLatin1String("detecting chip type... esp"))
        || l.contains(QLatin1String("stub running")) || l.contains(QLatin1String("stub flasher running"))) {
        runConnected = true;
    }
    if (l.contains(QLatin1String("changing baud rate to"))) {
        const QRegularExpressionMatch m = rx(13).match(l);
        baudRaised = m.hasMatch() && m.captured(1).toLongLong() > 115200;
        transferSinceBaud = false;
    }
    if (l.contains(QLatin1String("compressed ")) || l.contains(QLatin1String("writing at 0x"))
        || l.contains(QLatin1String("wrote ")) || l.contains(QLatin1String("erasing flash"))
        || l.contains(QLatin1String("flash will be erased")) || l.startsWith(QLatin1String("read "))
        || l.contains(QLatin1String("reading flash"))) {
        transferring = transferSinceBaud = true;
    }
    if (l.contains(QLatin1String("compressed ")) && l.contains(QLatin1String(" bytes to "))) {
        const QRegularExpressionMatch m = rx(14).match(l);
        if (m.hasMatch() && m.captured(2).toDouble() > 0)
            compressionRatio = m.captured(1).toDouble() / m.captured(2).toDouble();
    }
    if (runConnected && (l.contains(QLatin1String("hard resetting")) || l.contains(QLatin1String("soft resetting"))
                         || l.endsWith(QLatin1String("leaving..."))))
        runReset = true;
    if (l.contains(QLatin1String("md5"))) {
        const QRegularExpressionMatch m = rx(15).match(l);
        if (m.hasMatch())
            (m.capturedView(1).startsWith(u'm') ? emptyMd5 : flashMd5) = m.captured(2);
    }
}

// The same words mean different things at different moments: a timeout before the chip
// answered is a wiring problem, after a speed change a speed problem, while writing a power one.
QString EspLogDiagnoser::State::refine(const QString &code, const QString &l) const
{
    const bool afterBaudChange = runConnected && baudRaised && !transferSinceBaud;
    if (code == QLatin1String("esp.diag.no_serial_data")) {
        const bool connectFailure = l.contains(QLatin1String("failed to connect"))
            || l.contains(QLatin1String("could not connect to an espressif"));
        if (!connectFailure && runConnected) {
            if (afterBaudChange)
                return QStringLiteral("esp.diag.baud_too_high");
            if (transferring && compressionRatio >= 8.0)
                return QStringLiteral("esp.diag.compressed_timeout");
            return QStringLiteral("esp.diag.unstable_power");
        }
        if (!runConnected && previousRunReset)
            return QStringLiteral("esp.diag.power_cycle_between");
        return code;
    }
    if ((code == QLatin1String("esp.diag.invalid_packet_head") || code == QLatin1String("esp.diag.flash_not_detected"))
        && afterBaudChange && !l.contains(QLatin1String("flashid=0xffffff")))
        return QStringLiteral("esp.diag.baud_too_high");
    if (code == QLatin1String("esp.diag.md5_mismatch") && !flashMd5.isEmpty() && flashMd5 == emptyMd5)
        return QStringLiteral("esp.diag.flash_region_empty");
    return code;
}

void EspLogDiagnoser::State::processSegment(const QString &clean, qint64 n)
{
    if (clean.isEmpty())
        return;
    const QString l = clean.toLower();
    readFacts(clean, l, n);
    trackRun(l);
    if (normalBootLine.number == 0 && (l.contains(QLatin1String("boot mode:(3,")) || l.contains(QLatin1String("(spi_fast_flash_boot)"))))
        normalBootLine = {n, shown(clean)};
    QString code = EspDiagnoses::matchLowercaseLine(l);
    if (code.isEmpty())
        return;
    code = refine(code, l);
    // esptool 4 says "busy or doesn't exist" and names the real reason on the next line.
    if (code == QLatin1String("esp.diag.port_busy") && l.contains(QLatin1String("busy or doesn't exist"))) {
        if (ambiguousPort.size() < options.maxLinesPerFinding)
            ambiguousPort.append({n, shown(clean)});
        return;
    }
    addHit(code, n, clean);
}

void EspLogDiagnoser::State::processPhysicalLine(QStringView raw)
{
    ++lineNo;
    // esptool redraws progress with a bare CR; each part is a line of its own to the matcher.
    for (QStringView part : raw.tokenize(u'\r', Qt::SkipEmptyParts))
        processSegment(cleanLine(part), lineNo);
}

void EspLogDiagnoser::State::appendDecoded(QStringView s)
{
    qsizetype pos = 0;
    while (pos < s.size()) {
        const qsizetype nl = s.indexOf(u'\n', pos);
        const QStringView piece = nl < 0 ? s.sliced(pos) : s.sliced(pos, nl - pos);
        if (!overlong) {
            const qsizetype room = options.maxLineLength - partial.size();
            if (piece.size() > room) {
                partial += piece.first(std::max<qsizetype>(room, 0));
                overlong = true;
            } else {
                partial += piece;
            }
        }
        if (nl < 0)
            return;
        processPhysicalLine(partial);
        partial.clear();
        overlong = false;
        pos = nl + 1;
    }
}

void EspLogDiagnoser::State::chooseEncoding()
{
    auto enc = QStringConverter::Utf8;
    const auto b = [this](int i) { return i < head.size() ? quint8(head[i]) : 0xFFu; };
    if (b(0) == 0xFF && b(1) == 0xFE)
        enc = QStringConverter::Utf16LE;
    else if (b(0) == 0xFE && b(1) == 0xFF)
        enc = QStringConverter::Utf16BE;
    else if (head.size() >= 4 && b(0) != 0 && b(1) == 0 && b(2) != 0 && b(3) == 0)
        enc = QStringConverter::Utf16LE;
    else if (head.size() >= 4 && b(0) == 0 && b(1) != 0 && b(2) == 0 && b(3) != 0)
        enc = QStringConverter::Utf16BE;
    decoder.emplace(enc);
    const QByteArray pending = std::exchange(head, {});
    const QString text = decoder->decode(pending);
    appendDecoded(text);
}

EspLogReport EspLogDiagnoser::State::report()
{
    if (!decoder)
        chooseEncoding();
    if (!partial.isEmpty() || overlong) {
        processPhysicalLine(partial);
        partial.clear();
        overlong = false;
    }
    if (!ambiguousPort.isEmpty()) {
        const char *target = found("esp.diag.port_missing")       ? "esp.diag.port_missing"
                             : found("esp.diag.permission_denied") ? "esp.diag.permission_denied"
                                                                   : "esp.diag.port_busy";
        for (const EspLogLine &line : std::as_const(ambiguousPort))
            addHit(QString::fromLatin1(target), line.number, line.text);
    }
    // Tasmotizer only handles the ESP8266: an ESP32 on it is the root cause of what follows.
    if (tool == QLatin1String("Tasmotizer") && chipLine.number > 0
        && facts.value(QStringLiteral("chip")).fact.value.startsWith(QLatin1String("ESP32"), Qt::CaseInsensitive))
        addHit(QStringLiteral("esp.diag.wrong_chip"), chipLine.number, chipLine.text);
    // Boot text that shows a start from flash explains why nobody answered the flashing tool.
    if (normalBootLine.number > 0 && !found("esp.diag.not_in_download_mode")
        && (found("esp.diag.no_serial_data") || found("esp.diag.invalid_packet_head")))
        addHit(QStringLiteral("esp.diag.not_in_download_mode"), normalBootLine.number, normalBootLine.text);
    if (ch340Line.number > 0 && !found("esp.diag.ch340_driver")
        && (found("esp.diag.no_serial_data") || found("esp.diag.invalid_packet_head")
            || found("esp.diag.baud_too_high") || found("esp.diag.unstable_power")))
        addHit(QStringLiteral("esp.diag.ch340_driver"), ch340Line.number, ch340Line.text);

    EspLogReport r;
    r.tool = tool;
    if (r.tool.isEmpty() && facts.contains(QStringLiteral("esptool_version")))
        r.tool = QStringLiteral("esptool");
    r.linesRead = lineNo;
    r.bytesRead = bytes;
    r.truncated = truncated;
    for (const Acc &a : std::as_const(acc)) {
        EspLogFinding f;
        f.diagnosis = EspDiagnoses::byCode(a.code);
        if (f.diagnosis.isEmpty())
            continue;
        f.lines = a.lines;
        std::sort(f.lines.begin(), f.lines.end(), [](const EspLogLine &x, const EspLogLine &y) { return x.number < y.number; });
        f.hits = a.hits;
        f.priority = EspDiagnoses::priority(a.code);
        f.problem = EspDiagnoses::isProblem(a.code);
        r.findings.append(f);
    }
    std::stable_sort(r.findings.begin(), r.findings.end(), [](const EspLogFinding &x, const EspLogFinding &y) {
        if (x.priority != y.priority)
            return x.priority > y.priority;
        return x.lines.value(0).number < y.lines.value(0).number;
    });
    for (const char *key : FactOrder) {
        const auto it = facts.constFind(QString::fromLatin1(key));
        if (it != facts.cend())
            r.facts.append(it->fact);
    }
    return r;
}

EspLogDiagnoser::EspLogDiagnoser() : EspLogDiagnoser(Options{}) {}

EspLogDiagnoser::EspLogDiagnoser(Options options) : m_options(options), d(std::make_unique<State>())
{
    d->options = m_options;
}

EspLogDiagnoser::~EspLogDiagnoser() = default;

void EspLogDiagnoser::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || d->truncated)
        return;
    if (d->bytes + bytes.size() > m_options.maxBytes) {
        bytes = bytes.first(std::max<qint64>(m_options.maxBytes - d->bytes, 0));
        d->truncated = true;
    }
    d->bytes += bytes.size();
    if (!d->decoder) {
        d->head.append(bytes.data(), bytes.size());
        if (d->head.size() >= 4)
            d->chooseEncoding();
        return;
    }
    const QString text = d->decoder->decode(bytes);
    d->appendDecoded(text);
}

EspLogReport EspLogDiagnoser::finish()
{
    EspLogReport r = d->report();
    d = std::make_unique<State>();
    d->options = m_options;
    return r;
}

EspLogReport EspLogDiagnoser::diagnoseText(const QString &text, const Options &options)
{
    EspLogDiagnoser diagnoser(options);
    diagnoser.feed(text.toUtf8());
    return diagnoser.finish();
}

EspLogReport EspLogDiagnoser::diagnoseDevice(QIODevice &device, const Options &options)
{
    EspLogDiagnoser diagnoser(options);
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0) {
            throw JobError(Diagnosis{QStringLiteral("file.read_error"),
                                     QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Reading the log failed part-way."),
                                     {device.errorString()},
                                     QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Save the log to a file on this computer and try again.")});
        }
        if (n == 0)
            break;
        diagnoser.feed(QByteArrayView(buffer.constData(), n));
        if (diagnoser.d->truncated)
            break;
    }
    return diagnoser.finish();
}

EspLogReport EspLogDiagnoser::diagnoseFile(const QString &path, const Options &options)
{
    const QFileInfo fi(path);
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !fi.exists()) {
        throw JobError(Diagnosis{QStringLiteral("file.not_found"),
                                 QCoreApplication::translate("fw::esp::EspLogDiagnoser", "The log file %1 does not exist.").arg(name),
                                 {QCoreApplication::translate("fw::esp::EspLogDiagnoser", "The path is misspelt, or the file was moved or deleted.")},
                                 QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Check the path, or paste the log text instead.")});
    }
    if (fi.isDir()) {
        throw JobError(Diagnosis{QStringLiteral("file.is_directory"),
                                 QCoreApplication::translate("fw::esp::EspLogDiagnoser", "%1 is a folder, not a log file.").arg(name),
                                 {QCoreApplication::translate("fw::esp::EspLogDiagnoser", "A folder was chosen where a saved log was expected.")},
                                 QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Choose the text file that holds the tool's output (for tuya-convert, the smarthack-*.log files).")});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool denied = file.error() == QFileDevice::PermissionsError || errno == EACCES || errno == EPERM;
        throw JobError(Diagnosis{denied ? QStringLiteral("file.permission") : QStringLiteral("file.open_failed"),
                                 QCoreApplication::translate("fw::esp::EspLogDiagnoser", "The log file %1 cannot be opened.").arg(name),
                                 {file.errorString()},
                                 denied ? QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Give yourself read access (chmod u+r \"%1\") or copy the log to a folder you own.").arg(path)
                                        : QCoreApplication::translate("fw::esp::EspLogDiagnoser", "Check that it is a readable text file, or paste the log text instead.")});
    }
    return diagnoseDevice(file, options);
}

}  // namespace fw::esp
