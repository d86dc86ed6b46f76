// The stub's streaming inflate against zlib: real firmware and synthetic data at every level and
// strategy, input split at every size and position, corrupted and truncated streams, and
// hand-made streams for each kind of data error.

#include <catch2/catch.hpp>

#include "fws_inflate.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

static_assert(sizeof(fws_inflate) <= 36u * 1024u, "the stub has 80 KB of data RAM for everything");

Bytes readCorpus(const char *path)
{
    std::ifstream f(path, std::ios::binary);
    return Bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

Bytes zlibCompress(const Bytes &in, int level, int strategy = Z_DEFAULT_STRATEGY,
                   int windowBits = 15)
{
    z_stream z{};
    REQUIRE(deflateInit2(&z, level, Z_DEFLATED, windowBits, 8, strategy) == Z_OK);
    Bytes out(deflateBound(&z, uLong(in.size())) + 64);
    z.next_in = const_cast<Bytef *>(in.data());
    z.avail_in = uInt(in.size());
    z.next_out = out.data();
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    REQUIRE(rc == Z_STREAM_END);
    return out;
}

uint32_t adlerOf(const Bytes &b)
{
    return uint32_t(adler32(adler32(0, nullptr, 0), b.data(), uInt(b.size())));
}

// Text-like words, random bytes, runs and copies from up to 32 KiB back.
Bytes mixedData(size_t size, uint32_t seed)
{
    std::mt19937 rng(seed);
    static const char *words[] = {"flash ",   "erase ",  "sector ", "0x4000 ", "esp8266 ", "stub ",
                                  "inflate ", "window ", "chunk ",  "\n",      "\t",       "{}; "};
    Bytes out;
    out.reserve(size);
    while (out.size() < size) {
        switch (rng() % 5) {
        case 0:
            for (int i = 0; i < 40; ++i)
                for (const char *w = words[rng() % 12]; *w; ++w)
                    out.push_back(uint8_t(*w));
            break;
        case 1:
            for (uint32_t i = 0, n = 1 + rng() % 300; i < n; ++i)
                out.push_back(uint8_t(rng()));
            break;
        case 2:
            out.insert(out.end(), 1 + rng() % 600, uint8_t(rng()));
            break;
        default:
            if (out.size() > 64) {
                const size_t back = 1 + rng() % std::min<size_t>(out.size(), 32768);
                const size_t from = out.size() - back;
                for (size_t i = 0, n = 3 + rng() % 400; i < n; ++i)
                    out.push_back(out[from + i]);
            }
            break;
        }
    }
    out.resize(size);
    return out;
}

Bytes randomData(size_t size, uint32_t seed)
{
    std::mt19937 rng(seed);
    Bytes out(size);
    for (auto &b : out)
        b = uint8_t(rng());
    return out;
}

struct Recorder {
    Bytes out;
    std::vector<uint32_t> sizes;
    int refuseAt = -1; // index of the call to refuse
    bool misaligned = false;
    bool calledAfterRefusal = false;
    bool refused = false;

    static int sink(void *ctx, const uint8_t *data, uint32_t len)
    {
        auto *r = static_cast<Recorder *>(ctx);
        if (r->refused)
            r->calledAfterRefusal = true;
        if (reinterpret_cast<uintptr_t>(data) % 4 != 0)
            r->misaligned = true;
        if (int(r->sizes.size()) == r->refuseAt) {
            r->refused = true;
            r->sizes.push_back(len);
            return 1;
        }
        r->sizes.push_back(len);
        r->out.insert(r->out.end(), data, data + len);
        return 0;
    }
};

// Full 4 KiB chunks, then one shorter non-empty rest, adding up to `total`.
bool chunksOk(const Recorder &r, size_t total)
{
    const size_t expected = (total + FWS_INFLATE_CHUNK - 1) / FWS_INFLATE_CHUNK;
    if (r.sizes.size() != expected)
        return false;
    for (size_t i = 0; i < r.sizes.size(); ++i) {
        const size_t want = i + 1 < expected ? FWS_INFLATE_CHUNK : total - FWS_INFLATE_CHUNK * i;
        if (r.sizes[i] != want)
            return false;
    }
    return true;
}

// Index of the first difference, or -1 when equal (keeps failure messages short).
long mismatchAt(const Bytes &a, const Bytes &b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return long(i);
    return a.size() == b.size() ? -1 : long(n);
}

bool isPrefix(const Bytes &part, const Bytes &whole)
{
    return part.size() <= whole.size() && std::equal(part.begin(), part.end(), whole.begin());
}

struct Result {
    int rc = FWS_INFLATE_MORE;
    size_t consumed = 0; // input bytes the decoder said belonged to the stream
    uint32_t totalIn = 0;
    uint32_t totalOut = 0;
    bool moreButNotAllUsed = false;
    Recorder rec;
};

using PieceSize = std::function<size_t()>;

PieceSize fixedPieces(size_t n)
{
    return [n] { return n; };
}

PieceSize randomPieces(uint32_t seed, size_t maxSize = 20000)
{
    auto rng = std::make_shared<std::mt19937>(seed);
    return [rng, maxSize] { return size_t(1 + (*rng)() % maxSize); };
}

Result feedAll(const Bytes &stream, const PieceSize &next, int refuseAt = -1)
{
    Result res;
    res.rec.refuseAt = refuseAt;
    auto s = std::make_unique<fws_inflate>();
    fws_inflate_init(s.get(), &Recorder::sink, &res.rec);
    size_t pos = 0;
    while (pos < stream.size()) {
        const size_t n = std::min(next(), stream.size() - pos);
        uint32_t used = 0xFFFFFFFFu;
        res.rc = fws_inflate_feed(s.get(), stream.data() + pos, uint32_t(n), &used);
        if (res.rc == FWS_INFLATE_MORE && used != n)
            res.moreButNotAllUsed = true;
        if (res.rc != FWS_INFLATE_MORE) {
            res.consumed = pos + (res.rc == FWS_INFLATE_DONE ? used : 0);
            break;
        }
        pos += n;
        res.consumed = pos;
    }
    res.totalIn = fws_inflate_total_in(s.get());
    res.totalOut = fws_inflate_total_out(s.get());
    return res;
}

void requireRoundTrip(const Bytes &original, const Bytes &stream, const PieceSize &next)
{
    const Result r = feedAll(stream, next);
    REQUIRE(r.rc == FWS_INFLATE_DONE);
    REQUIRE_FALSE(r.moreButNotAllUsed);
    REQUIRE(r.consumed == stream.size());
    REQUIRE(r.totalIn == stream.size());
    REQUIRE(r.totalOut == original.size());
    REQUIRE_FALSE(r.rec.misaligned);
    REQUIRE(chunksOk(r.rec, original.size()));
    REQUIRE(mismatchAt(r.rec.out, original) == -1);
}

const int kStrategies[] = {Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED};

// ---- hand-made streams -------------------------------------------------------------------------

struct BitWriter {
    Bytes bytes;
    int used = 0; // bits used in the last byte

    void bit(uint32_t b)
    {
        if (used == 0)
            bytes.push_back(0);
        bytes.back() = uint8_t(bytes.back() | (b & 1u) << used);
        used = (used + 1) % 8;
    }
    void bits(uint32_t v, int n) // a value, first bit lowest
    {
        for (int i = 0; i < n; ++i)
            bit(v >> i);
    }
    void code(uint32_t c, int len) // a Huffman code, first bit highest
    {
        for (int i = len - 1; i >= 0; --i)
            bit(c >> i);
    }
    void align() { used = 0; }
    void fixedLit(int sym)
    {
        if (sym < 144)
            code(uint32_t(0x30 + sym), 8);
        else if (sym < 256)
            code(uint32_t(0x190 + sym - 144), 9);
        else if (sym < 280)
            code(uint32_t(sym - 256), 7);
        else
            code(uint32_t(0xC0 + sym - 280), 8);
    }
};

// Canonical codes from code lengths (RFC 1951 3.2.2).
std::vector<uint32_t> canonicalCodes(const std::vector<int> &lens)
{
    int count[16] = {};
    for (int l : lens)
        count[l]++;
    count[0] = 0;
    uint32_t next[16] = {};
    uint32_t code = 0;
    for (int l = 1; l < 16; ++l) {
        code = (code + uint32_t(count[l - 1])) << 1;
        next[l] = code;
    }
    std::vector<uint32_t> codes(lens.size());
    for (size_t i = 0; i < lens.size(); ++i)
        if (lens[i] != 0)
            codes[i] = next[lens[i]]++;
    return codes;
}

Bytes wrapZlib(const Bytes &body, uint32_t adler)
{
    Bytes out{0x78, 0x01};
    out.insert(out.end(), body.begin(), body.end());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(uint8_t(adler >> shift));
    return out;
}

// Items of fixedBlock(): literal/length symbols as they are, five-bit distance codes and extra
// bits (value and count) marked above them.
constexpr int kDistItem = 1 << 20;
constexpr int kExtraItem = 1 << 24;
int dist(int code)
{
    return kDistItem + code;
}
int extraBits(int value, int count)
{
    return kExtraItem + (count << 16) + value;
}

// A final block with the fixed codes, closed by the end-of-block code.
Bytes fixedBlock(const std::vector<int> &items, uint32_t adler)
{
    BitWriter w;
    w.bits(1, 1);
    w.bits(1, 2);
    for (int it : items) {
        if (it >= kExtraItem)
            w.bits(uint32_t(it & 0xFFFF), (it - kExtraItem) >> 16);
        else if (it >= kDistItem)
            w.code(uint32_t(it - kDistItem), 5);
        else
            w.fixedLit(it);
    }
    w.fixedLit(256);
    return wrapZlib(w.bytes, adler);
}

struct ClItem {
    int sym;
    uint32_t extra;
};

const int kClOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// A complete code-length code over all 19 symbols: 13 four-bit codes and 6 five-bit codes.
std::vector<int> fullClLens()
{
    std::vector<int> l(19, 5);
    for (int i = 0; i < 13; ++i)
        l[size_t(i)] = 4;
    return l;
}

// Code-length items for literal/length and distance lengths: zero runs as 17/18, others plain.
std::vector<ClItem> clItemsFor(const std::vector<int> &lens)
{
    std::vector<ClItem> items;
    for (size_t i = 0; i < lens.size();) {
        size_t run = 1;
        while (i + run < lens.size() && lens[i + run] == 0 && lens[i] == 0 && run < 138)
            ++run;
        if (lens[i] == 0 && run >= 11) {
            items.push_back({18, uint32_t(run - 11)});
        } else if (lens[i] == 0 && run >= 3) {
            items.push_back({17, uint32_t(run - 3)});
        } else {
            items.push_back({lens[i], 0});
            run = 1;
        }
        i += run;
    }
    return items;
}

// A dynamic block header as given: counts, code-length code lengths and code-length items.
void dynamicHeader(BitWriter &w, bool final, int nlit, int ndist, const std::vector<int> &clLens,
                   const std::vector<ClItem> &items)
{
    w.bits(final ? 1 : 0, 1);
    w.bits(2, 2);
    w.bits(uint32_t(nlit - 257), 5);
    w.bits(uint32_t(ndist - 1), 5);
    int ncl = 19;
    while (ncl > 4 && clLens[size_t(kClOrder[ncl - 1])] == 0)
        --ncl;
    w.bits(uint32_t(ncl - 4), 4);
    for (int i = 0; i < ncl; ++i)
        w.bits(uint32_t(clLens[size_t(kClOrder[i])]), 3);
    const auto codes = canonicalCodes(clLens);
    for (const ClItem &it : items) {
        w.code(codes[size_t(it.sym)], clLens[size_t(it.sym)]);
        if (it.sym == 16)
            w.bits(it.extra, 2);
        else if (it.sym == 17)
            w.bits(it.extra, 3);
        else if (it.sym == 18)
            w.bits(it.extra, 7);
    }
}

// Literal/length lengths 'a' = 1, end of block = 2, length 3 (257) = 2: a complete code.
std::vector<int> smallLitLens()
{
    std::vector<int> lit(258, 0);
    lit['a'] = 1;
    lit[256] = 2;
    lit[257] = 2;
    return lit;
}

// A dynamic block with the given lengths; `body` then writes the symbols.
Bytes dynamicStream(const std::vector<int> &lit, const std::vector<int> &dist,
                    const std::function<void(BitWriter &, const std::vector<uint32_t> &,
                                             const std::vector<uint32_t> &)> &body,
                    uint32_t adler)
{
    BitWriter w;
    std::vector<int> all = lit;
    all.insert(all.end(), dist.begin(), dist.end());
    dynamicHeader(w, true, int(lit.size()), int(dist.size()), fullClLens(), clItemsFor(all));
    body(w, canonicalCodes(lit), canonicalCodes(dist));
    return wrapZlib(w.bytes, adler);
}

int inflateOnce(const Bytes &stream, Recorder *rec = nullptr)
{
    Recorder local;
    auto s = std::make_unique<fws_inflate>();
    fws_inflate_init(s.get(), &Recorder::sink, rec ? rec : &local);
    return fws_inflate_feed(s.get(), stream.data(), uint32_t(stream.size()), nullptr);
}

} // namespace

