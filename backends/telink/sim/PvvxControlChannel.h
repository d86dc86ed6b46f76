#pragma once
// The pvvx custom firmware's command channel (service 0x1F10, characteristic 0x1F1F): device id,
// config get/set, and the extended OTA preparation with its erase progress (telink.md §1.6, §2.3).

#include "telink/sim/TelinkFlashMap.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fw::telink::sim {

class PvvxControlChannel {
public:
    // Command bytes (pvvx src/cmd_parser.h as listed in the fact sheet).
    static constexpr quint8 CmdDevId = 0x00;
    static constexpr quint8 CmdConfig = 0x55;          // alone: get; with bytes: set and save
    static constexpr quint8 CmdDefaultConfig = 0x56;
    static constexpr quint8 CmdConfigNoSave = 0x5A;    // set until the next reboot
    static constexpr quint8 CmdExtOta = 0x73;
    // Replies to 0x73.
    static constexpr quint8 ExtOtaStandardRunning = 0x01;
    static constexpr quint8 ExtOtaBusy = 0x02;
    static constexpr quint8 ExtOtaReady = 0x03;
    static constexpr quint8 ExtOtaSectorErased = 0x04;
    static constexpr quint8 ExtOtaBadParameters = 0xFE;
    static constexpr int FirstExtOtaVersion = 0x46;
    static constexpr quint32 ExtOtaLimit = 0x34000;   // < 208 KiB
    static constexpr int ConfigLength = 11;           // flg .. avg, as the host writes it back

    struct Identity {
        int version = 0x58;    // sw_version, also the "ver" byte of the config reply
        int hwId = 0;          // pvvx hw_id enum (§2.3)
        quint16 sensorId = 0;
        bool zigbeeHybrid = false;
    };

    explicit PvvxControlChannel(TelinkFlashMap &flash) : m_flash(flash) {}

    // A boot: the saved config becomes active, no extended OTA is prepared.
    void boot(const Identity &identity);
    // Factory default config for this hardware, with the connection latency given (saved).
    void setDefaults(int latencyMs);

    // Handles a write and returns the notifications it answers with at once.
    // standardOtaRunning: a standard OTA session is in progress (0x73 answers 1).
    QList<QByteArray> onWrite(const QByteArray &value, qint64 nowMs, bool standardOtaRunning);
    // Advances the extended OTA erase; returns the notifications due by nowMs.
    QList<QByteArray> tick(qint64 nowMs);
    void disconnected();  // a preparation in progress stops with the connection

    bool extOtaReady() const { return m_ext == ExtState::Ready; }
    bool extOtaErasing() const { return m_ext == ExtState::Erasing; }
    quint32 extOtaAddress() const { return m_extAddress; }
    quint32 extOtaBytes() const { return m_extSizeK * 1024u; }
    void consumeExtOta() { m_ext = ExtState::None; }  // the OTA took the prepared region

    int latencyMs() const;          // from the active config: (n + 1) * 20 ms
    QByteArray activeConfig() const { return m_active; }
    QByteArray savedConfig() const { return m_saved; }
    void setSectorEraseMs(int ms) { m_sectorEraseMs = qMax(1, ms); }
    QByteArray lastReply() const { return m_lastReply; }

    static int latencyByte(int latencyMs);
    static int hwIdForRevision(const QString &hwRevision);

private:
    enum class ExtState { None, Erasing, Ready };

    QByteArray devIdReply() const;
    QByteArray configReply(quint8 command) const;
    QByteArray extOtaReply(quint8 status, quint32 address, quint32 sizeK) const;
    void applyConfig(const QByteArray &bytes, bool save);

    TelinkFlashMap &m_flash;
    Identity m_id;
    QByteArray m_saved;
    QByteArray m_active;
    QByteArray m_lastReply;
    int m_sectorEraseMs = 60;

    ExtState m_ext = ExtState::None;
    quint32 m_extAddress = 0;
    quint32 m_extSizeK = 0;
    quint32 m_nextSector = 0;
    quint32 m_eraseEnd = 0;
    qint64 m_nextEraseDoneMs = 0;
};

}  // namespace fw::telink::sim
