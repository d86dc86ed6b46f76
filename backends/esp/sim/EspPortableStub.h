#pragma once
// Runs our own flasher stub's portable core (backends/esp/stub/core, the same C code the
// ESP8266 image is built from) inside a simulated chip: its HAL calls reach the flash model,
// registers and UART of an EspStubHost, and each flash operation costs the model's time.

#include "esp/sim/EspStub.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <functional>
#include <map>
#include <memory>

struct fws_stub;

namespace fw::esp::sim {

class EspStubHost;

class EspPortableStub : public EspStub {
public:
    // Time the simulated chip spends per KiB reading flash (ROM SPIRead, cache off) and hashing
    // it (ROM MD5), before the flash model's scale. Together about 1.3 MB/s for SPI_FLASH_MD5.
    static constexpr double kReadUsPerKiB = 250;
    static constexpr double kMd5UsPerKiB = 500;

    explicit EspPortableStub(EspStubHost &host);
    ~EspPortableStub() override;
    EspPortableStub(const EspPortableStub &) = delete;
    EspPortableStub &operator=(const EspPortableStub &) = delete;

    void start(bool greet) override;
    void onFrame(const QByteArray &frame) override;

    // The core's state, for tests.
    const fws_stub &core() const { return *m_core; }

    // The HAL, called by the core through the C functions in EspPortableStub.cpp.
    int flashRead(quint32 address, void *dst, quint32 length);
    int flashWrite(quint32 address, const void *src, quint32 length);
    int flashEraseSector(quint32 sector);
    int flashEraseBlock(quint32 block);
    int flashEraseChip();
    void md5Init(const void *key);
    void md5Update(const void *key, const void *data, quint32 length);
    QByteArray md5Final(const void *key);
    void uartWrite(const quint8 *bytes, quint32 length);
    void uartChangeBaud(quint32 newBaud);
    quint32 readRegister(quint32 address);
    void writeRegister(quint32 address, quint32 value);
    void delayUs(quint32 us);
    void softReset();
    void runUserCode();

private:
    // Time worked since the last output; output written before the work leaves first.
    void addCost(qint64 us);
    void flush(std::function<void()> after = {});
    qint64 scaledUs(double usPerKiB, quint32 bytes) const;

    EspStubHost &m_host;
    std::unique_ptr<fws_stub> m_core;
    QByteArray m_out;      // escaped bytes not yet handed to the host
    qint64 m_costUs = 0;   // work since the last hand-over
    std::map<const void *, std::unique_ptr<QCryptographicHash>> m_md5;
};

}  // namespace fw::esp::sim
