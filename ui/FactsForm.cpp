#include "ui/FactsForm.h"

#include <QFormLayout>
#include <QLabel>

namespace fw::ui {

FactsForm::FactsForm(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(8);
}

void FactsForm::setRow(const QString &key, const QString &label, const QString &value)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end()) {
        Row row;
        row.label = new QLabel(this);
        row.value = new QLabel(this);
        row.value->setWordWrap(true);
        row.value->setTextFormat(Qt::PlainText);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        row.label->setBuddy(row.value);
        m_form->addRow(row.label, row.value);
        it = m_rows.insert(key, row);
        m_keys << key;
    }
    it->label->setText(label);
    it->value->setText(value);
    it->value->setAccessibleName(label);
    setRowVisible(key, true);
}

void FactsForm::setRowVisible(const QString &key, bool visible)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->visible = visible;
    m_form->setRowVisible(it->value, visible);
}

void FactsForm::hideAll()
{
    for (const QString &key : std::as_const(m_keys))
        setRowVisible(key, false);
}

QString FactsForm::value(const QString &key) const
{
    const auto it = m_rows.constFind(key);
    return it != m_rows.constEnd() && it->visible ? it->value->text() : QString();
}

QLabel *FactsForm::valueLabel(const QString &key) const
{
    const auto it = m_rows.constFind(key);
    return it != m_rows.constEnd() ? it->value : nullptr;
}

QString FactsForm::text() const
{
    QStringList lines;
    for (const QString &key : m_keys) {
        const Row &row = m_rows[key];
        if (row.visible)
            lines << row.label->text() + QLatin1Char(' ') + row.value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fw::ui
