#ifndef FWS_SLIP_H
#define FWS_SLIP_H
/* SLIP framing for the stub (esp.md §1.1): a receiver fed one byte at a time (from the UART
 * interrupt on the chip) and a sender that escapes a frame straight onto the UART. */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FWS_SLIP_END 0xC0u
#define FWS_SLIP_ESC 0xDBu
#define FWS_SLIP_ESC_END 0xDCu
#define FWS_SLIP_ESC_ESC 0xDDu

typedef struct fws_slip_rx {
    uint8_t *buf;
    uint32_t cap;
    uint32_t len;      /* bytes kept of the current frame (at most cap) */
    uint32_t total;    /* bytes the current frame has had, kept or not */
    uint8_t in_frame;
    uint8_t escaped;
    uint8_t bad_escape;
} fws_slip_rx;

/* What a byte completed. */
enum {
    FWS_SLIP_NONE = 0,     /* nothing yet */
    FWS_SLIP_FRAME = 1,    /* a whole frame is in buf[0..len) */
    FWS_SLIP_OVERSIZE = 2, /* a frame ended that was longer than cap: buf holds its first cap
                            * bytes, `total` its length */
    FWS_SLIP_BAD = 3       /* a frame ended with an invalid escape; buf holds what was kept */
};

void fws_slip_rx_init(fws_slip_rx *rx, uint8_t *buf, uint32_t cap);
/* Feeds one byte; bytes outside a frame are ignored. After a non-NONE result the frame stays in
 * buf until the next byte is fed. */
int fws_slip_rx_byte(fws_slip_rx *rx, uint8_t byte);

/* Sends one frame made of the concatenation of up to two pieces (header and payload), escaped. */
void fws_slip_send(void *hal, const uint8_t *a, uint32_t a_len, const uint8_t *b, uint32_t b_len);

#ifdef __cplusplus
}
#endif

#endif
