#include "fws_inflate.h"

#include <stddef.h>
#include <stdint.h>

/* Decoding runs in units: the zlib header, a block header (with a dynamic block's code tables),
 * one literal or length/distance pair, a run of stored bytes, the Adler-32 trailer. After each
 * unit the reader position is marked. When a piece of input ends inside a unit, the reader goes
 * back to the mark and the bytes from there on wait in `carry` for the next piece, so no unit
 * ever needs to be resumed half way. Every unit is small enough for the carry (see its size). */

enum { ST_HEADER, ST_BLOCK, ST_STORED, ST_CODES, ST_TRAILER };

/* Step results besides the FWS_INFLATE_ERR_* codes. */
#define STEP_SYMBOL 0 /* one symbol decoded; the block goes on */
#define STEP_NEXT 1   /* the unit is complete; mark the position and go on */
#define STEP_OUT 2    /* the input ran out inside a unit */
#define STEP_DONE 3   /* the trailer matched and all output went to the sink */

#define DEC_OUT (-1) /* not enough input to tell the code */
#define DEC_BAD (-2) /* no code starts with these bits */

#define FAST_NONE 0u      /* lookup entry: no code starts with these bits */
#define FAST_LONG 0xFFF0u /* lookup entry: a code longer than the lookup starts here */

/* Three fills of at most 4 bytes each cover any symbol (15 + 5 + 15 + 13 bits). */
#define FAST_INPUT 16

#define WIN_MASK (FWS_INFLATE_WINDOW - 1u)
#define CHUNK_MASK (FWS_INFLATE_CHUNK - 1u)
#define ADLER_MOD 65521u

#define ALWAYS_INLINE inline __attribute__((always_inline))
/* After a stored block or an end-of-block code. */
#define BLOCK_END(s) ((s)->state = (s)->final_block ? ST_TRAILER : ST_BLOCK, STEP_NEXT)
#define LIT_CODE(s) (s)->lit.fast, FWS_INFLATE_LIT_FAST_BITS, (s)->lit.count, (s)->lit.symbol
#define DIST_CODE(s) (s)->dist.fast, FWS_INFLATE_DIST_FAST_BITS, (s)->dist.count, (s)->dist.symbol

/* Lengths and distances (RFC 1951 3.2.5). */
static const uint16_t len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10,  11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                       33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
/* The order in which a dynamic block lists the code-length code's lengths (RFC 1951 3.2.7). */
static const uint8_t cl_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

/* The input of one feed: first the carried bytes, then the new piece. */
typedef struct reader {
    const uint8_t *p, *end;         /* the part being read */
    const uint8_t *next, *next_end; /* the new piece while the carry is read, else empty */
    uint32_t in_piece;              /* p points into the new piece */
    uint32_t buf, cnt;              /* taken bits, first bit lowest; bits above cnt are zero */
} reader;

/* Moves on to the new piece when the carry is used up. Returns 0 when no input is left. */
static ALWAYS_INLINE int has_input(reader *r)
{
    if (r->p != r->end)
        return 1;
    if (r->next == r->next_end)
        return 0;
    r->p = r->next;
    r->end = r->next_end;
    r->next = r->next_end;
    r->in_piece = 1;
    return 1;
}

/* Takes whole bytes until at least 25 bits are buffered or the input is used up. */
static ALWAYS_INLINE void fill(reader *r)
{
    while (r->cnt <= 24u && has_input(r)) {
        r->buf |= (uint32_t)*r->p++ << r->cnt;
        r->cnt += 8u;
    }
}

static ALWAYS_INLINE int need(reader *r, uint32_t n)
{
    if (r->cnt < n)
        fill(r);
    return r->cnt >= n;
}

/* Returns STEP_OUT from the calling step when fewer than n bits are left. */
#define NEED(r, n)                                                                                 \
    do {                                                                                           \
        if (!need(r, n))                                                                           \
            return STEP_OUT;                                                                       \
    } while (0)

