#include "telink/TelinkRescue.h"

#include "telink/TelinkImage.h"
#include "telink/TelinkRescueDiagnoses.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace fw::telink {

using fw::core::Diagnosis;
using fw::core::JobError;
using Status = SwireCodec::ReplyStatus;

namespace {

constexpr int kResetPulseMs = 60;
constexpr int kStopBurstMs = 100;
// The SWS bit time is divider x 5 system clocks (telink.md §5.3: swsbaud = Fclk / 5 / reg); one
// SWire bit per UART byte of 10 bit times gives divider = Fclk x 2 / baud. The system clock of a
// stopped chip is not known for sure: 24 MHz is tried first, then 16..48 MHz.
constexpr double kLikelyClockHz = 24e6;
constexpr double kLowestClockHz = 16e6;
constexpr double kHighestClockHz = 48e6;
constexpr int kScanReplyTimeoutMs = 40;

QString hex(quint32 v, int width = 5)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

int dividerFor(double clockHz, qint32 baud)
{
    return std::clamp(int(std::lround(clockHz * 2.0 / double(baud))), 2, 255);
}

bool allErased(const QByteArray &b)
{
    return std::all_of(b.begin(), b.end(), [](char c) { return quint8(c) == 0xFF; });
}

}  // namespace

QVariantMap TelinkRescueResult::toVariant() const
{
    QVariantMap m;
    m.insert(QStringLiteral("baud"), baud);
    m.insert(QStringLiteral("swsDivider"), swsDivider);
    m.insert(QStringLiteral("activationMs"), activationMs);
    m.insert(QStringLiteral("programCounter"), QStringLiteral("0x%1").arg(programCounter, 6, 16, QLatin1Char('0')));
    m.insert(QStringLiteral("jedecId"), QStringLiteral("0x%1").arg(jedecId, 6, 16, QLatin1Char('0')));
    m.insert(QStringLiteral("flashSize"), flashSize);
    m.insert(QStringLiteral("mac"), mac);
    m.insert(QStringLiteral("firmwareOnChip"), firmwareOnChip);
    if (!backupPath.isEmpty()) {
        m.insert(QStringLiteral("backupPath"), backupPath);
        m.insert(QStringLiteral("backupSha256"), backupSha256);
    }
    if (!readPath.isEmpty()) {
        m.insert(QStringLiteral("readPath"), readPath);
        m.insert(QStringLiteral("readStart"), readStart);
        m.insert(QStringLiteral("readLength"), readLength);
    }
    m.insert(QStringLiteral("bytesWritten"), bytesWritten);
    m.insert(QStringLiteral("bytesSkipped"), bytesSkipped);
    m.insert(QStringLiteral("sectorsErased"), sectorsErased);
    m.insert(QStringLiteral("verified"), verified);
    m.insert(QStringLiteral("firmwareStarted"), firmwareStarted);
    m.insert(QStringLiteral("writeSeconds"), writeSeconds);
    m.insert(QStringLiteral("readSeconds"), readSeconds);
    m.insert(QStringLiteral("lastReadBytes"), lastReadBytes);
    return m;
}

TelinkRescue::TelinkRescue(fw::core::ByteLink &link, fw::core::JobContext &ctx)
    : m_link(link), m_ctx(ctx), m_master(link, ctx)
{
}

QList<qint32> TelinkRescue::baudLadder(qint32 first)
{
    QList<qint32> out{first};
    for (qint32 b : {921600, 460800, 340000, 230400})
        if (b < first)
            out << b;
    return out;
}

