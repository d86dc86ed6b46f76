#include "esp/EspDeflate.h"

#include <zlib.h>

#include <algorithm>

namespace fw::esp {

std::optional<QByteArray> EspDeflate::compress(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                             reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
                             Z_BEST_COMPRESSION);
    if (rc != Z_OK)
        return std::nullopt;
    out.resize(qsizetype(size));
    return out;
}

QList<qint64> EspDeflate::inflatedSizes(const QByteArray &compressed, int blockSize)
{
    QList<qint64> sizes;
    if (blockSize <= 0)
        return sizes;
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return sizes;
    QByteArray scratch(64 * 1024, Qt::Uninitialized);
    bool ok = true;
    bool finished = false;
    for (qsizetype at = 0; ok && at < compressed.size(); at += blockSize) {
        const qsizetype n = std::min<qsizetype>(blockSize, compressed.size() - at);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData() + at));
        zs.avail_in = uInt(n);
        qint64 produced = 0;
        while (!finished) {
            zs.next_out = reinterpret_cast<Bytef *>(scratch.data());
            zs.avail_out = uInt(scratch.size());
            const int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                ok = false;
                break;
            }
            produced += scratch.size() - qint64(zs.avail_out);
            finished = rc == Z_STREAM_END;
            // Room left in the output means zlib took all the input it could.
            if (zs.avail_out != 0)
                break;
        }
        sizes.append(produced);
    }
    inflateEnd(&zs);
    if (!ok)
        sizes.clear();
    return sizes;
}

}  // namespace fw::esp