static ALWAYS_INLINE uint32_t take(reader *r, uint32_t n)
{
    const uint32_t v = r->buf & ((1u << n) - 1u);
    r->buf >>= n;
    r->cnt -= n;
    return v;
}

/* Drops the bits up to the next byte boundary of the input. */
static void align(reader *r)
{
    r->buf >>= r->cnt & 7u;
    r->cnt &= ~7u;
}

/* A code longer than the lookup: walk the canonical code a bit at a time. Codes of each length
 * are consecutive numbers starting at `first`. */
static int32_t decode_long(const uint16_t *count, const uint16_t *symbol, uint32_t buf, uint32_t cnt)
{
    uint32_t code = 0, first = 0, index = 0;
    for (uint32_t l = 1; l <= 15u; ++l) {
        if (l > cnt)
            return DEC_OUT;
        code |= buf & 1u;
        buf >>= 1;
        const uint32_t c = count[l];
        if (code - first < c)
            return (int32_t)((uint32_t)symbol[index + code - first] << 4 | l);
        index += c;
        first = (first + c) << 1;
        code <<= 1;
    }
    return DEC_BAD;
}

/* Decodes the code at the start of `buf` (cnt valid bits). Returns symbol << 4 | code length,
 * DEC_OUT or DEC_BAD. Fewer than 25 valid bits must mean that the input is used up. */
static ALWAYS_INLINE int32_t decode(const uint16_t *fast, uint32_t fast_bits, const uint16_t *count,
                                    const uint16_t *symbol, uint32_t buf, uint32_t cnt)
{
    const uint32_t e = fast[buf & ((1u << fast_bits) - 1u)];
    if ((e & 15u) != 0 && (e & 15u) <= cnt)
        return (int32_t)e;
    if (cnt < fast_bits)
        return DEC_OUT;
    if (e == FAST_NONE)
        return DEC_BAD;
    return decode_long(count, symbol, buf, cnt);
}

/* Fills, decodes one symbol and takes its bits. Returns the symbol, DEC_OUT or DEC_BAD. */
static ALWAYS_INLINE int next_symbol(reader *r, const uint16_t *fast, uint32_t fast_bits,
                                     const uint16_t *count, const uint16_t *symbol)
{
    fill(r);
    const int32_t d = decode(fast, fast_bits, count, symbol, r->buf, r->cnt);
    if (d < 0)
        return (int)d;
    (void)take(r, (uint32_t)d & 15u);
    return (int)(d >> 4);
}

static uint32_t reverse_bits(uint32_t code, uint32_t len)
{
    uint32_t r = 0;
    for (; len != 0; --len, code >>= 1)
        r = (r << 1) | (code & 1u);
    return r;
}

/* Builds a canonical code from its code lengths (RFC 1951 3.2.2). Over-subscribed sets fail;
 * incomplete sets fail too, except for a distance code with no code or a single one-bit code,
 * which RFC 1951 3.2.7 allows. Returns 1 on success. */
static int build(uint16_t *count, uint16_t *symbol, uint16_t *fast, uint32_t fast_bits,
                 const uint8_t *lens, uint32_t n, int is_dist)
{
    uint16_t offs[16];
    uint32_t l, sym, codes = 0;
    int32_t left = 1;
    for (l = 0; l < 16u; ++l)
        count[l] = 0;
    for (sym = 0; sym < n; ++sym)
        count[lens[sym]] = (uint16_t)(count[lens[sym]] + 1u);
    for (l = 1; l < 16u; ++l) {
        left = left * 2 - (int32_t)count[l];
        if (left < 0)
            return 0;
        codes += count[l];
    }
    if (left > 0 && !(is_dist && (codes == 0 || (codes == 1 && count[1] == 1))))
        return 0;
    offs[1] = 0;
    for (l = 1; l < 15u; ++l)
        offs[l + 1] = (uint16_t)(offs[l] + count[l]);
    for (sym = 0; sym < n; ++sym) {
        if (lens[sym] != 0) {
            symbol[offs[lens[sym]]] = (uint16_t)sym;
            offs[lens[sym]] = (uint16_t)(offs[lens[sym]] + 1u);
        }
    }
    const uint32_t size = 1u << fast_bits;
    __builtin_memset(fast, 0, size * sizeof(uint16_t));
    uint32_t code = 0, index = 0;
    for (l = 1; l < 16u; ++l, code <<= 1) {
        for (uint32_t k = 0; k < count[l]; ++k, ++index, ++code) {
            if (l <= fast_bits) {
                const uint16_t e = (uint16_t)((uint32_t)symbol[index] << 4 | l);
                for (uint32_t i = reverse_bits(code, l); i < size; i += 1u << l)
                    fast[i] = e;
            } else {
                fast[reverse_bits(code >> (l - fast_bits), fast_bits)] = (uint16_t)FAST_LONG;
            }
        }
    }
    return 1;
}

