#include "fws_slip.h"

#include "fws_hal.h"

void fws_slip_rx_init(fws_slip_rx *rx, uint8_t *buf, uint32_t cap)
{
    rx->buf = buf;
    rx->cap = cap;
    rx->len = 0;
    rx->total = 0;
    rx->in_frame = 0;
    rx->escaped = 0;
    rx->bad_escape = 0;
}

static void slip_keep(fws_slip_rx *rx, uint8_t byte)
{
    if (rx->len < rx->cap)
        rx->buf[rx->len++] = byte;
    rx->total++;
}

int fws_slip_rx_byte(fws_slip_rx *rx, uint8_t byte)
{
    if (byte == FWS_SLIP_END) {
        if (!rx->in_frame || rx->total == 0) {
            /* Start of a frame, or the empty frame between two END bytes. */
            rx->in_frame = 1;
            rx->len = rx->total = 0;
            rx->escaped = rx->bad_escape = 0;
            return FWS_SLIP_NONE;
        }
        int result = FWS_SLIP_FRAME;
        if (rx->bad_escape || rx->escaped)
            result = FWS_SLIP_BAD;
        else if (rx->total > rx->cap)
            result = FWS_SLIP_OVERSIZE;
        /* The END that closes a frame does not open the next one: the host starts each frame
         * with its own END. */
        rx->in_frame = 0;
        rx->escaped = 0;
        rx->bad_escape = 0;
        return result;
    }
    if (!rx->in_frame)
        return FWS_SLIP_NONE; /* noise between frames */
    if (rx->escaped) {
        rx->escaped = 0;
        if (byte == FWS_SLIP_ESC_END)
            slip_keep(rx, FWS_SLIP_END);
        else if (byte == FWS_SLIP_ESC_ESC)
            slip_keep(rx, FWS_SLIP_ESC);
        else
            rx->bad_escape = 1;
        return FWS_SLIP_NONE;
    }
    if (byte == FWS_SLIP_ESC) {
        rx->escaped = 1;
        return FWS_SLIP_NONE;
    }
    slip_keep(rx, byte);
    return FWS_SLIP_NONE;
}

/* Escapes into a small buffer so the UART gets runs of bytes, not single calls. */
static void slip_send_piece(void *hal, const uint8_t *p, uint32_t n, uint8_t *out, uint32_t *fill)
{
    for (uint32_t i = 0; i < n; ++i) {
        if (*fill + 2 > 64) {
            fws_hal_uart_write(hal, out, *fill);
            *fill = 0;
        }
        const uint8_t b = p[i];
        if (b == FWS_SLIP_END) {
            out[(*fill)++] = FWS_SLIP_ESC;
            out[(*fill)++] = FWS_SLIP_ESC_END;
        } else if (b == FWS_SLIP_ESC) {
            out[(*fill)++] = FWS_SLIP_ESC;
            out[(*fill)++] = FWS_SLIP_ESC_ESC;
        } else {
            out[(*fill)++] = b;
        }
    }
}

void fws_slip_send(void *hal, const uint8_t *a, uint32_t a_len, const uint8_t *b, uint32_t b_len)
{
    uint8_t out[64];
    uint32_t fill = 0;
    out[fill++] = FWS_SLIP_END;
    slip_send_piece(hal, a, a_len, out, &fill);
    slip_send_piece(hal, b, b_len, out, &fill);
    if (fill + 1 > 64) {
        fws_hal_uart_write(hal, out, fill);
        fill = 0;
    }
    out[fill++] = FWS_SLIP_END;
    fws_hal_uart_write(hal, out, fill);
}
