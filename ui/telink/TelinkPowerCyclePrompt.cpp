#include "ui/telink/TelinkPowerCyclePrompt.h"

#include "ui/WizardPage.h"

#include <QCoreApplication>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace fw::ui {

TelinkPowerCyclePrompt::TelinkPowerCyclePrompt(QWidget *page)
    : QObject(page), m_label(WizardPage::makeNote(page, WizardPage::NoteKind::Danger))
{
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_label->setFont(f);
    m_label->hide();
}

void TelinkPowerCyclePrompt::onProgress(const core::JobProgress &p)
{
    // The rescue names this phase in its own words; the same words in this language mark it.
    const bool asking = p.phase == QCoreApplication::translate("fw::telink::TelinkRescue",
                                                               "Power-cycle the thermometer now");
    if (!asking) {
        hide();
        return;
    }
    // During the activation the job counts milliseconds of its window.
    const int secondsLeft = int(std::ceil(double(std::max<qint64>(0, p.total - p.done)) / 1000.0));
    m_label->setText(tr("<b>Power-cycle the thermometer now:</b> take the battery out and put it back in, or "
                        "pull the 3.3 V wire off and on again. %n second(s) left.",
                        nullptr, secondsLeft));
    m_label->show();
}

void TelinkPowerCyclePrompt::hide()
{
    m_label->hide();
}

bool TelinkPowerCyclePrompt::isShown() const
{
    return !m_label->isHidden();
}

}  // namespace fw::ui
