#pragma once
// A tool button whose menu lists the log sources seen so far, each one checkable, plus
// "All sources". The views connect its signals to their model's source filter.

#include <QHash>
#include <QToolButton>

class QAction;
class QMenu;

namespace fw::ui {

class SourceFilterButton : public QToolButton {
    Q_OBJECT
public:
    explicit SourceFilterButton(QWidget *parent = nullptr);

    void addSource(const QString &source);  // new sources start checked
    void setSources(const QStringList &sources);
    bool isSourceChecked(const QString &source) const;
    QStringList sources() const { return m_actions.keys(); }

Q_SIGNALS:
    void sourceToggled(const QString &source, bool enabled);
    void allSourcesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateText();

    QMenu *m_menu;
    QAction *m_all;
    QHash<QString, QAction *> m_actions;
};

}  // namespace fw::ui
