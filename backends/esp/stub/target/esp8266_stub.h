#ifndef FWS_ESP8266_STUB_H
#define FWS_ESP8266_STUB_H
/* Glue between the ESP8266 start code, the UART receiver and the hardware layer: the HAL context,
 * the image's own bounds (from esp8266.ld) and the interrupt-driven frame receiver. */

#include <stdint.h>

/* How the stub leaves once the core has stopped. */
enum {
    FWS_ESP_EXIT_NONE = 0,
    FWS_ESP_EXIT_RESET = 1,    /* ROM software_reset */
    FWS_ESP_EXIT_USER_CODE = 2 /* return into the ROM's flash boot path */
};

/* The `hal` pointer the core passes back to every fws_hal_* call. */
typedef struct fws_esp_hal {
    volatile uint8_t exit;
    uint8_t flash_unlocked; /* SPIUnlock succeeded once this session */
} fws_esp_hal;

/* Linker symbols: only their addresses mean something. */
extern uint8_t _fws_text_start[], _fws_text_end[];
extern uint8_t _fws_data_start[], _fws_data_end[];
extern uint8_t _fws_bss_start[], _fws_bss_end[];

/* Frames the receiver hands to the main loop. */
enum {
    FWS_ESP_RX_EMPTY = 0,   /* nothing complete yet */
    FWS_ESP_RX_FRAME = 1,   /* a whole frame */
    FWS_ESP_RX_OVERSIZE = 2 /* the first FWS_MAX_FRAME bytes of a longer frame */
};

/* Attaches the UART0 interrupt and starts receiving. */
void fws_esp_rx_start(void);
/* The oldest complete frame, or FWS_ESP_RX_EMPTY. The frame stays valid until released. */
int fws_esp_rx_peek(const uint8_t **frame, uint32_t *len);
/* Gives the peeked frame's buffer back to the receiver. */
void fws_esp_rx_release(void);
/* Drops whatever is half received and empties the RX FIFO (after a baud change). */
void fws_esp_rx_resync(void);
/* Detaches the receiver, leaving UART0 without interrupts for whoever runs next. */
void fws_esp_rx_stop(void);

/* Blocks until everything written to UART0 has left the TX FIFO and the last character has had
 * time to leave the shift register. */
void fws_esp_uart_drain(void);

#endif
