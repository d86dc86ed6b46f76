#include "fws_stub.h"

#include "fws_slip.h"

/* Requests: 0x00, opcode, data length (u16), checksum (u32), data. Replies: 0x01, opcode,
 * length (u16), value (u32), then the payload and two status bytes (esp.md §1.1). */

#define SECTOR_SHIFT 12u
#define SECTOR_SIZE (1u << SECTOR_SHIFT)
#define SECTORS_PER_BLOCK 16u
#define SYNC_REPLIES 8
#define MAX_REPLY_PAYLOAD 16u

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void wr32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* A parsed request: data points into the frame. */
typedef struct request {
    uint8_t op;
    uint32_t checksum;
    const uint8_t *data;
    uint32_t len;
} request;

static uint32_t word(const request *r, uint32_t i)
{
    return rd32(r->data + 4u * i);
}

static void reply(fws_stub *s, uint8_t op, uint8_t status, uint8_t second, uint32_t value,
                  const uint8_t *payload, uint32_t payload_len)
{
    uint8_t buf[8 + MAX_REPLY_PAYLOAD + 2];
    if (status != FWS_OK || payload_len > MAX_REPLY_PAYLOAD)
        payload_len = 0;
    const uint32_t body = payload_len + 2u;
    buf[0] = 0x01;
    buf[1] = op;
    buf[2] = (uint8_t)body;
    buf[3] = (uint8_t)(body >> 8);
    wr32(buf + 4, value);
    for (uint32_t i = 0; i < payload_len; ++i)
        buf[8 + i] = payload[i];
    buf[8 + payload_len] = status;
    buf[9 + payload_len] = second;
    fws_slip_send(s->hal, buf, 10u + payload_len, 0, 0);
}

static void status(fws_stub *s, const request *r, uint8_t code)
{
    reply(s, r->op, code, 0, 0, 0, 0);
}

void fws_stub_init(fws_stub *s, void *hal)
{
    __builtin_memset(s, 0, sizeof(*s));
    s->hal = hal;
    s->flash_size = FWS_DEFAULT_FLASH_SIZE;
    fws_hal_flash_set_size(hal, s->flash_size);
}

void fws_stub_greet(fws_stub *s)
{
    static const uint8_t ohai[4] = {'O', 'H', 'A', 'I'};
    fws_slip_send(s->hal, ohai, sizeof(ohai), 0, 0);
}

int fws_stub_stopped(const fws_stub *s)
{
    return s->stopped;
}

/* ---- Reading flash at any address and length, through the aligned scratch buffer ---- */

/* Reads [addr, addr + len) (len <= FWS_READ_PACKET_MAX) into scratch; returns a pointer to
 * the first requested byte, or null when the flash refuses. */
static const uint8_t *read_span(fws_stub *s, uint32_t addr, uint32_t len)
{
    const uint32_t lead = addr & 3u;
    const uint32_t start = addr - lead;
    const uint32_t span = (lead + len + 3u) & ~3u;
    if (fws_hal_flash_read(s->hal, start, s->scratch, span) != 0)
        return 0;
    return s->scratch + lead;
}

/* The largest piece read_span() takes. */
#define READ_PIECE FWS_READ_PACKET_MAX

static int in_flash(const fws_stub *s, uint32_t addr, uint32_t len)
{
    return addr <= s->flash_size && len <= s->flash_size - addr;
}

/* ---- Writing: erase just ahead of the data, then program ---- */

/* Erases the next `*count` sectors from `*sector` one step at a time: a whole 64 KiB block where
 * one starts and fits, else one sector. Returns the HAL's result and advances both. */
static int erase_step(fws_stub *s, uint32_t *sector, uint32_t *count)
{
    if (*sector % SECTORS_PER_BLOCK == 0 && *count >= SECTORS_PER_BLOCK) {
        const int rc = fws_hal_flash_erase_block(s->hal, *sector / SECTORS_PER_BLOCK);
        *sector += SECTORS_PER_BLOCK;
        *count -= SECTORS_PER_BLOCK;
        return rc;
    }
    const int rc = fws_hal_flash_erase_sector(s->hal, *sector);
    *sector += 1;
    *count -= 1;
    return rc;
}

static uint8_t erase_ahead(fws_stub *s, uint32_t end)
{
    fws_write *w = &s->write;
    const uint32_t last_sector = (end - 1u) >> SECTOR_SHIFT;
    while (w->erase_left > 0 && w->erase_next <= last_sector) {
        if (erase_step(s, &w->erase_next, &w->erase_left) != 0)
            return FWS_FAILED_SPI_OP;
    }
    return FWS_OK;
}

