#include "esp/sim/EspPortableStub.h"

#include "esp/sim/EspStubHost.h"
#include "esp/sim/FlashChip.h"

#include "fws_hal.h"
#include "fws_stub.h"

#include <cstring>

namespace fw::esp::sim {

EspPortableStub::EspPortableStub(EspStubHost &host) : m_host(host), m_core(std::make_unique<fws_stub>()) {}

EspPortableStub::~EspPortableStub() = default;

void EspPortableStub::start(bool greet)
{
    fws_stub_init(m_core.get(), this);
    if (greet) {
        fws_stub_greet(m_core.get());
        m_host.log(QStringLiteral("stub: Flashwright stub running, sent OHAI"));
    } else {
        m_host.log(QStringLiteral("stub: Flashwright stub already running (left by an earlier session)"));
    }
    flush();
}

void EspPortableStub::onFrame(const QByteArray &frame)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(frame.constData());
    if (quint32(frame.size()) > FWS_MAX_FRAME) {
        m_host.log(QStringLiteral("stub: a %1-byte frame is too long").arg(frame.size()));
        fws_stub_on_oversize(m_core.get(), bytes, FWS_REQ_HEADER);
    } else {
        fws_stub_on_frame(m_core.get(), bytes, quint32(frame.size()));
    }
    while (fws_stub_poll(m_core.get()) != 0) {
    }
    flush();
}

qint64 EspPortableStub::scaledUs(double usPerKiB, quint32 bytes) const
{
    return qint64(double(bytes) / 1024.0 * usPerKiB * m_host.flash().timing().scale);
}

void EspPortableStub::addCost(qint64 us)
{
    if (us <= 0)
        return;
    if (!m_out.isEmpty()) {
        m_host.sendWire(m_out, m_costUs);
        m_out.clear();
        m_costUs = 0;
    }
    m_costUs += us;
}

void EspPortableStub::flush(std::function<void()> after)
{
    if (!m_out.isEmpty() || after) {
        m_host.sendWire(m_out, m_costUs, std::move(after));
        m_out.clear();
    } else if (m_costUs > 0) {
        m_host.occupy(m_costUs);
    }
    m_costUs = 0;
}

int EspPortableStub::flashRead(quint32 address, void *dst, quint32 length)
{
    const QByteArray data = m_host.flash().read(address, length);
    std::memcpy(dst, data.constData(), size_t(length));
    addCost(scaledUs(kReadUsPerKiB, length));
    return 0;
}

int EspPortableStub::flashWrite(quint32 address, const void *src, quint32 length)
{
    if ((address % 4) != 0 || (length % 4) != 0 || qint64(address) + length > m_host.flash().size())
        return 1;  // SPIWrite refuses unaligned or out-of-chip writes
    addCost(m_host.flash().program(address, QByteArray(static_cast<const char *>(src), qsizetype(length))));
    return 0;
}

int EspPortableStub::flashEraseSector(quint32 sector)
{
    const qint64 address = qint64(sector) * FlashChip::kSectorSize;
    if (address >= m_host.flash().size())
        return 1;
    addCost(m_host.flash().eraseSector(address));
    return 0;
}

int EspPortableStub::flashEraseBlock(quint32 block)
{
    const qint64 address = qint64(block) * FlashChip::kBlockSize;
    if (address >= m_host.flash().size())
        return 1;
    addCost(m_host.flash().eraseBlock(address));
    return 0;
}

int EspPortableStub::flashEraseChip()
{
    m_host.log(QStringLiteral("stub: erasing the whole chip"));
    addCost(m_host.flash().eraseChip());
    return 0;
}

void EspPortableStub::md5Init(const void *key)
{
    m_md5[key] = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
}

void EspPortableStub::md5Update(const void *key, const void *data, quint32 length)
{
    auto it = m_md5.find(key);
    if (it == m_md5.end())
        return;
    it->second->addData(QByteArrayView(static_cast<const char *>(data), qsizetype(length)));
    addCost(scaledUs(kMd5UsPerKiB, length));
}

