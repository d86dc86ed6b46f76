#pragma once
// Walks the ESP wizard through every step against the demo devices (ESP8266 Tuya plug, ESP32
// board), saving a PNG of the main window at each, for the docs and for layout review.

#include "ui/ScreenshotTour.h"

namespace fw::ui {

class MainWindow;

class EspScreenshotTour : public ScreenshotTour {
public:
    // firmwarePath: a real ESP8266 image to show too (e.g. Tasmota); a made-up one is written.
    static void start(MainWindow &window, const QString &dir, const QString &firmwarePath = {});

private:
    EspScreenshotTour(MainWindow &window, QString dir, QString firmwarePath);

    void build();
    void prepareFiles();
    void diagramShots(const QString &suffix);

    MainWindow &m_window;
    QString m_firmware;  // a real image when given (shown, and refused on the ESP32)
    QString m_dioImage;  // made up, written to the plug
    QString m_otherBackup;
};

}  // namespace fw::ui
