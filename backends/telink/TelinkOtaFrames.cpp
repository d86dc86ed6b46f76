#include "telink/TelinkOtaFrames.h"

#include "telink/TelinkCrc16.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw::telink {

namespace {

void appendLe16(QByteArray &out, unsigned v)
{
    out.append(char(v & 0xFFu));
    out.append(char((v >> 8) & 0xFFu));
}

}  // namespace

QByteArray TelinkOtaFrames::versionRequest() { return QByteArray::fromHex("00ff"); }

QByteArray TelinkOtaFrames::start() { return QByteArray::fromHex("01ff"); }

int TelinkOtaFrames::frameCount(qint64 imageSize)
{
    return imageSize <= 0 ? 0 : int((imageSize + DataBytes - 1) / DataBytes);
}

QByteArray TelinkOtaFrames::dataFrame(const QByteArray &image, int index)
{
    QByteArray frame;
    frame.reserve(FrameSize);
    appendLe16(frame, unsigned(index));
    const qint64 offset = qint64(index) * DataBytes;
    const qint64 available = std::clamp<qint64>(image.size() - offset, 0, DataBytes);
    frame.append(image.constData() + offset, available);
    frame.append(DataBytes - available, char(Pad));
    const std::uint16_t crc = TelinkCrc16::update(
        TelinkCrc16::Initial, reinterpret_cast<const std::uint8_t *>(frame.constData()), 18);
    appendLe16(frame, crc);
    return frame;
}

QByteArray TelinkOtaFrames::end(int lastIndex)
{
    QByteArray frame = QByteArray::fromHex("02ff");
    appendLe16(frame, unsigned(lastIndex) & 0xFFFFu);
    appendLe16(frame, ~unsigned(lastIndex) & 0xFFFFu);
    return frame;
}

bool TelinkOtaFrames::parseDataFrame(const QByteArray &frame, int *index, QByteArray *data)
{
    if (frame.size() != FrameSize)
        return false;
    const auto *p = reinterpret_cast<const std::uint8_t *>(frame.constData());
    const std::uint16_t crc = TelinkCrc16::update(TelinkCrc16::Initial, p, 18);
    if (crc != std::uint16_t(p[18] | (p[19] << 8)))
        return false;
    if (index)
        *index = p[0] | (p[1] << 8);
    if (data)
        *data = frame.mid(2, DataBytes);
    return true;
}

QString TelinkOtaFrames::statusText(int status)
{
    switch (status) {
    case Success:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames", "the update was accepted");
    case PacketLoss:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames",
                                           "the device missed one or more packets");
    case DataCrcError:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames",
                                           "a packet arrived damaged (CRC error)");
    case WriteFlashError:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames",
                                           "the device could not write its flash memory");
    case DataIncomplete:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames",
                                           "the last packets did not arrive");
    case Timeout:
        return QCoreApplication::translate("fw::telink::TelinkOtaFrames",
                                           "the device waited too long for the next packet");
    case FirmwareCheckError:
        return QCoreApplication::translate(
            "fw::telink::TelinkOtaFrames",
            "the device rejected the firmware after checking it (CRC or signature)");
    default:
        break;
    }
    return QCoreApplication::translate("fw::telink::TelinkOtaFrames", "unknown status %1").arg(status);
}

QString TelinkOtaFrames::statusName(int status)
{
    switch (status) {
    case Success: return QStringLiteral("OTA_SUCCESS");
    case PacketLoss: return QStringLiteral("OTA_PACKET_LOSS");
    case DataCrcError: return QStringLiteral("OTA_DATA_CRC_ERR");
    case WriteFlashError: return QStringLiteral("OTA_WRITE_FLASH_ERR");
    case DataIncomplete: return QStringLiteral("OTA_DATA_UNCOMPLETE");
    case Timeout: return QStringLiteral("OTA_TIMEOUT");
    case FirmwareCheckError: return QStringLiteral("OTA_FW_CHECK_ERR");
    default: break;
    }
    return QStringLiteral("OTA_STATUS_%1").arg(status);
}

}  // namespace fw::telink
