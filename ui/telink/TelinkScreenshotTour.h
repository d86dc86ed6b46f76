#pragma once
// Walks the thermometer wizard through every step of both paths against the demo devices (a
// pvvx thermometer to a verified flash and to Zigbee, a weak battery, stock and 0159 firmware,
// refused files, and the wired rescue of a bricked board), saving a PNG of the main window at each.

#include "ui/ScreenshotTour.h"

namespace fw::ui {

class MainWindow;

class TelinkScreenshotTour : public ScreenshotTour {
public:
    static void start(MainWindow &window, const QString &dir);

private:
    TelinkScreenshotTour(MainWindow &window, QString dir);

    void prepareFiles();
    void build();
    void buildBluetooth();
    void buildProblems();
    void buildWired();
    QString file(const QString &name) const;

    MainWindow &m_window;
    QString m_work;  // the made-up firmware files the tour picks
};

}  // namespace fw::ui
