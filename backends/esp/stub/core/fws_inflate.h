#ifndef FWS_INFLATE_H
#define FWS_INFLATE_H
/* A streaming zlib (RFC 1950) / DEFLATE (RFC 1951) decoder for the flasher stub: compressed input
 * arrives in pieces of any size and split anywhere; output collects in the 32 KiB history window
 * and goes to a sink in 4 KiB chunks at 4 KiB-aligned window positions, plus the rest at the end. */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FWS_INFLATE_WINDOW 32768u
#define FWS_INFLATE_CHUNK 4096u
/* Input that a symbol or block header left undecoded at the end of one piece is kept here and
 * decoded again together with the next piece. A dynamic block header needs the most: at most
 * 3 + 14 + 19 * 3 bits plus 7 bits for each of at most 318 code lengths, under 290 bytes. */
#define FWS_INFLATE_CARRY 320u
/* Bits of the first-level lookup tables (literal/length; distance and code-length codes). */
#define FWS_INFLATE_LIT_FAST_BITS 9u
#define FWS_INFLATE_DIST_FAST_BITS 8u

enum {
    FWS_INFLATE_MORE = 0,           /* every byte taken; the stream goes on */
    FWS_INFLATE_DONE = 1,           /* end of stream, Adler-32 matched, all output given to the sink */
    FWS_INFLATE_ERR_HEADER = -1,    /* not a zlib header: method, window size, check bits, dictionary */
    FWS_INFLATE_ERR_DATA = -2,      /* bad block type, stored length, code table, code or distance */
    FWS_INFLATE_ERR_CHECKSUM = -3,  /* the Adler-32 trailer does not match the output */
    FWS_INFLATE_ERR_SINK = -4,      /* the sink refused a chunk */
    FWS_INFLATE_ERR_STATE = -5      /* fed again after DONE or an error */
};

/* Gets each chunk of output in order; `data` is 4-byte aligned. A non-zero return stops the
 * decoder with FWS_INFLATE_ERR_SINK. */
typedef int (*fws_inflate_sink)(void *ctx, const uint8_t *data, uint32_t len);

/* A canonical Huffman code: `fast` maps the next input bits (first bit lowest) to
 * symbol << 4 | code length for codes up to the lookup width; longer codes are found by walking
 * `count`/`symbol`. */
typedef struct fws_huffman {
    uint16_t count[16];   /* number of codes of each length */
    uint16_t symbol[288]; /* symbols ordered by code */
    uint16_t fast[1u << FWS_INFLATE_LIT_FAST_BITS];
} fws_huffman;

/* The same for the distance code (and, while a block header is read, the code-length code). */
typedef struct fws_huffman_small {
    uint16_t count[16];
    uint16_t symbol[32];
    uint16_t fast[1u << FWS_INFLATE_DIST_FAST_BITS];
} fws_huffman_small;

typedef struct fws_inflate {
    /* output */
    uint8_t window[FWS_INFLATE_WINDOW] __attribute__((aligned(4)));
    uint32_t win_pos;     /* next write position in window; a chunk goes out when it is 4 KiB-aligned */
    uint32_t win_full;    /* the window has wrapped, so every distance up to 32 KiB is valid */
    uint32_t out_wrapped; /* bytes produced before the window last wrapped */
    uint32_t adler_a, adler_b; /* Adler-32 of the output given to the sink so far */
    fws_inflate_sink sink;
    void *sink_ctx;
    /* input */
    uint8_t carry[FWS_INFLATE_CARRY];
    uint32_t carry_len;
    uint32_t bit_buf;     /* input bits taken but not yet used, first bit lowest */
    uint32_t bit_count;
    uint32_t total_in;
    /* decoder state */
    int32_t state;
    int32_t result;       /* sticky once DONE or an error */
    uint32_t final_block;
    uint32_t stored_left;
    uint32_t fixed_tables; /* lit/dist hold the fixed codes of RFC 1951 3.2.6 */
    fws_huffman lit;
    fws_huffman_small dist;
} fws_inflate;

void fws_inflate_init(fws_inflate *s, fws_inflate_sink sink, void *sink_ctx);
/* Decodes `len` bytes. Returns FWS_INFLATE_MORE, FWS_INFLATE_DONE or an error (sticky). With
 * DONE, *used (if not null) tells how many of these bytes belonged to the stream. */
int fws_inflate_feed(fws_inflate *s, const uint8_t *in, uint32_t len, uint32_t *used);
uint32_t fws_inflate_total_out(const fws_inflate *s);
uint32_t fws_inflate_total_in(const fws_inflate *s);

#ifdef __cplusplus
}
#endif

#endif
