#include "telink/sim/PvvxControlChannel.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace fw::telink::sim {

namespace {

// Config bytes after the command (and, in replies, after the version byte).
enum ConfigByte { Flg, Flg2, B4, B5, AdvInt, MeasInt, TxPower, ConnLatency, LcdStep, HwId, Avg };

// The defaults of a B1.6 as a real log shows them ("Custom config HEX string:
// 55051000002804a9313104b4", devbis/z03mmc #29); hw id and latency are set per device.
const QByteArray kDefaultConfig = QByteArray::fromHex("051000002804a9313104b4");

// The 0x00 reply's first byte: the layout revision of the reply (model value).
constexpr quint8 kDevIdRevision = 0x01;
constexpr quint32 kServiceOta = 1u << 0;
constexpr quint32 kServiceOtaExt = 1u << 1;
constexpr quint32 kServiceZigbee = 1u << 24;

void appendLe16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

void appendLe32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

}  // namespace

int PvvxControlChannel::latencyByte(int latencyMs)
{
    return std::clamp(int(std::lround(double(latencyMs) / 20.0)) - 1, 0, 255);
}

int PvvxControlChannel::hwIdForRevision(const QString &hwRevision)
{
    const QString r = hwRevision.trimmed().toUpper();
    if (r == QLatin1String("B1.9"))
        return 3;
    if (r == QLatin1String("B1.6"))
        return 4;
    if (r == QLatin1String("B1.7") || r == QLatin1String("B2.0"))
        return 5;
    if (r == QLatin1String("B1.5"))
        return 10;
    if (r == QLatin1String("B1.1"))
        return 14;  // the 2025 SPI-LCD boards report B1.1
    return 0;       // B1.4 and anything unlisted
}

void PvvxControlChannel::setDefaults(int latencyMs)
{
    m_saved = kDefaultConfig;
    m_saved[ConnLatency] = char(latencyByte(latencyMs));
    m_saved[HwId] = char(m_id.hwId);
    m_active = m_saved;
}

void PvvxControlChannel::boot(const Identity &identity)
{
    m_id = identity;
    if (m_saved.size() != ConfigLength)
        setDefaults(1000);
    m_saved[HwId] = char(m_id.hwId);
    m_active = m_saved;
    m_ext = ExtState::None;
    m_lastReply.clear();
}

int PvvxControlChannel::latencyMs() const
{
    return (quint8(m_active.at(ConnLatency)) + 1) * 20;
}

void PvvxControlChannel::disconnected()
{
    if (m_ext == ExtState::Erasing)
        m_ext = ExtState::None;
}

QByteArray PvvxControlChannel::devIdReply() const
{
    QByteArray r;
    r.append(char(CmdDevId));
    r.append(char(kDevIdRevision));
    appendLe16(r, quint16(m_id.hwId));
    appendLe16(r, quint16(m_id.version));
    appendLe16(r, m_id.sensorId);
    quint32 services = kServiceOta;
    if (m_id.version >= FirstExtOtaVersion)
        services |= kServiceOtaExt;
    if (m_id.zigbeeHybrid)
        services |= kServiceZigbee;
    appendLe32(r, services);
    return r;
}

QByteArray PvvxControlChannel::configReply(quint8 command) const
{
    QByteArray r;
    r.append(char(command));
    r.append(char(m_id.version));
    r += m_active;
    return r;
}

QByteArray PvvxControlChannel::extOtaReply(quint8 status, quint32 address, quint32 sizeK) const
{
    QByteArray r;
    r.append(char(CmdExtOta));
    r.append(char(status));
    appendLe32(r, address);
    appendLe32(r, sizeK);
    return r;
}

void PvvxControlChannel::applyConfig(const QByteArray &bytes, bool save)
{
    const int n = int(std::min<qsizetype>(bytes.size(), ConfigLength));
    for (int i = 0; i < n; ++i) {
        if (i != HwId)  // the hardware id is the device's own, whatever the host sends
            m_active[i] = bytes[i];
    }
    if (save)
        m_saved = m_active;
}

QList<QByteArray> PvvxControlChannel::onWrite(const QByteArray &value, qint64 nowMs,
                                              bool standardOtaRunning)
{
    QList<QByteArray> out;
    if (value.isEmpty())
        return out;
    const quint8 command = quint8(value[0]);
    const QByteArray payload = value.mid(1);
    switch (command) {
    case CmdDevId:
        out << devIdReply();
        break;
    case CmdConfig:
    case CmdConfigNoSave:
        if (!payload.isEmpty())
            applyConfig(payload, command == CmdConfig);
        out << configReply(command);
        break;
    case CmdDefaultConfig:
        setDefaults(1000);
        out << configReply(command);
        break;
    case CmdExtOta: {
        if (m_id.version < FirstExtOtaVersion)
            break;  // builds before 4.6 do not know the command and stay silent
        const quint32 address = payload.size() >= 4 ? qFromLittleEndian<quint32>(payload.constData()) : 0;
        const quint32 sizeK = payload.size() >= 8 ? qFromLittleEndian<quint32>(payload.constData() + 4) : 0;
        if (standardOtaRunning) {
            out << extOtaReply(ExtOtaStandardRunning, address, sizeK);
        } else if (m_ext == ExtState::Erasing) {
            out << extOtaReply(ExtOtaBusy, address, sizeK);
        } else if (payload.size() < 8 || address != TelinkFlashMap::ExtBank || sizeK < 4
                   || qint64(sizeK) * 1024 >= ExtOtaLimit) {
            out << extOtaReply(ExtOtaBadParameters, address, sizeK);
        } else {
            m_ext = ExtState::Erasing;
            m_extAddress = address;
            m_extSizeK = sizeK;
            m_nextSector = address;
            const quint32 bytes = sizeK * 1024u;
            m_eraseEnd = address + (bytes + TelinkFlashMap::SectorSize - 1) / TelinkFlashMap::SectorSize
                    * TelinkFlashMap::SectorSize;
            m_nextEraseDoneMs = nowMs + m_sectorEraseMs;
        }
        break;
    }
    default:
        break;  // commands this model does not implement get no answer
    }
    if (!out.isEmpty())
        m_lastReply = out.last();
    return out;
}

QList<QByteArray> PvvxControlChannel::tick(qint64 nowMs)
{
    QList<QByteArray> out;
    while (m_ext == ExtState::Erasing && nowMs >= m_nextEraseDoneMs) {
        m_flash.erase(m_nextSector, TelinkFlashMap::SectorSize);
        out << extOtaReply(ExtOtaSectorErased, m_nextSector, m_extSizeK);
        m_nextSector += TelinkFlashMap::SectorSize;
        if (m_nextSector >= m_eraseEnd) {
            m_ext = ExtState::Ready;
            out << extOtaReply(ExtOtaReady, m_extAddress, m_extSizeK);
        } else {
            m_nextEraseDoneMs += m_sectorEraseMs;
        }
    }
    if (!out.isEmpty())
        m_lastReply = out.last();
    return out;
}

}  // namespace fw::telink::sim