QByteArray EspPortableStub::md5Final(const void *key)
{
    auto it = m_md5.find(key);
    if (it == m_md5.end())
        return QByteArray(16, '\0');
    const QByteArray digest = it->second->result();
    m_md5.erase(it);
    return digest;
}

void EspPortableStub::uartWrite(const quint8 *bytes, quint32 length)
{
    m_out.append(reinterpret_cast<const char *>(bytes), qsizetype(length));
}

void EspPortableStub::uartChangeBaud(quint32 newBaud)
{
    flush([this, newBaud] {
        m_host.setUartBaud(qint32(newBaud));
        m_host.log(QStringLiteral("stub: UART now at %1 baud").arg(newBaud));
    });
}

quint32 EspPortableStub::readRegister(quint32 address)
{
    return m_host.readRegister(address);
}

void EspPortableStub::writeRegister(quint32 address, quint32 value)
{
    m_host.writeRegister(address, value);
}

void EspPortableStub::delayUs(quint32 us)
{
    addCost(qint64(us));
}

void EspPortableStub::softReset()
{
    flush();
    m_host.log(QStringLiteral("stub: software reset"));
    m_host.softwareReset();
}

void EspPortableStub::runUserCode()
{
    flush();
    m_host.log(QStringLiteral("stub: RUN_USER_CODE, booting the application"));
    m_host.runApplication();
}

}  // namespace fw::esp::sim

// The core's HAL, bound at link time: `hal` is the EspPortableStub given to fws_stub_init().
namespace {
fw::esp::sim::EspPortableStub &glue(void *hal)
{
    return *static_cast<fw::esp::sim::EspPortableStub *>(hal);
}
}  // namespace

extern "C" {

int fws_hal_flash_read(void *hal, uint32_t addr, void *dst, uint32_t len)
{
    return glue(hal).flashRead(addr, dst, len);
}

int fws_hal_flash_write(void *hal, uint32_t addr, const void *src, uint32_t len)
{
    return glue(hal).flashWrite(addr, src, len);
}

int fws_hal_flash_erase_sector(void *hal, uint32_t sector)
{
    return glue(hal).flashEraseSector(sector);
}

int fws_hal_flash_erase_block(void *hal, uint32_t block)
{
    return glue(hal).flashEraseBlock(block);
}

int fws_hal_flash_erase_chip(void *hal)
{
    return glue(hal).flashEraseChip();
}

int fws_hal_flash_set_size(void *, uint32_t)
{
    return 0;  // the core keeps the size and checks ranges itself
}

void fws_hal_md5_init(void *hal, fws_md5 *ctx)
{
    glue(hal).md5Init(ctx);
}

void fws_hal_md5_update(void *hal, fws_md5 *ctx, const void *data, uint32_t len)
{
    glue(hal).md5Update(ctx, data, len);
}

void fws_hal_md5_final(void *hal, fws_md5 *ctx, uint8_t digest[16])
{
    const QByteArray d = glue(hal).md5Final(ctx);
    std::memcpy(digest, d.constData(), 16);
}

void fws_hal_uart_write(void *hal, const uint8_t *bytes, uint32_t len)
{
    glue(hal).uartWrite(bytes, len);
}

void fws_hal_uart_change_baud(void *hal, uint32_t new_baud, uint32_t)
{
    glue(hal).uartChangeBaud(new_baud);
}

uint32_t fws_hal_read_reg(void *hal, uint32_t addr)
{
    return glue(hal).readRegister(addr);
}

void fws_hal_write_reg(void *hal, uint32_t addr, uint32_t value)
{
    glue(hal).writeRegister(addr, value);
}

void fws_hal_delay_us(void *hal, uint32_t us)
{
    glue(hal).delayUs(us);
}

int fws_hal_mem_write(void *, uint32_t, const void *, uint32_t)
{
    return 0;  // the simulator keeps no RAM image for code loaded through the stub
}

void fws_hal_soft_reset(void *hal)
{
    glue(hal).softReset();
}

void fws_hal_run_user_code(void *hal)
{
    glue(hal).runUserCode();
}

}  // extern "C"
