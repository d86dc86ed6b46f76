#pragma once
// The wired rescue as one Job, for the wizard and the CLI: checks the files before touching the
// device, opens the port (or starts the demo), connects, does the action, and puts the results
// (TelinkRescueResult::toVariant() keys) into the job output.

#include "core/Job.h"
#include "telink/TelinkRescue.h"

namespace fw::telink {

class TelinkRescueJob : public fw::core::Job {
public:
    explicit TelinkRescueJob(TelinkRescueOptions options);
    QString name() const override;
    // Identify, Backup and Read leave the chip stopped, so a following run needs no
    // power-cycle; Write and Restore start the new firmware unless options say otherwise.
    void run(fw::core::JobContext &ctx) override;

    const TelinkRescueOptions &options() const { return m_options; }
    const TelinkRescueResult &result() const { return m_result; }

private:
    void act(fw::core::JobContext &ctx, TelinkRescue &rescue, const QByteArray &file,
             std::pair<quint32, quint32> restoreRange);

    TelinkRescueOptions m_options;
    TelinkRescueResult m_result;
};

}  // namespace fw::telink
