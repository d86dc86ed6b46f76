#include "ui/esp/EspStepList.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

EspStepList::EspStepList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 16, 8, 16);
    layout->setSpacing(2);
    layout->addStretch(1);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void EspStepList::setSteps(const QStringList &titles)
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
    m_titles = titles;
    render();
}

void EspStepList::setCurrent(int index)
{
    m_current = index;
    render();
}

void EspStepList::setDoneUpTo(int count)
{
    m_done = count;
    render();
}

QString EspStepList::itemText(int index) const
{
    return index >= 0 && index < m_labels.size() ? m_labels[index]->text() : QString();
}

void EspStepList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void EspStepList::render()
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
                                     .arg(m_labels.size())
                                     .arg(m_titles.value(i), state));
    }
}

}  // namespace fw::ui
