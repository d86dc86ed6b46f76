#include "esp/EspFlashWriter.h"

#include "esp/Esp8266RomWritePlan.h"
#include "esp/EspCommandRetry.h"
#include "esp/EspDeflate.h"
#include "esp/EspTimeouts.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw::esp {

namespace {
QString hex(qint64 v) { return QStringLiteral("0x%1").arg(v, 0, 16); }
}  // namespace

EspFlashWriter::EspFlashWriter(EspLoader &loader, const EspIdentity &identity, fw::core::JobContext &ctx)
    : m_loader(loader), m_identity(identity), m_ctx(ctx)
{
}

int EspFlashWriter::blockSize() const { return isStub() ? StubBlockSize : RomBlockSize; }

bool EspFlashWriter::withEncryptWord() const
{
    // ROMs after the ESP32 take a fifth FLASH_BEGIN word; the ESP32 and ESP8266 ROMs do not, and
    // stubs read the first four words only.
    if (isStub())
        return false;
    switch (m_identity.chip) {
    case ChipKind::Esp32S2:
    case ChipKind::Esp32S3:
    case ChipKind::Esp32C3:
    case ChipKind::OtherEsp:
        return true;
    default:
        return false;
    }
}

bool EspFlashWriter::refusedOnArrival(const fw::core::Diagnosis &d) const
{
    // A ROM checks a block completely before it uses it. A stub reports an earlier block's
    // write error with a later block, so only its length and checksum errors are about this one.
    if (!isStub())
        return EspCommandRetry::isLoaderRefusal(d);
    return d.code == QLatin1String("esp.stub_error.0xc0") || d.code == QLatin1String("esp.stub_error.0xc1");
}

void EspFlashWriter::send(const Command &cmd, int timeoutMs, qint64 address, bool begin, Resend resend)
{
    EspCommandRetry::Retryable retryable;
    if (resend == Resend::OnlyIfRefused)
        retryable = [this](const fw::core::Diagnosis &d) { return refusedOnArrival(d); };
    try {
        EspCommandRetry::command(m_loader, m_ctx, cmd, timeoutMs, EspCommandRetry::DefaultAttempts, retryable,
                                 [this](const fw::core::Diagnosis &, int) { ++m_blocksResent; });
    } catch (const fw::core::JobError &e) {
        if (EspCommandRetry::isConnectionLoss(e.diagnosis()))
            throw;
        throw BlockFailure(e.diagnosis(), address, begin);
    }
}

void EspFlashWriter::endOnStub(bool compressed, int timeoutMs, qint64 address)
{
    if (!isStub())
        return;  // a ROM leaves its loader on FLASH_END, so it never gets one from us
    const Command end = compressed ? Command::flashDeflEnd(false) : Command::flashEnd(false);
    bool resent = false;
    try {
        EspCommandRetry::command(
            m_loader, m_ctx, end, timeoutMs, EspCommandRetry::DefaultAttempts,
            [](const fw::core::Diagnosis &d) { return d.code == QLatin1String("esp.no_reply"); },
            [&resent](const fw::core::Diagnosis &, int) { resent = true; });
    } catch (const fw::core::JobError &e) {
        // "Not in flash mode" after a lost answer: the first END arrived and closed the write.
        if (resent && e.diagnosis().code == QLatin1String("esp.stub_error.0xc6"))
            return;
        if (EspCommandRetry::isConnectionLoss(e.diagnosis()))
            throw;
        throw BlockFailure(e.diagnosis(), address, false);
    }
}

qint64 EspFlashWriter::writeRange(qint64 address, const QByteArray &data, const QByteArray &packed,
                                  qint64 progressBase)
{
    for (int attempt = 1;; ++attempt) {
        // The last pass goes uncompressed: highly compressible data can outrun a slow flash.
        const bool compressed = !packed.isEmpty() && attempt < RangeAttempts;
        try {
            return compressed ? writeCompressed(address, data, packed, progressBase)
                              : writePlain(address, data, progressBase);
        } catch (const BlockFailure &f) {
            // A BEGIN that failed three times means the loader is not listening; starting over
            // would only repeat that.
            if (attempt >= RangeAttempts || f.duringBegin)
                throw fw::core::JobError(failure(f));
            ++m_rangesRestarted;
            m_ctx.log().warning(
                QCoreApplication::translate("fw::esp::EspFlashWriter",
                                            "The block at %1 did not get through (%2). Writing %3 bytes "
                                            "from %4 again from the start%5.")
                    .arg(hex(f.address), f.last.summary)
                    .arg(data.size())
                    .arg(hex(address))
                    .arg(!packed.isEmpty() && attempt + 1 == RangeAttempts
                             ? QCoreApplication::translate("fw::esp::EspFlashWriter", ", uncompressed this time")
                             : QString()));
            m_loader.drain(EspCommandRetry::DrainMs);
            m_ctx.setDone(progressBase);
        }
    }
}

