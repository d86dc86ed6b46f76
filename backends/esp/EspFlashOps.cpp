#include "esp/EspFlashOps.h"

#include "esp/EspCommandRetry.h"
#include "esp/EspDeflate.h"
#include "esp/EspFlashReader.h"
#include "esp/EspFlashWriter.h"
#include "esp/EspTimeouts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>

namespace fw::esp {

using fw::core::Diagnosis;
using fw::core::JobError;

namespace {

QString hex(qint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }
QByteArray md5Of(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); }

}  // namespace

EspFlashOps::EspFlashOps(EspLoader &loader, const EspIdentity &identity) : m_loader(loader), m_identity(identity) {}

void EspFlashOps::checkRange(qint64 offset, qint64 length) const
{
    const qint64 size = m_identity.flashSize;
    if (offset >= 0 && length > 0 && (size <= 0 || offset + length <= size))
        return;
    throw JobError(Diagnosis{
        QStringLiteral("esp.range.invalid"),
        QCoreApplication::translate("fw::esp::EspFlashOps", "The range %1 to %2 is not inside this chip's flash (%3).")
            .arg(hex(offset), hex(offset + length), m_identity.flashSizeText()),
        {QCoreApplication::translate("fw::esp::EspFlashOps",
                                     "The file is bigger than the flash, or the offset points past its end."),
         QCoreApplication::translate("fw::esp::EspFlashOps",
                                     "The file was made for a module with more flash (e.g. 4 MB where this one has %1).")
             .arg(m_identity.flashSizeText())},
        QCoreApplication::translate("fw::esp::EspFlashOps",
                                    "Check the offset, and use a build made for %1 of flash.")
            .arg(m_identity.flashSizeText())});
}

QByteArray EspFlashOps::flashMd5(fw::core::JobContext &ctx, qint64 offset, qint64 length)
{
    if (!m_identity.caps.md5)
        throw JobError(Diagnosis{
            QStringLiteral("esp.md5.unsupported"),
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "This loader cannot compute checksums of the flash: the %1 has no MD5 "
                                        "command, only the flasher stub has one.")
                .arg(m_identity.loaderName()),
            {QCoreApplication::translate("fw::esp::EspFlashOps",
                                         "The connection runs through the chip's built-in boot ROM, which on the "
                                         "ESP8266 can only write.")},
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "Writing still works; it just cannot be checked afterwards with this "
                                        "loader. Test the device after writing.")});
    checkRange(offset, length);
    const Response r = EspCommandRetry::command(m_loader, ctx, Command::spiFlashMd5(quint32(offset), quint32(length)),
                                                EspTimeouts::md5(length), 2);
    // A ROM answers with 32 hex characters, a stub with the 16 raw bytes.
    if (r.payload.size() == 16)
        return r.payload;
    const QByteArray raw = QByteArray::fromHex(r.payload);
    if (r.payload.size() == 32 && raw.size() == 16)
        return raw;
    throw JobError(Diagnosis{QStringLiteral("esp.md5.bad_reply"),
                        QCoreApplication::translate("fw::esp::EspFlashOps",
                                                    "The chip answered the checksum request with %1 bytes that are "
                                                    "not an MD5.")
                            .arg(r.payload.size()),
                        {QCoreApplication::translate("fw::esp::EspFlashOps",
                                                     "Bytes were damaged on the serial line.")},
                        QCoreApplication::translate("fw::esp::EspFlashOps",
                                                    "Check the wiring, choose a lower baud rate and try again.")});
}

QByteArray EspFlashOps::readRaw(fw::core::JobContext &ctx, qint64 offset, qint64 length, qint64 progressBase)
{
    EspFlashReader reader(m_loader, m_identity, ctx);
    return m_identity.loader == LoaderKind::Stub ? reader.readStub(offset, length, progressBase)
                                                 : reader.readSlow(offset, length, progressBase);
}

