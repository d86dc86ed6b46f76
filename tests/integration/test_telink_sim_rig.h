#pragma once
// Raw-byte helpers for driving the simulated LYWSD03MMC over a SimulatedGattLink: OTA frames
// built by hand from telink.md §1.2, a TelinkMiFlasher-like sender and error-code capture.

#include "core/Diagnosis.h"
#include "core/sim/BleWireModel.h"
#include "core/sim/SimulatedGattLink.h"
#include "support/TestUtil.h"
#include "telink/TelinkCrc16.h"
#include "telink/TelinkUuids.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace telinksimtest {

inline QByteArray dataFrame(int index, QByteArray block)
{
    block = block.left(16);
    block.append(QByteArray(16 - block.size(), '\xFF'));
    QByteArray f;
    f.append(char(index & 0xFF));
    f.append(char((index >> 8) & 0xFF));
    f += block;
    const quint16 crc = fw::telink::TelinkCrc16::compute(f);
    f.append(char(crc & 0xFF));
    f.append(char(crc >> 8));
    return f;
}

inline QByteArray endFrame(int lastIndex)
{
    const quint16 idx = quint16(lastIndex);
    const quint16 inv = quint16(~idx);
    QByteArray f("\x02\xFF", 2);
    f.append(char(idx & 0xFF));
    f.append(char(idx >> 8));
    f.append(char(inv & 0xFF));
    f.append(char(inv >> 8));
    return f;
}

inline QList<QByteArray> framesOf(const QByteArray &image)
{
    QList<QByteArray> frames;
    for (qsizetype at = 0, i = 0; at < image.size(); at += 16, ++i)
        frames << dataFrame(int(i), image.mid(at, 16));
    return frames;
}

// The fast desktop wire with a short supervision timeout, so silent drops surface quickly.
inline fw::core::sim::BleWireModel quickWire(int supervisionMs = 600)
{
    fw::core::sim::BleWireModel w = fw::core::sim::BleWireModel::fast();
    w.supervisionTimeoutMs = supervisionMs;
    return w;
}

// Many packets per event: for the tests that push > 128 KiB without status reads.
inline fw::core::sim::BleWireModel turboWire()
{
    fw::core::sim::BleWireModel w = quickWire();
    w.packetsPerEvent = 80;
    return w;
}

inline void writeCommand(fw::core::sim::SimulatedGattLink &link, const QBluetoothUuid &c, const QByteArray &v)
{
    link.write(c, v, fw::core::GattWriteMode::WithoutResponse);
}

inline void writeOta(fw::core::sim::SimulatedGattLink &link, const QByteArray &v)
{
    writeCommand(link, fw::telink::uuids::otaCharacteristic(), v);
}

inline int readStatus(fw::core::sim::SimulatedGattLink &link)
{
    const QByteArray v = link.read(fw::telink::uuids::otaCharacteristic());
    return v.isEmpty() ? -1 : quint8(v[0]);
}

struct OtaRun {
    int framesSent = 0;
    int status = 0;        // the first non-zero status read, or 0
    bool endSent = false;
};

// Like TelinkMiFlasher: 00 FF, 01 FF, frames, a status read after every 8th frame (stop on a
// non-zero status), then the end frame. `mutate` may rewrite or drop (empty) a frame.
inline OtaRun sendOta(fw::core::sim::SimulatedGattLink &link, const QByteArray &image, bool reads = true,
                      const std::function<QByteArray(int, const QByteArray &)> &mutate = {},
                      std::optional<int> endIndex = std::nullopt)
{
    OtaRun run;
    writeOta(link, QByteArray("\x00\xFF", 2));
    writeOta(link, QByteArray("\x01\xFF", 2));
    const QList<QByteArray> frames = framesOf(image);
    for (int i = 0; i < frames.size(); ++i) {
        const QByteArray f = mutate ? mutate(i, frames[i]) : frames[i];
        if (!f.isEmpty())
            writeOta(link, f);
        ++run.framesSent;
        if (reads && i % 8 == 7) {
            run.status = readStatus(link);
            if (run.status != 0)
                return run;
        }
    }
    writeOta(link, endFrame(endIndex.value_or(int(frames.size()) - 1)));
    run.endSent = true;
    return run;
}

inline QString errorCode(const std::function<void()> &f)
{
    try {
        f();
    } catch (const fw::core::JobError &e) {
        return e.diagnosis().code;
    }
    return QStringLiteral("(no error)");
}

inline QString errorSummary(const std::function<void()> &f)
{
    try {
        f();
    } catch (const fw::core::JobError &e) {
        return e.diagnosis().summary;
    }
    return {};
}

// Waits until the device's clean disconnect (its reboot) is noticed; true when it came.
inline bool waitForReboot(fw::core::sim::SimulatedGattLink &link, int timeoutMs = 2000)
{
    try {
        link.waitNotification(fw::telink::uuids::uuid16(0x0001), timeoutMs);
    } catch (const fw::core::JobError &e) {
        return e.diagnosis().code == QLatin1String("ble.disconnected");
    }
    return !link.isConnected();
}

// A real file from ../shared/corpus, or empty when the corpus is absent.
inline QByteArray corpusBytes(const char *name)
{
    const QString path = fw::test::corpusFile(QString::fromLatin1(name));
    if (path.isEmpty())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace telinksimtest