/* Programs `len` bytes at the write position; only the very last piece of a write may have a
 * length that is not a multiple of 4 (its tail is padded with 0xFF, which leaves flash as is). */
static uint8_t program(fws_stub *s, const uint8_t *data, uint32_t len)
{
    fws_write *w = &s->write;
    if (!in_flash(s, w->next_write, len))
        return FWS_FAILED_SPI_OP;
    uint8_t err = erase_ahead(s, w->next_write + len);
    if (err != FWS_OK)
        return err;
    const uint32_t body = len & ~3u;
    if (body > 0 && fws_hal_flash_write(s->hal, w->next_write, data, body) != 0)
        return FWS_FAILED_SPI_OP;
    if (body < len) {
        uint32_t i = 0;
        for (; i < len - body; ++i)
            s->scratch[i] = data[body + i];
        for (; i < 4; ++i)
            s->scratch[i] = 0xFF;
        if (fws_hal_flash_write(s->hal, w->next_write + body, s->scratch, 4) != 0)
            return FWS_FAILED_SPI_OP;
    }
    w->next_write += len;
    w->remaining -= len;
    w->written += len;
    return FWS_OK;
}

static int inflate_sink(void *ctx, const uint8_t *data, uint32_t len)
{
    fws_stub *s = (fws_stub *)ctx;
    fws_write *w = &s->write;
    if (w->last_error != FWS_OK)
        return 1;
    if (len > w->remaining) {
        /* More data than FLASH_DEFL_BEGIN announced: nothing past the window is written. */
        w->last_error = FWS_TOO_MUCH_DATA;
        return 1;
    }
    w->last_error = program(s, data, len);
    return w->last_error != FWS_OK;
}

static void flash_begin(fws_stub *s, const request *r, int compressed)
{
    /* A fifth word (encryption) is accepted and ignored: the ESP8266 has no flash encryption. */
    if (r->len != 16 && r->len != 20) {
        status(s, r, FWS_FAILED);
        return;
    }
    const uint32_t size = word(r, 0);
    const uint32_t block_size = word(r, 2);
    const uint32_t offset = word(r, 3);
    if (block_size > FWS_MAX_BLOCK) {
        status(s, r, FWS_BAD_BLOCKSIZE);
        return;
    }
    if ((offset & 3u) != 0 || !in_flash(s, offset, size)) {
        status(s, r, FWS_FAILED);
        return;
    }
    fws_write *w = &s->write;
    __builtin_memset(w, 0, sizeof(*w));
    w->active = 1;
    w->compressed = (uint8_t)(compressed != 0);
    w->next_write = offset;
    w->remaining = size;
    /* The true size: only the sectors the data touches, erased as the data arrives. */
    w->erase_next = offset >> SECTOR_SHIFT;
    w->erase_left = ((offset & (SECTOR_SIZE - 1u)) + size + SECTOR_SIZE - 1u) >> SECTOR_SHIFT;
    if (compressed)
        fws_inflate_init(&s->inflate, inflate_sink, s);
    status(s, r, FWS_OK);
}

static uint8_t data_checksum(const uint8_t *p, uint32_t n)
{
    uint8_t c = 0xEF;
    for (uint32_t i = 0; i < n; ++i)
        c ^= p[i];
    return c;
}

/* Checks a *_DATA block (len, seq, 0, 0, payload, checksum); FWS_OK or the status to send. */
static uint8_t check_block(const request *r)
{
    if (r->len < FWS_DATA_HEADER || word(r, 0) != r->len - FWS_DATA_HEADER)
        return FWS_BAD_DATA_LEN;
    if (data_checksum(r->data + FWS_DATA_HEADER, r->len - FWS_DATA_HEADER) != (uint8_t)r->checksum)
        return FWS_BAD_DATA_CHECKSUM;
    return FWS_OK;
}