TEST_CASE("fws_inflate decodes zlib's output for real firmware at every level and strategy",
          "[unit][stub]")
{
    const char *files[] = {FW_SHARED_DIR "/corpus/tasmota-lite.bin",
                           FW_SHARED_DIR "/corpus/ATC_v58.bin"};
    const std::vector<PieceSize> pieces = {fixedPieces(1024), fixedPieces(4096), fixedPieces(16384),
                                           fixedPieces(16385), randomPieces(7)};
    size_t variant = 0;
    for (const char *file : files) {
        const Bytes image = readCorpus(file);
        INFO(file);
        REQUIRE(image.size() > 50000);
        for (int level : {0, 1, 6, 9}) {
            for (int strategy : kStrategies) {
                INFO("level " << level << " strategy " << strategy << " variant " << variant);
                const Bytes stream = zlibCompress(image, level, strategy);
                requireRoundTrip(image, stream, pieces[variant++ % pieces.size()]);
            }
        }
    }
    // One image byte by byte: every symbol and header is cut somewhere.
    const Bytes atc = readCorpus(FW_SHARED_DIR "/corpus/ATC_v58.bin");
    requireRoundTrip(atc, zlibCompress(atc, 9), fixedPieces(1));
}

TEST_CASE("fws_inflate decodes synthetic data of edge sizes", "[unit][stub]")
{
    SECTION("empty and one byte")
    {
        for (int level : {0, 6}) {
            requireRoundTrip({}, zlibCompress({}, level), fixedPieces(1));
            requireRoundTrip({0x5A}, zlibCompress({0x5A}, level), fixedPieces(1));
            requireRoundTrip({0x5A}, zlibCompress({0x5A}, level), fixedPieces(4096));
        }
    }
    SECTION("sizes around the chunk and the window")
    {
        for (size_t size : {4095u, 4096u, 4097u, 32767u, 32768u, 32769u}) {
            const Bytes data = mixedData(size, uint32_t(size));
            for (int level : {0, 1, 6}) {
                for (size_t piece : {size_t(1), size_t(3), size_t(1024), size_t(16385)}) {
                    INFO("size " << size << " level " << level << " piece " << piece);
                    requireRoundTrip(data, zlibCompress(data, level), fixedPieces(piece));
                }
            }
            INFO("size " << size << " fixed codes");
            requireRoundTrip(data, zlibCompress(data, 6, Z_FIXED),
                             randomPieces(uint32_t(size), 300));
        }
    }
    SECTION("random data gives stored blocks")
    {
        const Bytes data = randomData(300000, 11);
        for (size_t piece : {size_t(1), size_t(4096), size_t(16384), size_t(16385)}) {
            INFO("piece " << piece);
            requireRoundTrip(data, zlibCompress(data, 6), fixedPieces(piece));
        }
        requireRoundTrip(data, zlibCompress(data, 0), randomPieces(12));
    }
    SECTION("4 MiB of zeros: long matches and many window wraps")
    {
        const Bytes zeros(4u << 20, 0);
        for (int level : {1, 9})
            requireRoundTrip(zeros, zlibCompress(zeros, level), randomPieces(uint32_t(level), 300));
        requireRoundTrip(zeros, zlibCompress(zeros, 6, Z_RLE), fixedPieces(1));
    }
    SECTION("a few MiB of mixed data")
    {
        const Bytes data = mixedData(3u << 20, 99);
        requireRoundTrip(data, zlibCompress(data, 6), randomPieces(5));
        requireRoundTrip(data, zlibCompress(data, 1, Z_FILTERED), fixedPieces(16385));
    }
    SECTION("every window size zlib writes")
    {
        const Bytes data = mixedData(70000, 3);
        for (int bits = 9; bits <= 15; ++bits) {
            INFO("window bits " << bits);
            requireRoundTrip(data, zlibCompress(data, 9, Z_DEFAULT_STRATEGY, bits),
                             fixedPieces(777));
        }
    }
}

