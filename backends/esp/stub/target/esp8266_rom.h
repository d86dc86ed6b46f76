#ifndef FWS_ESP8266_ROM_H
#define FWS_ESP8266_ROM_H
/* The ESP8266 mask-ROM functions the stub calls, and the UART0 registers it drives. The addresses
 * are bound in rom_esp8266.ld (esp.md §4.5); the register layout is the ESP8266 UART's. */

#include <stdint.h>

/* Flash (SpiFlashOpResult: 0 = OK, 1 = error, 2 = timeout). Addresses, lengths and buffers of
 * reads and writes must be 4-byte aligned. */
int SPIRead(uint32_t addr, void *dst, uint32_t len);
int SPIWrite(uint32_t addr, const void *src, uint32_t len);
int SPIEraseSector(uint32_t sector);
int SPIEraseBlock(uint32_t block);
int SPIEraseChip(void);
int SPIUnlock(void);
int SPIParamCfg(uint32_t device_id, uint32_t chip_size, uint32_t block_size, uint32_t sector_size,
                uint32_t page_size, uint32_t status_mask);
/* Routes the SPI pins to the flash controller; the argument selects HSPI when non-zero (the ROM
 * ignores it on chips that only have the SPI0 flash pins). */
void SelectSpiFunction(uint32_t hspi);
void spi_flash_attach(void);

/* MD5; the ROM's context is 88 bytes (state, bit count, 64-byte block). */
void MD5Init(void *ctx);
void MD5Update(void *ctx, const void *data, uint32_t len);
void MD5Final(uint8_t digest[16], void *ctx);

/* System. */
void ets_delay_us(uint32_t us);
void ets_set_user_start(uint32_t entry);
typedef void (*fws_esp_isr_fn)(void *arg);
void ets_isr_attach(uint32_t interrupt, fws_esp_isr_fn handler, void *arg);
void ets_isr_mask(uint32_t mask);
void ets_isr_unmask(uint32_t mask);
void software_reset(void) __attribute__((noreturn));

/* The CPU interrupt UART0 and UART1 share. */
#define FWS_ESP_UART_INUM 5u

/* UART0 registers. */
#define FWS_UART0_BASE 0x60000000u
#define FWS_UART_FIFO (FWS_UART0_BASE + 0x00u)
#define FWS_UART_INT_RAW (FWS_UART0_BASE + 0x04u)
#define FWS_UART_INT_ST (FWS_UART0_BASE + 0x08u)
#define FWS_UART_INT_ENA (FWS_UART0_BASE + 0x0Cu)
#define FWS_UART_INT_CLR (FWS_UART0_BASE + 0x10u)
#define FWS_UART_CLKDIV (FWS_UART0_BASE + 0x14u)
#define FWS_UART_STATUS (FWS_UART0_BASE + 0x1Cu)
#define FWS_UART_CONF0 (FWS_UART0_BASE + 0x20u)
#define FWS_UART_CONF1 (FWS_UART0_BASE + 0x24u)

/* INT_* bits. */
#define FWS_UART_INT_RXFIFO_FULL (1u << 0)
#define FWS_UART_INT_RXFIFO_TOUT (1u << 8)
#define FWS_UART_INT_ALL 0x1FFu
/* STATUS fields. */
#define FWS_UART_RXFIFO_CNT(status) ((status) & 0xFFu)
#define FWS_UART_TXFIFO_CNT(status) (((status) >> 16) & 0xFFu)
/* CONF0 bits. */
#define FWS_UART_RXFIFO_RST (1u << 17)
/* CONF1 fields. */
#define FWS_UART_RXFIFO_FULL_THRHD_MASK 0x7Fu
#define FWS_UART_RX_TOUT_THRHD_SHIFT 24
#define FWS_UART_RX_TOUT_THRHD_MASK (0x7Fu << FWS_UART_RX_TOUT_THRHD_SHIFT)
#define FWS_UART_RX_TOUT_EN (1u << 31)
/* CLKDIV holds a 20-bit divider of the UART clock. */
#define FWS_UART_CLKDIV_MASK 0xFFFFFu
/* Both FIFOs hold 128 bytes. */
#define FWS_UART_FIFO_SIZE 128u

static inline uint32_t fws_esp_reg_read(uint32_t addr)
{
    return *(volatile uint32_t *)addr;
}

static inline void fws_esp_reg_write(uint32_t addr, uint32_t value)
{
    *(volatile uint32_t *)addr = value;
}

#endif