static void flash_data(fws_stub *s, const request *r)
{
    fws_write *w = &s->write;
    const int compressed = r->op == FWS_OP_FLASH_DEFL_DATA;
    uint8_t err;
    if (!w->active || w->compressed != compressed)
        err = FWS_NOT_IN_FLASH_MODE;
    else if (w->last_error != FWS_OK)
        err = w->last_error; /* an earlier block failed: reported now, nothing more is written */
    else
        err = check_block(r);
    /* Acknowledged on receipt: the host sends the next block while this one is written. */
    status(s, r, err);
    if (err != FWS_OK)
        return;
    const uint8_t *payload = r->data + FWS_DATA_HEADER;
    const uint32_t n = r->len - FWS_DATA_HEADER;
    if (!compressed) {
        /* The last block carries 0xFF padding past the announced size; it is cut off. */
        const uint32_t take = n < w->remaining ? n : w->remaining;
        if (take > 0)
            w->last_error = program(s, payload, take);
        return;
    }
    if (w->stream_done) {
        w->last_error = FWS_TOO_MUCH_DATA;
        return;
    }
    uint32_t used = 0;
    const int rc = fws_inflate_feed(&s->inflate, payload, n, &used);
    if (rc == FWS_INFLATE_MORE)
        return;
    if (rc == FWS_INFLATE_DONE) {
        w->stream_done = 1;
        if (used != n)
            w->last_error = FWS_TOO_MUCH_DATA;
        else if (w->remaining != 0)
            w->last_error = FWS_NOT_ENOUGH_DATA;
        return;
    }
    if (rc != FWS_INFLATE_ERR_SINK || w->last_error == FWS_OK)
        w->last_error = FWS_INFLATE_ERROR;
}

static void flash_end(fws_stub *s, const request *r)
{
    fws_write *w = &s->write;
    uint8_t err;
    /* Either END closes either kind of write: esptool leaves a stub with FLASH_BEGIN(0, 0)
     * followed by FLASH_DEFL_END when its last write was compressed. */
    if (!w->active)
        err = FWS_NOT_IN_FLASH_MODE;
    else if (w->last_error != FWS_OK)
        err = w->last_error;
    else if (w->remaining != 0 || (w->compressed && !w->stream_done))
        err = FWS_NOT_ENOUGH_DATA;
    else
        err = FWS_OK;
    w->active = 0;
    /* Word 0: 0 = reboot, 1 = stay in the stub. */
    const int reboot = r->len >= 4 && word(r, 0) == 0;
    status(s, r, err);
    if (err == FWS_OK && reboot) {
        fws_hal_soft_reset(s->hal);
        s->stopped = 1;
    }
}

/* ---- Hashing, erasing, reading ---- */

static void flash_md5(fws_stub *s, const request *r)
{
    if (r->len != 16) {
        status(s, r, FWS_FAILED);
        return;
    }
    uint32_t addr = word(r, 0);
    uint32_t left = word(r, 1);
    if (!in_flash(s, addr, left)) {
        status(s, r, FWS_FAILED);
        return;
    }
    fws_md5 md5;
    fws_hal_md5_init(s->hal, &md5);
    while (left > 0) {
        const uint32_t n = left < READ_PIECE ? left : READ_PIECE;
        const uint8_t *p = read_span(s, addr, n);
        if (!p) {
            uint8_t discard[16];
            fws_hal_md5_final(s->hal, &md5, discard);
            status(s, r, FWS_FAILED_SPI_OP);
            return;
        }
        fws_hal_md5_update(s->hal, &md5, p, n);
        addr += n;
        left -= n;
    }
    uint8_t digest[16];
    fws_hal_md5_final(s->hal, &md5, digest);
    /* Sixteen raw bytes, unlike the ESP32 ROM's 32 hex characters. */
    reply(s, r->op, FWS_OK, 0, 0, digest, sizeof(digest));
}

static void erase_region(fws_stub *s, const request *r)
{
    if (r->len != 8) {
        status(s, r, FWS_FAILED);
        return;
    }
    uint32_t addr = word(r, 0);
    uint32_t left = word(r, 1);
    if ((addr & (SECTOR_SIZE - 1u)) != 0 || (left & (SECTOR_SIZE - 1u)) != 0 || !in_flash(s, addr, left)) {
        status(s, r, FWS_FAILED);
        return;
    }
    uint32_t sector = addr >> SECTOR_SHIFT;
    uint32_t count = left >> SECTOR_SHIFT;
    /* Sectors up to a 64 KiB boundary, whole blocks while they fit, then sectors. */
    while (count > 0) {
        if (erase_step(s, &sector, &count) != 0) {
            status(s, r, FWS_FAILED_SPI_OP);
            return;
        }
    }
    status(s, r, FWS_OK);
}