TEST_CASE("fws_inflate takes input split at every size and position", "[unit][stub]")
{
    const Bytes data = mixedData(9000, 21);
    const Bytes streams[] = {zlibCompress(data, 6), zlibCompress(data, 9, Z_FIXED),
                             zlibCompress(data, 0), zlibCompress(data, 1, Z_HUFFMAN_ONLY)};
    for (const Bytes &stream : streams) {
        for (size_t piece = 1; piece <= 300; ++piece) {
            INFO("stream of " << stream.size() << " bytes, piece " << piece);
            requireRoundTrip(data, stream, fixedPieces(piece));
        }
    }
    // Two pieces split at every position: the cut falls inside the zlib header, the dynamic
    // block header, codes, stored lengths and the trailer.
    const Bytes small = mixedData(2500, 22);
    for (const Bytes &stream : {zlibCompress(small, 6), zlibCompress(small, 0)}) {
        for (size_t cut = 0; cut <= stream.size(); ++cut) {
            INFO("cut at " << cut << " of " << stream.size());
            bool first = true;
            requireRoundTrip(small, stream, [&] {
                const size_t n = first ? cut : stream.size();
                first = false;
                return std::max<size_t>(n, 1);
            });
        }
    }
}

TEST_CASE("fws_inflate never reports DONE with wrong output for corrupted streams", "[unit][stub]")
{
    const Bytes data = mixedData(6000, 31);
    const Bytes streams[] = {zlibCompress(data, 6), zlibCompress(data, 6, Z_FIXED),
                             zlibCompress(data, 0)};
    int done = 0, errors = 0;
    for (const Bytes &stream : streams) {
        const size_t bits = stream.size() * 8;
        std::vector<size_t> positions;
        for (size_t bit = 0; bit < bits; ++bit)
            if (bit < 600 || bit >= bits - 64 || bit % 29 == 0)
                positions.push_back(bit);
        for (size_t bit : positions) {
            Bytes bad = stream;
            bad[bit / 8] = uint8_t(bad[bit / 8] ^ (1u << (bit % 8)));
            INFO("flipped bit " << bit << " of " << bits);
            const Result r = feedAll(bad, fixedPieces(bit % 2 ? bad.size() : 5));
            if (r.rc == FWS_INFLATE_DONE) {
                ++done;
                REQUIRE(mismatchAt(r.rec.out, data) == -1);
            } else {
                if (r.rc != FWS_INFLATE_MORE)
                    ++errors;
                REQUIRE(r.rc != FWS_INFLATE_ERR_STATE);
                REQUIRE(r.rc != FWS_INFLATE_ERR_SINK);
            }
        }
    }
    CHECK(errors > done); // nearly every flip is caught as an error
}

