#pragma once
// Runs the Telink identify job for the wizard and keeps the identity it read, so the pages get
// the whole TelinkIdentity (battery, firmware kind, extended update) and not only its summary.

#include "telink/TelinkJobs.h"

#include <memory>

namespace fw::ui {

class TelinkIdentifyTask : public core::Job {
public:
    // result receives the identity; shared so it outlives the job object.
    TelinkIdentifyTask(fw::telink::GattLinkPtr link, QString address, fw::telink::TelinkGoal goal,
                       std::shared_ptr<fw::telink::TelinkIdentity> result);
    QString name() const override;
    void run(core::JobContext &ctx) override;

private:
    fw::telink::TelinkIdentifyJob m_job;
    std::shared_ptr<fw::telink::TelinkIdentity> m_result;
};

}  // namespace fw::ui
