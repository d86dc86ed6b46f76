#include "ui/WizardPage.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

WizardPage::WizardPage(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(QString());
    m_lead = new QLabel(this);
    m_lead->setWordWrap(true);
    m_lead->setTextFormat(Qt::PlainText);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 16, 20, 16);
    outer->setSpacing(10);
    outer->addWidget(m_heading);
    outer->addWidget(m_lead);
    m_content = new QVBoxLayout;
    m_content->setSpacing(10);
    outer->addLayout(m_content);
    outer->addStretch(1);
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        retintNotes(this);
    QWidget::changeEvent(event);
}

void WizardPage::ensureVisible(QWidget *w)
{
    for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            // After the layout has placed the newly shown widget. One taller than the view shows
            // its top (a diagnosis starts with what happened), not its middle.
            QTimer::singleShot(0, scroll, [scroll, w = QPointer<QWidget>(w)] {
                if (!w || !scroll->widget())
                    return;
                const int top = w->mapTo(scroll->widget(), QPoint(0, 0)).y();
                if (w->height() + 24 > scroll->viewport()->height())
                    scroll->verticalScrollBar()->setValue(top - 12);
                else
                    scroll->ensureWidgetVisible(w, 0, 12);
            });
            return;
        }
    }
}

QLabel *WizardPage::makeHint(QWidget *parent, int indent)
{
    auto *hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(indent, 0, 0, 0);
    return hint;
}

QString WizardPage::flashBytes(qint64 bytes)
{
    constexpr qint64 kKb = 1024;
    constexpr qint64 kMb = 1024 * 1024;
    if (bytes >= kMb && bytes % kMb == 0)
        return tr("%1 MB").arg(bytes / kMb);
    if (bytes >= kMb)
        return tr("%1 MB").arg(QLocale().toString(double(bytes) / kMb, 'f', 2));
    return tr("%1 KB").arg((bytes + kKb / 2) / kKb);
}

QString WizardPage::bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString WizardPage::spacedList(const QStringList &htmlItems)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0\">");
    for (const QString &item : htmlItems)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QLabel *WizardPage::makeSubheading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QLabel *WizardPage::makeText(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString WizardPage::headingText() const
{
    return m_heading->text();
}

void WizardPage::setHeading(const QString &heading, const QString &lead)
{
    m_heading->setText(heading);
    m_lead->setText(lead);
    m_lead->setVisible(!lead.isEmpty());
    setAccessibleName(heading);
}

QLabel *WizardPage::makeNote(QWidget *parent, NoteKind kind)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    note->setMargin(10);
    note->setAutoFillBackground(true);
    setNoteKind(note, kind);
    return note;
}

void WizardPage::setNoteKind(QLabel *note, NoteKind kind)
{
    // A light tint of a signal colour over the theme's window colour: the text keeps the theme's
    // own colour, so it stays readable in dark themes.
    QColor signal;
    switch (kind) {
    case NoteKind::Info:
        signal = note->palette().color(QPalette::Highlight);
        break;
    case NoteKind::Success:
        signal = QColor(0x2e, 0x9d, 0x4a);
        break;
    case NoteKind::Warning:
        signal = QColor(0xe0, 0x8a, 0x00);
        break;
    case NoteKind::Danger:
        signal = QColor(0xd0, 0x30, 0x20);
        break;
    }
    QPalette pal = note->palette();
    // Mixed from the surroundings' colour, not the note's own (already tinted) one.
    const QColor base = note->parentWidget() ? note->parentWidget()->palette().color(QPalette::Window)
                                             : pal.color(QPalette::Window);
    const int a = kind == NoteKind::Info ? 5 : 4;  // parts of window colour per part of signal
    pal.setColor(QPalette::Window, QColor((base.red() * a + signal.red()) / (a + 1),
                                          (base.green() * a + signal.green()) / (a + 1),
                                          (base.blue() * a + signal.blue()) / (a + 1)));
    note->setPalette(pal);
    note->setProperty("noteKind", int(kind));
}

void WizardPage::retintNotes(QWidget *root)
{
    // The tints were mixed from the old window colour: mix them again.
    for (QLabel *note : root->findChildren<QLabel *>())
        if (const QVariant kind = note->property("noteKind"); kind.isValid())
            setNoteKind(note, NoteKind(kind.toInt()));
}

QPushButton *WizardPage::makeMainButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setAutoDefault(true);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    button->setMinimumWidth(180);
    QFont f = button->font();
    f.setBold(true);
    button->setFont(f);
    return button;
}

}  // namespace fw::ui
