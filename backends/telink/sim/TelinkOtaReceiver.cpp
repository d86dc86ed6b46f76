#include "telink/sim/TelinkOtaReceiver.h"

#include "telink/TelinkCrc16.h"
#include "telink/TelinkImage.h"

#include <algorithm>

namespace fw::telink::sim {

namespace {

constexpr int kFrameSize = 20;
constexpr int kBlockSize = 16;

quint32 u32At(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

}  // namespace

int TelinkOtaReceiver::leadingWord(const QByteArray &frame)
{
    if (frame.size() < 2)
        return -1;
    return quint8(frame[0]) | (quint8(frame[1]) << 8);
}

void TelinkOtaReceiver::start(const Plan &plan)
{
    m_plan = plan;
    m_state = State::Receiving;
    m_status = Success;
    m_lastIndex = -1;
    m_image.clear();
    if (plan.eraseFirst)
        m_flash.erase(plan.target, plan.prepared);
}

void TelinkOtaReceiver::reset()
{
    m_state = State::Idle;
    m_status = Success;
    m_lastIndex = -1;
    m_image.clear();
}

void TelinkOtaReceiver::eraseWritten()
{
    const qint64 written = std::max<qint64>(m_image.size(), m_plan.eraseFirst || m_plan.extended ? m_plan.prepared : 0);
    m_flash.erase(m_plan.target, written);
}

void TelinkOtaReceiver::fail(quint8 status)
{
    if (m_state != State::Receiving)
        return;
    eraseWritten();
    m_status = status;
    m_state = State::Failed;
}

TelinkOtaReceiver::Outcome TelinkOtaReceiver::onData(const QByteArray &frame, bool flashWritable)
{
    if (m_state != State::Receiving)
        return Outcome::Ignored;
    const int index = leadingWord(frame);
    // A frame of another length cannot carry a valid CRC at bytes 18-19 (model assumption).
    if (frame.size() != kFrameSize) {
        fail(DataCrcError);
        return Outcome::Failed;
    }
    if (index != m_lastIndex + 1) {
        fail(PacketLoss);
        return Outcome::Failed;
    }
    const quint16 crc = TelinkCrc16::compute(frame.left(18));
    const quint16 sent = quint16(quint8(frame[18]) | (quint8(frame[19]) << 8));
    if (crc != sent) {
        fail(DataCrcError);
        return Outcome::Failed;
    }
    const quint32 offset = quint32(index) * kBlockSize;
    const quint32 address = m_plan.target + offset;
    if (!flashWritable || address + kBlockSize > TelinkFlashMap::Size
        || (m_plan.extended && offset + kBlockSize > m_plan.prepared)) {
        fail(WriteFlashError);
        return Outcome::Failed;
    }
    QByteArray block = frame.mid(2, kBlockSize);
    m_image += block;
    m_lastIndex = index;
    // The boot mark is written last, on success, so a half-written bank never boots.
    if (offset <= TelinkFlashMap::BootFlagOffset && offset + kBlockSize > TelinkFlashMap::BootFlagOffset)
        block[TelinkFlashMap::BootFlagOffset - offset] = '\xFF';
    m_flash.program(address, block);

    const quint32 runEnd = m_plan.runningBank + m_plan.runningSize;
    if (m_plan.runningSize > 0 && address < runEnd && address + kBlockSize > m_plan.runningBank) {
        // The code the CPU executes has just been replaced under it.
        m_state = State::Idle;
        return Outcome::OverwroteRunningCode;
    }
    return Outcome::Accepted;
}

quint8 TelinkOtaReceiver::verifyImage() const
{
    if (m_image.size() < 0x20 || m_image.mid(8, 4) != QByteArrayLiteral("KNLT"))
        return FirmwareCheckError;
    const bool crcMarker = quint8(m_image[6]) == 0x5D && quint8(m_image[7]) == 0x02;
    if (crcMarker) {
        const quint32 size = u32At(m_image, 0x18);
        if (size < 0x20 || size > quint32(m_image.size()))
            return FirmwareCheckError;
        if (TelinkImage::imageCrc32(m_image.constData(), size - 4) != u32At(m_image, size - 4))
            return FirmwareCheckError;
    }
    if (m_plan.signedOnly && !TelinkImage::parseBin(m_image).hasXiaomiSignature)
        return FirmwareCheckError;
    return Success;
}

TelinkOtaReceiver::Outcome TelinkOtaReceiver::onEnd(const QByteArray &frame)
{
    if (m_state != State::Receiving)
        return Outcome::Ignored;
    if (frame.size() < 6) {
        fail(DataIncomplete);
        return Outcome::Failed;
    }
    const int last = quint8(frame[2]) | (quint8(frame[3]) << 8);
    const int check = quint8(frame[4]) | (quint8(frame[5]) << 8);
    // The end frame names the last index and its complement; anything else means frames
    // went missing on the way (the SDK reports both as "data incomplete").
    if ((last ^ check) != 0xFFFF || m_lastIndex < 0 || last != m_lastIndex) {
        fail(DataIncomplete);
        return Outcome::Failed;
    }
    const quint8 status = verifyImage();
    if (status != Success) {
        fail(status);
        return Outcome::Failed;
    }
    m_flash.setBootFlag(m_plan.target);
    if (m_plan.extended) {
        for (quint32 bank : {TelinkFlashMap::Bank0, TelinkFlashMap::Bank1}) {
            if (m_flash.isBootable(bank))
                m_flash.clearBootFlag(bank);
        }
    } else if (m_flash.isBootable(m_plan.runningBank)) {
        m_flash.clearBootFlag(m_plan.runningBank);
    }
    m_status = Success;
    m_state = State::Succeeded;
    return Outcome::Succeeded;
}

}  // namespace fw::telink::sim