void TelinkRescue::connect(const TelinkRescueOptions &options)
{
    const QList<qint32> ladder = options.baudFallback ? baudLadder(options.baud) : QList<qint32>{options.baud};
    QList<qint32> tried;
    bool echoSeen = false;
    bool echoGarbled = false;
    bool chipAnswered = false;  // it answered once, so later attempts need no power-cycle
    for (qint32 baud : ladder) {
        m_ctx.checkCancel();
        try {
            m_link.setBaudRate(baud);
        } catch (const JobError &e) {
            m_ctx.log().warning(e.diagnosis().summary);
            continue;
        }
        tried << baud;
        m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Checking the wiring at %1 baud")
                           .arg(baud));
        const SwireMaster::EchoProbe echo = m_master.probeEcho();
        if (echo != SwireMaster::EchoProbe::Ok) {
            echoGarbled = echoGarbled || echo == SwireMaster::EchoProbe::Garbled;
            m_ctx.log().warning(
                echo == SwireMaster::EchoProbe::Silent
                    ? QCoreApplication::translate("fw::telink::TelinkRescue",
                                                  "At %1 baud nothing comes back on RX.").arg(baud)
                    : QCoreApplication::translate("fw::telink::TelinkRescue",
                                                  "At %1 baud the signal comes back changed.").arg(baud));
            continue;
        }
        echoSeen = true;
        activate(options.activationMs, !chipAnswered, options.pulseResetLine);
        const Answer speed = setSpeed();
        if (speed == Answer::None) {
            m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                            "The chip did not answer at %1 baud.")
                                    .arg(baud));
            continue;
        }
        chipAnswered = true;
        if (speed == Answer::Garbled) {
            m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                            "The chip's answers stay garbled at %1 baud.")
                                    .arg(baud));
            continue;
        }
        m_result.baud = baud;
        m_result.activationMs = options.activationMs;
        identify();
        return;
    }
    if (!echoSeen)
        throw JobError(TelinkRescueDiagnoses::echoFailedAtAllBauds(m_link.name(), tried, !echoGarbled));
    if (chipAnswered)
        throw JobError(TelinkRescueDiagnoses::speedFailed(m_link.name(), tried));
    throw JobError(TelinkRescueDiagnoses::activationFailed(m_link.name(), tried, options.activationMs));
}

void TelinkRescue::activate(int activationMs, bool askForPowerCycle, bool pulseReset)
{
    if (askForPowerCycle) {
        m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Power-cycle the thermometer now"));
        m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                        "Power-cycle the thermometer now: take its battery out and "
                                                        "put it back (or pull the 3.3 V wire off and on). Flashwright "
                                                        "keeps stopping its chip for %1 s.")
                                .arg(activationMs / 1000.0, 0, 'f', 1));
    } else {
        m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Stopping the chip"));
    }
    m_ctx.setTotal(activationMs);
    m_ctx.setDone(0);
    m_master.setEchoChecked(false);
    if (pulseReset) {
        // Boards with RTS on RESET restart here; on the LYWSD03MMC it changes nothing.
        m_link.setRts(true);
        m_link.setDtr(true);
        m_ctx.sleep(kResetPulseMs);
        m_link.setRts(false);
        m_link.setDtr(false);
    }
    // A chip that still listens restarts, and the stop writes catch it during its start-up.
    m_master.writeRegister(SwireMaster::RegReset, SwireMaster::SoftReset);
    const QByteArray stop = SwireCodec::writeTransaction(SwireMaster::RegCpu, QByteArray(1, char(SwireMaster::CpuStop)));
    QByteArray burst;
    const qint64 burstBytes = std::max<qint64>(stop.size(), qint64(m_link.baudRate()) / 10 * kStopBurstMs / 1000);
    while (burst.size() < burstBytes)
        burst += stop;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < activationMs) {
        m_master.send(burst);
        m_ctx.setDone(std::min<qint64>(t.elapsed(), activationMs));
    }
    m_master.setEchoChecked(true);
    m_ctx.setDone(activationMs);
    // The stop once more, now with its echo checked: the line is quiet and in step again.
    m_master.send(SwireCodec::endFrame() + stop);
    m_master.settle();
}

TelinkRescue::Answer TelinkRescue::tryDivider(int divider)
{
    m_master.writeRegister(SwireMaster::RegSwsSpeed, quint8(divider));
    const SwireMaster::ReadOutcome r = m_master.tryRead(SwireMaster::RegSwsSpeed, 1);
    if (r.ok() && quint8(r.data[0]) == quint8(divider)) {
        // The same answer twice: a divider at the edge of what the UART takes fails now and then.
        const SwireMaster::ReadOutcome again = m_master.tryRead(SwireMaster::RegSwsSpeed, 1);
        return again.ok() && quint8(again.data[0]) == quint8(divider) ? Answer::Ok : Answer::Garbled;
    }
    return r.status == Status::Garbled || r.ok() ? Answer::Garbled : Answer::None;
}

