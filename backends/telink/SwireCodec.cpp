#include "telink/SwireCodec.h"

namespace fw::telink {

namespace {

// Reply bytes, as a UART sees them, sampled at the middle of each bit time:
// - byte 0 starts with our pulse (start bit and bit 0 low); the chip answers once the line was
//   high longer than our pulse was low, about 4 bit times in. Its first bit decides bits 5..7:
//   a 1 keeps them low, a 0 is over by then and leaves them high.
// - bytes 1..7 start with the chip's falling edge: a 1 holds bits 0..6 low (8 of 10 bit times),
//   a 0 releases after bit 0 or 1, leaving bits 4..7 high.
// - byte 8 is the end unit: a short low, bits 4..7 high.
// Everything else means the chip's bit time does not match ours.
constexpr quint8 kFirstMask = 0xE0;
constexpr quint8 kZeroMask = 0xF0;
constexpr quint8 kOneMask = 0x7F;

}  // namespace

QByteArray SwireCodec::frame(quint8 value, bool command)
{
    QByteArray out;
    out.reserve(UartBytesPerFrame);
    out.append(char(command ? UartOne : UartZero));
    for (int bit = 7; bit >= 0; --bit)
        out.append(char((value >> bit) & 1 ? UartOne : UartZero));
    out.append(char(UartZero));  // the end unit: one short low
    return out;
}

QByteArray SwireCodec::header(quint32 address, bool read, quint8 slaveId)
{
    QByteArray out = startFrame();
    out.reserve(5 * UartBytesPerFrame);
    out += frame(quint8((address >> 16) & 0xFF), false);
    out += frame(quint8((address >> 8) & 0xFF), false);
    out += frame(quint8(address & 0xFF), false);
    out += frame(quint8((read ? ReadFlag : 0) | (slaveId & 0x7F)), false);
    return out;
}

QByteArray SwireCodec::writeTransaction(quint32 address, const QByteArray &data, quint8 slaveId)
{
    QByteArray out = header(address, false, slaveId);
    out.reserve(writeTransactionSize(int(data.size())));
    for (char c : data)
        out += frame(quint8(c), false);
    out += endFrame();
    return out;
}

SwireCodec::Reply SwireCodec::decodeReply(const QByteArray &uartBytes)
{
    Reply r;
    if (uartBytes.isEmpty())
        return r;
    if (uartBytes.size() == 1 && quint8(uartBytes[0]) == UartZero) {
        r.status = ReplyStatus::EchoOnly;
        return r;
    }
    r.status = ReplyStatus::Garbled;
    if (uartBytes.size() != ReplyUartBytes)
        return r;
    quint8 value = 0;
    const quint8 first = quint8(uartBytes[0]) & kFirstMask;
    if (first == 0)
        value = 1;
    else if (first != kFirstMask)
        return r;
    for (int i = 1; i < 8; ++i) {
        const quint8 b = quint8(uartBytes[i]);
        value = quint8(value << 1);
        if ((b & kOneMask) == 0)
            value |= 1;
        else if ((b & kZeroMask) != kZeroMask)
            return r;
    }
    if ((quint8(uartBytes[8]) & kZeroMask) != kZeroMask)
        return r;
    r.status = ReplyStatus::Ok;
    r.value = value;
    return r;
}

bool SwireCodec::lineBit(quint8 uartByte)
{
    int low = 1;  // the start bit
    for (int bit = 0; bit < 8 && !((uartByte >> bit) & 1); ++bit)
        ++low;
    return low > 10 - low;
}

}  // namespace fw::telink
