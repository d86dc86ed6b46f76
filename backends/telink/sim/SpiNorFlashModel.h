#pragma once
// A serial NOR flash as the TLSR825x's SPI master sees it, byte by byte while CS is low: JEDEC id,
// status with a timed busy bit, write enable, 4 KiB sector / block / chip erase, page program.

#include "telink/sim/TelinkFlashMap.h"

#include <QByteArray>
#include <QtGlobal>

namespace fw::telink::sim {

class SpiNorFlashModel {
public:
    // GigaDevice GD25LQ40-class part as fitted to TLSR8251F512 modules; the Telink SDK writes
    // its id little-endian as 0x1360C8. Bytes on the wire: C8 (maker), 60 (type), 13 (2^19 B).
    static constexpr quint32 DefaultJedecId = 0xC86013;

    struct Timing {
        int sectorEraseMs = 45;   // typical 4 KiB erase of this class of part
        int blockEraseMs = 160;
        int chipEraseMs = 1500;
        int pageProgramMs = 1;    // 0.7 ms typical, rounded up to the model's clock
        int statusWriteMs = 5;
    };

    explicit SpiNorFlashModel(quint32 jedecId = DefaultJedecId);

    void select();                              // CS falls: a new command begins
    quint8 transfer(quint8 mosi, qint64 nowMs); // one byte each way
    void deselect(qint64 nowMs);                // CS rises: the command takes effect

    bool busy(qint64 nowMs) const { return nowMs < m_busyUntilMs; }
    quint8 status(qint64 nowMs) const;
    quint32 jedecId() const { return m_jedecId; }
    void setStatusRegister(quint8 value) { m_statusRegister = value & 0xFC; }
    void setTiming(const Timing &t) { m_timing = t; }
    // A worn-out cell: programming leaves it erased (for read-back checks). -1 = none.
    void setWornCell(qint64 address) { m_wornCell = address; }

    TelinkFlashMap &memory() { return m_memory; }
    const TelinkFlashMap &memory() const { return m_memory; }
    quint64 programmedBytes() const { return m_programmedBytes; }
    int sectorsErased() const { return m_sectorsErased; }
    bool poweredDown() const { return m_poweredDown; }

private:
    bool writable(qint64 nowMs) const { return m_writeEnabled && !busy(nowMs) && !(m_statusRegister & 0x1C); }
    quint32 commandAddress() const;

    quint32 m_jedecId;
    Timing m_timing;
    TelinkFlashMap m_memory;
    QByteArray m_command;     // bytes clocked in since CS fell
    QByteArray m_pageBuffer;  // data of a page program
    quint32 m_readAddress = 0;
    quint8 m_statusRegister = 0;  // bits 2..7 (BP0..BP2, ..., SRP)
    bool m_writeEnabled = false;
    bool m_poweredDown = false;
    qint64 m_busyUntilMs = 0;
    quint64 m_programmedBytes = 0;
    int m_sectorsErased = 0;
    qint64 m_wornCell = -1;
};

}  // namespace fw::telink::sim