TelinkRescue::Answer TelinkRescue::setSpeed()
{
    const qint32 baud = m_link.baudRate();
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Matching the SWire speed"));
    const int savedTimeout = m_master.replyTimeoutMs();
    m_master.setReplyTimeoutMs(kScanReplyTimeoutMs);
    const int guess = dividerFor(kLikelyClockHz, baud);
    Answer a = tryDivider(guess);
    int chosen = a == Answer::Ok ? guess : -1;
    // Only our own pulse coming back, again and again: the chip is not listening at all.
    int silent = a == Answer::None ? 1 : 0;
    bool answered = a != Answer::None;
    const int from = dividerFor(kLowestClockHz, baud);
    const int to = dividerFor(kHighestClockHz, baud);
    for (int d = from; chosen < 0 && d <= to && (answered || silent < 3); ++d) {
        if (d == guess)
            continue;
        a = tryDivider(d);
        silent = a == Answer::None ? silent + 1 : 0;
        answered = answered || a != Answer::None;
        if (a != Answer::Ok)
            continue;
        // The first divider that works makes the chip's bits as short as a UART byte allows;
        // a few percent longer sits in the middle of what the UART takes.
        const int roomier = d + std::max(1, int(std::lround(d * 0.05)));
        chosen = roomier <= 255 && tryDivider(roomier) == Answer::Ok ? roomier : d;
        if (chosen == d)
            tryDivider(d);
    }
    m_master.setReplyTimeoutMs(savedTimeout);
    if (chosen < 0)
        return answered ? Answer::Garbled : Answer::None;
    m_result.swsDivider = chosen;
    m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                 "SWS speed register 0xB2 = %1 at %2 baud (about %3 MHz system clock).")
                         .arg(chosen)
                         .arg(baud)
                         .arg(double(chosen) * double(baud) / 2e6, 0, 'f', 1));
    return Answer::Ok;
}

void TelinkRescue::identify()
{
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Identifying the chip and its flash"));
    const QByteArray pc = m_master.read(SwireMaster::RegPc, 4);
    m_result.programCounter = quint32(quint8(pc[0])) | (quint32(quint8(pc[1])) << 8) | (quint32(quint8(pc[2])) << 16)
                              | (quint32(quint8(pc[3])) << 24);
    m_master.beginFlashAccess();
    m_master.flashWake();
    m_result.jedecId = m_master.readJedecId();
    if (m_result.jedecId == 0 || m_result.jedecId == 0xFFFFFF)
        throw JobError(TelinkRescueDiagnoses::flashNoId(m_result.jedecId));
    const int capacity = int(m_result.jedecId & 0xFF);
    if (capacity >= 0x10 && capacity <= 0x18) {
        m_result.flashSize = qint64(1) << capacity;
    } else {
        m_result.flashSize = DefaultFlashSize;
        m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                        "The flash's id %1 does not tell its size; assuming 512 KiB.")
                                .arg(hex(m_result.jedecId, 6)));
    }
    const QByteArray header = m_master.readFlash(0, 0x20);
    const TelinkBinInfo info = TelinkImage::parseBin(header);
    if (allErased(header))
        m_result.firmwareOnChip = QCoreApplication::translate("fw::telink::TelinkRescue", "nothing (erased)");
    else if (info.signatureOk)
        m_result.firmwareOnChip = QCoreApplication::translate("fw::telink::TelinkRescue",
                                                              "a Telink image of %1 bytes (version 0x%2)")
                                      .arg(info.sizeField)
                                      .arg(info.version, 8, 16, QLatin1Char('0'));
    else
        m_result.firmwareOnChip = QCoreApplication::translate("fw::telink::TelinkRescue",
                                                              "no bootable image (no \"KNLT\" at 0x08)");
    if (m_result.flashSize >= qint64(DeviceDataEnd))
        m_result.mac = macFromBytes(m_master.readFlash(MacOffset, 6));
    m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                 "Chip stopped at PC %1; flash JEDEC id %2, %3 KiB; MAC %4; at 0x0: %5.")
                         .arg(hex(m_result.programCounter, 6), hex(m_result.jedecId, 6))
                         .arg(m_result.flashSize / 1024)
                         .arg(m_result.mac.isEmpty() ? QStringLiteral("-") : m_result.mac, m_result.firmwareOnChip));
}

