#include "core/sim/Esp8266BootDemo.h"

#include "core/sim/SimPort.h"

#include <QStringList>

#include <algorithm>

namespace fw::core::sim {

namespace {

const QString kTopic = QStringLiteral("tasmota_C242D5");
const QString kHostname = QStringLiteral("tasmota_C242D5-0725");
const QString kVersion = QStringLiteral("9.2.0(tasmota)");
constexpr qint64 kRomToAppMs = 120;   // ROM, eboot and SDK start-up before Tasmota speaks
constexpr qint64 kRestartDelayMs = 150;
// EN rises slowly through its RC network; esptool relies on GPIO0 going low within that time.
constexpr qint64 kEnRiseMs = 10;

QString twoDigits(qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); }

}  // namespace

Esp8266BootDemo::Esp8266BootDemo() = default;

QByteArray Esp8266BootDemo::romText(int resetCause, bool downloadMode)
{
    QByteArray out = "\r\n ets Jan  8 2013,rst cause:" + QByteArray::number(resetCause)
                     + (downloadMode ? ", boot mode:(1,7)\r\n\r\n" : ", boot mode:(3,6)\r\n\r\n");
    if (downloadMode)
        return out;
    // The second-stage loader (eboot) copying the application header into IRAM and DRAM.
    out += "load 0x4010f000, len 3424, room 16 \r\n"
           "tail 0\r\n"
           "chksum 0x2e\r\n"
           "load 0x3fff20b8, len 40, room 8 \r\n"
           "tail 0\r\n"
           "chksum 0x2b\r\n"
           "csum 0x2b\r\n"
           "v000475d0\r\n"
           "~ld\r\n";
    return out;
}

void Esp8266BootDemo::start(SimPort &port)
{
    m_port = &port;
    m_now = port.nowMs();
    boot(1, false);  // power-on
}

void Esp8266BootDemo::reset()
{
    if (m_port)
        boot(2, false);
}

void Esp8266BootDemo::boot(int resetCause, bool downloadMode)
{
    ++m_bootCount;
    m_resetCause = resetCause;
    m_script.clear();
    m_input.clear();
    m_baud = kRomBaud;
    m_port->send(romText(resetCause, downloadMode));
    m_stateSinceMs = m_now;
    if (downloadMode) {
        // The ROM loader now auto-detects the host's baud from its sync packet.
        m_baud = 0;
        m_state = State::Download;
        m_port->log(QStringLiteral("ESP8266 in download mode (GPIO0 low at reset)"));
    } else {
        m_state = State::Booting;
    }
}

void Esp8266BootDemo::startApplication()
{
    m_baud = kAppBaud;
    m_state = State::Running;
    m_appStartMs = m_now;
    m_nextTelemetryMs = kTelemetryPeriodMs;
    const QString restartReason = m_resetCause == 1 ? QStringLiteral("Power On")
                                                    : QStringLiteral("External System");
    m_script = {
        {1, QStringLiteral("HDW"), QStringLiteral("ESP8266EX")},
        {52, QStringLiteral("CFG"), QStringLiteral("Loaded from flash at F9, Count %1").arg(m_bootCount + 2)},
        {58, QStringLiteral("QPC"), QStringLiteral("Count 1")},
        {66, QStringLiteral("SRC"), QStringLiteral("Restart reason %1").arg(restartReason)},
        {71, QString(), QStringLiteral("Project tasmota Tasmota Version %1-2_7_4_9(2021-01-06T12:00:00)").arg(kVersion)},
        {121, QStringLiteral("WIF"), QStringLiteral("Connecting to AP1 Not configured in mode 11N as %1...").arg(kHostname)},
        {500, QStringLiteral("WIF"), QStringLiteral("Connect failed, no AP found")},
        {510, QStringLiteral("WIF"), QStringLiteral("WifiManager active for 3 minutes")},
        {900, QStringLiteral("HTP"), QStringLiteral("Web server active on %1 with IP address 192.168.4.1").arg(kHostname)},
    };
}

void Esp8266BootDemo::tick(qint64 nowMs)
{
    m_now = nowMs;
    switch (m_state) {
    case State::Held:
        if (m_enRiseAtMs >= 0 && m_now >= m_enRiseAtMs) {
            m_enRiseAtMs = -1;
            boot(2, m_dtr && !m_rts);
        }
        return;
    case State::Download:
        return;
    case State::Booting:
        if (m_now - m_stateSinceMs >= kRomToAppMs)
            startApplication();
        return;
    case State::Restarting:
        if (m_now - m_stateSinceMs >= kRestartDelayMs)
            boot(2, false);
        return;
    case State::Running:
        break;
    }
    const qint64 up = m_now - m_appStartMs;
    while (!m_script.empty() && m_script.front().atMs <= up) {
        const Scheduled s = m_script.front();
        m_script.pop_front();
        logLine(s.tag, s.text);
    }
    if (up >= m_nextTelemetryMs) {
        publish(QStringLiteral("tele/%1/STATE").arg(kTopic), stateJson());
        m_nextTelemetryMs += kTelemetryPeriodMs;
    }
}