static void build_fixed(fws_inflate *s)
{
    uint8_t lens[288];
    uint32_t i;
    for (i = 0; i < 288u; ++i)
        lens[i] = i < 144u ? 8u : i < 256u ? 9u : i < 280u ? 7u : 8u;
    (void)build(s->lit.count, s->lit.symbol, s->lit.fast, FWS_INFLATE_LIT_FAST_BITS, lens, 288u, 0);
    /* All 32 five-bit codes take part, so the code is complete; 30 and 31 are refused on use. */
    for (i = 0; i < 32u; ++i)
        lens[i] = 5u;
    (void)build(s->dist.count, s->dist.symbol, s->dist.fast, FWS_INFLATE_DIST_FAST_BITS, lens, 32u, 1);
    s->fixed_tables = 1;
}

/* x mod 65521 without a divide: 65536 = 15 (mod 65521). */
static uint32_t adler_mod(uint32_t x)
{
    x = (x >> 16) * 15u + (x & 0xFFFFu);
    x = (x >> 16) * 15u + (x & 0xFFFFu);
    return x >= ADLER_MOD ? x - ADLER_MOD : x;
}

/* n is at most one chunk, so the sums cannot overflow before the reduction. */
static void adler_update(fws_inflate *s, const uint8_t *p, uint32_t n)
{
    uint32_t a = s->adler_a, b = s->adler_b;
    for (uint32_t i = 0; i < n; ++i) {
        a += p[i];
        b += a;
    }
    s->adler_a = adler_mod(a);
    s->adler_b = adler_mod(b);
}

/* The window position has just reached a 4 KiB boundary: hand the finished chunk over.
 * Returns STEP_SYMBOL (0) or FWS_INFLATE_ERR_SINK. */
static int chunk_done(fws_inflate *s)
{
    const uint8_t *chunk = s->window + (s->win_pos - FWS_INFLATE_CHUNK);
    adler_update(s, chunk, FWS_INFLATE_CHUNK);
    if (s->win_pos == FWS_INFLATE_WINDOW) {
        s->win_pos = 0;
        s->win_full = 1;
        s->out_wrapped += FWS_INFLATE_WINDOW;
    }
    if (s->sink != NULL && s->sink(s->sink_ctx, chunk, FWS_INFLATE_CHUNK) != 0)
        return FWS_INFLATE_ERR_SINK;
    return STEP_SYMBOL;
}

/* Copies `len` bytes from `dist` back (already checked against the output so far). Returns
 * STEP_SYMBOL (0) or FWS_INFLATE_ERR_SINK. */
