#include "esp/sim/EspStubModel.h"

#include "esp/sim/EspStubHost.h"
#include "esp/sim/FlashChip.h"
#include "esp/sim/SimZlibStream.h"


#include <algorithm>

namespace fw::esp::sim {

namespace {
constexpr int kSyncReplies = 8;
constexpr qint64 kReadBuffer = FlashChip::kSectorSize;  // the stub's read buffer
constexpr qint64 kInflateBuffer = 32 * 1024;            // written out whenever it fills
constexpr qint64 kSectorsPerBlock = FlashChip::kBlockSize / FlashChip::kSectorSize;
constexpr double kMd5UsPerKiB = 1500;  // SPI read plus ROM MD5, about 680 KiB/s

QString hex(quint32 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }
}  // namespace

struct EspStubModel::Inflater : SimZlibStream {};

// READ_FLASH in progress: the stub sends packets and waits for the host's running total.
struct EspStubModel::ReadJob {
    qint64 address = 0;
    qint64 length = 0;
    qint64 packet = 0;
    qint64 maxInFlight = 0;
    qint64 sent = 0;
    qint64 acked = 0;
    bool readFailed = false;
    QCryptographicHash md5{QCryptographicHash::Md5};
};

EspStubModel::EspStubModel(EspStubHost &host) : m_host(host) {}

EspStubModel::~EspStubModel() = default;

QString EspStubModel::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case 0x02: return QStringLiteral("FLASH_BEGIN");
    case 0x03: return QStringLiteral("FLASH_DATA");
    case 0x04: return QStringLiteral("FLASH_END");
    case 0x05: return QStringLiteral("MEM_BEGIN");
    case 0x06: return QStringLiteral("MEM_END");
    case 0x07: return QStringLiteral("MEM_DATA");
    case 0x08: return QStringLiteral("SYNC");
    case 0x09: return QStringLiteral("WRITE_REG");
    case 0x0A: return QStringLiteral("READ_REG");
    case 0x0B: return QStringLiteral("SPI_SET_PARAMS");
    case 0x0D: return QStringLiteral("SPI_ATTACH");
    case 0x0E: return QStringLiteral("READ_FLASH_SLOW");
    case 0x0F: return QStringLiteral("CHANGE_BAUDRATE");
    case 0x10: return QStringLiteral("FLASH_DEFL_BEGIN");
    case 0x11: return QStringLiteral("FLASH_DEFL_DATA");
    case 0x12: return QStringLiteral("FLASH_DEFL_END");
    case 0x13: return QStringLiteral("SPI_FLASH_MD5");
    case 0x14: return QStringLiteral("GET_SECURITY_INFO");
    case 0xD0: return QStringLiteral("ERASE_FLASH");
    case 0xD1: return QStringLiteral("ERASE_REGION");
    case 0xD2: return QStringLiteral("READ_FLASH");
    case 0xD3: return QStringLiteral("RUN_USER_CODE");
    default: return QStringLiteral("0x%1").arg(opcode, 2, 16, QLatin1Char('0'));
    }
}

void EspStubModel::start(bool greet)
{
    m_paramsSize = kDefaultParamsSize;
    if (greet) {
        m_host.sendFrame(QByteArrayLiteral("OHAI"));
        m_host.log(QStringLiteral("stub: running, sent OHAI"));
    } else {
        m_host.log(QStringLiteral("stub: already running (left by an earlier session)"));
    }
}

void EspStubModel::reply(const LoaderRequest &req, quint8 error, quint32 value, const QByteArray &payload,
                         qint64 costUs, std::function<void()> after)
{
    QByteArray body = error == kOk ? payload : QByteArray();
    body.append(char(error));
    body.append(char(0));
    m_host.sendFrame(LoaderRequest::response(req.opcode, value, body), costUs, std::move(after));
    if (error != kOk)
        m_host.log(QStringLiteral("stub: %1 failed with status 0x%2")
                       .arg(opcodeName(req.opcode))
                       .arg(error, 2, 16, QLatin1Char('0')));
}