TEST_CASE("fws_inflate reports MORE for truncated streams and gives out only whole chunks",
          "[unit][stub]")
{
    const Bytes data = mixedData(20000, 41);
    for (const Bytes &stream :
         {zlibCompress(data, 6), zlibCompress(data, 0), zlibCompress(data, 9, Z_FIXED)}) {
        for (size_t len = 0; len < stream.size();
             len += (len < 300 || len + 300 > stream.size()) ? 1 : 37) {
            INFO("truncated to " << len << " of " << stream.size());
            const Bytes cut(stream.begin(), stream.begin() + long(len));
            const Result r = feedAll(cut, fixedPieces(len % 3 ? 1000 : 7));
            REQUIRE(r.rc == FWS_INFLATE_MORE);
            REQUIRE(r.consumed == len);
            REQUIRE(r.rec.out.size() % FWS_INFLATE_CHUNK == 0);
            REQUIRE(isPrefix(r.rec.out, data));
        }
    }
}

TEST_CASE("fws_inflate checks the zlib header", "[unit][stub]")
{
    const Bytes data = mixedData(3000, 51);
    const Bytes good = zlibCompress(data, 6);
    // A header with the check bits made right for the given CMF and FLG bits.
    const auto withHeader = [&](uint8_t cmf, uint8_t flg) {
        Bytes b = good;
        flg = uint8_t(flg & 0xE0);
        flg = uint8_t(flg + (31 - (cmf * 256 + flg) % 31) % 31);
        b[0] = cmf;
        b[1] = flg;
        return b;
    };
    for (int cinfo = 0; cinfo <= 7; ++cinfo)
        for (int level = 0; level < 4; ++level)
            CHECK(inflateOnce(withHeader(uint8_t(cinfo << 4 | 8), uint8_t(level << 6))) ==
                  FWS_INFLATE_DONE);
    CHECK(inflateOnce(withHeader(0x88, 0x80)) == FWS_INFLATE_ERR_HEADER); // CINFO 8
    CHECK(inflateOnce(withHeader(0xF8, 0x80)) == FWS_INFLATE_ERR_HEADER); // CINFO 15
    CHECK(inflateOnce(withHeader(0x77, 0x80)) == FWS_INFLATE_ERR_HEADER); // CM 7
    CHECK(inflateOnce(withHeader(0x7F, 0x80)) == FWS_INFLATE_ERR_HEADER); // CM 15
    CHECK(inflateOnce(withHeader(0x78, 0xA0)) == FWS_INFLATE_ERR_HEADER); // FDICT
    Bytes badCheck = good;
    badCheck[1] = uint8_t(badCheck[1] + 1);
    CHECK(inflateOnce(badCheck) == FWS_INFLATE_ERR_HEADER);
    CHECK(inflateOnce({0x1F, 0x8B, 0x08, 0x00}) == FWS_INFLATE_ERR_HEADER); // gzip

    // Byte by byte, the header is judged once its second byte arrives.
    auto s = std::make_unique<fws_inflate>();
    fws_inflate_init(s.get(), nullptr, nullptr);
    CHECK(fws_inflate_feed(s.get(), badCheck.data(), 1, nullptr) == FWS_INFLATE_MORE);
    CHECK(fws_inflate_feed(s.get(), badCheck.data() + 1, 1, nullptr) == FWS_INFLATE_ERR_HEADER);
    CHECK(fws_inflate_feed(s.get(), good.data(), 2, nullptr) == FWS_INFLATE_ERR_HEADER); // sticky
}