static int copy_match(fws_inflate *s, uint32_t dist, uint32_t len)
{
    uint8_t *w = s->window;
    uint32_t from = (s->win_pos - dist) & WIN_MASK;
    while (len != 0) {
        const uint32_t pos = s->win_pos;
        uint32_t n = FWS_INFLATE_CHUNK - (pos & CHUNK_MASK);
        if (n > len)
            n = len;
        if (n > FWS_INFLATE_WINDOW - from)
            n = FWS_INFLATE_WINDOW - from;
        uint8_t *dst = w + pos;
        const uint8_t *src = w + from;
        if (dist == 1) {
            __builtin_memset(dst, *src, n);
        } else if (n >= 16u && (from < pos ? pos - from >= n : from - pos >= n)) {
            __builtin_memcpy(dst, src, n);
        } else {
            /* Overlapping copies repeat the bytes just written, as LZ77 means them to. */
            for (uint32_t i = 0; i < n; ++i)
                dst[i] = src[i];
        }
        s->win_pos = pos + n;
        from = (from + n) & WIN_MASK;
        len -= n;
        if ((s->win_pos & CHUNK_MASK) == 0) {
            const int rc = chunk_done(s);
            if (rc != 0)
                return rc;
        }
    }
    return STEP_SYMBOL;
}

/* x mod 31 without a divide: 32 = 1 (mod 31). */
static uint32_t mod31(uint32_t x)
{
    while (x > 31u)
        x = (x & 31u) + (x >> 5);
    return x == 31u ? 0u : x;
}

static int step_header(fws_inflate *s, reader *r)
{
    NEED(r, 16);
    const uint32_t cmf = take(r, 8), flg = take(r, 8);
    if ((cmf & 15u) != 8u || (cmf >> 4) > 7u || mod31(cmf * 256u + flg) != 0 || (flg & 0x20u) != 0)
        return FWS_INFLATE_ERR_HEADER;
    s->state = ST_BLOCK;
    return STEP_NEXT;
}

/* Reads the code lengths of a dynamic block and builds its codes (RFC 1951 3.2.7). */
static int read_dynamic(fws_inflate *s, reader *r)
{
    static const uint8_t rep_bits[3] = {2, 3, 7}, rep_min[3] = {3, 3, 11};
    uint8_t lens[286 + 32];
    uint32_t i, n = 0;
    s->fixed_tables = 0; /* the code-length code goes into the distance table */
    NEED(r, 14);
    const uint32_t nlit = take(r, 5) + 257u;
    const uint32_t total = nlit + take(r, 5) + 1u;
    const uint32_t ncl = take(r, 4) + 4u;
    if (nlit > 286u)
        return FWS_INFLATE_ERR_DATA;
    for (i = 0; i < 19u; ++i)
        lens[i] = 0;
    for (i = 0; i < ncl; ++i) {
        NEED(r, 3);
        lens[cl_order[i]] = (uint8_t)take(r, 3);
    }
    if (!build(s->dist.count, s->dist.symbol, s->dist.fast, FWS_INFLATE_DIST_FAST_BITS, lens, 19u, 0))
        return FWS_INFLATE_ERR_DATA;
    while (n < total) {
        const int sym = next_symbol(r, DIST_CODE(s));
        if (sym < 0)
            return sym == DEC_OUT ? STEP_OUT : FWS_INFLATE_ERR_DATA;
        if (sym < 16) {
            lens[n++] = (uint8_t)sym;
            continue;
        }
        /* 16 repeats the previous length, 17 and 18 repeat zero. */
        if (sym == 16 && n == 0)
            return FWS_INFLATE_ERR_DATA;
        const uint8_t value = sym == 16 ? lens[n - 1] : 0;
        NEED(r, rep_bits[sym - 16]);
        uint32_t repeat = rep_min[sym - 16] + take(r, rep_bits[sym - 16]);
        if (repeat > total - n)
            return FWS_INFLATE_ERR_DATA;
        while (repeat-- != 0)
            lens[n++] = value;
    }
    if (lens[256] == 0) /* no end-of-block code: the block could never end */
        return FWS_INFLATE_ERR_DATA;
    if (!build(s->lit.count, s->lit.symbol, s->lit.fast, FWS_INFLATE_LIT_FAST_BITS, lens, nlit, 0) ||
        !build(s->dist.count, s->dist.symbol, s->dist.fast, FWS_INFLATE_DIST_FAST_BITS, lens + nlit,
               total - nlit, 1))
        return FWS_INFLATE_ERR_DATA;
    return STEP_NEXT;
}

