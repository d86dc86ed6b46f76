#pragma once
// Step 8: what to expect once the new firmware runs (the setup access point and its three
// minutes, the relay that clicks until a template is applied, the six-cycle reset), then one
// restart of the device, or the request to power-cycle it when the adapter cannot.

#include "ui/esp/EspWizardPage.h"

#include "core/Job.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class DiagnosisBanner;

class EspAfterPage : public EspWizardPage {
    Q_OBJECT
public:
    explicit EspAfterPage(EspWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void reset() override;
    QWidget *mainAction() const override;

    bool finish();

    QPushButton *finishButton() const { return m_finish; }
    QPushButton *anotherButton() const { return m_another; }
    QString expectText() const;
    QString resultText() const;

protected:
    void retranslate() override;

private:
    void onFinished(const fw::core::JobResult &result);

    QLabel *m_before = nullptr;
    QPushButton *m_finish = nullptr;
    QLabel *m_result = nullptr;
    DiagnosisBanner *m_banner = nullptr;
    QLabel *m_expectTitle = nullptr;
    QLabel *m_expect = nullptr;
    QPushButton *m_another = nullptr;
    bool m_running = false;
};

}  // namespace fw::ui
