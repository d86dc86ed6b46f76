/* Interrupt-driven UART0 receiver with two frame buffers: while the main loop handles one
 * complete frame (and may spend a flash erase on it), the interrupt fills the other.
 *
 * When both buffers hold frames, the interrupt stops reading: it switches the UART's RX
 * interrupts off and leaves further bytes in the 128-byte hardware FIFO. Releasing a buffer
 * drains the FIFO into it and switches the interrupts back on. Nothing is dropped while the
 * host stays within the protocol (it waits for each answer, so at most one frame is in flight
 * besides the one being handled, plus the small READ_FLASH acknowledgements); a host that
 * sends more than the FIFO holds loses the excess bytes, which checksums and sequence numbers
 * then report. Dropping bytes in the interrupt instead would lose data even within the FIFO's
 * capacity. */

#include "esp8266_rom.h"
#include "esp8266_stub.h"
#include "fws_slip.h"
#include "fws_stub.h"

#define RX_INTS (FWS_UART_INT_RXFIFO_FULL | FWS_UART_INT_RXFIFO_TOUT)
/* Interrupt at half a FIFO: at 921 600 baud the other half lasts about 0.7 ms. */
#define RX_FULL_THRESHOLD 64u
/* A frame's tail shorter than the threshold arrives after this many idle character times. */
#define RX_TIMEOUT_CHARS 2u

static uint8_t rx_buf[2][FWS_MAX_FRAME] __attribute__((aligned(4)));
static volatile uint32_t rx_len[2];
/* FWS_ESP_RX_EMPTY while the buffer is free; otherwise the main loop owns it. */
static volatile uint8_t rx_kind[2];
/* Owned by the interrupt while RX interrupts are on, by the main loop while stalled. */
static fws_slip_rx rx_slip;
static uint8_t rx_fill;
static volatile uint8_t rx_stalled;
/* Main loop only: the buffer it handles next (buffers complete in alternation). */
static uint8_t rx_head;

static void rx_lock(void)
{
    ets_isr_mask(1u << FWS_ESP_UART_INUM);
}

static void rx_unlock(void)
{
    ets_isr_unmask(1u << FWS_ESP_UART_INUM);
}

/* Moves FIFO bytes into the SLIP receiver until the FIFO is empty or both buffers are taken.
 * Runs in the interrupt, or in the main loop with the interrupt masked. */
static void rx_drain_fifo(void)
{
    while (!rx_stalled) {
        uint32_t avail = FWS_UART_RXFIFO_CNT(fws_esp_reg_read(FWS_UART_STATUS));
        if (avail == 0)
            return;
        while (avail-- > 0) {
            const uint8_t byte = (uint8_t)fws_esp_reg_read(FWS_UART_FIFO);
            const int result = fws_slip_rx_byte(&rx_slip, byte);
            /* A frame with a broken escape is dropped here; its buffer takes the next one. */
            if (result == FWS_SLIP_NONE || result == FWS_SLIP_BAD)
                continue;
            rx_len[rx_fill] = rx_slip.len;
            rx_kind[rx_fill] = result == FWS_SLIP_FRAME ? FWS_ESP_RX_FRAME : FWS_ESP_RX_OVERSIZE;
            const uint8_t next = (uint8_t)(rx_fill ^ 1u);
            if (rx_kind[next] == FWS_ESP_RX_EMPTY) {
                rx_fill = next;
                fws_slip_rx_init(&rx_slip, rx_buf[next], FWS_MAX_FRAME);
            } else {
                rx_stalled = 1;
                fws_esp_reg_write(FWS_UART_INT_ENA, 0);
                return;
            }
        }
    }
}

static void rx_isr(void *arg)
{
    (void)arg;
    const uint32_t pending = fws_esp_reg_read(FWS_UART_INT_ST);
    rx_drain_fifo();
    /* The FIFO-full status is level-triggered: cleared only now that the FIFO is drained (or the
     * interrupt is off because both buffers are taken). */
    fws_esp_reg_write(FWS_UART_INT_CLR, pending);
}

void fws_esp_rx_start(void)
{
    rx_lock();
    fws_esp_reg_write(FWS_UART_INT_ENA, 0);
    rx_fill = 0;
    rx_head = 0;
    rx_stalled = 0;
    rx_kind[0] = rx_kind[1] = FWS_ESP_RX_EMPTY;
    fws_slip_rx_init(&rx_slip, rx_buf[0], FWS_MAX_FRAME);

    uint32_t conf1 = fws_esp_reg_read(FWS_UART_CONF1);
    conf1 &= ~(FWS_UART_RXFIFO_FULL_THRHD_MASK | FWS_UART_RX_TOUT_THRHD_MASK);
    conf1 |= RX_FULL_THRESHOLD | (RX_TIMEOUT_CHARS << FWS_UART_RX_TOUT_THRHD_SHIFT) |
             FWS_UART_RX_TOUT_EN;
    fws_esp_reg_write(FWS_UART_CONF1, conf1);

    ets_isr_attach(FWS_ESP_UART_INUM, rx_isr, 0);
    fws_esp_reg_write(FWS_UART_INT_CLR, FWS_UART_INT_ALL);
    fws_esp_reg_write(FWS_UART_INT_ENA, RX_INTS);
    rx_unlock();
}

int fws_esp_rx_peek(const uint8_t **frame, uint32_t *len)
{
    const uint8_t kind = rx_kind[rx_head];
    if (kind != FWS_ESP_RX_EMPTY) {
        *frame = rx_buf[rx_head];
        *len = rx_len[rx_head];
    }
    return kind;
}

void fws_esp_rx_release(void)
{
    rx_lock();
    rx_kind[rx_head] = FWS_ESP_RX_EMPTY;
    if (rx_stalled) {
        /* The interrupt stopped at a full pair; the buffer just freed takes the waiting bytes. */
        rx_fill = rx_head;
        fws_slip_rx_init(&rx_slip, rx_buf[rx_fill], FWS_MAX_FRAME);
        rx_stalled = 0;
        rx_drain_fifo();
        if (!rx_stalled) {
            fws_esp_reg_write(FWS_UART_INT_CLR, FWS_UART_INT_ALL);
            fws_esp_reg_write(FWS_UART_INT_ENA, RX_INTS);
        }
    }
    rx_head ^= 1u;
    rx_unlock();
}

void fws_esp_rx_resync(void)
{
    rx_lock();
    const uint32_t conf0 = fws_esp_reg_read(FWS_UART_CONF0);
    fws_esp_reg_write(FWS_UART_CONF0, conf0 | FWS_UART_RXFIFO_RST);
    fws_esp_reg_write(FWS_UART_CONF0, conf0 & ~FWS_UART_RXFIFO_RST);
    /* A half-received frame would swallow the host's next frame, whose opening END would close
     * it; the buffers already handed to the main loop stay as they are. */
    if (!rx_stalled)
        fws_slip_rx_init(&rx_slip, rx_buf[rx_fill], FWS_MAX_FRAME);
    fws_esp_reg_write(FWS_UART_INT_CLR, FWS_UART_INT_ALL);
    rx_unlock();
}

void fws_esp_rx_stop(void)
{
    rx_lock();
    fws_esp_reg_write(FWS_UART_INT_ENA, 0);
    fws_esp_reg_write(FWS_UART_INT_CLR, FWS_UART_INT_ALL);
    /* Left masked: the application that loads next attaches its own handler first. */
}
