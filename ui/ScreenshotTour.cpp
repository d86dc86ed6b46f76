#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace fw::ui {

namespace {
constexpr int kPollMs = 100;
constexpr int kMaxWaitMs = 240000;
}  // namespace

ScreenshotTour::ScreenshotTour(QWidget &window, QString dir, QString name)
    : QObject(&window), m_window(window), m_dir(std::move(dir)), m_name(std::move(name))
{
}

void ScreenshotTour::begin(int firstDelayMs)
{
    QTimer::singleShot(firstDelayMs, this, &ScreenshotTour::next);
}

QPalette ScreenshotTour::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    // Disabled controls must look disabled, as in any real dark theme.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x35, 0x39));
    return p;
}

void ScreenshotTour::add(int delayMs, std::function<void()> action, std::function<bool()> until)
{
    m_steps.append({delayMs, std::move(action), std::move(until)});
}

std::function<void()> ScreenshotTour::snap(const QString &name)
{
    return [this, name] { shot(name); };
}

void ScreenshotTour::shot(const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_dir).filePath(name);
    const bool ok = m_window.grab().save(path, "PNG");
    QTextStream(stdout) << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty())
        return;
    Step &step = m_steps.first();
    if (step.until && !step.until() && m_waitedMs < kMaxWaitMs) {
        m_waitedMs += kPollMs;
        QTimer::singleShot(kPollMs, this, &ScreenshotTour::next);
        return;
    }
    if (m_waitedMs >= kMaxWaitMs)
        QTextStream(stdout) << "gave up waiting at a step of the " << m_name << " tour" << Qt::endl;
    m_waitedMs = 0;
    const Step done = m_steps.takeFirst();
    if (done.action)
        done.action();
    const int delay = m_steps.isEmpty() ? 0 : m_steps.first().delayMs;
    QTimer::singleShot(delay, this, &ScreenshotTour::next);
}

}  // namespace fw::ui
