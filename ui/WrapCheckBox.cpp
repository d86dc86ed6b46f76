#include "ui/WrapCheckBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace fw::ui {

WrapCheckBox::WrapCheckBox(QWidget *parent) : QWidget(parent), m_box(new QCheckBox(this)), m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_label->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_box, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    setFocusProxy(m_box);
}

void WrapCheckBox::setText(const QString &text)
{
    m_label->setText(text);
    m_box->setAccessibleName(text);  // the box itself shows no text: screen readers need it
}

QString WrapCheckBox::text() const
{
    return m_label->text();
}

bool WrapCheckBox::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking the words ticks the box, as with an ordinary check box.
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease && m_box->isEnabled()
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_box->click();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace fw::ui
