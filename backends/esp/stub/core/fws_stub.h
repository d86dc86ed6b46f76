#ifndef FWS_STUB_H
#define FWS_STUB_H
/* The portable flasher stub: it answers the ESP loader protocol's requests (esp.md §1, §4) over
 * a HAL (fws_hal.h). The ESP8266 build and the ESP8266 simulator run this same code. */

#include "fws_hal.h"
#include "fws_inflate.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Largest data block of FLASH_DATA / FLASH_DEFL_DATA, and the frame that carries it. */
#define FWS_MAX_BLOCK 0x4000u
#define FWS_REQ_HEADER 8u
#define FWS_DATA_HEADER 16u
#define FWS_MAX_FRAME (FWS_REQ_HEADER + FWS_DATA_HEADER + FWS_MAX_BLOCK)
#define FWS_READ_PACKET_MAX 0x1000u
#define FWS_DEFAULT_FLASH_SIZE (16u * 1024u * 1024u)

/* Status codes (byte 0 of the two status bytes; esp.md §1.1). */
enum {
    FWS_OK = 0x00,
    FWS_FAILED = 0x01,
    FWS_BAD_DATA_LEN = 0xC0,
    FWS_BAD_DATA_CHECKSUM = 0xC1,
    FWS_BAD_BLOCKSIZE = 0xC2,
    FWS_INVALID_COMMAND = 0xC3,
    FWS_FAILED_SPI_OP = 0xC4,
    FWS_FAILED_SPI_UNLOCK = 0xC5,
    FWS_NOT_IN_FLASH_MODE = 0xC6,
    FWS_INFLATE_ERROR = 0xC7,
    FWS_NOT_ENOUGH_DATA = 0xC8,
    FWS_TOO_MUCH_DATA = 0xC9,
    FWS_CMD_NOT_IMPLEMENTED = 0xFF
};
/* Second status byte of the answer to an oversized frame. */
#define FWS_OVERSIZE_MARKER 0xEEu

/* Opcodes (esp.md §1.2). */
enum {
    FWS_OP_FLASH_BEGIN = 0x02,
    FWS_OP_FLASH_DATA = 0x03,
    FWS_OP_FLASH_END = 0x04,
    FWS_OP_MEM_BEGIN = 0x05,
    FWS_OP_MEM_END = 0x06,
    FWS_OP_MEM_DATA = 0x07,
    FWS_OP_SYNC = 0x08,
    FWS_OP_WRITE_REG = 0x09,
    FWS_OP_READ_REG = 0x0A,
    FWS_OP_SPI_SET_PARAMS = 0x0B,
    FWS_OP_SPI_ATTACH = 0x0D,
    FWS_OP_CHANGE_BAUDRATE = 0x0F,
    FWS_OP_FLASH_DEFL_BEGIN = 0x10,
    FWS_OP_FLASH_DEFL_DATA = 0x11,
    FWS_OP_FLASH_DEFL_END = 0x12,
    FWS_OP_SPI_FLASH_MD5 = 0x13,
    FWS_OP_ERASE_FLASH = 0xD0,
    FWS_OP_ERASE_REGION = 0xD1,
    FWS_OP_READ_FLASH = 0xD2,
    FWS_OP_RUN_USER_CODE = 0xD3
};

typedef struct fws_write {
    uint8_t active;
    uint8_t compressed;
    uint8_t stream_done;
    uint8_t last_error;      /* reported with the next block or at the end */
    uint32_t next_write;     /* flash address of the next byte */
    uint32_t remaining;      /* bytes still to write */
    uint32_t erase_next;     /* next sector to erase */
    uint32_t erase_left;     /* sectors still to erase */
    uint32_t written;
} fws_write;

typedef struct fws_read {
    uint8_t active;
    uint8_t failed;
    uint32_t address;
    uint32_t length;
    uint32_t packet;
    uint32_t max_in_flight;  /* packets */
    uint32_t sent;
    uint32_t acked;
    fws_md5 md5;
} fws_read;

typedef struct fws_stub {
    void *hal;
    uint32_t flash_size;
    uint32_t baud;           /* as far as the stub knows (0 = what the ROM detected) */
    uint8_t stopped;         /* after a reset or RUN_USER_CODE */
    uint8_t mem_active;
    uint32_t mem_address;
    uint32_t mem_remaining;
    uint32_t requests;
    fws_write write;
    fws_read read;
    /* Reads, MD5 and write tails; 4 more bytes for a read that starts off a word boundary. */
    uint8_t scratch[FWS_READ_PACKET_MAX + 4] __attribute__((aligned(4)));
    fws_inflate inflate;
} fws_stub;

void fws_stub_init(fws_stub *s, void *hal);
/* The single unsolicited frame, "OHAI", sent once the stub is ready. */
void fws_stub_greet(fws_stub *s);
/* One SLIP-decoded frame. */
void fws_stub_on_frame(fws_stub *s, const uint8_t *frame, uint32_t len);
/* A frame longer than FWS_MAX_FRAME: `head` holds its first bytes (at least the 8-byte header). */
void fws_stub_on_oversize(fws_stub *s, const uint8_t *head, uint32_t head_len);
/* Work that goes on without a new frame (READ_FLASH packets). Returns non-zero while there is
 * more to do right away; zero when the stub waits for the host. */
int fws_stub_poll(fws_stub *s);
/* Non-zero once the stub has handed over to a reset or the application. */
int fws_stub_stopped(const fws_stub *s);

#ifdef __cplusplus
}
#endif

#endif
