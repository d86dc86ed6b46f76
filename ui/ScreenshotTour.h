#pragma once
// Walks a window through a list of steps on the event loop (act, wait until a condition holds,
// save a PNG of the window), for the docs and for layout review. Each wizard's tour lists its
// own steps; the tour object dies with the window.

#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace fw::ui {

// No signals or slots of its own: a plain QObject so its timers die with the window.
class ScreenshotTour : public QObject {
public:
    ScreenshotTour(QWidget &window, QString dir, QString name);

    // Runs the steps, the first after firstDelayMs (the window settles first).
    void begin(int firstDelayMs = 1500);

    // A dark palette like a real dark theme's, for the dark-mode shots.
    static QPalette darkPalette();

protected:
    // Runs action after delayMs, then (when given) waits, polling, until `until` holds.
    void add(int delayMs, std::function<void()> action, std::function<bool()> until = {});
    // An action that saves the window as dir/name.
    std::function<void()> snap(const QString &name);
    void shot(const QString &name);
    QString dir() const { return m_dir; }

private:
    struct Step {
        int delayMs = 0;
        std::function<void()> action;
        std::function<bool()> until;
    };
    void next();

    QWidget &m_window;
    QString m_dir;
    QString m_name;  // for the message when a step never comes
    QList<Step> m_steps;
    int m_waitedMs = 0;
};

}  // namespace fw::ui
