#ifndef FWS_HAL_H
#define FWS_HAL_H
/* What the portable stub core needs from the chip it runs on. The ESP8266 build maps these onto
 * ROM functions and UART registers (target/), the simulator onto its flash model
 * (esp/sim/EspPortableStub). `hal` is the opaque context given to fws_stub_init(). */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flash. Each returns 0 on success. Reads and writes take 4-byte aligned addresses, lengths and
 * buffers; nothing is erased by a write. Sizes are bytes, sectors 4 KiB, blocks 64 KiB. */
int fws_hal_flash_read(void *hal, uint32_t addr, void *dst, uint32_t len);
int fws_hal_flash_write(void *hal, uint32_t addr, const void *src, uint32_t len);
int fws_hal_flash_erase_sector(void *hal, uint32_t sector);
int fws_hal_flash_erase_block(void *hal, uint32_t block);
int fws_hal_flash_erase_chip(void *hal);
/* The flash size reads and writes may reach (SPI_SET_PARAMS, and 16 MiB at start-up). */
int fws_hal_flash_set_size(void *hal, uint32_t total_size);

/* MD5 (the ESP8266 ROM has it; the simulator uses the host's). The context is opaque storage,
 * large enough for the ROM's 88-byte MD5 context. */
typedef struct fws_md5 {
    uint32_t opaque[24];
} fws_md5;
void fws_hal_md5_init(void *hal, fws_md5 *ctx);
void fws_hal_md5_update(void *hal, fws_md5 *ctx, const void *data, uint32_t len);
void fws_hal_md5_final(void *hal, fws_md5 *ctx, uint8_t digest[16]);

/* UART. Bytes go out in order; the call may block until there is room. */
void fws_hal_uart_write(void *hal, const uint8_t *bytes, uint32_t len);
/* Once everything written so far has left the UART, switch from old_baud to new_baud
 * (new divider = current divider * old_baud / new_baud, so the clock need not be known). */
void fws_hal_uart_change_baud(void *hal, uint32_t new_baud, uint32_t old_baud);

/* Registers and time. */
uint32_t fws_hal_read_reg(void *hal, uint32_t addr);
void fws_hal_write_reg(void *hal, uint32_t addr, uint32_t value);
void fws_hal_delay_us(void *hal, uint32_t us);

/* RAM loading (MEM_BEGIN/DATA/END while the stub runs). Returns 0 on success, non-zero when the
 * range would overwrite the stub itself or is not RAM. */
int fws_hal_mem_write(void *hal, uint32_t addr, const void *src, uint32_t len);

/* Ways out, taking effect once the output written so far has left: a software reset, and the
 * application in flash (RUN_USER_CODE). The core stops handling frames after either. */
void fws_hal_soft_reset(void *hal);
void fws_hal_run_user_code(void *hal);

#ifdef __cplusplus
}
#endif

#endif
