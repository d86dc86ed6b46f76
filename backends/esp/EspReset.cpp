#include "esp/EspReset.h"

#include <QCoreApplication>

namespace fw::esp {

namespace {

constexpr int kEnLowMs = 100;  // how long EN is held low in every sequence

// One "TIOCMSET" step: both lines in one go. ByteLink sets them one at a time, so DTR goes
// first; from every state these sequences pass through, that order keeps EN from dipping and
// releases EN at most microseconds before GPIO0 falls, far inside the EN capacitor's rise.
void setBoth(fw::core::ByteLink &link, bool dtr, bool rts)
{
    link.setDtr(dtr);
    link.setRts(rts);
}

}  // namespace

QString EspReset::Strategy::name() const
{
    switch (kind) {
    case Kind::Classic:
        return QCoreApplication::translate("fw::esp::EspReset", "classic reset (%1 ms)").arg(resetDelayMs);
    case Kind::UnixTight:
        return QCoreApplication::translate("fw::esp::EspReset", "unix tight reset (%1 ms)").arg(resetDelayMs);
    case Kind::UsbJtagSerial:
        return QCoreApplication::translate("fw::esp::EspReset", "USB-JTAG-serial reset");
    }
    return {};
}

QList<EspReset::Strategy> EspReset::strategies(bool usbJtagSerial)
{
    using K = EspReset::Strategy::Kind;
    if (usbJtagSerial)
        return {{K::UsbJtagSerial, kResetDelayMs}};
#ifdef Q_OS_WIN
    return {{K::Classic, kResetDelayMs}, {K::Classic, kLongResetDelayMs}};
#else
    return {{K::UnixTight, kResetDelayMs},
            {K::UnixTight, kLongResetDelayMs},
            {K::Classic, kResetDelayMs},
            {K::Classic, kLongResetDelayMs}};
#endif
}

void EspReset::enterBootloader(fw::core::ByteLink &link, const EspReset::Strategy &strategy,
                               const Sleep &sleep)
{
    switch (strategy.kind) {
    case EspReset::Strategy::Kind::Classic:
        // DTR is written again after each RTS write: the Windows usbser.sys driver only
        // applies RTS together with a DTR change.
        link.setDtr(false);
        link.setRts(true);  // EN low
        link.setDtr(false);
        sleep(kEnLowMs);
        link.setDtr(true);  // GPIO0 low ...
        link.setRts(false); // ... while EN rises
        link.setDtr(true);
        sleep(strategy.resetDelayMs);
        link.setDtr(false);  // GPIO0 released: the ROM has sampled it by now
        return;
    case EspReset::Strategy::Kind::UnixTight:
        setBoth(link, false, false);
        setBoth(link, true, true);
        setBoth(link, false, true);  // EN low
        sleep(kEnLowMs);
        setBoth(link, true, false);  // EN rises with GPIO0 low
        sleep(strategy.resetDelayMs);
        setBoth(link, false, false);
        link.setDtr(false);
        return;
    case EspReset::Strategy::Kind::UsbJtagSerial:
        // The native USB bridge decodes the line states itself; no transistors involved.
        link.setRts(false);
        link.setDtr(false);
        sleep(kEnLowMs);
        link.setDtr(true);
        link.setRts(false);
        sleep(kEnLowMs);
        link.setRts(true);
        link.setDtr(false);
        link.setRts(true);
        sleep(kEnLowMs);
        link.setDtr(false);
        link.setRts(false);
        return;
    }
}

void EspReset::hardReset(fw::core::ByteLink &link, bool usbJtagSerial, const Sleep &sleep)
{
    link.setDtr(false);  // GPIO0 high, so the chip boots from flash
    link.setRts(true);   // EN low
    sleep(usbJtagSerial ? 2 * kEnLowMs : kEnLowMs);
    link.setRts(false);
    if (usbJtagSerial)
        sleep(2 * kEnLowMs);  // the USB device re-enumerates; let it settle before closing
}

void EspReset::releaseLines(fw::core::ByteLink &link)
{
    link.setRts(false);
    link.setDtr(false);
}

}  // namespace fw::esp
