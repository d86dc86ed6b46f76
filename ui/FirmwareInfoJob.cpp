#include "ui/FirmwareInfoJob.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fw::ui {

FirmwareInfoJob::FirmwareInfoJob(QString path, std::shared_ptr<core::FirmwareInfo> result)
    : m_path(std::move(path)), m_result(std::move(result))
{
}

QString FirmwareInfoJob::name() const
{
    return QCoreApplication::translate("fw::ui::FirmwareInfoJob", "Check firmware file");
}

void FirmwareInfoJob::run(core::JobContext &ctx)
{
    ctx.setPhase(QCoreApplication::translate("fw::ui::FirmwareInfoJob", "Reading %1")
                     .arg(QFileInfo(m_path).fileName()));
    ctx.log().info(QCoreApplication::translate("fw::ui::FirmwareInfoJob", "Checking firmware file %1")
                       .arg(m_path));
    const core::FirmwareInfo info = core::FirmwareFile::load(m_path, [&ctx](qint64 done, qint64 total) {
        ctx.checkCancel();
        ctx.setTotal(total);
        ctx.setDone(done);
    });
    ctx.log().info(QCoreApplication::translate("fw::ui::FirmwareInfoJob",
                                               "%1: %2, %3 bytes, SHA-256 %4")
                       .arg(QFileInfo(m_path).fileName(), core::formatName(info.format))
                       .arg(info.size)
                       .arg(info.sha256Hex()));
    *m_result = info;
}

}  // namespace fw::ui
