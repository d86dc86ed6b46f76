#pragma once
// SWire as a USB-UART adapter speaks it, without any I/O: one UART byte per SWire bit (0x80 = 1,
// 0xFE = 0), ten UART bytes per byte frame; builds write and read transactions, decodes replies.

#include <QByteArray>
#include <QtGlobal>

namespace fw::telink {

class SwireCodec {
public:
    // A UART byte is 10 bit times: start bit (low), 8 data bits LSB first, stop bit (high).
    // 0x80 keeps the line low for the start bit and 7 data bits: "4 units low, 1 high" = 1.
    // 0xFE keeps it low for the start bit and bit 0 only: "1 unit low, 4 high" = 0.
    static constexpr quint8 UartOne = 0x80;
    static constexpr quint8 UartZero = 0xFE;
    static constexpr int UartBytesPerFrame = 10;  // cmd flag, 8 data bits, end unit
    static constexpr int ReplyUartBytes = 9;      // what one read pulse brings back
    static constexpr quint8 StartValue = 0x5A;    // START: cmd flag 1
    static constexpr quint8 EndValue = 0xFF;      // END: cmd flag 1
    static constexpr quint8 ReadFlag = 0x80;      // bit 7 of RW_ID

    // One byte frame: cmd flag, the byte MSB first, the end unit.
    static QByteArray frame(quint8 value, bool command);
    static QByteArray startFrame() { return frame(StartValue, true); }
    static QByteArray endFrame() { return frame(EndValue, true); }
    // START, the 24-bit address high byte first, RW_ID (read flag | slave id).
    static QByteArray header(quint32 address, bool read, quint8 slaveId = 0);
    // A whole write: header, data (the chip stores each byte and moves on, or not in FIFO
    // mode), END.
    static QByteArray writeTransaction(quint32 address, const QByteArray &data, quint8 slaveId = 0);
    static int writeTransactionSize(int dataBytes) { return (6 + dataBytes) * UartBytesPerFrame; }
    // The start of a read; each byte is then fetched with readPulse() and the read ends with
    // endFrame().
    static QByteArray readHeader(quint32 address, quint8 slaveId = 0) { return header(address, true, slaveId); }
    // The master's single short low unit asking for the next byte.
    static QByteArray readPulse() { return QByteArray(1, char(UartZero)); }

    // What came back on RX for one read pulse. TX and RX share the wire, so the echo of the
    // pulse and the chip's first bit arrive merged in the first UART byte; then one UART byte
    // per data bit (each begins with the chip pulling the line low), then the end unit.
    enum class ReplyStatus {
        Ok,
        Silent,    // nothing at all: RX is not on the wire
        EchoOnly,  // only our own pulse: the chip did not drive the line
        Garbled,   // bits arrived but not in the shape of a reply (timing off, noise)
    };
    struct Reply {
        ReplyStatus status = ReplyStatus::Silent;
        quint8 value = 0;
    };
    static Reply decodeReply(const QByteArray &uartBytes);

    // The SWire bit a UART byte puts on the line: 1 when it holds the line low longer than
    // high (the chip compares the two), judged from the run of low bits after the start bit.
    static bool lineBit(quint8 uartByte);
};

}  // namespace fw::telink
