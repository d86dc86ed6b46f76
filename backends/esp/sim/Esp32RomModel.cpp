#include "esp/sim/Esp32RomModel.h"

#include "core/sim/SimPort.h"
#include "esp/sim/SimZlibStream.h"

#include <QCryptographicHash>

#include <algorithm>

namespace fw::esp::sim {

namespace {
constexpr quint32 kSpiBase = 0x3FF42000;
constexpr quint32 kSpiW0 = 0x80;
constexpr double kUartClockHz = 40e6;  // APB runs from the 40 MHz crystal in the ROM
constexpr double kMd5UsPerKiB = 2500;  // the ROM hashes about 400 KiB/s
constexpr qint32 kMinBaud = 300;
constexpr qint32 kMaxBaud = 5'000'000;
constexpr quint32 kRtcCaliCfg1 = 0x3FF5F06C;
constexpr quint32 kRtcCaliValue = 1024;
constexpr quint32 kCk8mFreqEfuse = 100;
}  // namespace

struct Esp32RomModel::Inflater : SimZlibStream {};

Esp32RomModel::Esp32RomModel() : Esp32RomModel(Options{}) {}

Esp32RomModel::Esp32RomModel(const Options &options)
    : EspRomModel(options.jedecId, options.wiring, options.timeScale, kSpiBase, kSpiW0),
      m_options(options)
{
    setStartInStub(options.stubRunning);
    setCorruptDataBlock(options.corruptDataBlock);
}

Esp32RomModel::~Esp32RomModel() = default;

void Esp32RomModel::onBoot()
{
    m_attached = false;
    m_flashActive = false;
    m_inflater.reset();
}

QByteArray Esp32RomModel::bootText(int resetCause, bool download) const
{
    Q_UNUSED(resetCause);  // EN and power-on both report POWERON_RESET on the ESP32
    QByteArray out = "ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),";
    if (download)
        return out + "boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download\r\n";
    return out + "boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n";
}

QByteArray Esp32RomModel::applicationText() const
{
    return "configsip: 0, SPIWP:0xee\r\n"
           "clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\r\n"
           "mode:DIO, clock div:1\r\n"
           "load:0x3fff0030,len:1184\r\n"
           "entry 0x400805f0\r\n";
}

quint32 Esp32RomModel::readRegister(quint32 address) const
{
    if (address == kMagicRegister)
        return kMagicValue;
    const quint64 mac = m_options.mac;
    if (address == kEfuseBase + 4)  // MAC bytes 2..5
        return quint32(mac & 0xFFFFFFFF);
    if (address == kEfuseBase + 8)  // MAC bytes 0..1; the CRC byte above is left 0
        return quint32((mac >> 32) & 0xFFFF);
    // The ROM sets its UART divider from its own crystal estimate: RTC calibration value
    // (RTCCALICFG1 bits 7..31) x 15625 x CK8M eFuse byte / 40. These two make it exactly 40 MHz,
    // so a host that corrects CHANGE_BAUDRATE for the estimate (esptool) gets the rate it asked.
    if (address == kEfuseBase + 16)
        return kCk8mFreqEfuse;
    if (address == kRtcCaliCfg1)
        return kRtcCaliValue << 7;
    if (address == kUartClkDiv && m_port) {
        qint32 baud = deviceBaud() > 0 ? deviceBaud() : m_port->hostBaud();
        if (baud <= 0)
            baud = kRomBaud;
        return quint32(kUartClockHz / baud + 0.5);
    }
    return EspRomModel::readRegister(address);
}

void Esp32RomModel::handle(const LoaderRequest &req)
{
    switch (req.opcode) {
    case 0x02: flashBegin(req, false); break;
    case 0x03: flashData(req); break;
    case 0x04: flashEnd(req); break;
    case 0x0B:  // SPI_SET_PARAMS: id, total size, block, sector, page, status mask
        if (req.data.size() != 24)
            fail(req, kErrInvalidMessage);
        else
            reply(req);
        break;
    case 0x0D:  // SPI_ATTACH: pin configuration (0 = default), plus a 0 word on a ROM
        if (req.data.size() != 4 && req.data.size() != 8) {
            fail(req, kErrInvalidMessage);
        } else {
            m_attached = true;
            reply(req);
        }
        break;
    case 0x0E: readSlow(req); break;
    case 0x0F: changeBaud(req); break;
    case 0x10: flashBegin(req, true); break;
    case 0x11: deflData(req); break;
    case 0x12: flashEnd(req); break;
    case 0x13: md5(req); break;
    default:
        if (!handleShared(req))
            reject(req);
        break;
    }
}

bool Esp32RomModel::requireAttach(const LoaderRequest &req)
{
    if (m_attached)
        return true;
    log(QStringLiteral("flash command 0x%1 before SPI_ATTACH").arg(req.opcode, 2, 16, QLatin1Char('0')));
    fail(req, kErrNotAttached);
    return false;
}

qint64 Esp32RomModel::eraseCost(qint64 offset, qint64 length)
{
    return length > 0 ? m_flash.eraseRange(offset - offset % FlashChip::kSectorSize,
                                           length + offset % FlashChip::kSectorSize)
                      : 0;
}

void Esp32RomModel::flashBegin(const LoaderRequest &req, bool compressed)
{
    if (!requireAttach(req))
        return;
    if (req.data.size() != 16 && req.data.size() != 20) {
        fail(req, kErrInvalidMessage);
        return;
    }
    const FlashBegin begin = flashBeginWords(req);
    if (!flashBeginFits(begin)) {
        fail(req, kErrInvalidParam);
        return;
    }
    m_flashBegin = begin;
    m_nextSeq = 0;
    m_writePos = begin.offset;
    m_compressed = compressed;
    m_flashActive = true;
    m_inflater.reset();
    if (compressed) {
        m_inflater = std::make_unique<Inflater>();
        if (!m_inflater->ok) {
            fail(req, kErrDeflate);
            return;
        }
    }
    // Unlike the ESP8266, the ESP32 ROM erases exactly what it is asked to.
    reply(req, 0, {}, eraseCost(begin.offset, begin.size));
}

void Esp32RomModel::flashData(const LoaderRequest &req)
{
    if (!requireAttach(req))
        return;
    writeFlashBlock(req, m_flashActive && !m_compressed, m_flashBegin);
}

void Esp32RomModel::deflData(const LoaderRequest &req)
{
    if (!requireAttach(req))
        return;
    QByteArray payload;
    quint32 seq = 0;
    if (!checkDataBlock(req, &payload, &seq))
        return;
    if (!m_flashActive || !m_compressed || !m_inflater || seq != m_nextSeq) {
        fail(req, kErrInvalidParam);
        return;
    }
    ++m_nextSeq;
    Inflater &inf = *m_inflater;
    if (inf.finished) {
        fail(req, kErrDeflate);
        return;
    }
    inf.zs.next_in = reinterpret_cast<Bytef *>(payload.data());
    inf.zs.avail_in = uInt(payload.size());
    const qint64 end = qint64(m_flashBegin.offset) + m_flashBegin.size;
    qint64 cost = 0;
    QByteArray out(32 * 1024, '\0');
    while (inf.zs.avail_in > 0 && !inf.finished) {
        inf.zs.next_out = reinterpret_cast<Bytef *>(out.data());
        inf.zs.avail_out = uInt(out.size());
        const int rc = inflate(&inf.zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            log(QStringLiteral("inflate failed in block %1: %2").arg(seq).arg(rc));
            fail(req, kErrDeflate);
            return;
        }
        const qint64 produced = out.size() - qint64(inf.zs.avail_out);
        if (m_writePos + produced > end) {
            fail(req, kErrDeflate);  // more data than FLASH_DEFL_BEGIN announced
            return;
        }
        cost += m_flash.program(m_writePos, out.left(produced));
        m_writePos += produced;
        inf.finished = rc == Z_STREAM_END;
        if (rc == Z_BUF_ERROR && produced == 0)
            break;
    }
    reply(req, 0, {}, cost);
}

void Esp32RomModel::flashEnd(const LoaderRequest &req)
{
    if (!requireAttach(req))
        return;
    m_flashActive = false;
    m_inflater.reset();
    replyAndLeaveLoader(req);
}

void Esp32RomModel::md5(const LoaderRequest &req)
{
    if (!requireAttach(req))
        return;
    if (req.data.size() != 16) {
        fail(req, kErrInvalidMessage);
        return;
    }
    const qint64 address = req.word(0);
    const qint64 size = req.word(1);
    if (address + size > m_flash.size()) {
        fail(req, kErrFlashRead);
        return;
    }
    const QByteArray digest = QCryptographicHash::hash(m_flash.read(address, size), QCryptographicHash::Md5);
    const qint64 cost = qint64(double(size) / 1024.0 * kMd5UsPerKiB * m_flash.timing().scale);
    reply(req, 0, digest.toHex(), cost);
}

void Esp32RomModel::readSlow(const LoaderRequest &req)
{
    if (!requireAttach(req))
        return;
    if (req.data.size() != 8) {
        fail(req, kErrInvalidMessage);
        return;
    }
    const qint64 address = req.word(0);
    const qint64 length = req.word(1);
    if (length > kReadSlowMax) {
        fail(req, kErrReadLength);
        return;
    }
    if (address + length > m_flash.size()) {
        fail(req, kErrFlashRead);
        return;
    }
    // The ROM always answers with its whole 64-byte buffer, whatever length was asked for.
    reply(req, 0, m_flash.read(address, kReadSlowMax));
}

void Esp32RomModel::changeBaud(const LoaderRequest &req)
{
    if (req.data.size() != 8) {
        fail(req, kErrInvalidMessage);
        return;
    }
    const qint32 baud = qint32(req.word(0));
    if (baud < kMinBaud || baud > kMaxBaud) {
        fail(req, kErrInvalidParam);
        return;
    }
    // The reply still leaves at the old rate; the UART divider changes right after it.
    reply(req, 0, {}, 0, [this, baud] {
        setBaud(baud);
        log(QStringLiteral("UART now at %1 baud").arg(baud));
    });
}

}  // namespace fw::esp::sim
