#include "ui/WizardStepList.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

WizardStepList::WizardStepList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 16, 8, 16);
    layout->setSpacing(2);
    layout->addStretch(1);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void WizardStepList::setSteps(const QStringList &titles)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    while (m_labels.size() < titles.size()) {
        auto *label = new QLabel(this);
        label->setMargin(6);
        label->setWordWrap(true);
        label->setAutoFillBackground(true);
        label->setTextFormat(Qt::PlainText);
        layout->insertWidget(int(m_labels.size()), label);
        m_labels << label;
    }
    // A wizard with two paths has two lengths: the labels of a longer one wait hidden.
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setVisible(i < titles.size());
    m_titles = titles;
    render();
}

void WizardStepList::setCurrent(int index)
{
    m_current = index;
    render();
}

void WizardStepList::setDoneUpTo(int count)
{
    m_done = count;
    render();
}

QString WizardStepList::itemText(int index) const
{
    return index >= 0 && index < m_labels.size() ? m_labels[index]->text() : QString();
}

void WizardStepList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void WizardStepList::render()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels[i];
        const bool current = i == m_current;
        const bool done = i < m_done && !current;
        // A tick for done steps, the number otherwise: the order stays readable either way.
        const QString mark = done ? QStringLiteral("✓") : QString::number(i + 1);
        label->setText(mark + QStringLiteral("  ") + m_titles.value(i));
        QFont f = font();
        f.setBold(current);
        label->setFont(f);
        QPalette pal = palette();
        if (current) {
            pal.setColor(QPalette::Window, pal.color(QPalette::Highlight));
            pal.setColor(QPalette::WindowText, pal.color(QPalette::HighlightedText));
        } else {
            pal.setColor(QPalette::Window, Qt::transparent);
            if (!done)
                pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        }
        label->setPalette(pal);
        QString state;
        if (current)
            state = tr("current step");
        else if (done)
            state = tr("done");
        else
            state = tr("to do");
        label->setAccessibleName(tr("Step %1 of %2: %3, %4")
                                     .arg(i + 1)
                                     .arg(m_titles.size())
                                     .arg(m_titles.value(i), state));
    }
}

}  // namespace fw::ui