QByteArray TelinkRescue::readRange(quint32 start, quint32 end, const QString &phase)
{
    if (end <= start || qint64(end) > m_result.flashSize)
        throw JobError(TelinkRescueDiagnoses::rangeInvalid(start, end, m_result.flashSize));
    m_ctx.setPhase(phase);
    m_ctx.setTotal(end - start);
    m_ctx.setDone(0);
    QElapsedTimer t;
    t.start();
    const QByteArray data = m_master.readFlash(start, int(end - start), [this](qint64 done) { m_ctx.setDone(done); });
    m_result.readSeconds = t.elapsed() / 1000.0;
    m_result.lastReadBytes = data.size();
    return data;
}

QString TelinkRescue::macFromBytes(const QByteArray &sixBytes)
{
    if (sixBytes.size() < 6 || allErased(sixBytes.left(6)) || sixBytes.left(6) == QByteArray(6, '\0'))
        return {};
    QStringList parts;
    for (int i = 5; i >= 0; --i)
        parts << QStringLiteral("%1").arg(quint8(sixBytes[i]), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(':'));
}

QByteArray TelinkRescue::backupDeviceData(const QString &path)
{
    const QByteArray data = readRange(DeviceDataStart, DeviceDataEnd,
                                      QCoreApplication::translate("fw::telink::TelinkRescue",
                                                                  "Backing up the device data (0x74000-0x80000)"));
    // A second look at the start of every sector: the same bytes twice, or the line is not to
    // be trusted with the only copy of this device's identity.
    for (quint32 at = DeviceDataStart; at < DeviceDataEnd; at += SwireMaster::SectorSize) {
        const QByteArray again = m_master.readFlash(at, 16);
        if (again != data.mid(int(at - DeviceDataStart), 16))
            throw JobError(TelinkRescueDiagnoses::replyGarbled(m_link.name(), m_link.baudRate(), at, again));
    }
    if (allErased(data))
        m_ctx.log().warning(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                        "The device data area is empty (all 0xFF): this thermometer "
                                                        "has no MAC, calibration or keys stored."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw JobError(TelinkRescueDiagnoses::fileWriteFailed(path, file.errorString()));
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != data)
        throw JobError(TelinkRescueDiagnoses::fileWriteFailed(path, check.errorString()));
    m_result.backupPath = path;
    m_result.backupSha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString mac = macFromBytes(data.mid(int(MacOffset - DeviceDataStart), 6));
    m_ctx.log().info(QCoreApplication::translate("fw::telink::TelinkRescue",
                                                 "Device data saved to %1 (MAC %2, SHA-256 %3).")
                         .arg(QDir::toNativeSeparators(path), mac.isEmpty() ? QStringLiteral("-") : mac,
                              m_result.backupSha256));
    return data;
}

void TelinkRescue::writeVerified(quint32 address, const QByteArray &data, const QString &backupPath)
{
    write(address, data, backupPath);
    verify(address, data, backupPath);
}