void Esp8266BootDemo::onControlLine(const ControlLineEvent &event)
{
    // NodeMCU-style auto-reset: two transistors so that EN is low only for RTS alone and
    // GPIO0 only for DTR alone; both asserted changes nothing.
    const bool enLowBefore = m_rts && !m_dtr;
    if (event.line == ControlLineEvent::Line::Dtr)
        m_dtr = event.level;
    else
        m_rts = event.level;
    const bool enLow = m_rts && !m_dtr;
    if (m_port)
        m_now = m_port->nowMs();
    if (!enLowBefore && enLow) {
        m_state = State::Held;
        m_script.clear();
        m_stateSinceMs = m_now;
        m_enRiseAtMs = -1;
    } else if (enLowBefore && !enLow) {
        m_state = State::Held;
        m_enRiseAtMs = m_now + kEnRiseMs;
    }
}

void Esp8266BootDemo::onReceive(const QByteArray &bytes)
{
    if (m_state != State::Running)
        return;
    m_now = m_port->nowMs();
    for (char c : bytes) {
        if (c == '\r' || c == '\n') {
            const QByteArray line = m_input.trimmed();
            m_input.clear();
            bool printable = !line.isEmpty();
            for (char ch : line)
                printable = printable && quint8(ch) >= 0x20 && quint8(ch) < 0x7f;
            // Tasmota ignores what a wrong baud turned into noise.
            if (printable)
                handleCommand(QString::fromLatin1(line));
            if (m_state != State::Running)
                return;
        } else if (m_input.size() < 512) {
            m_input.append(c);
        }
    }
}

void Esp8266BootDemo::handleCommand(const QString &line)
{
    logLine(QStringLiteral("CMD"), line);
    const int space = line.indexOf(QLatin1Char(' '));
    const QString cmd = (space < 0 ? line : line.left(space)).toLower();
    const QString arg = (space < 0 ? QString() : line.mid(space + 1)).trimmed().toLower();
    const QString result = QStringLiteral("stat/%1/RESULT").arg(kTopic);

    if (cmd == QLatin1String("power") || cmd == QLatin1String("power1")) {
        bool known = true;
        if (arg.isEmpty() || arg == QLatin1String("2") || arg == QLatin1String("toggle"))
            m_power = !m_power;
        else if (arg == QLatin1String("1") || arg == QLatin1String("on"))
            m_power = true;
        else if (arg == QLatin1String("0") || arg == QLatin1String("off"))
            m_power = false;
        else
            known = false;
        if (!known) {
            publish(result, QStringLiteral("{\"Command\":\"Error\"}"));
            return;
        }
        const QString state = m_power ? QStringLiteral("ON") : QStringLiteral("OFF");
        publish(result, QStringLiteral("{\"POWER\":\"%1\"}").arg(state));
        publish(QStringLiteral("stat/%1/POWER").arg(kTopic), state);
    } else if (cmd == QLatin1String("status")) {
        bool ok = false;
        const int which = arg.toInt(&ok);
        if (arg.isEmpty()) {
            sendStatus(-1);
        } else if (ok && which == 0) {
            for (int s : {-1, 1, 2, 5, 11})
                sendStatus(s);
        } else if (ok) {
            sendStatus(which);
        } else {
            publish(result, QStringLiteral("{\"Command\":\"Error\"}"));
        }
    } else if (cmd == QLatin1String("state")) {
        publish(result, stateJson());
    } else if (cmd == QLatin1String("restart")) {
        if (arg == QLatin1String("1")) {
            publish(result, QStringLiteral("{\"Restart\":\"Restarting\"}"));
            logLine(QStringLiteral("APP"), QStringLiteral("Restarting"));
            m_state = State::Restarting;
            m_stateSinceMs = m_now;
            m_script.clear();
        } else {
            publish(result, QStringLiteral("{\"Restart\":\"1 to restart\"}"));
        }
    } else {
        publish(result, QStringLiteral("{\"Command\":\"Unknown\"}"));
    }
}

