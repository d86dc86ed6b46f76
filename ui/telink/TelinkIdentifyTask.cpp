#include "ui/telink/TelinkIdentifyTask.h"

namespace fw::ui {

TelinkIdentifyTask::TelinkIdentifyTask(fw::telink::GattLinkPtr link, QString address, fw::telink::TelinkGoal goal,
                                       std::shared_ptr<fw::telink::TelinkIdentity> result)
    : m_job(std::move(link), std::move(address), goal), m_result(std::move(result))
{
}

QString TelinkIdentifyTask::name() const
{
    return m_job.name();
}

void TelinkIdentifyTask::run(core::JobContext &ctx)
{
    m_job.run(ctx);
    *m_result = m_job.identity();
}

}  // namespace fw::ui
