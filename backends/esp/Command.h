#pragma once
// Requests to the ESP ROM loader or flasher stub: the opcodes, the checksum of the *_DATA
// commands and one builder per command, each producing the unframed request bytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>

namespace fw::esp {

enum class Opcode : quint8 {
    FlashBegin = 0x02,
    FlashData = 0x03,
    FlashEnd = 0x04,
    MemBegin = 0x05,
    MemEnd = 0x06,
    MemData = 0x07,
    Sync = 0x08,
    WriteReg = 0x09,
    ReadReg = 0x0A,
    SpiSetParams = 0x0B,
    SpiAttach = 0x0D,
    ReadFlashSlow = 0x0E,
    ChangeBaudrate = 0x0F,
    FlashDeflBegin = 0x10,
    FlashDeflData = 0x11,
    FlashDeflEnd = 0x12,
    SpiFlashMd5 = 0x13,
    GetSecurityInfo = 0x14,
    EraseFlash = 0xD0,
    EraseRegion = 0xD1,
    ReadFlash = 0xD2,
    RunUserCode = 0xD3,
};

// Name as the protocol documentation spells it, e.g. "FLASH_BEGIN"; "0x42" for unknown opcodes.
QString opcodeName(quint8 op);
inline QString opcodeName(Opcode op) { return opcodeName(quint8(op)); }

struct Command {
    static constexpr quint8 RequestDirection = 0x00;
    static constexpr quint8 ChecksumSeed = 0xEF;
    static constexpr int DataSubHeaderSize = 16;  // len, seq, 0, 0 ahead of *_DATA payloads
    static constexpr quint32 RomSyncValue = 0x20120707;

    Opcode opcode = Opcode::Sync;
    QByteArray data;
    quint32 checksum = 0;

    // 0x00, opcode, u16 length, u32 checksum, data; little-endian. SLIP-encode before sending.
    QByteArray encode() const;
    // The encoded request wrapped in a SLIP frame, ready for the wire.
    QByteArray frame() const;

    // 0xEF XORed with every byte of `payload` (the bytes after the 16-byte sub-header).
    static quint8 checksumOf(QByteArrayView payload);

    static Command sync();
    static Command readReg(quint32 address);
    static Command writeReg(quint32 address, quint32 value, quint32 mask = 0xFFFFFFFF,
                            quint32 delayUs = 0);
    // eraseSize: what the loader should erase; on the ESP8266 ROM pass Esp8266RomEraseSize().
    // withEncryptWord: stubs and post-ESP32 ROMs expect a fifth word (the encryption flag).
    static Command flashBegin(quint32 eraseSize, quint32 numBlocks, quint32 blockSize,
                              quint32 offset, bool withEncryptWord = false, bool encrypted = false);
    static Command flashData(QByteArrayView block, quint32 sequence);
    // reboot=false leaves the chip running without a reset; a ROM leaves the loader either way.
    static Command flashEnd(bool reboot);
    static Command memBegin(quint32 size, quint32 numBlocks, quint32 blockSize, quint32 address);
    static Command memData(QByteArrayView block, quint32 sequence);
    // jumpToEntry=false keeps the loader running after the upload.
    static Command memEnd(bool jumpToEntry, quint32 entryPoint);
    static Command spiAttach(bool romLoader, quint32 pins = 0);
    static Command spiSetParams(quint32 totalSize, quint32 blockSize = 0x10000,
                                quint32 sectorSize = 0x1000, quint32 pageSize = 0x100,
                                quint32 statusMask = 0xFFFF);
    static Command changeBaudrate(quint32 newBaud, quint32 oldBaud);
    static Command readFlashSlow(quint32 offset, quint32 length);
    // uncompressedSize: on a ROM round it up to a whole number of blocks first.
    static Command flashDeflBegin(quint32 uncompressedSize, quint32 numBlocks, quint32 blockSize,
                                  quint32 offset, bool withEncryptWord = false, bool encrypted = false);
    static Command flashDeflData(QByteArrayView compressedBlock, quint32 sequence);
    static Command flashDeflEnd(bool reboot);
    static Command spiFlashMd5(quint32 address, quint32 size);
    static Command getSecurityInfo();
    static Command eraseFlash();
    static Command eraseRegion(quint32 offset, quint32 size);
    static Command readFlash(quint32 offset, quint32 length, quint32 packetSize = 0x1000,
                             quint32 maxInFlight = 64);
    static Command runUserCode();

    // Little-endian helpers shared by the encoders and decoders of this backend.
    static void appendU16(QByteArray &out, quint16 v);
    static void appendU32(QByteArray &out, quint32 v);
    static quint16 readU16(QByteArrayView bytes, qsizetype at);
    static quint32 readU32(QByteArrayView bytes, qsizetype at);

private:
    static Command words(Opcode op, std::initializer_list<quint32> values);
    static Command dataBlock(Opcode op, QByteArrayView block, quint32 sequence);
};

}  // namespace fw::esp