void EspStubModel::onFrame(const QByteArray &frame)
{
    if (m_read) {
        readAck(frame);
        return;
    }
    LoaderRequest req;
    const LoaderRequest::Parse p = LoaderRequest::parse(frame, &req);
    if (p == LoaderRequest::Parse::NotARequest)
        return;
    ++m_requests;
    if (p == LoaderRequest::Parse::LengthMismatch) {
        reply(req, kBadDataLen);
        return;
    }
    if (req.data.size() > qsizetype(kMaxBlock) + 16) {
        // Answered before anything else, with a marker in the second status byte.
        QByteArray body;
        body.append(char(kBadDataLen));
        body.append(char(kOversizeMarker));
        m_host.sendFrame(LoaderRequest::response(req.opcode, 0, body));
        m_host.log(QStringLiteral("stub: %1 frame of %2 bytes is too long")
                       .arg(opcodeName(req.opcode))
                       .arg(req.data.size()));
        return;
    }
    handle(req);
}

void EspStubModel::handle(const LoaderRequest &req)
{
    const qsizetype len = req.data.size();
    switch (req.opcode) {
    case 0x08: sync(req); break;
    case 0x0A:
        if (len == 4)
            reply(req, kOk, m_host.readRegister(req.word(0)));
        else
            reply(req, kBadDataLen);
        break;
    case 0x09: writeReg(req); break;
    case 0x05:
        if (len != 16) {
            reply(req, kFailed);
            break;
        }
        m_memActive = req.word(3) != 0;
        m_memRemaining = req.word(0);
        reply(req, kOk);
        break;
    case 0x07: memData(req); break;
    case 0x06: memEnd(req); break;
    case 0x02: flashBegin(req, false); break;
    case 0x10: flashBegin(req, true); break;
    case 0x03:
    case 0x11: flashData(req); break;
    case 0x04:
    case 0x12: flashEnd(req); break;
    case 0x0B:  // id, total size, block, sector, page, status mask
        if (len != 24) {
            reply(req, kFailed);
            break;
        }
        m_paramsSize = req.word(1);
        m_host.log(QStringLiteral("stub: flash size set to %1 bytes").arg(m_paramsSize));
        reply(req, kOk);
        break;
    case 0x0D:  // the stub takes the pin word only; a ROM-style extra word is a wrong length
        reply(req, len == 4 ? kOk : kFailed);
        break;
    case 0x0F: {
        if (len != 8) {
            reply(req, kBadDataLen);
            break;
        }
        const qint32 baud = qint32(req.word(0));
        // The answer still leaves at the old rate; the divider changes right after it.
        reply(req, kOk, 0, {}, 0, [this, baud] {
            m_host.setUartBaud(baud);
            m_host.log(QStringLiteral("stub: UART now at %1 baud").arg(baud));
        });
        break;
    }
    case 0x13: md5(req); break;
    case 0xD0: {
        if (len != 0) {
            reply(req, kFailed);
            break;
        }
        m_host.log(QStringLiteral("stub: erasing the whole chip"));
        reply(req, kOk, 0, {}, m_host.flash().eraseChip());
        break;
    }
    case 0xD1: eraseRegion(req); break;
    case 0xD2: readFlash(req); break;
    case 0xD3:
        m_host.log(QStringLiteral("stub: RUN_USER_CODE, booting the application"));
        m_host.runApplication();  // no answer
        break;
    default: reply(req, kNotImplemented); break;
    }
}

void EspStubModel::sync(const LoaderRequest &req)
{
    if (req.data.size() != 36) {
        reply(req, kBadDataLen);
        return;
    }
    // Eight answers like the ROM's, but with value 0: that is how a host recognises the stub.
    for (int i = 0; i < kSyncReplies; ++i)
        reply(req, kOk, 0);
}

void EspStubModel::writeReg(const LoaderRequest &req)
{
    if (req.data.size() % 16 != 0) {
        reply(req, kBadDataLen);
        return;
    }
    qint64 delayUs = 0;
    for (int i = 0; i + 3 < req.wordCount(); i += 4) {
        const quint32 address = req.word(i);
        const quint32 mask = req.word(i + 2);
        quint32 v = req.word(i + 1) & mask;
        if (mask != 0xFFFFFFFFu)
            v |= m_host.readRegister(address) & ~mask;
        delayUs += req.word(i + 3);  // the stub waits before each write
        m_host.writeRegister(address, v);
    }
    reply(req, kOk, 0, {}, delayUs);
}

