#pragma once
// The wizard's column of steps: every step by number and name, done ones ticked, the current
// one highlighted, so the user always sees where they are and what comes next.

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace fw::ui {

class WizardStepList : public QWidget {
    Q_OBJECT
public:
    explicit WizardStepList(QWidget *parent = nullptr);

    void setSteps(const QStringList &titles);
    void setCurrent(int index);
    void setDoneUpTo(int count);  // steps [0, count) are done
    int current() const { return m_current; }
    QString itemText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_titles;
    QList<QLabel *> m_labels;
    int m_current = 0;
    int m_done = 0;
};

}  // namespace fw::ui
