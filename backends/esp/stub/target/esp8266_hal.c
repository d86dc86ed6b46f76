/* The portable core's hardware layer (fws_hal.h) on the ESP8266: flash and MD5 through the mask
 * ROM, UART0 through its registers, RAM loading guarded against the stub's own memory. */

#include "esp8266_rom.h"
#include "esp8266_stub.h"
#include "fws_hal.h"

/* SPIParamCfg's block, sector and page sizes and status mask for every supported chip. */
#define FLASH_BLOCK_SIZE 0x10000u
#define FLASH_SECTOR_SIZE 0x1000u
#define FLASH_PAGE_SIZE 0x100u
#define FLASH_STATUS_MASK 0xFFFFu

/* RAM the host may load into (esp.md §4.6). User DRAM ends where the ROM's data and the stack
 * begin; IRAM includes the cache area, unused while the ROM loader runs. */
#define DRAM_START 0x3FFE8000u
#define DRAM_END 0x3FFFC000u
#define IRAM_START 0x40100000u
#define IRAM_END 0x40110000u

/* The UART clock in the ROM loader on a 26 MHz crystal (the loader's 115 200 setting gives
 * 74 880 baud, esp.md §1.4): used only when the host does not say which rate it talks at. */
#define ROM_UART_CLOCK_HZ 52000000u

_Static_assert(sizeof(fws_md5) >= 88, "the ROM's MD5 context is 88 bytes");

static int flash_unlock(fws_esp_hal *h)
{
    /* Clears the status register's protection bits; one success per session is enough and spares
     * the register's write cycles. */
    if (!h->flash_unlocked) {
        if (SPIUnlock() != 0)
            return -1;
        h->flash_unlocked = 1;
    }
    return 0;
}

int fws_hal_flash_read(void *hal, uint32_t addr, void *dst, uint32_t len)
{
    (void)hal;
    return SPIRead(addr, dst, len) == 0 ? 0 : -1;
}

int fws_hal_flash_write(void *hal, uint32_t addr, const void *src, uint32_t len)
{
    if (flash_unlock(hal) != 0)
        return -1;
    return SPIWrite(addr, src, len) == 0 ? 0 : -1;
}

int fws_hal_flash_erase_sector(void *hal, uint32_t sector)
{
    if (flash_unlock(hal) != 0)
        return -1;
    return SPIEraseSector(sector) == 0 ? 0 : -1;
}

int fws_hal_flash_erase_block(void *hal, uint32_t block)
{
    if (flash_unlock(hal) != 0)
        return -1;
    return SPIEraseBlock(block) == 0 ? 0 : -1;
}

int fws_hal_flash_erase_chip(void *hal)
{
    if (flash_unlock(hal) != 0)
        return -1;
    return SPIEraseChip() == 0 ? 0 : -1;
}

int fws_hal_flash_set_size(void *hal, uint32_t total_size)
{
    (void)hal;
    return SPIParamCfg(0, total_size, FLASH_BLOCK_SIZE, FLASH_SECTOR_SIZE, FLASH_PAGE_SIZE,
                       FLASH_STATUS_MASK) == 0
               ? 0
               : -1;
}

void fws_hal_md5_init(void *hal, fws_md5 *ctx)
{
    (void)hal;
    MD5Init(ctx->opaque);
}

void fws_hal_md5_update(void *hal, fws_md5 *ctx, const void *data, uint32_t len)
{
    (void)hal;
    MD5Update(ctx->opaque, data, len);
}

void fws_hal_md5_final(void *hal, fws_md5 *ctx, uint8_t digest[16])
{
    (void)hal;
    MD5Final(digest, ctx->opaque);
}

void fws_hal_uart_write(void *hal, const uint8_t *bytes, uint32_t len)
{
    (void)hal;
    for (uint32_t i = 0; i < len; ++i) {
        while (FWS_UART_TXFIFO_CNT(fws_esp_reg_read(FWS_UART_STATUS)) >= FWS_UART_FIFO_SIZE - 1u) {
        }
        fws_esp_reg_write(FWS_UART_FIFO, bytes[i]);
    }
}