void EspStubModel::memData(const LoaderRequest &req)
{
    const qint64 length = std::max<qint64>(0, req.data.size() - 16);
    quint8 error = kOk;
    if (!m_memActive && length > 0)
        error = kNotInFlashMode;
    else if (length > m_memRemaining)
        error = kTooMuchData;
    else if (length % 4 != 0)
        error = kBadDataLen;
    else
        m_memRemaining -= length;
    reply(req, error);
}

void EspStubModel::memEnd(const LoaderRequest &req)
{
    if (req.data.size() != 8) {
        reply(req, kFailed);
        return;
    }
    const bool complete = m_memRemaining == 0;
    m_memRemaining = 0;
    m_memActive = false;
    const quint32 entry = req.word(1);
    if (complete && entry != 0)
        m_host.log(QStringLiteral("stub: MEM_END asks to run code at %1; the simulator cannot execute "
                                  "it and stays in the stub")
                       .arg(hex(entry)));
    reply(req, complete ? kOk : kFailed);
}

void EspStubModel::flashBegin(const LoaderRequest &req, bool compressed)
{
    if (req.data.size() == 16 && req.word(2) > kMaxBlock) {
        reply(req, kBadBlockSize);
        return;
    }
    if (req.data.size() != 16) {
        reply(req, kFailed);
        return;
    }
    const qint64 size = req.word(0);
    const qint64 offset = req.word(3);
    WriteState w;
    w.active = true;
    w.nextWrite = offset;
    w.remaining = size;
    // The true size: no over-erase, only the sectors the data touches.
    w.nextEraseSector = offset / FlashChip::kSectorSize;
    w.remainingEraseSectors = (offset % FlashChip::kSectorSize + size + FlashChip::kSectorSize - 1)
                              / FlashChip::kSectorSize;
    m_write = w;
    m_inflater.reset();
    m_inflateOut.clear();
    if (compressed) {
        m_inflater = std::make_unique<Inflater>();
        m_write.compressedRemaining = qint64(req.word(1)) * req.word(2);
    }
    if (size > 0)
        m_host.log(QStringLiteral("stub: %1 %2 bytes at %3 (erased as the data arrives)")
                       .arg(opcodeName(req.opcode))
                       .arg(size)
                       .arg(hex(quint32(offset))));
    reply(req, kOk);
}

void EspStubModel::flashData(const LoaderRequest &req)
{
    QByteArray payload = req.data.mid(16);
    quint8 error = kOk;
    if (!m_write.active) {
        error = kNotInFlashMode;
    } else {
        // An earlier block's failure is reported with the next block.
        error = m_write.lastError;
        if (req.word(0) != quint32(payload.size()))
            error = kBadDataLen;
        if (LoaderRequest::dataChecksum(payload) != (req.checksum & 0xFF))
            error = kBadChecksum;
    }
    // Acknowledged on receipt; the stub writes while the host sends the next block.
    reply(req, error);
    if (error != kOk)
        return;
    const qint64 cost = req.opcode == 0x11 ? inflateData(payload) : writeData(payload);
    m_host.occupy(cost);
}

qint64 EspStubModel::startNextErase()
{
    WriteState &w = m_write;
    if (w.remainingEraseSectors <= 0)
        return 0;
    const bool block = w.remainingEraseSectors >= kSectorsPerBlock && w.nextEraseSector % kSectorsPerBlock == 0;
    const qint64 address = w.nextEraseSector * FlashChip::kSectorSize;
    FlashChip &flash = m_host.flash();
    qint64 cost = 0;
    if (address < m_paramsSize)
        cost = block ? flash.eraseBlock(address) : flash.eraseSector(address);
    const qint64 n = block ? kSectorsPerBlock : 1;
    w.remainingEraseSectors -= n;
    w.nextEraseSector += n;
    return cost;
}