TEST_CASE("fws_inflate tells how much of the last piece belonged to the stream", "[unit][stub]")
{
    const Bytes data = mixedData(10000, 61);
    const Bytes stream = zlibCompress(data, 6);
    Bytes withTail = stream;
    const Bytes second = zlibCompress({1, 2, 3}, 6);
    withTail.insert(withTail.end(), second.begin(), second.end());
    withTail.insert(withTail.end(), 100, 0xEE);
    for (size_t piece :
         {size_t(1), size_t(2), size_t(3), size_t(5), size_t(64), size_t(1000), withTail.size()}) {
        INFO("piece " << piece);
        const Result r = feedAll(withTail, fixedPieces(piece));
        REQUIRE(r.rc == FWS_INFLATE_DONE);
        CHECK(r.consumed == stream.size());
        CHECK(r.totalIn == stream.size());
        CHECK(mismatchAt(r.rec.out, data) == -1);
    }
    // The trailer ends a piece exactly: DONE with every byte used.
    auto s = std::make_unique<fws_inflate>();
    fws_inflate_init(s.get(), nullptr, nullptr);
    uint32_t used = 0;
    REQUIRE(fws_inflate_feed(s.get(), stream.data(), uint32_t(stream.size() - 3), &used) ==
            FWS_INFLATE_MORE);
    CHECK(used == stream.size() - 3);
    REQUIRE(fws_inflate_feed(s.get(), stream.data() + stream.size() - 3, 3, &used) ==
            FWS_INFLATE_DONE);
    CHECK(used == 3);
    CHECK(fws_inflate_total_out(s.get()) == data.size());
    // Fed again after DONE, even with nothing.
    CHECK(fws_inflate_feed(s.get(), second.data(), uint32_t(second.size()), &used) ==
          FWS_INFLATE_ERR_STATE);
    CHECK(used == 0);
    CHECK(fws_inflate_feed(s.get(), second.data(), 0, &used) == FWS_INFLATE_ERR_STATE);
}

