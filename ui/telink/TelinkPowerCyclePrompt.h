#pragma once
// The call to action of the wired rescue: while the job waits for the thermometer to be
// power-cycled, a red note says so in big words with the seconds left; otherwise it is hidden.

#include "core/Job.h"

#include <QObject>

class QLabel;
class QWidget;

namespace fw::ui {

class TelinkPowerCyclePrompt : public QObject {
    Q_OBJECT
public:
    explicit TelinkPowerCyclePrompt(QWidget *page);

    QLabel *label() const { return m_label; }
    // Shows the prompt while the job's phase asks for the power-cycle.
    void onProgress(const fw::core::JobProgress &p);
    void hide();
    bool isShown() const;

private:
    QLabel *m_label;
};

}  // namespace fw::ui