qint64 EspStubModel::writeData(const QByteArray &dataIn)
{
    WriteState &w = m_write;
    // The last block carries padding beyond the announced size; it is cut off.
    const qint64 length = std::min<qint64>(dataIn.size(), w.remaining);
    if (length <= 0)
        return 0;
    qint64 cost = 0;
    const qint64 lastSector = (w.nextWrite + length) / FlashChip::kSectorSize;
    while (w.remainingEraseSectors > 0 && w.nextEraseSector <= lastSector)
        cost += startNextErase();
    if (w.nextWrite + length > m_paramsSize)
        w.lastError = kFailedSpiOp;  // the ROM's SPIWrite refuses addresses past the set size
    else
        cost += m_host.flash().program(w.nextWrite, dataIn.left(length));
    w.nextWrite += length;
    w.remaining -= length;
    w.written += length;
    if (w.remaining == 0)
        m_host.log(QStringLiteral("stub: %1 bytes written, up to %2")
                       .arg(w.written)
                       .arg(hex(quint32(w.nextWrite))));
    return cost;
}

qint64 EspStubModel::inflateData(const QByteArray &dataIn)
{
    WriteState &w = m_write;
    if (!m_inflater || !m_inflater->ok) {
        w.lastError = kInflateError;
        return 0;
    }
    // After the last byte only the 4-byte Adler-32 trailer may still come.
    if (w.remaining == 0 && dataIn.size() > 4) {
        w.lastError = kTooMuchData;
        return 0;
    }
    Inflater &inf = *m_inflater;
    QByteArray data = dataIn;
    inf.zs.next_in = reinterpret_cast<Bytef *>(data.data());
    inf.zs.avail_in = uInt(data.size());
    qint64 cost = 0;
    bool failed = false;
    while (inf.zs.avail_in > 0 && w.remaining > 0 && !inf.finished) {
        // Decompressing takes time, so the stub starts the next erase meanwhile.
        cost += startNextErase();
        const qint64 have = m_inflateOut.size();
        m_inflateOut.resize(kInflateBuffer);
        inf.zs.next_out = reinterpret_cast<Bytef *>(m_inflateOut.data() + have);
        inf.zs.avail_out = uInt(kInflateBuffer - have);
        const int rc = inflate(&inf.zs, Z_NO_FLUSH);
        m_inflateOut.resize(kInflateBuffer - qint64(inf.zs.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            failed = true;
            break;
        }
        inf.finished = rc == Z_STREAM_END;
        if (inf.finished || m_inflateOut.size() == kInflateBuffer) {
            cost += writeData(m_inflateOut);
            m_inflateOut.clear();
        }
        if (rc == Z_BUF_ERROR)
            break;
    }
    w.compressedRemaining -= data.size() - qint64(inf.zs.avail_in);
    inf.zs.next_in = nullptr;
    inf.zs.avail_in = 0;
    if (failed) {
        m_host.log(QStringLiteral("stub: the compressed stream is corrupt"));
        w.lastError = kInflateError;
    } else if (inf.finished && w.remaining > 0) {
        w.lastError = kNotEnoughData;
    }
    return cost;
}

void EspStubModel::flashEnd(const LoaderRequest &req)
{
    quint8 error = kOk;
    if (!m_write.active) {
        error = kNotInFlashMode;
    } else if (m_write.remaining > 0) {
        error = kNotEnoughData;
    } else {
        m_write.active = false;
        error = m_write.lastError;
    }
    const bool reboot = req.word(0) == 0;
    std::function<void()> after;
    if (error == kOk && reboot) {
        after = [this] { m_host.softwareReset(); };
        m_host.log(QStringLiteral("stub: %1 asks for a reboot").arg(opcodeName(req.opcode)));
    }
    reply(req, error, 0, {}, 0, std::move(after));
}

qint64 EspStubModel::md5CostUs(qint64 bytes) const
{
    return qint64(double(bytes) / 1024.0 * kMd5UsPerKiB * m_host.flash().timing().scale);
}

void EspStubModel::md5(const LoaderRequest &req)
{
    if (req.data.size() != 16) {
        reply(req, kFailed);
        return;
    }
    const qint64 address = req.word(0);
    const qint64 size = req.word(1);
    if (address + size > m_paramsSize) {
        reply(req, kFailed);
        return;
    }
    // Sixteen raw bytes, unlike the ESP32 ROM's 32 hex characters.
    const QByteArray digest =
        QCryptographicHash::hash(m_host.flash().read(address, size), QCryptographicHash::Md5);
    reply(req, kOk, 0, digest, md5CostUs(size));
}

void EspStubModel::eraseRegion(const LoaderRequest &req)
{
    if (req.data.size() != 8) {
        reply(req, kFailed);
        return;
    }
    qint64 address = req.word(0);
    qint64 length = req.word(1);
    if (address % FlashChip::kSectorSize != 0 || length % FlashChip::kSectorSize != 0) {
        m_host.log(QStringLiteral("stub: ERASE_REGION %1+%2 is not in whole 4 KiB sectors")
                       .arg(hex(quint32(address)))
                       .arg(hex(quint32(length))));
        reply(req, kFailed);
        return;
    }
    if (address + length > m_paramsSize) {
        reply(req, kFailed);
        return;
    }
    m_host.log(QStringLiteral("stub: erasing %1 bytes at %2").arg(length).arg(hex(quint32(address))));
    FlashChip &flash = m_host.flash();
    qint64 cost = 0;
    // Sectors up to a 64 KiB boundary, blocks while more than a block is left, then sectors.
    while (length > 0 && address % FlashChip::kBlockSize != 0) {
        cost += flash.eraseSector(address);
        address += FlashChip::kSectorSize;
        length -= FlashChip::kSectorSize;
    }
    while (length > FlashChip::kBlockSize) {
        cost += flash.eraseBlock(address);
        address += FlashChip::kBlockSize;
        length -= FlashChip::kBlockSize;
    }
    while (length > 0) {
        cost += flash.eraseSector(address);
        address += FlashChip::kSectorSize;
        length -= FlashChip::kSectorSize;
    }
    reply(req, kOk, 0, {}, cost);
}

void EspStubModel::readFlash(const LoaderRequest &req)
{
    if (req.data.size() != 16) {
        reply(req, kBadDataLen);
        return;
    }
    reply(req, kOk);
    auto job = std::make_unique<ReadJob>();
    job->address = req.word(0);
    job->length = req.word(1);
    job->packet = req.word(2);
    job->maxInFlight = req.word(3);
    if (job->packet > kReadBuffer || job->packet == 0) {
        // Larger than the stub's buffer: it gives up silently after the status.
        m_host.log(QStringLiteral("stub: READ_FLASH packet size %1 is too large; nothing is sent")
                       .arg(job->packet));
        return;
    }
    m_host.log(QStringLiteral("stub: reading %1 bytes at %2 in %3-byte packets")
                   .arg(job->length)
                   .arg(hex(quint32(job->address)))
                   .arg(job->packet));
    m_read = std::move(job);
    if (m_read->length == 0)
        finishRead();
    else
        pumpRead();
}

void EspStubModel::pumpRead()
{
    ReadJob &r = *m_read;
    // The legacy stub compares max_in_flight with un-acknowledged *bytes* (esp.md §4.3).
    while (!r.readFailed && r.sent < r.length && r.sent - r.acked < r.maxInFlight) {
        const qint64 n = std::min(r.packet, r.length - r.sent);
        if (r.address + n > m_paramsSize) {
            r.readFailed = true;  // SPIRead refuses; the stub then only waits for an ack
            m_host.log(QStringLiteral("stub: READ_FLASH beyond the set flash size"));
            break;
        }
        const QByteArray data = m_host.flash().read(r.address, n);
        m_host.sendFrame(data);
        r.md5.addData(data);
        r.address += n;
        r.sent += n;
    }
}

void EspStubModel::readAck(const QByteArray &frame)
{
    if (frame.size() != 4) {
        // Anything but an acknowledgement ends the read; that frame is lost.
        m_host.log(QStringLiteral("stub: READ_FLASH ended by a %1-byte frame").arg(frame.size()));
        finishRead();
        return;
    }
    ReadJob &r = *m_read;
    r.acked = LoaderRequest::readU32(frame, 0);
    if (r.acked < r.length && r.acked <= r.sent)
        pumpRead();
    else
        finishRead();
}

void EspStubModel::finishRead()
{
    // The MD5 covers what was sent, as a raw 16-byte frame.
    m_host.sendFrame(m_read->md5.result());
    m_read.reset();
}

}  // namespace fw::esp::sim