TEST_CASE("fws_inflate stops at a refused chunk", "[unit][stub]")
{
    const Bytes data = mixedData(20000, 71); // five chunks, the last one short
    for (int level : {0, 6}) {
        const Bytes stream = zlibCompress(data, level);
        for (int refuse : {0, 2, 4}) {
            INFO("level " << level << " refusing call " << refuse);
            Recorder rec;
            rec.refuseAt = refuse;
            auto s = std::make_unique<fws_inflate>();
            fws_inflate_init(s.get(), &Recorder::sink, &rec);
            int rc = FWS_INFLATE_MORE;
            size_t pos = 0;
            for (; pos < stream.size() && rc == FWS_INFLATE_MORE; pos += 100)
                rc =
                    fws_inflate_feed(s.get(), stream.data() + pos,
                                     uint32_t(std::min<size_t>(100, stream.size() - pos)), nullptr);
            REQUIRE(rc == FWS_INFLATE_ERR_SINK);
            CHECK(rec.sizes.size() == size_t(refuse + 1));
            CHECK(fws_inflate_feed(s.get(), stream.data(), 1, nullptr) == FWS_INFLATE_ERR_SINK);
            CHECK_FALSE(rec.calledAfterRefusal);
            CHECK(rec.sizes.size() == size_t(refuse + 1));
            CHECK(isPrefix(rec.out, data));
        }
    }
}

