#include "ui/WizardJobView.h"

#include "ui/DiagnosisBanner.h"
#include "ui/ProgressPanel.h"
#include "ui/ThroughputPlot.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

WizardJobView::WizardJobView(WizardShell *wizard, bool withPlot, QWidget *parent)
    : QWidget(parent), m_result(WizardPage::makeNote(this, WizardPage::NoteKind::Success)),
      m_banner(new DiagnosisBanner(this)), m_progress(new ProgressPanel(this))
{
    m_result->hide();
    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_result);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    if (withPlot) {
        m_plot = new ThroughputPlot(this);
        m_plot->setMinimumHeight(170);
        m_plot->hide();
        layout->addWidget(m_plot);
    }
    connect(m_progress, &ProgressPanel::cancelRequested, wizard, &WizardShell::cancelJob);
    connect(m_banner, &DiagnosisBanner::retryRequested, this, &WizardJobView::retryRequested);
    wizard->attachBanner(m_banner);
}

WizardShell::JobHooks WizardJobView::hooks(std::function<void(const core::JobResult &)> finished)
{
    WizardShell::JobHooks h;
    h.panel = m_progress;
    h.plot = m_plot;
    h.finished = std::move(finished);
    return h;
}

void WizardJobView::started()
{
    m_result->hide();
    m_banner->hide();
    m_progress->show();
    if (m_plot)
        m_plot->show();
}

void WizardJobView::showResult(WizardPage::NoteKind kind, const QString &html)
{
    // The outcome says it all; the plot stays, as the picture of how the transfer went.
    m_progress->hide();
    WizardPage::setNoteKind(m_result, kind);
    m_result->setText(html);
    m_result->show();
}

void WizardJobView::showFailure(const core::Diagnosis &diagnosis)
{
    m_progress->hide();
    m_banner->showDiagnosis(diagnosis);
}

void WizardJobView::hideProgress()
{
    m_progress->hide();
}

void WizardJobView::clear()
{
    m_result->hide();
    m_banner->hide();
    m_progress->hide();
    if (m_plot) {
        m_plot->clear();
        m_plot->hide();
    }
}

QWidget *WizardJobView::outcome() const
{
    return m_banner->isHidden() ? static_cast<QWidget *>(m_result) : m_banner;
}

QString WizardJobView::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

}  // namespace fw::ui
