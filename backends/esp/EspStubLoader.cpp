#include "esp/EspStubLoader.h"

#include "esp/Errors.h"
#include "esp/EspBootText.h"
#include "esp/EspCommandRetry.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using fw::core::Diagnosis;
using fw::core::JobContext;
using fw::core::JobError;

namespace fw::esp {

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}

}  // namespace

EspStubLoader::EspStubLoader(EspLoader &loader) : m_loader(loader) {}

void EspStubLoader::start(JobContext &ctx, const EspStubImage &image)
{
    QElapsedTimer clock;
    clock.start();
    const QString name = QStringLiteral("Flashwright %1").arg(image.shortBuild());
    if (image.data.isEmpty())
        ctx.log().info(QCoreApplication::translate("fw::esp::EspStubLoader",
                                                   "Uploading the flasher stub (%1): %2 bytes of code to %3.")
                           .arg(name)
                           .arg(image.text.size())
                           .arg(hex32(image.textStart)));
    else
        ctx.log().info(QCoreApplication::translate("fw::esp::EspStubLoader",
                                                   "Uploading the flasher stub (%1): %2 bytes of code to %3, "
                                                   "%4 bytes of data to %5.")
                           .arg(name)
                           .arg(image.text.size())
                           .arg(hex32(image.textStart))
                           .arg(image.data.size())
                           .arg(hex32(image.dataStart)));
    ctx.setTotal(image.text.size() + image.data.size());
    qint64 done = 0;
    ctx.setDone(done);
    // The ROM may still repeat an earlier answer; none of it belongs to the upload.
    m_loader.flushInput();
    upload(ctx, image.text, image.textStart, done);
    if (!image.data.isEmpty())
        upload(ctx, image.data, image.dataStart, done);
    const double uploadSeconds = double(clock.elapsed()) / 1000.0;
    ctx.log().info(QCoreApplication::translate("fw::esp::EspStubLoader",
                                               "Uploaded in %1 s; starting the stub at %2.")
                       .arg(uploadSeconds, 0, 'f', 2)
                       .arg(hex32(image.entry)));
    jump(ctx, image.entry);
    m_loader.setLoaderKind(LoaderKind::Stub);
    ctx.setTotal(0);  // the steps that follow set their own
    ctx.log().info(QCoreApplication::translate("fw::esp::EspStubLoader",
                                               "Flasher stub running (%1), %2 s after the upload began.")
                       .arg(name)
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2));
}

void EspStubLoader::upload(JobContext &ctx, const QByteArray &bytes, quint32 address, qint64 &done)
{
    const quint32 size = quint32(bytes.size());
    const quint32 blocks = blockCount(size);
    m_loader.command(Command::memBegin(size, blocks, kBlockSize, address));
    for (quint32 seq = 0; seq < blocks; ++seq) {
        const QByteArrayView block = QByteArrayView(bytes).sliced(qsizetype(seq) * kBlockSize,
                                                                  std::min<qsizetype>(kBlockSize, bytes.size() - qsizetype(seq) * kBlockSize));
        // Writing a RAM block twice does no harm, so a lost answer is simply asked for again.
        EspCommandRetry::command(m_loader, ctx, Command::memData(block, seq), EspLoader::DefaultTimeoutMs);
        done += block.size();
        ctx.setDone(done);
    }
}

void EspStubLoader::jump(JobContext &ctx, quint32 entry)
{
    // Not EspLoader::command(): the ROM may jump without answering, and the greeting can come
    // right behind the answer, so every frame from here on is looked at in order.
    const Command end = Command::memEnd(true, entry);
    m_loader.log().debug(EspLoader::describe(end));
    const qint64 receivedBefore = m_loader.bytesReceived();
    m_loader.takeOutsideBytes();
    m_loader.sendFrame(end.encode());
    QElapsedTimer t;
    t.start();
    bool answered = false;
    int otherFrames = 0;
    for (;;) {
        const qint64 left = kMemEndReplyMs + kGreetingMs - t.elapsed();
        if (left <= 0)
            break;
        const std::optional<QByteArray> frame = m_loader.readFrame(int(left));
        if (!frame)
            break;
        if (*frame == greeting())
            return;
        const std::optional<Response> r = Response::decode(*frame, LoaderKind::Esp8266Rom);
        if (r && r->opcode == quint8(Opcode::MemEnd) && !answered) {
            if (r->failed) {
                m_loader.log().warning(QCoreApplication::translate("fw::esp::EspStubLoader", "%1 failed with status %2")
                                           .arg(EspLoader::describe(end), r->statusHex()));
                throw JobError(Errors::forResponse(*r, LoaderKind::Esp8266Rom));
            }
            answered = true;
            continue;
        }
        ++otherFrames;
        m_loader.log().debug(QCoreApplication::translate("fw::esp::EspStubLoader",
                                                         "Waiting for the stub's greeting, ignored a frame of %1 bytes")
                                 .arg(frame->size()));
    }

    const qint64 received = m_loader.bytesReceived() - receivedBefore;
    const QByteArray printed = m_loader.takeOutsideBytes();
    const qint32 baud = m_loader.link().baudRate();
    m_loader.log().warning(answered ? QCoreApplication::translate("fw::esp::EspStubLoader",
                                                                  "No greeting from the stub within %1 ms after the "
                                                                  "ROM answered MEM_END (%2 bytes received since).")
                                          .arg(kMemEndReplyMs + kGreetingMs)
                                          .arg(received)
                                    : QCoreApplication::translate("fw::esp::EspStubLoader",
                                                                  "No answer to MEM_END and no greeting from the stub "
                                                                  "within %1 ms (%2 bytes received since).")
                                          .arg(kMemEndReplyMs + kGreetingMs)
                                          .arg(received));
    Diagnosis d;
    d.code = QStringLiteral("esp.stub.no_greeting");
    d.summary = QCoreApplication::translate("fw::esp::EspStubLoader",
                                            "The flasher stub was uploaded but did not start: its greeting never "
                                            "came.");
    if (!printed.isEmpty() && EspBootText::isReadable(printed))
        d.causes << QCoreApplication::translate("fw::esp::EspStubLoader",
                                                "The chip restarted instead (it printed: \"%1\").")
                        .arg(EspBootText::excerpt(printed));
    d.causes << QCoreApplication::translate("fw::esp::EspStubLoader",
                                            "Bytes of the upload were lost or damaged at %1 baud: some USB-serial "
                                            "adapters drop bytes in long transfers, and then the stub in RAM is "
                                            "broken.")
                    .arg(baud);
    if (received == 0)
        d.causes << QCoreApplication::translate("fw::esp::EspStubLoader",
                                                "The chip stopped answering: it may have reset on an unsteady 3.3 V "
                                                "supply.");
    else if (otherFrames > 0)
        d.causes << QCoreApplication::translate("fw::esp::EspStubLoader",
                                                "The chip sent %n other frame(s) instead of the greeting.", nullptr,
                                                otherFrames);
    d.nextStep = QCoreApplication::translate("fw::esp::EspStubLoader",
                                             "Retry. If it fails again, connect at a lower baud (for example "
                                             "--connect-baud 57600), or use --no-stub (in the wizard: \"Use the "
                                             "chip's ROM loader only\") to write through the chip's ROM: slower, "
                                             "and without backup or verification.");
    ctx.checkCancel();
    throw JobError(d);
}

}  // namespace fw::esp