void fws_esp_uart_drain(void)
{
    while (FWS_UART_TXFIFO_CNT(fws_esp_reg_read(FWS_UART_STATUS)) != 0) {
    }
    /* The FIFO count drops when the last character enters the shift register. Ten bit times at a
     * UART clock of at least 20 MHz cover its way out: divider / 2 microseconds. */
    const uint32_t divider = fws_esp_reg_read(FWS_UART_CLKDIV) & FWS_UART_CLKDIV_MASK;
    ets_delay_us(divider / 2u + 10u);
}

void fws_hal_uart_change_baud(void *hal, uint32_t new_baud, uint32_t old_baud)
{
    (void)hal;
    if (new_baud == 0)
        return;
    fws_esp_uart_drain();
    /* Settle (esp.md §4.2): the host switches its port once it has the answer. */
    ets_delay_us(10000);
    const uint32_t divider = fws_esp_reg_read(FWS_UART_CLKDIV) & FWS_UART_CLKDIV_MASK;
    /* divider * old_baud is the UART clock (at most 160 MHz) for any honest old rate, so 32 bits
     * hold it; a product that would not fit names a rate this UART is not running at. */
    uint32_t clock;
    if (old_baud != 0) {
        /* The ROM measured the host's rate into the current divider, so scaling it needs no
         * knowledge of the clock. */
        if (divider == 0 || old_baud > (0xFFFFFFFFu - new_baud / 2u) / divider)
            return;
        clock = divider * old_baud;
    } else {
        clock = ROM_UART_CLOCK_HZ;
    }
    const uint32_t scaled = (clock + new_baud / 2u) / new_baud;
    if (scaled == 0 || scaled > FWS_UART_CLKDIV_MASK)
        return; /* unreachable rate: stay where the host can still be heard */
    fws_esp_reg_write(FWS_UART_CLKDIV, scaled);
    /* Whatever arrived while the two ends disagreed is noise. */
    fws_esp_rx_resync();
    ets_delay_us(1000);
}

uint32_t fws_hal_read_reg(void *hal, uint32_t addr)
{
    (void)hal;
    return fws_esp_reg_read(addr);
}

void fws_hal_write_reg(void *hal, uint32_t addr, uint32_t value)
{
    (void)hal;
    fws_esp_reg_write(addr, value);
}

void fws_hal_delay_us(void *hal, uint32_t us)
{
    (void)hal;
    ets_delay_us(us);
}

static int overlaps(uint32_t start, uint32_t end, const uint8_t *lo, const uint8_t *hi)
{
    return start < (uint32_t)hi && (uint32_t)lo < end;
}

/* IRAM takes 32-bit accesses only: merge partial words. */
static void iram_copy(uint32_t addr, const uint8_t *src, uint32_t len)
{
    const uint32_t end = addr + len;
    for (uint32_t word_addr = addr & ~3u; word_addr < end; word_addr += 4u) {
        volatile uint32_t *word_ptr = (volatile uint32_t *)word_addr;
        uint32_t word = *word_ptr;
        for (uint32_t i = 0; i < 4u; ++i) {
            const uint32_t a = word_addr + i;
            if (a < addr || a >= end)
                continue;
            word &= ~(0xFFu << (8u * i));
            word |= (uint32_t)src[a - addr] << (8u * i);
        }
        *word_ptr = word;
    }
}

int fws_hal_mem_write(void *hal, uint32_t addr, const void *src, uint32_t len)
{
    (void)hal;
    const uint32_t end = addr + len;
    if (end < addr)
        return -1;
    const int in_dram = addr >= DRAM_START && end <= DRAM_END;
    const int in_iram = addr >= IRAM_START && end <= IRAM_END;
    if (!in_dram && !in_iram)
        return -1;
    if (overlaps(addr, end, _fws_text_start, _fws_text_end) ||
        overlaps(addr, end, _fws_data_start, _fws_data_end) ||
        overlaps(addr, end, _fws_bss_start, _fws_bss_end))
        return -1;
    if (in_iram)
        iram_copy(addr, src, len);
    else
        __builtin_memcpy((void *)addr, src, len);
    return 0;
}

void fws_hal_soft_reset(void *hal)
{
    ((fws_esp_hal *)hal)->exit = FWS_ESP_EXIT_RESET;
}

void fws_hal_run_user_code(void *hal)
{
    ((fws_esp_hal *)hal)->exit = FWS_ESP_EXIT_USER_CODE;
}