static void read_flash(fws_stub *s, const request *r)
{
    if (r->len != 16) {
        status(s, r, FWS_BAD_DATA_LEN);
        return;
    }
    const uint32_t addr = word(r, 0);
    const uint32_t len = word(r, 1);
    const uint32_t packet = word(r, 2);
    uint32_t in_flight = word(r, 3);
    if (packet == 0 || packet > READ_PIECE) {
        status(s, r, FWS_BAD_BLOCKSIZE);
        return;
    }
    if (!in_flash(s, addr, len)) {
        status(s, r, FWS_FAILED_SPI_OP);
        return;
    }
    status(s, r, FWS_OK);
    fws_read *rd = &s->read;
    __builtin_memset(rd, 0, sizeof(*rd));
    rd->active = 1;
    rd->address = addr;
    rd->length = len;
    rd->packet = packet;
    /* Counted in packets, as the protocol's name says; the legacy stub compared it with
     * un-acknowledged bytes, which allowed only one packet in flight (esp.md §4.3). */
    if (in_flight == 0)
        in_flight = 1;
    if (in_flight > 64)
        in_flight = 64;
    rd->max_in_flight = in_flight;
    fws_hal_md5_init(s->hal, &rd->md5);
}

static void finish_read(fws_stub *s, int send_digest)
{
    fws_read *rd = &s->read;
    uint8_t digest[16];
    fws_hal_md5_final(s->hal, &rd->md5, digest);
    rd->active = 0;
    if (send_digest)
        fws_slip_send(s->hal, digest, sizeof(digest), 0, 0);
}

static int read_ack(fws_stub *s, const uint8_t *frame, uint32_t len)
{
    fws_read *rd = &s->read;
    if (len != 4) {
        /* Anything but an acknowledgement: the host gave up the read. */
        finish_read(s, 0);
        return 0;
    }
    const uint32_t acked = rd32(frame);
    if (acked > rd->sent || acked < rd->acked) {
        finish_read(s, 0);
        return 1;
    }
    rd->acked = acked;
    if (rd->acked == rd->length)
        finish_read(s, 1);
    return 1;
}

int fws_stub_poll(fws_stub *s)
{
    fws_read *rd = &s->read;
    if (s->stopped || !rd->active || rd->failed)
        return 0;
    if (rd->length == 0) {
        finish_read(s, 1);
        return 0;
    }
    if (rd->sent >= rd->length || rd->sent - rd->acked >= rd->max_in_flight * rd->packet)
        return 0;
    const uint32_t left = rd->length - rd->sent;
    const uint32_t n = left < rd->packet ? left : rd->packet;
    const uint8_t *p = read_span(s, rd->address + rd->sent, n);
    if (!p) {
        /* The flash refused: the stub stops sending; the host times out and reports it. */
        rd->failed = 1;
        return 0;
    }
    fws_hal_md5_update(s->hal, &rd->md5, p, n);
    fws_slip_send(s->hal, p, n, 0, 0);
    rd->sent += n;
    return rd->sent < rd->length;
}

/* ---- Everything else ---- */

static void write_reg(fws_stub *s, const request *r)
{
    if (r->len % 16 != 0) {
        status(s, r, FWS_BAD_DATA_LEN);
        return;
    }
    for (uint32_t i = 0; i < r->len / 16; ++i) {
        const uint32_t addr = word(r, 4 * i);
        const uint32_t mask = word(r, 4 * i + 2);
        uint32_t v = word(r, 4 * i + 1) & mask;
        const uint32_t delay = word(r, 4 * i + 3);
        if (delay)
            fws_hal_delay_us(s->hal, delay);
        if (mask != 0xFFFFFFFFu)
            v |= fws_hal_read_reg(s->hal, addr) & ~mask;
        fws_hal_write_reg(s->hal, addr, v);
    }
    status(s, r, FWS_OK);
}

static void mem_data(fws_stub *s, const request *r)
{
    uint8_t err;
    const uint32_t n = r->len >= FWS_DATA_HEADER ? r->len - FWS_DATA_HEADER : 0;
    if (!s->mem_active)
        err = FWS_NOT_IN_FLASH_MODE;
    else if ((err = check_block(r)) != FWS_OK)
        ;
    else if (n > s->mem_remaining)
        err = FWS_TOO_MUCH_DATA;
    else if (fws_hal_mem_write(s->hal, s->mem_address, r->data + FWS_DATA_HEADER, n) != 0)
        err = FWS_FAILED;
    else {
        s->mem_address += n;
        s->mem_remaining -= n;
    }
    status(s, r, err);
}

static void mem_end(fws_stub *s, const request *r)
{
    if (r->len != 8) {
        status(s, r, FWS_FAILED);
        return;
    }
    const int complete = s->mem_active && s->mem_remaining == 0;
    s->mem_active = 0;
    s->mem_remaining = 0;
    /* Running other uploaded code from inside the stub is not offered. */
    if (word(r, 1) != 0)
        status(s, r, FWS_CMD_NOT_IMPLEMENTED);
    else
        status(s, r, complete ? FWS_OK : FWS_FAILED);
}