QByteArray EspFlashOps::readFlash(fw::core::JobContext &ctx, qint64 offset, qint64 length)
{
    if (!m_identity.caps.readFlash)
        throw JobError(Diagnosis{
            QStringLiteral("esp.read.unsupported"),
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "This loader cannot read flash: the %1 has no read command, so the "
                                        "flasher stub is needed for a backup.")
                .arg(m_identity.loaderName()),
            {QCoreApplication::translate("fw::esp::EspFlashOps",
                                         "The ESP8266's built-in boot ROM can only write flash. Reading needs the "
                                         "flasher stub, and this connection was made without it (--no-stub, or "
                                         "\"Use the chip's ROM loader only\" in the wizard).")},
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "Connect again without --no-stub (in the wizard, untick \"Use the chip's "
                                        "ROM loader only\"): Flashwright then loads its flasher stub and can back "
                                        "up the flash. Nothing on the chip was changed.")});
    checkRange(offset, length);
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Reading flash"));
    ctx.setTotal(length);
    ctx.setDone(0);
    QElapsedTimer clock;
    clock.start();
    QByteArray data = readRaw(ctx, offset, length, 0);
    // The stub already checked its own MD5 frame; the ROM's slow read is checked here.
    if (m_identity.loader != LoaderKind::Stub) {
        if (m_identity.caps.md5) {
            data = repairRead(ctx, offset, data);
        } else {
            ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Reading flash a second time to check it"));
            ctx.setDone(0);
            if (readRaw(ctx, offset, length, 0) != data)
                throw JobError(Diagnosis{QStringLiteral("esp.read.mismatch"),
                                    QCoreApplication::translate("fw::esp::EspFlashOps",
                                                                "Two reads of the flash gave different data."),
                                    {QCoreApplication::translate("fw::esp::EspFlashOps",
                                                                 "Bytes are damaged on the serial line.")},
                                    QCoreApplication::translate("fw::esp::EspFlashOps",
                                                                "Use shorter wires or a lower baud rate and read again.")});
        }
    }
    ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps", "Read %1 bytes at %2 in %3 s; the checksum matches.")
                       .arg(length)
                       .arg(hex(offset))
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return data;
}

QByteArray EspFlashOps::repairRead(fw::core::JobContext &ctx, qint64 offset, QByteArray data)
{
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Checking what was read"));
    if (flashMd5(ctx, offset, data.size()) == md5Of(data))
        return data;
    ctx.log().warning(QCoreApplication::translate("fw::esp::EspFlashOps",
                                                  "The data read differs from the chip's checksum; reading the "
                                                  "damaged parts again."));
    for (qint64 at = 0; at < data.size(); at += CompareRegion) {
        const qint64 n = std::min<qint64>(CompareRegion, data.size() - at);
        if (flashMd5(ctx, offset + at, n) == md5Of(data.mid(at, n)))
            continue;
        ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps", "Reading %1 bytes at %2 again.")
                           .arg(n)
                           .arg(hex(offset + at)));
        data.replace(at, n, readRaw(ctx, offset + at, n, at));
    }
    if (flashMd5(ctx, offset, data.size()) != md5Of(data))
        throw JobError(Diagnosis{QStringLiteral("esp.read.mismatch"),
                            QCoreApplication::translate("fw::esp::EspFlashOps",
                                                        "The data read does not match the chip's own checksum, "
                                                        "even after reading the damaged parts again."),
                            {QCoreApplication::translate("fw::esp::EspFlashOps",
                                                         "Bytes are damaged on the serial line (noise, long wires, "
                                                         "a baud rate too high for this adapter)."),
                             QCoreApplication::translate("fw::esp::EspFlashOps",
                                                         "The supply is unstable, so the flash reads back differently.")},
                            QCoreApplication::translate("fw::esp::EspFlashOps",
                                                        "Use short wires and a separate 3.3 V supply, choose a lower "
                                                        "baud rate and read again.")});
    return data;
}

QList<EspFlashOps::Range> EspFlashOps::mergeChanged(const QList<bool> &changed, qint64 regionSize, qint64 total)
{
    QList<Range> out;
    for (qsizetype i = 0; i < changed.size(); ++i) {
        if (!changed.at(i))
            continue;
        const qint64 from = qint64(i) * regionSize;
        const qint64 to = std::min(total, from + regionSize);
        if (from >= to)
            break;
        if (!out.isEmpty() && out.last().offset + out.last().length == from)
            out.last().length = to - out.last().offset;
        else
            out.append({from, to - from});
    }
    return out;
}

QList<EspFlashOps::Range> EspFlashOps::changedRanges(fw::core::JobContext &ctx, qint64 offset, const QByteArray &image)
{
    QList<bool> changed;
    for (qint64 at = 0; at < image.size(); at += CompareRegion) {
        const qint64 n = std::min<qint64>(CompareRegion, image.size() - at);
        changed.append(flashMd5(ctx, offset + at, n) != md5Of(image.mid(at, n)));
        ctx.setDone(at + n);
    }
    return mergeChanged(changed, CompareRegion, image.size());
}

