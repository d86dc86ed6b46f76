#include "esp/Command.h"

#include "esp/SlipCodec.h"

namespace fw::esp {

QString opcodeName(quint8 op)
{
    switch (Opcode(op)) {
    case Opcode::FlashBegin: return QStringLiteral("FLASH_BEGIN");
    case Opcode::FlashData: return QStringLiteral("FLASH_DATA");
    case Opcode::FlashEnd: return QStringLiteral("FLASH_END");
    case Opcode::MemBegin: return QStringLiteral("MEM_BEGIN");
    case Opcode::MemEnd: return QStringLiteral("MEM_END");
    case Opcode::MemData: return QStringLiteral("MEM_DATA");
    case Opcode::Sync: return QStringLiteral("SYNC");
    case Opcode::WriteReg: return QStringLiteral("WRITE_REG");
    case Opcode::ReadReg: return QStringLiteral("READ_REG");
    case Opcode::SpiSetParams: return QStringLiteral("SPI_SET_PARAMS");
    case Opcode::SpiAttach: return QStringLiteral("SPI_ATTACH");
    case Opcode::ReadFlashSlow: return QStringLiteral("READ_FLASH_SLOW");
    case Opcode::ChangeBaudrate: return QStringLiteral("CHANGE_BAUDRATE");
    case Opcode::FlashDeflBegin: return QStringLiteral("FLASH_DEFL_BEGIN");
    case Opcode::FlashDeflData: return QStringLiteral("FLASH_DEFL_DATA");
    case Opcode::FlashDeflEnd: return QStringLiteral("FLASH_DEFL_END");
    case Opcode::SpiFlashMd5: return QStringLiteral("SPI_FLASH_MD5");
    case Opcode::GetSecurityInfo: return QStringLiteral("GET_SECURITY_INFO");
    case Opcode::EraseFlash: return QStringLiteral("ERASE_FLASH");
    case Opcode::EraseRegion: return QStringLiteral("ERASE_REGION");
    case Opcode::ReadFlash: return QStringLiteral("READ_FLASH");
    case Opcode::RunUserCode: return QStringLiteral("RUN_USER_CODE");
    }
    return QStringLiteral("0x%1").arg(op, 2, 16, QLatin1Char('0'));
}

void Command::appendU16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

void Command::appendU32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

quint16 Command::readU16(QByteArrayView bytes, qsizetype at)
{
    if (at < 0 || at + 2 > bytes.size())
        return 0;
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

quint32 Command::readU32(QByteArrayView bytes, qsizetype at)
{
    if (at < 0 || at + 4 > bytes.size())
        return 0;
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(bytes[at + i]);
    return v;
}

QByteArray Command::encode() const
{
    QByteArray out;
    out.reserve(8 + data.size());
    out.append(char(RequestDirection));
    out.append(char(opcode));
    appendU16(out, quint16(data.size()));
    appendU32(out, checksum);
    out.append(data);
    return out;
}

QByteArray Command::frame() const
{
    return SlipCodec::encode(encode());
}

quint8 Command::checksumOf(QByteArrayView payload)
{
    quint8 sum = ChecksumSeed;
    for (char c : payload)
        sum ^= quint8(c);
    return sum;
}

Command Command::words(Opcode op, std::initializer_list<quint32> values)
{
    Command c;
    c.opcode = op;
    c.data.reserve(qsizetype(values.size() * 4));
    for (quint32 v : values)
        appendU32(c.data, v);
    return c;
}

Command Command::dataBlock(Opcode op, QByteArrayView block, quint32 sequence)
{
    Command c = words(op, {quint32(block.size()), sequence, 0, 0});
    c.data.append(block.data(), block.size());
    c.checksum = checksumOf(block);
    return c;
}

Command Command::sync()
{
    Command c;
    c.opcode = Opcode::Sync;
    c.data = QByteArray::fromHex("07071220");
    c.data.append(QByteArray(32, char(0x55)));
    return c;
}

Command Command::readReg(quint32 address)
{
    return words(Opcode::ReadReg, {address});
}

Command Command::writeReg(quint32 address, quint32 value, quint32 mask, quint32 delayUs)
{
    return words(Opcode::WriteReg, {address, value, mask, delayUs});
}

Command Command::flashBegin(quint32 eraseSize, quint32 numBlocks, quint32 blockSize,
                            quint32 offset, bool withEncryptWord, bool encrypted)
{
    Command c = words(Opcode::FlashBegin, {eraseSize, numBlocks, blockSize, offset});
    if (withEncryptWord)
        appendU32(c.data, encrypted ? 1 : 0);
    return c;
}

Command Command::flashData(QByteArrayView block, quint32 sequence)
{
    return dataBlock(Opcode::FlashData, block, sequence);
}

Command Command::flashEnd(bool reboot)
{
    // On the wire 0 reboots and 1 stays (runs user code without a reset).
    return words(Opcode::FlashEnd, {reboot ? 0u : 1u});
}

Command Command::memBegin(quint32 size, quint32 numBlocks, quint32 blockSize, quint32 address)
{
    return words(Opcode::MemBegin, {size, numBlocks, blockSize, address});
}

Command Command::memData(QByteArrayView block, quint32 sequence)
{
    return dataBlock(Opcode::MemData, block, sequence);
}

Command Command::memEnd(bool jumpToEntry, quint32 entryPoint)
{
    // Word 0 is "stay in the loader": 0 jumps to the entry point.
    return words(Opcode::MemEnd, {jumpToEntry ? 0u : 1u, entryPoint});
}

Command Command::spiAttach(bool romLoader, quint32 pins)
{
    if (romLoader)
        return words(Opcode::SpiAttach, {pins, 0});
    return words(Opcode::SpiAttach, {pins});
}

Command Command::spiSetParams(quint32 totalSize, quint32 blockSize, quint32 sectorSize,
                              quint32 pageSize, quint32 statusMask)
{
    return words(Opcode::SpiSetParams, {0, totalSize, blockSize, sectorSize, pageSize, statusMask});
}

Command Command::changeBaudrate(quint32 newBaud, quint32 oldBaud)
{
    return words(Opcode::ChangeBaudrate, {newBaud, oldBaud});
}

Command Command::readFlashSlow(quint32 offset, quint32 length)
{
    return words(Opcode::ReadFlashSlow, {offset, length});
}

Command Command::flashDeflBegin(quint32 uncompressedSize, quint32 numBlocks, quint32 blockSize,
                                quint32 offset, bool withEncryptWord, bool encrypted)
{
    Command c = words(Opcode::FlashDeflBegin, {uncompressedSize, numBlocks, blockSize, offset});
    if (withEncryptWord)
        appendU32(c.data, encrypted ? 1 : 0);
    return c;
}

Command Command::flashDeflData(QByteArrayView compressedBlock, quint32 sequence)
{
    return dataBlock(Opcode::FlashDeflData, compressedBlock, sequence);
}

Command Command::flashDeflEnd(bool reboot)
{
    return words(Opcode::FlashDeflEnd, {reboot ? 0u : 1u});
}

Command Command::spiFlashMd5(quint32 address, quint32 size)
{
    return words(Opcode::SpiFlashMd5, {address, size, 0, 0});
}

Command Command::getSecurityInfo()
{
    return words(Opcode::GetSecurityInfo, {});
}

Command Command::eraseFlash()
{
    return words(Opcode::EraseFlash, {});
}

Command Command::eraseRegion(quint32 offset, quint32 size)
{
    return words(Opcode::EraseRegion, {offset, size});
}

Command Command::readFlash(quint32 offset, quint32 length, quint32 packetSize, quint32 maxInFlight)
{
    return words(Opcode::ReadFlash, {offset, length, packetSize, maxInFlight});
}

Command Command::runUserCode()
{
    return words(Opcode::RunUserCode, {});
}

}  // namespace fw::esp