TEST_CASE("fws_inflate refuses hand-made streams with data errors", "[unit][stub]")
{
    const Bytes aaaa{'a', 'a', 'a', 'a'};
    SECTION("block type 3")
    {
        BitWriter w;
        w.bits(1, 1);
        w.bits(3, 2);
        CHECK(inflateOnce(wrapZlib(w.bytes, 1)) == FWS_INFLATE_ERR_DATA);
    }
    SECTION("stored lengths")
    {
        const Bytes good = wrapZlib({0x01, 0x05, 0x00, 0xFA, 0xFF, 'h', 'e', 'l', 'l', 'o'},
                                    adlerOf({'h', 'e', 'l', 'l', 'o'}));
        Recorder rec;
        CHECK(inflateOnce(good, &rec) == FWS_INFLATE_DONE);
        CHECK(rec.out == Bytes{'h', 'e', 'l', 'l', 'o'});
        const Bytes bad = wrapZlib({0x01, 0x05, 0x00, 0x00, 0x00, 'h', 'e', 'l', 'l', 'o'}, 1);
        CHECK(inflateOnce(bad) == FWS_INFLATE_ERR_DATA);
    }
    SECTION("fixed codes: distances and symbols")
    {
        Recorder rec;
        CHECK(inflateOnce(fixedBlock({'a', 257, dist(0)}, adlerOf(aaaa)), &rec) ==
              FWS_INFLATE_DONE);
        CHECK(rec.out == aaaa);
        // Distance 2 after one byte, distance 1 before any byte.
        CHECK(inflateOnce(fixedBlock({'a', 257, dist(1)}, 1)) == FWS_INFLATE_ERR_DATA);
        CHECK(inflateOnce(fixedBlock({257, dist(0)}, 1)) == FWS_INFLATE_ERR_DATA);
        for (int sym : {286, 287})
            CHECK(inflateOnce(fixedBlock({'a', sym, dist(0)}, 1)) == FWS_INFLATE_ERR_DATA);
        for (int dsym : {30, 31})
            CHECK(inflateOnce(fixedBlock({'a', 257, dist(dsym)}, 1)) == FWS_INFLATE_ERR_DATA);
        // 5000 bytes, then distance 8000 (code 25, 11 extra bits): the sink got the first whole
        // chunk and nothing more.
        std::vector<int> far;
        for (int i = 0; i < 5000; ++i)
            far.push_back('a' + i % 26);
        far.insert(far.end(), {257, dist(25), extraBits(8000 - 6145, 11)});
        Recorder farRec;
        CHECK(inflateOnce(fixedBlock(far, 1), &farRec) == FWS_INFLATE_ERR_DATA);
        CHECK(farRec.sizes == std::vector<uint32_t>{FWS_INFLATE_CHUNK});
        // A wrong Adler-32: the short rest never reaches the sink.
        Recorder sum;
        CHECK(inflateOnce(fixedBlock({'a', 257, dist(0)}, adlerOf(aaaa) ^ 0x100), &sum) ==
              FWS_INFLATE_ERR_CHECKSUM);
        CHECK(sum.sizes.empty());
    }
    SECTION("code length sets")
    {
        const auto header = [](int nlit, int ndist, const std::vector<int> &cl,
                               const std::vector<ClItem> &items) {
            BitWriter w;
            dynamicHeader(w, true, nlit, ndist, cl, items);
            return wrapZlib(w.bytes, 1);
        };
        // Over-subscribed code-length code: all 19 lengths 1.
        CHECK(inflateOnce(header(257, 1, std::vector<int>(19, 1), {})) == FWS_INFLATE_ERR_DATA);
        // Incomplete code-length code: only symbol 18, one bit.
        std::vector<int> only18(19, 0);
        only18[18] = 1;
        CHECK(inflateOnce(header(257, 1, only18, {{18, 127}, {18, 107}})) == FWS_INFLATE_ERR_DATA);
        // Code 16 with no length before it.
        CHECK(inflateOnce(header(257, 1, fullClLens(), {{16, 0}})) == FWS_INFLATE_ERR_DATA);
        // A zero run past the 258 lengths.
        CHECK(inflateOnce(header(257, 1, fullClLens(), {{18, 127}, {18, 127}})) ==
              FWS_INFLATE_ERR_DATA);
        // More than 286 literal/length codes.
        CHECK(inflateOnce(header(287, 1, fullClLens(), {})) == FWS_INFLATE_ERR_DATA);
        // Over-subscribed literal/length code: 257 one-bit codes.
        std::vector<int> ones(258, 1);
        CHECK(inflateOnce(header(257, 1, fullClLens(), clItemsFor(ones))) == FWS_INFLATE_ERR_DATA);
        // Incomplete literal/length code ('a' and end of block with two bits each), then one
        // one-bit distance code.
        std::vector<int> sparse(258, 0);
        sparse['a'] = 2;
        sparse[256] = 2;
        sparse[257] = 1;
        CHECK(inflateOnce(header(257, 1, fullClLens(), clItemsFor(sparse))) ==
              FWS_INFLATE_ERR_DATA);
        // A complete literal/length code without the end-of-block code: refused at once, before
        // the literals that follow run out.
        std::vector<int> noEnd(259, 0);
        noEnd['a'] = 1;
        noEnd['b'] = 2;
        noEnd[257] = 2;
        noEnd[258] = 1;
        BitWriter w;
        dynamicHeader(w, true, 258, 1, fullClLens(), clItemsFor(noEnd));
        for (int i = 0; i < 100; ++i)
            w.code(0, 1); // 'a'
        Bytes noEndStream{0x78, 0x01};
        noEndStream.insert(noEndStream.end(), w.bytes.begin(), w.bytes.end());
        CHECK(inflateOnce(noEndStream) == FWS_INFLATE_ERR_DATA);
    }
    SECTION("distance code sets with one code or none")
    {
        const auto body = [](uint32_t distCode, int distLen) {
            return
                [=](BitWriter &w, const std::vector<uint32_t> &lit, const std::vector<uint32_t> &) {
                    const auto lens = smallLitLens();
                    w.code(lit['a'], lens['a']);
                    w.code(lit[257], lens[257]);
                    w.code(distCode, distLen);
                    w.code(lit[256], lens[256]);
                };
        };
        Recorder rec;
        CHECK(inflateOnce(dynamicStream(smallLitLens(), {1}, body(0, 1), adlerOf(aaaa)), &rec) ==
              FWS_INFLATE_DONE);
        CHECK(rec.out == aaaa);
        // The unused half of a one-code distance set.
        CHECK(inflateOnce(dynamicStream(smallLitLens(), {1}, body(1, 1), adlerOf(aaaa))) ==
              FWS_INFLATE_ERR_DATA);
        // A single distance code must have one bit.
        CHECK(inflateOnce(dynamicStream(smallLitLens(), {2}, body(0, 2), adlerOf(aaaa))) ==
              FWS_INFLATE_ERR_DATA);
        // No distance codes at all: literals only; any length code then fails.
        const auto literals = [](BitWriter &w, const std::vector<uint32_t> &lit,
                                 const std::vector<uint32_t> &) {
            const auto lens = smallLitLens();
            w.code(lit['a'], lens['a']);
            w.code(lit['a'], lens['a']);
            w.code(lit[256], lens[256]);
        };
        Recorder lits;
        CHECK(inflateOnce(dynamicStream(smallLitLens(), {0}, literals, adlerOf({'a', 'a'})),
                          &lits) == FWS_INFLATE_DONE);
        CHECK(lits.out == Bytes{'a', 'a'});
        CHECK(inflateOnce(dynamicStream(smallLitLens(), {0}, body(0, 1), adlerOf(aaaa))) ==
              FWS_INFLATE_ERR_DATA);
    }
}