static int step_block(fws_inflate *s, reader *r)
{
    NEED(r, 3);
    const uint32_t final_block = take(r, 1);
    const uint32_t type = take(r, 2);
    if (type == 0) {
        align(r);
        NEED(r, 16);
        const uint32_t len = take(r, 16);
        NEED(r, 16);
        if ((len ^ take(r, 16)) != 0xFFFFu) /* NLEN is the complement of LEN */
            return FWS_INFLATE_ERR_DATA;
        s->stored_left = len;
        s->state = ST_STORED;
    } else if (type == 1) {
        if (!s->fixed_tables)
            build_fixed(s);
        s->state = ST_CODES;
    } else if (type == 2) {
        const int rc = read_dynamic(s, r);
        if (rc != STEP_NEXT)
            return rc;
        s->state = ST_CODES;
    } else {
        return FWS_INFLATE_ERR_DATA;
    }
    s->final_block = final_block;
    return STEP_NEXT;
}

static int step_stored(fws_inflate *s, reader *r, reader *mark)
{
    while (s->stored_left != 0) {
        uint32_t n = 1;
        if (r->cnt != 0) {
            /* Whole bytes read ahead with the block header. */
            s->window[s->win_pos] = (uint8_t)take(r, 8);
        } else {
            if (!has_input(r))
                return STEP_OUT;
            n = (uint32_t)(r->end - r->p);
            const uint32_t room = FWS_INFLATE_CHUNK - (s->win_pos & CHUNK_MASK);
            if (n > room)
                n = room;
            if (n > s->stored_left)
                n = s->stored_left;
            __builtin_memcpy(s->window + s->win_pos, r->p, n);
            r->p += n;
        }
        s->win_pos += n;
        s->stored_left -= n;
        if ((s->win_pos & CHUNK_MASK) == 0) {
            const int rc = chunk_done(s);
            if (rc != 0)
                return rc;
        }
        *mark = *r;
    }
    return BLOCK_END(s);
}

/* Decodes literals and length/distance pairs into the window. Without `careful` it runs while
 * the current part of the input holds FAST_INPUT bytes: the input cannot run out inside a symbol,
 * there is nothing to mark, and everything stays in registers. With `careful` it decodes one
 * symbol that may be cut off (STEP_OUT, and nothing written). Returns STEP_SYMBOL, STEP_NEXT at
 * the end of the block, STEP_OUT or an error. */
