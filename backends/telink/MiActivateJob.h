#pragma once
// Registers ("activates") a stock Xiaomi thermometer locally and hands back its Mi token and
// bind key, as the wizard and `telink activate` need them (protocols/telink.md §3).

#include "core/GattLink.h"
#include "core/Job.h"
#include "telink/MiAuth.h"
#include "telink/MiSession.h"

#include <QString>

#include <memory>

namespace fw::telink {

// Output: "token", "bindKey", "deviceId" (hex), "firmware" (DIS revision), "warning" (text).
class MiActivateJob : public fw::core::Job {
public:
    MiActivateJob(std::shared_ptr<fw::core::GattLink> link, QString address, MiSessionOptions options = {});
    QString name() const override;
    void run(fw::core::JobContext &ctx) override;
    MiKeys keys() const { return m_keys; }

private:
    std::shared_ptr<fw::core::GattLink> m_link;
    QString m_address;
    MiSessionOptions m_options;
    MiKeys m_keys;
};

}  // namespace fw::telink
