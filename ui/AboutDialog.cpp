#include "ui/AboutDialog.h"

#include "core/AppInfo.h"
#include "core/AppPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fw::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/fw/icons/flashwright.svg")).pixmap(64, 64));
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_versionsLabel = new QLabel(this);
    m_versions = new QPlainTextEdit(this);
    m_versions->setReadOnly(true);
    m_versions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_versions->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_versionsLabel->setBuddy(m_versions);
    const QFontMetrics fm(m_versions->font());
    m_versions->setFixedHeight(fm.lineSpacing() * 8 + 12);  // the version lines, no empty space
    m_logs = new QLabel(this);
    m_logs->setWordWrap(true);
    m_logs->setTextFormat(Qt::RichText);
    m_logs->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_logs->setOpenExternalLinks(true);
    m_licence = new QLabel(this);
    m_licence->setWordWrap(true);
    m_copy = new QPushButton(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_description);
    head->addLayout(headText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_versionsLabel);
    layout->addWidget(m_versions);
    layout->addWidget(m_logs);
    layout->addWidget(m_licence);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionsText()); });
    retranslate();
    resize(620, sizeHint().height());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString AboutDialog::versionsText() const
{
    return m_versions->toPlainText();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Flashwright"));
    m_title->setText(tr("Flashwright %1").arg(core::AppInfo::appVersion()));
    m_description->setText(
        tr("A workbench for flashing IoT devices: ESP/Tuya plugs, Telink and Xiaomi sensors, "
           "nRF52 mesh nodes, Pycom modems and Zigbee devices. Every step is explained, every "
           "failure comes with what to do next, and demo devices let you try it all without "
           "hardware."));
    m_versionsLabel->setText(tr("&Versions (include them when you ask for help):"));
    m_versions->setPlainText(core::AppInfo::text());
    const QString dir = QDir::toNativeSeparators(core::AppPaths::sessionsDir());
    m_logs->setText(tr("Session logs: %1")
                        .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(core::AppPaths::sessionsDir()).toString(),
                                      dir.toHtmlEscaped())));
    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or later. "
                          "It comes with no warranty: keep a backup of what you flash."));
    m_copy->setText(tr("&Copy versions"));
}

}  // namespace fw::ui