qint64 EspFlashWriter::writePlain(qint64 address, const QByteArray &data, qint64 progressBase)
{
    const int bs = blockSize();
    QList<Esp8266RomWritePlan::Step> steps;
    if (m_identity.loader == LoaderKind::Esp8266Rom) {
        steps = Esp8266RomWritePlan::plan(address, data.size());
        if (Esp8266RomWritePlan::overErases(address, data.size()))
            m_ctx.log().warning(QCoreApplication::translate(
                                    "fw::esp::EspFlashWriter",
                                    "The ESP8266 boot ROM cannot erase a single 4 KiB sector alone: the "
                                    "sector at %1, after the data, is erased too.")
                                    .arg(hex(address + (data.size() + 4095) / 4096 * 4096)));
    } else {
        steps.append({address, data.size(), quint32(data.size())});
    }
    qint64 sent = 0;
    int blockTimeout = isStub() ? EspTimeouts::compressedBlock(bs, true) : EspTimeouts::DefaultMs;
    for (const Esp8266RomWritePlan::Step &step : steps) {
        const qint64 blocks = (step.length + bs - 1) / bs;
        int beginTimeout = EspTimeouts::DefaultMs;  // a stub erases as it goes
        if (m_identity.loader == LoaderKind::Esp8266Rom)
            beginTimeout = EspTimeouts::eraseRegion(
                Esp8266RomWritePlan::sectorsErasedByRom(step.offset, step.eraseSize) * 4096);
        else if (!isStub())
            beginTimeout = EspTimeouts::eraseRegion(step.length);
        send(Command::flashBegin(step.eraseSize, quint32(blocks), quint32(bs), quint32(step.offset),
                                 withEncryptWord()),
             beginTimeout, step.offset, true);
        for (qint64 seq = 0; seq < blocks; ++seq) {
            m_ctx.checkCancel();
            const qint64 from = step.offset - address + seq * bs;
            QByteArray block = data.mid(from, bs);
            if (block.size() < bs)
                block.append(QByteArray(bs - block.size(), char(0xFF)));  // erased flash reads 0xFF
            send(Command::flashData(block, quint32(seq)), blockTimeout, address + from, false,
                 isStub() ? Resend::OnlyIfRefused : Resend::Always);
            sent += block.size();
            m_ctx.setDone(progressBase + std::min<qint64>(from + bs, data.size()));
        }
    }
    endOnStub(false, blockTimeout, address + data.size());
    return sent;
}

qint64 EspFlashWriter::writeCompressed(qint64 address, const QByteArray &data, const QByteArray &packed,
                                       qint64 progressBase)
{
    const int bs = blockSize();
    const QList<qint64> inflated = EspDeflate::inflatedSizes(packed, bs);
    const qint64 blocks = (packed.size() + bs - 1) / bs;
    if (inflated.size() != blocks)
        return writePlain(address, data, progressBase);  // our own stream does not inflate: never send it
    // The ROM erases the announced size up front and wants it in whole blocks; a stub takes
    // the byte count and erases as it writes.
    const qint64 announced = isStub() ? data.size() : (data.size() + bs - 1) / bs * bs;
    const int beginTimeout = isStub() ? EspTimeouts::DefaultMs : EspTimeouts::eraseRegion(announced);
    send(Command::flashDeflBegin(quint32(announced), quint32(blocks), quint32(bs), quint32(address),
                                 withEncryptWord()),
         beginTimeout, address, true);
    qint64 done = 0;
    int timeout = EspTimeouts::DefaultMs;
    for (qint64 seq = 0; seq < blocks; ++seq) {
        m_ctx.checkCancel();
        const qint64 produced = inflated.at(seq);
        // A ROM inflates and writes before answering. A stub answers on receipt and writes
        // while the next block arrives, so the previous block's work delays this answer.
        const int own = EspTimeouts::compressedBlock(produced, isStub());
        timeout = isStub() ? std::max(own, timeout) : own;
        send(Command::flashDeflData(packed.mid(seq * bs, bs), quint32(seq)), timeout, address + done, false,
             Resend::OnlyIfRefused);
        if (isStub())
            timeout = own;
        done += produced;
        m_ctx.setDone(progressBase + std::min<qint64>(done, data.size()));
    }
    endOnStub(true, timeout, address + data.size());
    return packed.size();
}

fw::core::Diagnosis EspFlashWriter::failure(const BlockFailure &f) const
{
    fw::core::Diagnosis d;
    d.code = QStringLiteral("esp.write.failed");
    d.summary = f.duringBegin
                    ? QCoreApplication::translate("fw::esp::EspFlashWriter",
                                                  "The chip did not start the write at %1, even after three tries.")
                          .arg(hex(f.address))
                    : QCoreApplication::translate("fw::esp::EspFlashWriter",
                                                  "Writing stopped at %1: the chip did not take a block, even "
                                                  "after sending it again and starting the write over.")
                          .arg(hex(f.address));
    d.causes << QCoreApplication::translate("fw::esp::EspFlashWriter", "The last answer was: %1")
                    .arg(f.last.summary)
             << QCoreApplication::translate("fw::esp::EspFlashWriter",
                                            "The supply sags while the flash is written: the ESP needs 150–300 mA "
                                            "peaks, more than the 3.3 V pin of many USB-serial adapters gives.")
             << QCoreApplication::translate("fw::esp::EspFlashWriter",
                                            "Long or loose wires, or a baud rate too high for this adapter, "
                                            "damage the data on the way.");
    d.nextStep = QCoreApplication::translate(
        "fw::esp::EspFlashWriter",
        "Power the device from a separate 3.3 V supply of at least 300 mA with a common GND, use short "
        "wires, choose a lower baud rate (115200) and write again. The old firmware may be damaged "
        "now, so do not unplug the device before a write succeeded.");
    return d;
}

}  // namespace fw::esp