EspWriteReport EspFlashOps::writeFlash(fw::core::JobContext &ctx, qint64 offset, const QByteArray &data,
                                       const EspWriteOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    if (data.isEmpty())
        throw JobError(Diagnosis{QStringLiteral("esp.write.empty"),
                            QCoreApplication::translate("fw::esp::EspFlashOps", "There is nothing to write: the data is empty."),
                            {QCoreApplication::translate("fw::esp::EspFlashOps", "The file chosen is empty.")},
                            QCoreApplication::translate("fw::esp::EspFlashOps", "Choose the firmware file again.")});
    if (offset % SectorSize != 0)
        throw JobError(Diagnosis{
            QStringLiteral("esp.write.unaligned"),
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "The offset %1 is not at the start of a 4 KiB flash sector.")
                .arg(hex(offset)),
            {QCoreApplication::translate("fw::esp::EspFlashOps",
                                         "Flash is erased in 4 KiB sectors, so writing there would also wipe the "
                                         "bytes just before it.")},
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "Use a multiple of 0x1000 (e.g. 0x0, 0x1000, 0x10000), as the firmware's "
                                        "instructions give it.")});
    // The loaders write whole 32-bit words; erased flash reads 0xFF, so that is the padding.
    QByteArray image = data;
    if (image.size() % 4 != 0)
        image.append(QByteArray(4 - image.size() % 4, char(0xFF)));
    checkRange(offset, image.size());

    EspWriteReport report;
    report.bytes = data.size();
    const QByteArray wanted = md5Of(image);
    const bool canHash = m_identity.caps.md5;
    QList<Range> ranges{{0, image.size()}};
    if (canHash && options.skipUnchanged) {
        ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Comparing with the flash"));
        ctx.setTotal(image.size());
        ctx.setDone(0);
        // Region by region straight away: a whole-range MD5 first would cost as much again
        // whenever the image differs, which is the usual case.
        ranges = changedRanges(ctx, offset, image);
        if (ranges.isEmpty()) {
            ctx.setDone(image.size());
            ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps",
                                                       "The flash at %1 already holds these %2 bytes; nothing to write.")
                               .arg(hex(offset))
                               .arg(data.size()));
            report.bytesSkipped = data.size();
            report.verified = true;
            report.md5 = wanted;
            report.seconds = double(clock.elapsed()) / 1000.0;
            return report;
        }
    }

    qint64 toWrite = 0;
    for (const Range &r : ranges)
        toWrite += r.length;
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Writing"));
    ctx.setTotal(toWrite);
    ctx.setDone(0);
    EspFlashWriter writer(m_loader, m_identity, ctx);
    const bool mayCompress = options.compress && m_identity.caps.compressed;
    qint64 done = 0;
    for (const Range &r : ranges) {
        const QByteArray part = image.mid(r.offset, r.length);
        QByteArray packed;
        if (mayCompress) {
            const std::optional<QByteArray> z = EspDeflate::compress(part);
            // Only worth it when it is smaller: already compressed data grows a little.
            if (z && z->size() < part.size())
                packed = *z;
        }
        report.bytesOnWire += writer.writeRange(offset + r.offset, part, packed, done);
        done += r.length;
        ctx.setDone(done);
    }
    report.bytesSkipped = std::max<qint64>(0, data.size() - toWrite);
    const double writeSeconds = double(clock.elapsed()) / 1000.0;
    ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps",
                                               "Wrote %1 bytes (%2 sent) at %3 in %4 s (%5 kbit/s); %6 bytes were "
                                               "already in flash.")
                       .arg(toWrite)
                       .arg(report.bytesOnWire)
                       .arg(hex(offset))
                       .arg(writeSeconds, 0, 'f', 1)
                       .arg(writeSeconds > 0 ? double(toWrite) * 8.0 / writeSeconds / 1000.0 : 0.0, 0, 'f', 1)
                       .arg(report.bytesSkipped));

    if (!canHash) {
        ctx.log().warning(QCoreApplication::translate("fw::esp::EspFlashOps",
                                                      "The write could not be verified with this loader (%1 has no "
                                                      "checksum command). Check that the device starts.")
                              .arg(m_identity.loaderName()));
    } else if (options.verify) {
        ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Verifying"));
        ctx.setTotal(image.size());
        ctx.setDone(0);
        const QByteArray actual = flashMd5(ctx, offset, image.size());
        ctx.setDone(image.size());
        if (actual != wanted) {
            const bool empty = actual == md5Of(QByteArray(image.size(), char(0xFF)));
            throw JobError(Diagnosis{
                empty ? QStringLiteral("esp.write.verify_empty") : QStringLiteral("esp.write.verify_failed"),
                empty ? QCoreApplication::translate("fw::esp::EspFlashOps",
                                                    "Verification failed: the written flash region at %1 is empty "
                                                    "(all 0xFF), the data never reached the flash.")
                            .arg(hex(offset))
                      : QCoreApplication::translate("fw::esp::EspFlashOps",
                                                    "Verification failed: the flash at %1 does not hold what was "
                                                    "written (the MD5 checksums differ).")
                            .arg(hex(offset)),
                {QCoreApplication::translate("fw::esp::EspFlashOps",
                                             "The supply sags while the flash is written: the ESP needs 150–300 mA "
                                             "peaks, more than many USB-serial adapters give."),
                 empty ? QCoreApplication::translate("fw::esp::EspFlashOps",
                                                     "The flash is write-protected, or the chip cannot reach it "
                                                     "(flash mode or wiring of the flash chip).")
                       : QCoreApplication::translate("fw::esp::EspFlashOps",
                                                     "Bytes were damaged on the way, or the flash chip is worn.")},
                QCoreApplication::translate("fw::esp::EspFlashOps",
                                            "Power the device from a separate 3.3 V supply of at least 300 mA with a "
                                            "common GND, choose a lower baud rate and write again. Do not unplug "
                                            "the device before a write succeeded.")});
        }
        report.verified = true;
        report.md5 = actual;
        ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps", "Verified: the flash at %1 matches (MD5 %2).")
                           .arg(hex(offset), QString::fromLatin1(actual.toHex())));
    }
    report.seconds = double(clock.elapsed()) / 1000.0;
    return report;
}

