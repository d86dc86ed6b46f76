#pragma once
// Flash work over an open loader connection: read (verified), write (compressed where the loader
// inflates, skipping what flash already holds, verified by MD5), MD5 and erase, each refused with
// a clear diagnosis where the loader that answers (ESP8266 ROM, ESP32 ROM, stub) cannot do it.

#include "core/Job.h"
#include "esp/EspIdentity.h"
#include "esp/EspLoader.h"
#include "esp/EspSession.h"

#include <QByteArray>
#include <QList>

namespace fw::esp {

class EspFlashOps {
public:
    static constexpr qint64 SectorSize = 0x1000;
    static constexpr qint64 CompareRegion = 0x10000;  // skip-unchanged granularity

    EspFlashOps(EspLoader &loader, const EspIdentity &identity);

    QByteArray readFlash(fw::core::JobContext &ctx, qint64 offset, qint64 length);
    EspWriteReport writeFlash(fw::core::JobContext &ctx, qint64 offset, const QByteArray &data,
                              const EspWriteOptions &options = {});
    // 16 raw bytes.
    QByteArray flashMd5(fw::core::JobContext &ctx, qint64 offset, qint64 length);
    void eraseFlash(fw::core::JobContext &ctx);
    void eraseRegion(fw::core::JobContext &ctx, qint64 offset, qint64 length);

    struct Range {
        qint64 offset = 0;  // relative to the start of the data
        qint64 length = 0;
        bool operator==(const Range &o) const { return offset == o.offset && length == o.length; }
    };
    // Regions of `regionSize` whose flag is set, merged where they touch, clipped to `total`.
    static QList<Range> mergeChanged(const QList<bool> &changed, qint64 regionSize, qint64 total);

private:
    QList<Range> changedRanges(fw::core::JobContext &ctx, qint64 offset, const QByteArray &image);
    // When the loader's MD5 of a read disagrees, reads again the 64 KiB pieces that differ.
    QByteArray repairRead(fw::core::JobContext &ctx, qint64 offset, QByteArray data);
    QByteArray readRaw(fw::core::JobContext &ctx, qint64 offset, qint64 length, qint64 progressBase);
    void checkRange(qint64 offset, qint64 length) const;

    EspLoader &m_loader;
    const EspIdentity &m_identity;
};

}  // namespace fw::esp
