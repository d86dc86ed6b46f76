#include "ui/esp/EspWizardPage.h"

#include "ui/esp/EspWizard.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

EspWizardPage::EspWizardPage(EspWizard *wizard, QWidget *parent) : QWidget(parent), m_wizard(wizard)
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

EspWizardState &EspWizardPage::state() const
{
    return m_wizard->state();
}

void EspWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // The note tints were mixed from the old window colour: mix them again.
        for (QLabel *note : findChildren<QLabel *>())
            if (const QVariant kind = note->property("noteKind"); kind.isValid())
                setNoteKind(note, NoteKind(kind.toInt()));
    }
    QWidget::changeEvent(event);
}

void EspWizardPage::ensureVisible(QWidget *w)
{
    for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            // After the layout has placed the newly shown widget.
            QTimer::singleShot(0, scroll, [scroll, w = QPointer<QWidget>(w)] {
                if (w)
                    scroll->ensureWidgetVisible(w, 0, 12);
            });
            return;
        }
    }
}

QLabel *EspWizardPage::makeHint(QWidget *parent, int indent)
{
    auto *hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(indent, 0, 0, 0);
    return hint;
}

QString EspWizardPage::flashBytes(qint64 bytes)
{
    constexpr qint64 kKb = 1024;
    constexpr qint64 kMb = 1024 * 1024;
    if (bytes >= kMb && bytes % kMb == 0)
        return tr("%1 MB").arg(bytes / kMb);
    if (bytes >= kMb)
        return tr("%1 MB").arg(QLocale().toString(double(bytes) / kMb, 'f', 2));
    return tr("%1 KB").arg((bytes + kKb / 2) / kKb);
}

QString EspWizardPage::headingText() const
{
    return m_heading->text();
}

void EspWizardPage::setHeading(const QString &heading, const QString &lead)
{
    m_heading->setText(heading);
    m_lead->setText(lead);
    m_lead->setVisible(!lead.isEmpty());
    setAccessibleName(heading);
}

QLabel *EspWizardPage::makeNote(QWidget *parent, NoteKind kind)
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

void EspWizardPage::setNoteKind(QLabel *note, NoteKind kind)
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

QPushButton *EspWizardPage::makeMainButton(QWidget *parent)
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
