/* The ESP8266 stub's C start and main loop. entry.S jumps here with a0 pointing into the ROM's
 * flash boot path, so returning from fws_esp_start() boots the application (RUN_USER_CODE). */

#include "esp8266_rom.h"
#include "esp8266_stub.h"
#include "fws_stub.h"

void fws_esp_start(void);

static fws_stub stub;
static fws_esp_hal hal;

static void serve(void)
{
    while (!fws_stub_stopped(&stub) && hal.exit == FWS_ESP_EXIT_NONE) {
        const uint8_t *frame = 0;
        uint32_t len = 0;
        const int kind = fws_esp_rx_peek(&frame, &len);
        if (kind == FWS_ESP_RX_EMPTY) {
            fws_stub_poll(&stub);
            continue;
        }
        if (kind == FWS_ESP_RX_FRAME)
            fws_stub_on_frame(&stub, frame, len);
        else
            fws_stub_on_oversize(&stub, frame, len);
        fws_esp_rx_release();
    }
}

void fws_esp_start(void)
{
    /* The ROM loader set our entry as its user start; a later boot must not come back here. */
    ets_set_user_start(0);
    for (uint32_t *p = (uint32_t *)_fws_bss_start; p < (uint32_t *)_fws_bss_end; ++p)
        *p = 0;

    SelectSpiFunction(0);
    spi_flash_attach();
    fws_hal_flash_set_size(&hal, FWS_DEFAULT_FLASH_SIZE);

    /* Receiving starts before the greeting so nothing the host sends after "OHAI" is missed. */
    fws_esp_rx_start();
    fws_stub_init(&stub, &hal);
    fws_stub_greet(&stub);

    serve();

    fws_esp_uart_drain();
    fws_esp_rx_stop();
    if (hal.exit == FWS_ESP_EXIT_USER_CODE)
        return; /* into the ROM's flash boot path */
    software_reset();
}
