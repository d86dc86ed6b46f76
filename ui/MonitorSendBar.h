#pragma once
// The send row of the serial monitor: a line field with history (Up/Down), text or hex input
// and the line ending to append. It turns what the user typed into the bytes to send.

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class MonitorSendBar : public QWidget {
    Q_OBJECT
public:
    enum class LineEnding { None, Lf, Cr, CrLf };
    enum class Mode { Text, Hex };

    explicit MonitorSendBar(QWidget *parent = nullptr);

    void setLineEnding(LineEnding e);
    void setMode(Mode m);
    void setActive(bool on);  // enabled while a port is open
    QLineEdit *field() const { return m_edit; }

    // Encodes input (hex digits in Hex mode) plus the line ending; false with a message when
    // the hex is not valid.
    bool encode(const QString &input, QByteArray *bytes, QString *error) const;
    static bool encode(const QString &input, Mode mode, LineEnding ending, QByteArray *bytes,
                       QString *error);
    // Remembers a sent line for Up/Down.
    void remember(const QString &input);

Q_SIGNALS:
    // The user pressed Enter or Send.
    void submitted(const QString &input);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_ending = nullptr;
    QPushButton *m_button = nullptr;
    QStringList m_history;
    int m_historyPos = -1;
};

}  // namespace fw::ui
