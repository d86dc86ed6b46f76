#include "ui/esp/EspFilePicker.h"

#include "ui/esp/EspWizardPage.h"
#include "ui/esp/WrapCheckBox.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fw::ui {

EspFilePicker::EspFilePicker(QWidget *page, QVBoxLayout *layout) : QObject(page), m_page(page)
{
    m_path = new QLineEdit(page);
    m_path->setReadOnly(true);
    m_choose = EspWizardPage::makeMainButton(page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    layout->addLayout(row);
    connect(m_choose, &QPushButton::clicked, this, &EspFilePicker::chooseRequested);
}

void EspFilePicker::addRefusalTo(QVBoxLayout *layout)
{
    m_refusal = EspWizardPage::makeNote(m_page, EspWizardPage::NoteKind::Danger);
    m_refusal->hide();
    m_overrideRow = new WrapCheckBox(m_page);
    m_override = m_overrideRow->box();
    m_overrideRow->hide();
    m_overrideRow->setText(m_texts.overrideLabel);
    layout->addWidget(m_refusal);
    layout->addWidget(m_overrideRow);
    connect(m_override, &QCheckBox::toggled, this, &EspFilePicker::overrideToggled);
}

void EspFilePicker::setTexts(const Texts &texts)
{
    m_texts = texts;
    m_path->setPlaceholderText(texts.placeholder);
    m_path->setAccessibleName(texts.accessibleName);
    m_choose->setText(texts.chooseLabel);
    if (m_overrideRow)
        m_overrideRow->setText(texts.overrideLabel);
}

void EspFilePicker::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString EspFilePicker::askForFile(const QString &startDir) const
{
    return QFileDialog::getOpenFileName(m_page, m_texts.dialogTitle, startDir, m_texts.dialogFilter);
}

void EspFilePicker::showRefusals(const QStringList &reasons)
{
    m_refusal->setText(m_texts.refusalHeading + bulletList(reasons));
    m_refusal->setVisible(!reasons.isEmpty());
    m_overrideRow->setVisible(!reasons.isEmpty());
}

QString EspFilePicker::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

bool EspFilePicker::isOverridden() const
{
    return m_override->isChecked();
}

void EspFilePicker::clearOverride()
{
    const QSignalBlocker block(m_override);
    m_override->setChecked(false);
}

void EspFilePicker::restoreOverride(bool wasOverridden, const QStringList &reasons)
{
    if (!reasons.isEmpty())
        m_override->setChecked(wasOverridden);
}

QString EspFilePicker::bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

}  // namespace fw::ui