static void handle(fws_stub *s, const request *r)
{
    switch (r->op) {
    case FWS_OP_SYNC:
        if (r->len != 36) {
            status(s, r, FWS_BAD_DATA_LEN);
            break;
        }
        /* Eight answers like the ROM's, but with value 0: that tells a host the stub runs. */
        for (int i = 0; i < SYNC_REPLIES; ++i)
            status(s, r, FWS_OK);
        break;
    case FWS_OP_READ_REG:
        if (r->len != 4)
            status(s, r, FWS_BAD_DATA_LEN);
        else
            reply(s, r->op, FWS_OK, 0, fws_hal_read_reg(s->hal, word(r, 0)), 0, 0);
        break;
    case FWS_OP_WRITE_REG: write_reg(s, r); break;
    case FWS_OP_MEM_BEGIN:
        if (r->len != 16) {
            status(s, r, FWS_FAILED);
            break;
        }
        s->mem_active = 1;
        s->mem_remaining = word(r, 0);
        s->mem_address = word(r, 3);
        status(s, r, FWS_OK);
        break;
    case FWS_OP_MEM_DATA: mem_data(s, r); break;
    case FWS_OP_MEM_END: mem_end(s, r); break;
    case FWS_OP_FLASH_BEGIN: flash_begin(s, r, 0); break;
    case FWS_OP_FLASH_DEFL_BEGIN: flash_begin(s, r, 1); break;
    case FWS_OP_FLASH_DATA:
    case FWS_OP_FLASH_DEFL_DATA: flash_data(s, r); break;
    case FWS_OP_FLASH_END:
    case FWS_OP_FLASH_DEFL_END: flash_end(s, r); break;
    case FWS_OP_SPI_SET_PARAMS:
        /* id, total size, block, sector, page, status mask */
        if (r->len != 24 || fws_hal_flash_set_size(s->hal, word(r, 1)) != 0) {
            status(s, r, FWS_FAILED);
            break;
        }
        s->flash_size = word(r, 1);
        status(s, r, FWS_OK);
        break;
    case FWS_OP_SPI_ATTACH:
        /* The flash was attached at start-up; a ROM-style extra word is a wrong length. */
        status(s, r, r->len == 4 ? FWS_OK : FWS_FAILED);
        break;
    case FWS_OP_CHANGE_BAUDRATE:
        if (r->len != 8 || word(r, 0) == 0) {
            status(s, r, FWS_BAD_DATA_LEN);
            break;
        }
        /* The answer still leaves at the old rate; the divider changes once it is out. */
        status(s, r, FWS_OK);
        fws_hal_uart_change_baud(s->hal, word(r, 0), word(r, 1));
        s->baud = word(r, 0);
        break;
    case FWS_OP_SPI_FLASH_MD5: flash_md5(s, r); break;
    case FWS_OP_ERASE_FLASH:
        if (r->len != 0)
            status(s, r, FWS_FAILED);
        else
            status(s, r, fws_hal_flash_erase_chip(s->hal) == 0 ? FWS_OK : FWS_FAILED_SPI_OP);
        break;
    case FWS_OP_ERASE_REGION: erase_region(s, r); break;
    case FWS_OP_READ_FLASH: read_flash(s, r); break;
    case FWS_OP_RUN_USER_CODE:
        /* No answer: the application starts. */
        fws_hal_run_user_code(s->hal);
        s->stopped = 1;
        break;
    default: status(s, r, FWS_CMD_NOT_IMPLEMENTED); break;
    }
}

void fws_stub_on_frame(fws_stub *s, const uint8_t *frame, uint32_t len)
{
    if (s->stopped)
        return;
    if (s->read.active && read_ack(s, frame, len))
        return;
    if (len < FWS_REQ_HEADER || frame[0] != 0x00)
        return; /* not a request */
    request r;
    r.op = frame[1];
    r.checksum = rd32(frame + 4);
    r.data = frame + FWS_REQ_HEADER;
    r.len = len - FWS_REQ_HEADER;
    s->requests++;
    if (((uint32_t)frame[2] | ((uint32_t)frame[3] << 8)) != r.len) {
        status(s, &r, FWS_BAD_DATA_LEN);
        return;
    }
    handle(s, &r);
}

void fws_stub_on_oversize(fws_stub *s, const uint8_t *head, uint32_t head_len)
{
    if (s->stopped || head_len < 2 || head[0] != 0x00)
        return;
    if (s->read.active)
        finish_read(s, 0);
    s->requests++;
    reply(s, head[1], FWS_BAD_DATA_LEN, FWS_OVERSIZE_MARKER, 0, 0, 0);
}
