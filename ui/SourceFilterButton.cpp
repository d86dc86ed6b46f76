#include "ui/SourceFilterButton.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

#include <algorithm>

namespace fw::ui {

SourceFilterButton::SourceFilterButton(QWidget *parent)
    : QToolButton(parent), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    m_all = m_menu->addAction(QString());
    m_menu->addSeparator();
    connect(m_all, &QAction::triggered, this, [this] {
        for (QAction *a : std::as_const(m_actions)) {
            const QSignalBlocker block(a);
            a->setChecked(true);
        }
        updateText();
        Q_EMIT allSourcesRequested();
    });
    setMenu(m_menu);
    retranslate();
}

void SourceFilterButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void SourceFilterButton::retranslate()
{
    setAccessibleName(tr("Source filter"));
    setToolTip(tr("Show only the records of the checked sources"));
    m_all->setText(tr("All sources"));
    updateText();
}

void SourceFilterButton::addSource(const QString &source)
{
    if (m_actions.contains(source))
        return;
    // '&' would otherwise turn into a mnemonic marker.
    auto *action = new QAction(QString(source).replace(QLatin1Char('&'), QStringLiteral("&&")), m_menu);
    action->setCheckable(true);
    action->setChecked(true);
    connect(action, &QAction::toggled, this, [this, source](bool on) {
        updateText();
        Q_EMIT sourceToggled(source, on);
    });
    // Keep the menu sorted so a source is easy to find among many.
    const QList<QAction *> existing = m_menu->actions();
    QAction *before = nullptr;
    for (QAction *a : existing) {
        if (a != m_all && !a->isSeparator()
            && QString::compare(a->text(), source, Qt::CaseInsensitive) > 0) {
            before = a;
            break;
        }
    }
    m_menu->insertAction(before, action);
    m_actions.insert(source, action);
    updateText();
}

void SourceFilterButton::setSources(const QStringList &sources)
{
    for (const QString &s : sources)
        addSource(s);
}

bool SourceFilterButton::isSourceChecked(const QString &source) const
{
    const QAction *a = m_actions.value(source);
    return !a || a->isChecked();
}

void SourceFilterButton::updateText()
{
    const auto checked = std::count_if(m_actions.cbegin(), m_actions.cend(),
                                       [](const QAction *a) { return a->isChecked(); });
    if (checked == m_actions.size())
        setText(tr("All sources"));
    else
        setText(tr("%1 of %2 sources").arg(checked).arg(m_actions.size()));
}

}  // namespace fw::ui