static ALWAYS_INLINE int codes(fws_inflate *s, reader *r, const int careful)
{
    const uint8_t *p = r->p, *end = r->end;
    uint32_t buf = r->buf, cnt = r->cnt, pos = s->win_pos, n, sym;
    int rc = STEP_SYMBOL;
#define FILL()                                                                                     \
    while (cnt <= 24u) {                                                                           \
        if (careful && p == end) {                                                                 \
            if (r->next == r->next_end)                                                            \
                break;                                                                             \
            p = r->next;                                                                           \
            end = r->next_end;                                                                     \
            r->next = r->next_end;                                                                 \
            r->in_piece = 1;                                                                       \
        }                                                                                          \
        buf |= (uint32_t)*p++ << cnt;                                                              \
        cnt += 8u;                                                                                 \
    }
    while (careful || end - p >= FAST_INPUT) {
        FILL();
        int32_t d = decode(LIT_CODE(s), buf, cnt);
        if (d < 0) {
            rc = d == DEC_OUT ? STEP_OUT : FWS_INFLATE_ERR_DATA;
            break;
        }
        n = (uint32_t)d & 15u;
        sym = (uint32_t)d >> 4;
        buf >>= n;
        cnt -= n;
        if (sym < 256u) {
            s->window[pos++] = (uint8_t)sym;
            if ((pos & CHUNK_MASK) == 0) {
                s->win_pos = pos;
                rc = chunk_done(s);
                pos = s->win_pos;
            } else if (!careful) {
                continue;
            }
            if (careful || rc != STEP_SYMBOL)
                break;
            continue;
        }
        if (sym == 256u || sym > 285u) {
            rc = sym == 256u ? BLOCK_END(s) : FWS_INFLATE_ERR_DATA;
            break;
        }
        n = len_extra[sym - 257u];
        if (careful && cnt < n) {
            rc = STEP_OUT;
            break;
        }
        const uint32_t len = len_base[sym - 257u] + (buf & ((1u << n) - 1u));
        buf >>= n;
        cnt -= n;
        FILL();
        d = decode(DIST_CODE(s), buf, cnt);
        if (d < 0 || (d >> 4) >= 30) {
            rc = d == DEC_OUT ? STEP_OUT : FWS_INFLATE_ERR_DATA;
            break;
        }
        n = (uint32_t)d & 15u;
        sym = (uint32_t)d >> 4;
        buf >>= n;
        cnt -= n;
        FILL();
        n = dist_extra[sym];
        if (careful && cnt < n) {
            rc = STEP_OUT;
            break;
        }
        const uint32_t dist = dist_base[sym] + (buf & ((1u << n) - 1u));
        buf >>= n;
        cnt -= n;
        /* Until the window first wraps, the position is the number of bytes produced. */
        if (!s->win_full && dist > pos) {
            rc = FWS_INFLATE_ERR_DATA;
            break;
        }
        const uint32_t from = (pos - dist) & WIN_MASK;
        if (len < 32u && len < FWS_INFLATE_CHUNK - (pos & CHUNK_MASK) && from + len <= FWS_INFLATE_WINDOW) {
            /* Most matches are short and end inside the chunk: copy them here, forwards, so
             * that overlapping copies repeat the bytes just written. */
            uint8_t *dst = s->window + pos;
            const uint8_t *src = s->window + from;
            for (uint32_t i = 0; i < len; ++i)
                dst[i] = src[i];
            pos += len;
        } else {
            s->win_pos = pos;
            rc = copy_match(s, dist, len);
            pos = s->win_pos;
        }
        if (careful || rc != STEP_SYMBOL)
            break;
    }
#undef FILL
    r->p = p;
    r->end = end;
    r->buf = buf;
    r->cnt = cnt;
    s->win_pos = pos;
    return rc;
}

static __attribute__((noinline)) int codes_fast(fws_inflate *s, reader *r)
{
    return codes(s, r, 0);
}

static int step_codes(fws_inflate *s, reader *r, reader *mark)
{
    for (;;) {
        int rc = codes_fast(s, r);
        if (rc == STEP_SYMBOL) {
            /* Near the end of a part: mark every symbol so that a cut one can be read again. */
            const reader at = *r;
            rc = codes(s, r, 1);
            if (rc == STEP_OUT)
                *mark = at;
        }
        if (rc != STEP_SYMBOL)
            return rc;
    }
}

static int step_trailer(fws_inflate *s, reader *r)
{
    align(r);
    NEED(r, 16);
    const uint32_t hi = take(r, 16);
    NEED(r, 16);
    const uint32_t lo = take(r, 16);
    /* The trailer is big-endian; take() returns the first byte lowest. */
    const uint32_t expected = (hi & 0xFFu) << 24 | (hi >> 8) << 16 | (lo & 0xFFu) << 8 | lo >> 8;
    const uint32_t rest = s->win_pos & CHUNK_MASK;
    const uint8_t *tail = s->window + (s->win_pos - rest);
    adler_update(s, tail, rest);
    if ((s->adler_b << 16 | s->adler_a) != expected)
        return FWS_INFLATE_ERR_CHECKSUM;
    if (rest != 0 && s->sink != NULL && s->sink(s->sink_ctx, tail, rest) != 0)
        return FWS_INFLATE_ERR_SINK;
    return STEP_DONE;
}

/* Runs units until the input ends inside one (STEP_OUT, with *mark where it started), the
 * stream ends (STEP_DONE) or an error. */
