#include "ui/DiagnosisBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw::ui {

DiagnosisBanner::DiagnosisBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("diagnosisBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A red tint over the theme's own window colour keeps the text readable in dark themes.
    QPalette pal = palette();
    QColor tint = pal.color(QPalette::Window);
    const QColor red(0xd0, 0x30, 0x20);
    tint = QColor((tint.red() * 4 + red.red()) / 5, (tint.green() * 4 + red.green()) / 5,
                  (tint.blue() * 4 + red.blue()) / 5);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry = new QPushButton(this);
    m_log = new QPushButton(this);
    m_bundle = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));

    // The buttons sit under the text, so a long list of causes keeps the banner's whole width.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_log);
    buttons->addWidget(m_bundle);
    buttons->addStretch(1);
    auto *body = new QVBoxLayout;
    body->addWidget(m_text);
    body->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(body, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_log, &QPushButton::clicked, this, &DiagnosisBanner::showLogRequested);
    connect(m_bundle, &QPushButton::clicked, this, &DiagnosisBanner::exportBundleRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void DiagnosisBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void DiagnosisBanner::retranslate()
{
    m_retry->setText(tr("&Retry"));
    m_log->setText(tr("Show log"));
    m_bundle->setText(tr("Export support bundle…"));
    m_bundle->setToolTip(tr("Save a zip with the log and versions to send to support"));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    setAccessibleName(tr("Problem"));
    render();
}

void DiagnosisBanner::setRetryVisible(bool on)
{
    m_retry->setVisible(on);
}

void DiagnosisBanner::showDiagnosis(const core::Diagnosis &d)
{
    m_diagnosis = d;
    render();
    show();
}

QString DiagnosisBanner::text() const
{
    return m_text->text();
}

QString DiagnosisBanner::toHtml(const core::Diagnosis &d)
{
    QString html = QStringLiteral("<b>%1</b>").arg(d.summary.toHtmlEscaped());
    if (!d.causes.isEmpty()) {
        html += QStringLiteral("<p style=\"margin:4px 0 0 0\">%1</p><ul style=\"margin:0\">")
                    .arg(tr("Likely causes:").toHtmlEscaped());
        for (const QString &c : d.causes)
            html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!d.nextStep.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), d.nextStep.toHtmlEscaped());
    return html;
}

void DiagnosisBanner::render()
{
    const core::Diagnosis &d = m_diagnosis;
    m_text->setText(toHtml(d));
    setAccessibleDescription(d.summary + QLatin1Char(' ') + d.nextStep);
}

}  // namespace fw::ui