void Esp8266BootDemo::sendStatus(int which)
{
    const QString base = QStringLiteral("stat/%1/").arg(kTopic);
    switch (which) {
    case -1:
        publish(base + QStringLiteral("STATUS"),
                QStringLiteral("{\"Status\":{\"Module\":0,\"DeviceName\":\"Tasmota\",\"FriendlyName\":[\"Tasmota\"],"
                               "\"Topic\":\"%1\",\"ButtonTopic\":\"0\",\"Power\":%2,\"PowerOnState\":3,"
                               "\"LedState\":1,\"LedMask\":\"FFFF\",\"SaveData\":1,\"SaveState\":1,"
                               "\"SwitchTopic\":\"0\",\"SwitchMode\":[0,0,0,0,0,0,0,0],\"ButtonRetain\":0,"
                               "\"SwitchRetain\":0,\"SensorRetain\":0,\"PowerRetain\":0}}")
                    .arg(kTopic)
                    .arg(m_power ? 1 : 0));
        break;
    case 1:
        publish(base + QStringLiteral("STATUS1"),
                QStringLiteral("{\"StatusPRM\":{\"Baudrate\":115200,\"SerialConfig\":\"8N1\",\"GroupTopic\":\"tasmotas\","
                               "\"OtaUrl\":\"http://ota.tasmota.com/tasmota/release/tasmota.bin\","
                               "\"RestartReason\":\"%1\",\"Uptime\":\"%2\",\"StartupUTC\":\"\",\"Sleep\":50,"
                               "\"CfgHolder\":4617,\"BootCount\":%3,\"BCResetTime\":\"2021-01-01T00:00:00\","
                               "\"SaveCount\":12,\"SaveAddress\":\"F9000\"}}")
                    .arg(m_resetCause == 1 ? QStringLiteral("Power On") : QStringLiteral("External System"),
                         uptimeText())
                    .arg(m_bootCount + 2));
        break;
    case 2:
        publish(base + QStringLiteral("STATUS2"),
                QStringLiteral("{\"StatusFWR\":{\"Version\":\"%1\",\"BuildDateTime\":\"2021-01-06T12:00:00\","
                               "\"Boot\":31,\"Core\":\"2_7_4_9\",\"SDK\":\"2.2.2-dev(38a443e)\","
                               "\"CpuFrequency\":80,\"Hardware\":\"ESP8266EX\",\"CR\":\"378/699\"}}")
                    .arg(kVersion));
        break;
    case 5:
        publish(base + QStringLiteral("STATUS5"),
                QStringLiteral("{\"StatusNET\":{\"Hostname\":\"%1\",\"IPAddress\":\"192.168.4.1\","
                               "\"Gateway\":\"0.0.0.0\",\"Subnetmask\":\"0.0.0.0\",\"DNSServer\":\"0.0.0.0\","
                               "\"Mac\":\"84:F3:EB:C2:42:D5\",\"Webserver\":2,\"WifiConfig\":2,\"WifiPower\":17.0}}")
                    .arg(kHostname));
        break;
    case 11:
        publish(base + QStringLiteral("STATUS11"), QStringLiteral("{\"StatusSTS\":%1}").arg(stateJson()));
        break;
    default:
        publish(base + QStringLiteral("RESULT"), QStringLiteral("{\"Command\":\"Error\"}"));
        break;
    }
}

void Esp8266BootDemo::logLine(const QString &tag, const QString &text)
{
    const QString body = tag.isEmpty() ? text : tag + QStringLiteral(": ") + text;
    m_port->send((uptimeStamp() + QLatin1Char(' ') + body + QStringLiteral("\r\n")).toLatin1());
}

void Esp8266BootDemo::publish(const QString &topic, const QString &payload)
{
    logLine(QStringLiteral("MQT"), topic + QStringLiteral(" = ") + payload);
}

QString Esp8266BootDemo::uptimeStamp() const
{
    const qint64 ms = std::max<qint64>(0, m_now - m_appStartMs);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(twoDigits(ms / 3'600'000 % 100), twoDigits(ms / 60'000 % 60), twoDigits(ms / 1000 % 60))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

qint64 Esp8266BootDemo::uptimeSec() const { return std::max<qint64>(0, m_now - m_appStartMs) / 1000; }

QString Esp8266BootDemo::uptimeText() const
{
    const qint64 s = uptimeSec();
    return QStringLiteral("%1T%2:%3:%4")
        .arg(s / 86400)
        .arg(twoDigits(s / 3600 % 24), twoDigits(s / 60 % 60), twoDigits(s % 60));
}

QString Esp8266BootDemo::stateJson() const
{
    const qint64 s = uptimeSec();
    return QStringLiteral("{\"Time\":\"1970-01-01T%1\",\"Uptime\":\"%2\",\"UptimeSec\":%3,\"Heap\":26,"
                          "\"SleepMode\":\"Dynamic\",\"Sleep\":50,\"LoadAvg\":19,\"MqttCount\":0,"
                          "\"POWER\":\"%4\",\"Wifi\":{\"AP\":1,\"SSId\":\"\",\"BSSId\":\"\",\"Channel\":1,"
                          "\"Mode\":\"11n\",\"RSSI\":0,\"Signal\":-100,\"LinkCount\":0,\"Downtime\":\"0T00:00:00\"}}")
        .arg(uptimeText().mid(uptimeText().indexOf(QLatin1Char('T')) + 1), uptimeText())
        .arg(s)
        .arg(m_power ? QStringLiteral("ON") : QStringLiteral("OFF"));
}

}  // namespace fw::core::sim
