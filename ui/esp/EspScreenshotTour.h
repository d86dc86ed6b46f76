#pragma once
// Walks the ESP wizard through every step against the demo devices (ESP8266 Tuya plug, ESP32
// board), saving a PNG of the main window at each, for the docs and for layout review.

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace fw::ui {

class MainWindow;

// No signals or slots of its own: a plain QObject so its timers die with the window.
class EspScreenshotTour : public QObject {
public:
    // firmwarePath: a real ESP8266 image to show too (e.g. Tasmota); a made-up one is written.
    static void start(MainWindow &window, const QString &dir, const QString &firmwarePath = {});

private:
    EspScreenshotTour(MainWindow &window, QString dir, QString firmwarePath);

    struct Step {
        int delayMs = 0;
        std::function<void()> action;
        std::function<bool()> until;  // wait (polling) until this holds, then go on
    };
    void build();
    void next();
    void shot(const QString &name);
    void prepareFiles();
    void diagramShots(const QString &suffix);

    MainWindow &m_window;
    QString m_dir;
    QString m_firmware;  // a real image when given (shown, and refused on the ESP32)
    QString m_dioImage;  // made up, written to the plug
    QString m_otherBackup;
    QList<Step> m_steps;
    int m_waitedMs = 0;
};

}  // namespace fw::ui
