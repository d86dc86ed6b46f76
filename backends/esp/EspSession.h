#pragma once
// One connection to an ESP's serial loader, kept open from connect to the final reset so that
// back up, erase, write and verify need no power cycle in between. Every call blocks, runs inside
// a Job (it takes the job's context for cancel, progress and log) and throws JobError with a
// diagnosis when the device does not do what the protocol says.

#include "core/Job.h"
#include "core/Link.h"
#include "esp/EspIdentity.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fw::core::sim {
class PtySimHost;
}

namespace fw::esp {

enum class ResetMode {
    Auto,     // DTR/RTS sequences (unix tight, classic, USB-JTAG-serial), 7 attempts
    Manual,   // no auto-reset wiring: ask for GPIO0 to GND + power cycle, sync until it answers
    NoReset,  // the chip is already in its loader (or a stub runs): just sync
};

struct EspConnectOptions {
    QString port;                 // "/dev/ttyUSB0" or "demo:esp8266" (starts the simulator)
    qint32 connectBaud = 115200;  // baud for SYNC
    qint32 transferBaud = 460800; // raised with CHANGE_BAUDRATE where the loader can; 0 = keep
    ResetMode reset = ResetMode::Auto;
    int manualWaitSeconds = 120;  // how long Manual mode keeps syncing
    int connectAttempts = 7;      // Auto and NoReset: attempts of up to 5 SYNCs each
    // ESP8266/ESP8285: upload our flasher stub after identifying the chip (read, erase, MD5,
    // compression, baud change); false keeps to the boot ROM, which can only write. The ESP32
    // always uses its ROM. A stub found running is used either way.
    bool useStub = true;
    QString stubImagePath;        // folder with text.bin, data.bin, layout.json; empty = built in
};

struct EspWriteOptions {
    bool compress = true;       // zlib where the loader takes it and it helps
    bool skipUnchanged = true;  // compare per-region MD5 first where the loader can hash
    bool verify = true;         // SPI_FLASH_MD5 after the write where the loader can hash
};

struct EspWriteReport {
    qint64 bytes = 0;          // image bytes covered
    qint64 bytesOnWire = 0;    // after compression, before SLIP
    qint64 bytesSkipped = 0;   // regions already equal in flash
    bool verified = false;     // false when the loader cannot hash (ESP8266 ROM)
    QByteArray md5;            // 16 raw bytes of what is in flash now, when verified
    double seconds = 0.0;
};

class EspSession {
public:
    EspSession();
    ~EspSession();  // closes the port (no reset) and stops a demo simulator
    EspSession(const EspSession &) = delete;
    EspSession &operator=(const EspSession &) = delete;

    // Opens the port (a "demo:" name starts its simulator and forwards DTR/RTS to it), resets
    // into the loader, syncs, identifies, then raises the baud (falling back to a safe one).
    void connect(fw::core::JobContext &ctx, const EspConnectOptions &options);
    bool isConnected() const;
    const EspIdentity &identity() const;
    qint32 currentBaud() const;

    // Whole-flash or region read, verified (MD5 of the loader where it has one, else a second
    // read). Throws a clear "this loader cannot read flash" diagnosis on the ESP8266 ROM.
    QByteArray readFlash(fw::core::JobContext &ctx, qint64 offset, qint64 length);
    // Writes `data` at `offset` (no image checks here: see EspImageCheck).
    EspWriteReport writeFlash(fw::core::JobContext &ctx, qint64 offset, const QByteArray &data,
                              const EspWriteOptions &options = {});
    // 16 raw bytes; throws when the loader has no MD5.
    QByteArray flashMd5(fw::core::JobContext &ctx, qint64 offset, qint64 length);
    void eraseFlash(fw::core::JobContext &ctx);
    void eraseRegion(fw::core::JobContext &ctx, qint64 offset, qint64 length);
    // One hard reset (RTS pulse) to run the new firmware, then closes the port. With no
    // auto-reset wiring, the result tells the caller to ask for a power cycle.
    void finish(fw::core::JobContext &ctx);
    // After finish(): true when the device needs a power cycle to run its firmware (no reset
    // wiring, or GPIO0 bridged by hand). Also set as the job output "powerCycleNeeded".
    bool powerCycleNeeded() const;
    void close();

    // For Job::attachToThread: moves the open port onto the job's worker thread, and back to
    // the application's main thread when the job ends.
    void attachToThread(QThread *worker);
    void detachFromThread();

    fw::core::ByteLink *link();
    fw::core::sim::PtySimHost *simulator();  // the demo's simulator, or nullptr

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace fw::esp