void TelinkRescue::write(quint32 address, const QByteArray &data, const QString &backupPath)
{
    const quint32 end = address + quint32(data.size());
    if (address % SwireMaster::SectorSize != 0 || data.isEmpty() || qint64(end) > m_result.flashSize)
        throw JobError(TelinkRescueDiagnoses::rangeInvalid(address, end, m_result.flashSize));
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Writing %1-%2").arg(hex(address), hex(end)));
    m_ctx.setTotal(data.size());
    m_ctx.setDone(0);
    quint32 current = address;
    QElapsedTimer t;
    t.start();
    try {
        m_master.unprotectFlash();
        QList<quint32> firstPage;
        for (quint32 sector = address; sector < end; sector += SwireMaster::SectorSize) {
            current = sector;
            m_master.eraseSector(sector);
            ++m_result.sectorsErased;
            const quint32 sectorEnd = std::min<quint32>(end, sector + SwireMaster::SectorSize);
            for (quint32 page = sector; page < sectorEnd; page += SwireMaster::PageSize) {
                const QByteArray bytes = data.mid(int(page - address), SwireMaster::PageSize);
                if (allErased(bytes)) {
                    m_result.bytesSkipped += bytes.size();
                } else if (page == address && address == 0) {
                    firstPage << page;  // holds the boot flag: written once all else is in place
                } else {
                    current = page;
                    m_master.programPage(page, bytes);
                    m_result.bytesWritten += bytes.size();
                }
                m_ctx.setDone(page + bytes.size() - address);
            }
        }
        for (quint32 page : firstPage) {
            current = page;
            const QByteArray bytes = data.mid(int(page - address), SwireMaster::PageSize);
            m_master.programPage(page, bytes);
            m_result.bytesWritten += bytes.size();
        }
    } catch (const JobError &e) {
        if (e.diagnosis().code == QLatin1String("serial.unplugged"))
            throw JobError(TelinkRescueDiagnoses::unpluggedDuringWrite(e.diagnosis(), current, backupPath));
        throw;
    }
    m_result.writeSeconds = t.elapsed() / 1000.0;
}

void TelinkRescue::verify(quint32 address, const QByteArray &data, const QString &backupPath)
{
    const quint32 end = address + quint32(data.size());
    const QByteArray back = readRange(address, end,
                                      QCoreApplication::translate("fw::telink::TelinkRescue", "Verifying %1-%2")
                                          .arg(hex(address), hex(end)));
    qint64 differing = 0;
    qint64 first = -1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (back[i] != data[i]) {
            ++differing;
            if (first < 0)
                first = i;
        }
    }
    if (differing > 0)
        throw JobError(TelinkRescueDiagnoses::verifyMismatch(address + quint32(first), differing, backupPath));
    m_result.verified = true;
}

void TelinkRescue::startFirmware()
{
    m_ctx.setPhase(QCoreApplication::translate("fw::telink::TelinkRescue", "Starting the firmware"));
    m_master.endFlashAccess();
    m_master.writeRegister(SwireMaster::RegReset, SwireMaster::SoftReset);
    m_master.settle();
    m_result.firmwareStarted = true;
}

std::optional<Diagnosis> TelinkRescue::imageRefusal(const QString &path, const QByteArray &file)
{
    const TelinkBinInfo info = TelinkImage::parseBin(file);
    if (TelinkImage::sniff(file) != TelinkFileFormat::TelinkBin || !info.signatureOk) {
        const QString why = TelinkImage::sniff(file) == TelinkFileFormat::ZigbeeOta
                                ? QCoreApplication::translate("fw::telink::TelinkRescue",
                                                              "it is a .zigbee OTA file, which a wired write cannot "
                                                              "use; take the .bin of the same firmware.")
                                : QCoreApplication::translate("fw::telink::TelinkRescue",
                                                              "it has no \"KNLT\" signature at 0x08.");
        return TelinkRescueDiagnoses::badImage(path, QStringLiteral("telink.file.not_telink"), why);
    }
    for (const TelinkFinding &f : info.findings) {
        if (f.severity == TelinkFinding::Severity::Error)
            return TelinkRescueDiagnoses::badImage(path, f.code, f.message);
    }
    if (file.size() > qint64(DeviceDataStart))
        return TelinkRescueDiagnoses::imageTooLarge(path, file.size(), DeviceDataStart);
    return std::nullopt;
}

std::optional<std::pair<quint32, quint32>> TelinkRescue::backupRange(qint64 size)
{
    if (size == qint64(DeviceDataEnd - DeviceDataStart))
        return std::make_pair(DeviceDataStart, DeviceDataEnd);
    if (size == DefaultFlashSize)
        return std::make_pair(quint32(0), quint32(DefaultFlashSize));
    return std::nullopt;
}

}  // namespace fw::telink