static int run(fws_inflate *s, reader *r, reader *mark)
{
    for (;;) {
        int rc;
        switch (s->state) {
        case ST_HEADER:
            rc = step_header(s, r);
            break;
        case ST_BLOCK:
            rc = step_block(s, r);
            break;
        case ST_STORED:
            rc = step_stored(s, r, mark);
            break;
        case ST_CODES:
            rc = step_codes(s, r, mark);
            break;
        default:
            rc = step_trailer(s, r);
            break;
        }
        if (rc != STEP_NEXT)
            return rc;
        *mark = *r;
    }
}

/* Keeps the input from the mark on for the next piece. */
static int keep_rest(fws_inflate *s, const reader *mark, const uint8_t *in, uint32_t len)
{
    uint32_t n;
    if (!mark->in_piece) {
        const uint32_t off = (uint32_t)(mark->p - s->carry);
        const uint32_t keep = s->carry_len - off;
        if (keep + len > FWS_INFLATE_CARRY)
            return FWS_INFLATE_ERR_DATA; /* cannot happen: no unit is that long */
        for (uint32_t i = 0; i < keep; ++i)
            s->carry[i] = s->carry[off + i];
        __builtin_memcpy(s->carry + keep, in, len);
        n = keep + len;
    } else {
        n = (uint32_t)((in + len) - mark->p);
        if (n > FWS_INFLATE_CARRY)
            return FWS_INFLATE_ERR_DATA;
        __builtin_memcpy(s->carry, mark->p, n);
    }
    s->carry_len = n;
    s->bit_buf = mark->buf;
    s->bit_count = mark->cnt;
    return FWS_INFLATE_MORE;
}

void fws_inflate_init(fws_inflate *s, fws_inflate_sink sink, void *sink_ctx)
{
    __builtin_memset(s, 0, sizeof(*s));
    s->sink = sink;
    s->sink_ctx = sink_ctx;
    s->adler_a = 1;
    s->state = ST_HEADER;
    s->result = FWS_INFLATE_MORE;
}

int fws_inflate_feed(fws_inflate *s, const uint8_t *in, uint32_t len, uint32_t *used)
{
    if (used != NULL)
        *used = 0;
    if (s->result != FWS_INFLATE_MORE)
        return s->result == FWS_INFLATE_DONE ? FWS_INFLATE_ERR_STATE : s->result;
    if (len == 0)
        return FWS_INFLATE_MORE;

    reader r;
    r.buf = s->bit_buf;
    r.cnt = s->bit_count;
    r.p = s->carry_len != 0 ? s->carry : in;
    r.end = s->carry_len != 0 ? s->carry + s->carry_len : in + len;
    r.next = s->carry_len != 0 ? in : in + len;
    r.next_end = in + len;
    r.in_piece = s->carry_len == 0;
    reader mark = r;
    int rc = run(s, &r, &mark);
    if (rc == STEP_OUT) {
        rc = keep_rest(s, &mark, in, len);
        if (rc == FWS_INFLATE_MORE) {
            s->total_in += len;
            if (used != NULL)
                *used = len;
            return FWS_INFLATE_MORE;
        }
    }
    if (rc == STEP_DONE) {
        /* Whole bytes still buffered lie past the trailer and were never part of the stream;
         * the carry held only bytes of the unfinished unit, so the end is in this piece. */
        uint32_t taken = r.in_piece ? (uint32_t)(r.p - in) : 0;
        const uint32_t ahead = r.cnt >> 3;
        taken = taken > ahead ? taken - ahead : 0;
        s->total_in += taken;
        s->carry_len = 0;
        if (used != NULL)
            *used = taken;
        rc = FWS_INFLATE_DONE;
    }
    s->result = rc;
    return rc;
}

uint32_t fws_inflate_total_out(const fws_inflate *s)
{
    return s->out_wrapped + s->win_pos;
}

uint32_t fws_inflate_total_in(const fws_inflate *s)
{
    return s->total_in;
}