void EspFlashOps::eraseFlash(fw::core::JobContext &ctx)
{
    if (!m_identity.caps.eraseFlash)
        throw JobError(Diagnosis{
            QStringLiteral("esp.erase.unsupported"),
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "This loader cannot erase flash: the %1 has no erase command, only the "
                                        "flasher stub has one.")
                .arg(m_identity.loaderName()),
            {QCoreApplication::translate("fw::esp::EspFlashOps",
                                         "The connection runs through the chip's built-in boot ROM, without the "
                                         "flasher stub (--no-stub, or \"Use the chip's ROM loader only\" in the "
                                         "wizard).")},
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "You do not need a separate erase to flash firmware: writing erases the "
                                        "sectors it replaces. To wipe old settings, write a file of 0xFF bytes "
                                        "over that area. Nothing on the chip was changed.")});
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Erasing the whole flash"));
    ctx.setTotal(0);
    QElapsedTimer clock;
    clock.start();
    m_loader.command(Command::eraseFlash(), EspTimeouts::ChipEraseMs);
    ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps", "Erased the whole flash in %1 s.")
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
}

void EspFlashOps::eraseRegion(fw::core::JobContext &ctx, qint64 offset, qint64 length)
{
    if (!m_identity.caps.eraseFlash)
        eraseFlash(ctx);  // throws the same "cannot erase" diagnosis
    if (offset % SectorSize != 0 || length % SectorSize != 0)
        throw JobError(Diagnosis{
            QStringLiteral("esp.erase.unaligned"),
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "The region %1 (%2 bytes) does not start and end on 4 KiB sector "
                                        "boundaries.")
                .arg(hex(offset))
                .arg(length),
            {QCoreApplication::translate("fw::esp::EspFlashOps", "Flash can only be erased in whole 4 KiB sectors.")},
            QCoreApplication::translate("fw::esp::EspFlashOps",
                                        "Give an offset and a length that are multiples of 0x1000.")});
    checkRange(offset, length);
    ctx.setPhase(QCoreApplication::translate("fw::esp::EspFlashOps", "Erasing"));
    ctx.setTotal(0);
    m_loader.command(Command::eraseRegion(quint32(offset), quint32(length)), EspTimeouts::eraseRegion(length));
    ctx.log().info(QCoreApplication::translate("fw::esp::EspFlashOps", "Erased %1 bytes at %2.").arg(length).arg(hex(offset)));
}

}  // namespace fw::esp
