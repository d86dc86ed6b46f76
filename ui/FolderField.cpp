#include "ui/FolderField.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fw::ui {

FolderField::FolderField(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_path(new QLineEdit(this)), m_change(new QPushButton(this))
{
    m_path->setReadOnly(true);
    m_label->setBuddy(m_path);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_path, 1);
    row->addWidget(m_change);
    connect(m_change, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, m_dialogTitle, m_current);
        if (!dir.isEmpty())
            Q_EMIT dirChosen(dir);
    });
}

void FolderField::setTexts(const Texts &texts)
{
    m_label->setText(texts.label);
    m_path->setAccessibleName(texts.accessibleName);
    m_change->setText(texts.button);
    m_change->setToolTip(texts.buttonToolTip);
    m_dialogTitle = texts.dialogTitle;
}

void FolderField::setDir(const QString &dir)
{
    m_current = dir;
    m_path->setText(QDir::toNativeSeparators(dir));
}

}  // namespace fw::ui
