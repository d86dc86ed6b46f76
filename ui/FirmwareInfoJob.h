#pragma once
// A job that reads and hashes a firmware file on a worker thread, so a large file does not
// freeze the window; the result is picked up from info() when the runner reports success.

#include "core/FirmwareFile.h"
#include "core/Job.h"

#include <QMutex>

#include <memory>

namespace fw::ui {

class FirmwareInfoJob : public core::Job {
public:
    // result receives the file facts; shared so it outlives the job object.
    FirmwareInfoJob(QString path, std::shared_ptr<core::FirmwareInfo> result);
    QString name() const override;
    void run(core::JobContext &ctx) override;

private:
    QString m_path;
    std::shared_ptr<core::FirmwareInfo> m_result;
};

}  // namespace fw::ui
