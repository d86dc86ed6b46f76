#include "esp/sim/Esp8266RomModel.h"

#include "esp/sim/EspPortableStub.h"

#include "core/sim/SimPort.h"

#include <algorithm>

namespace fw::esp::sim {

namespace {
constexpr quint32 kSpiBase = 0x60000200;
constexpr quint32 kSpiW0 = 0x40;
constexpr double kUartClockHz = 52e6;  // 26 MHz crystal doubled
}  // namespace

Esp8266RomModel::Esp8266RomModel() : Esp8266RomModel(Options{}) {}

Esp8266RomModel::Esp8266RomModel(const Options &options)
    : EspRomModel(options.jedecId, options.wiring, options.timeScale, kSpiBase, kSpiW0),
      m_options(options)
{
    setStartInStub(options.stubRunning);
    setCorruptDataBlock(options.corruptDataBlock);
}

qint64 Esp8266RomModel::romEraseLength(qint64 offset, qint64 eraseSize)
{
    const qint64 sectors = (eraseSize + FlashChip::kSectorSize - 1) / FlashChip::kSectorSize;
    const qint64 first = offset / FlashChip::kSectorSize;
    const qint64 head = std::min<qint64>(16 - first % 16, sectors);
    return (head + sectors) * FlashChip::kSectorSize;
}

quint32 Esp8266RomModel::efuseWord(quint64 mac, bool esp8285, int index)
{
    switch (index) {
    case 0:  // MAC byte 5 in bits 31..24; bit 4 marks an ESP8285
        return quint32((mac & 0xFF) << 24) | (esp8285 ? 0x10u : 0u);
    case 1:  // MAC bytes 3 and 4
        return quint32((mac >> 8) & 0xFFFF);
    case 2:
        return 0;
    case 3:  // the OUI
        return quint32((mac >> 24) & 0xFFFFFF);
    default:
        return 0;
    }
}

QByteArray Esp8266RomModel::bootText(int resetCause, bool download) const
{
    return "\r\n ets Jan  8 2013,rst cause:" + QByteArray::number(resetCause)
           + (download ? ", boot mode:(1,7)\r\n\r\n" : ", boot mode:(3,6)\r\n\r\n");
}

QByteArray Esp8266RomModel::applicationText() const
{
    // The second-stage loader of an SDK image, still at the ROM's baud.
    return "load 0x4010f000, len 3424, room 16 \r\n"
           "tail 0\r\n"
           "chksum 0x2e\r\n"
           "load 0x3fff20b8, len 40, room 8 \r\n"
           "tail 0\r\n"
           "chksum 0x2b\r\n"
           "csum 0x2b\r\n";
}

quint32 Esp8266RomModel::readRegister(quint32 address) const
{
    if (address == kMagicRegister)
        return kMagicValue;
    if (address >= kEfuseBase && address < kEfuseBase + 16 && address % 4 == 0)
        return efuseWord(m_options.mac, m_options.esp8285, int((address - kEfuseBase) / 4));
    if (address == kUartClkDiv && m_port) {
        // The divider the ROM's auto-baud chose, from which hosts infer the crystal.
        const qint32 baud = m_port->hostBaud() > 0 ? m_port->hostBaud() : 115200;
        return quint32(kUartClockHz / baud + 0.5);
    }
    return EspRomModel::readRegister(address);
}

void Esp8266RomModel::handle(const LoaderRequest &req)
{
    switch (req.opcode) {
    case 0x02: flashBegin(req); break;
    case 0x03: flashData(req); break;
    case 0x04: flashEnd(req); break;
    default:
        if (!handleShared(req))
            reject(req);
        break;
    }
}

void Esp8266RomModel::flashBegin(const LoaderRequest &req)
{
    if (req.data.size() < 16) {
        fail(req, kErrInvalidMessage);
        return;
    }
    // The ROM keeps the new window even when it then refuses the request.
    m_flashBegin = flashBeginWords(req);
    const quint32 eraseSize = m_flashBegin.size;
    const quint32 offset = m_flashBegin.offset;
    if (!flashBeginFits(m_flashBegin)) {
        fail(req, kErrInvalidParam);
        return;
    }
    m_flashActive = true;
    qint64 cost = 0;
    if (eraseSize > 0) {
        const qint64 length = romEraseLength(offset, eraseSize);
        m_lastEraseOffset = offset - offset % FlashChip::kSectorSize;
        m_lastEraseLength = std::min(length, m_flash.size() - m_lastEraseOffset);
        cost = m_flash.eraseRange(m_lastEraseOffset, m_lastEraseLength);
        log(QStringLiteral("FLASH_BEGIN: asked to erase %1 bytes at 0x%2, erased %3")
                .arg(eraseSize)
                .arg(offset, 0, 16)
                .arg(m_lastEraseLength));
    }
    reply(req, 0, {}, cost);
}

void Esp8266RomModel::flashData(const LoaderRequest &req)
{
    writeFlashBlock(req, m_flashActive, m_flashBegin);
}

void Esp8266RomModel::flashEnd(const LoaderRequest &req)
{
    m_flashActive = false;
    replyAndLeaveLoader(req);
}

std::unique_ptr<EspStub> Esp8266RomModel::makeStub(EspStubHost &host)
{
    return std::make_unique<EspPortableStub>(host);
}

}  // namespace fw::esp::sim
