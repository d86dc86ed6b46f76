#pragma once
// Puts our flasher stub into an ESP8266's RAM through its boot ROM and starts it: MEM_BEGIN,
// MEM_DATA blocks per segment, MEM_END with the entry point, then the stub's greeting "OHAI".

#include "core/Job.h"
#include "esp/EspLoader.h"
#include "esp/EspStubImage.h"

#include <QByteArray>

namespace fw::esp {

class EspStubLoader {
public:
    static constexpr quint32 kBlockSize = 0x1800;  // the ROM's RAM block (esp.md §1.5)
    static constexpr int kMemEndReplyMs = 200;     // the ROM may jump before it answers
    static constexpr int kGreetingMs = 1000;       // after MEM_END's answer (or its absence)

    // The single unsolicited frame a stub sends when it starts.
    static QByteArray greeting() { return QByteArrayLiteral("OHAI"); }
    // MEM_DATA blocks for `size` bytes.
    static quint32 blockCount(quint32 size) { return (size + kBlockSize - 1) / kBlockSize; }

    explicit EspStubLoader(EspLoader &loader);

    // Uploads text, then data (if any), jumps to the entry and waits for OHAI. Afterwards the
    // loader speaks to the stub (LoaderKind::Stub). Throws JobError: the ROM's refusal of an
    // upload command, a lost chip, or esp.stub.no_greeting when the stub never greets.
    void start(fw::core::JobContext &ctx, const EspStubImage &image);

private:
    void upload(fw::core::JobContext &ctx, const QByteArray &bytes, quint32 address, qint64 &done);
    void jump(fw::core::JobContext &ctx, quint32 entry);

    EspLoader &m_loader;
};

}  // namespace fw::esp
