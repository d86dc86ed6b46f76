#pragma once
// Raises the link's baud for the transfer with CHANGE_BAUDRATE where the loader can, confirms
// the new speed with a register read, and steps down 921600 → 460800 → 230400 when the adapter
// cannot carry it (CH340s often fail at 921600), getting the chip back if it was lost.

#include "core/Job.h"
#include "esp/EspIdentity.h"
#include "esp/EspLoader.h"

#include <QList>

#include <functional>

namespace fw::esp {

class EspBaudSwitch {
public:
    static constexpr int kSettleMs = 50;        // after the host switches, before it listens
    static constexpr int kConfirmTimeoutMs = 500;

    // Resets the chip, syncs at the connect baud and re-attaches the flash; empty when the
    // wiring cannot reset the chip.
    using Reconnect = std::function<void(fw::core::JobContext &ctx)>;

    EspBaudSwitch(EspLoader &loader, const EspIdentity &identity, Reconnect reconnect = {});

    // Tries `target`, then the lower steps of the ladder above the current baud. Returns the
    // baud in use afterwards (the current one when nothing faster works). Throws a diagnosis
    // only when the chip was lost and cannot be reset from here.
    qint32 raise(fw::core::JobContext &ctx, qint32 target);

    // [target, then 921600/460800/230400 below it and above `floor`].
    static QList<qint32> ladder(qint32 target, qint32 floor);

private:
    // CHANGE_BAUDRATE answered at the old speed, then the host follows and confirms.
    bool switchTo(fw::core::JobContext &ctx, qint32 baud, QString *why);
    // The chip's answers do not get through at the current baud: ask it blindly to go to `to`
    // and confirm there.
    bool blindSwitch(fw::core::JobContext &ctx, qint32 to, QString *why);
    // Back at `home` in contact with the chip, or a diagnosis.
    void regainContact(fw::core::JobContext &ctx, qint32 home, qint32 lost);
    bool confirm(fw::core::JobContext &ctx, QString *why);
    quint32 oldBaudWord(qint32 current) const;

    EspLoader &m_loader;
    const EspIdentity &m_identity;
    Reconnect m_reconnect;
};

}  // namespace fw::esp
