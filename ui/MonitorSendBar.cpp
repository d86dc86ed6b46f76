#include "ui/MonitorSendBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace fw::ui {

MonitorSendBar::MonitorSendBar(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    m_mode = new QComboBox(this);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_ending = new QComboBox(this);
    for (int i = 0; i < 4; ++i)
        m_ending->addItem(QString());
    m_ending->setCurrentIndex(int(LineEnding::CrLf));
    m_button = new QPushButton(this);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_mode);
    row->addWidget(m_ending);
    row->addWidget(m_button);
    setTabOrder(m_edit, m_mode);
    setTabOrder(m_mode, m_ending);
    setTabOrder(m_ending, m_button);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { Q_EMIT submitted(m_edit->text()); });
    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT submitted(m_edit->text()); });
    retranslate();
}

void MonitorSendBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MonitorSendBar::retranslate()
{
    m_label->setText(tr("Se&nd:"));
    m_edit->setPlaceholderText(tr("Text to send; Enter sends, Up and Down recall earlier lines"));
    m_edit->setAccessibleName(tr("Text to send"));
    m_mode->setItemText(int(Mode::Text), tr("Text"));
    m_mode->setItemText(int(Mode::Hex), tr("Hex bytes"));
    m_mode->setToolTip(tr("Send the line as text, or as hex bytes such as \"01 02 ff\""));
    m_mode->setAccessibleName(tr("Send as"));
    m_ending->setItemText(int(LineEnding::None), tr("No line ending"));
    m_ending->setItemText(int(LineEnding::Lf), tr("LF (\\n)"));
    m_ending->setItemText(int(LineEnding::Cr), tr("CR (\\r)"));
    m_ending->setItemText(int(LineEnding::CrLf), tr("CR+LF (\\r\\n)"));
    m_ending->setToolTip(tr("What is added after each line you send"));
    m_ending->setAccessibleName(tr("Line ending"));
    m_button->setText(tr("Send"));
}

void MonitorSendBar::setLineEnding(LineEnding e)
{
    m_ending->setCurrentIndex(int(e));
}

void MonitorSendBar::setMode(Mode m)
{
    m_mode->setCurrentIndex(int(m));
}

void MonitorSendBar::setActive(bool on)
{
    m_edit->setEnabled(on);
    m_button->setEnabled(on);
}

bool MonitorSendBar::encode(const QString &input, QByteArray *bytes, QString *error) const
{
    return encode(input, Mode(m_mode->currentIndex()), LineEnding(m_ending->currentIndex()), bytes,
                  error);
}

bool MonitorSendBar::encode(const QString &input, Mode mode, LineEnding ending, QByteArray *bytes,
                            QString *error)
{
    QByteArray out;
    if (mode == Mode::Hex) {
        QString digits = input;
        static const QRegularExpression separators(QStringLiteral("0[xX]|[\\s,:;-]"));
        digits.remove(separators);
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]*$"));
        if (!hex.match(digits).hasMatch() || digits.size() % 2 != 0) {
            if (error)
                *error = tr("Not valid hex: use pairs of digits 0-9 and a-f, for example \"01 a0 ff\".");
            return false;
        }
        out = QByteArray::fromHex(digits.toLatin1());
    } else {
        out = input.toUtf8();
    }
    switch (ending) {
    case LineEnding::None:
        break;
    case LineEnding::Lf:
        out += '\n';
        break;
    case LineEnding::Cr:
        out += '\r';
        break;
    case LineEnding::CrLf:
        out += "\r\n";
        break;
    }
    *bytes = out;
    return true;
}

void MonitorSendBar::remember(const QString &input)
{
    if (!input.isEmpty() && (m_history.isEmpty() || m_history.last() != input))
        m_history.append(input);
    if (m_history.size() > 200)
        m_history.removeFirst();
    m_historyPos = -1;
    m_edit->clear();
}

bool MonitorSendBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const int n = int(m_history.size());
            if (key->key() == Qt::Key_Up)
                m_historyPos = m_historyPos < 0 ? n - 1 : qMax(0, m_historyPos - 1);
            else
                m_historyPos = m_historyPos < 0 ? -1 : (m_historyPos + 1 < n ? m_historyPos + 1 : -1);
            m_edit->setText(m_historyPos >= 0 ? m_history.at(m_historyPos) : QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace fw::ui
